namespace ChatBot.Telegram.Limits;

/// <summary>What to do with a user's message under the flood limit.</summary>
internal enum FloodVerdict
{
    /// <summary>Within the limit: answer it.</summary>
    Allowed,

    /// <summary>The user is over their limit for the first time in this stretch: say so politely, once.</summary>
    Warn,

    /// <summary>The chat (a busy group) is over its limit for the first time in this stretch: say so politely, once.</summary>
    WarnChat,

    /// <summary>Still over the limit and already warned: stay quiet.</summary>
    Ignore,
}
