namespace ChatBot.Cli;

/// <summary>Process exit codes; scripts and CI rely on them.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>Intent files or seeds have errors.</summary>
    public const int InvalidKnowledge = 1;

    /// <summary>The <c>health</c> verb found no fresh heartbeat (Docker's HEALTHCHECK reads 1 as unhealthy).</summary>
    public const int Unhealthy = 1;

    /// <summary>An evaluation ran but a figure is below its floor.</summary>
    public const int BelowFloor = 2;

    /// <summary>A file given on the command line is missing or unreadable.</summary>
    public const int BadInput = 3;

    /// <summary>Configuration is invalid (the message names the setting).</summary>
    public const int InvalidConfiguration = 4;

    /// <summary>The command line could not be parsed.</summary>
    public const int UsageError = 64;
}
