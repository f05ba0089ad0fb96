namespace ChatBot.Core.Intents;

/// <summary>How serious a finding of the intent check is.</summary>
public enum IssueSeverity
{
    /// <summary>The intent or file is rejected.</summary>
    Error,

    /// <summary>Worth fixing; nothing is rejected.</summary>
    Warning,
}

/// <summary>One finding of the intent check, worded for a moderator and pinned to a file and line.</summary>
public sealed record ValidationIssue(SourceLine Where, IssueSeverity Severity, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Where}: {(Severity == IssueSeverity.Error ? "error" : "warning")}: {Message}";
}
