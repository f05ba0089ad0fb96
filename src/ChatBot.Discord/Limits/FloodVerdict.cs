namespace ChatBot.Discord.Limits;

/// <summary>What to do with a question under the per-user and per-channel flood limits.</summary>
internal enum FloodVerdict
{
    /// <summary>Within both limits: answer it.</summary>
    Allowed,

    /// <summary>The user is over their limit for the first time in this stretch: say so politely, once.</summary>
    WarnUser,

    /// <summary>The channel is over its limit for the first time in this stretch: say so politely, once.</summary>
    WarnChannel,

    /// <summary>Still over a limit and already warned: stay quiet.</summary>
    Ignore,
}
