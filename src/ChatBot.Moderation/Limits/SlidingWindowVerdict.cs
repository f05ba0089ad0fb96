namespace ChatBot.Moderation.Limits;

/// <summary>What to do with a question under the per-user and per-chat limits of a <see cref="SlidingWindowLimiter{TKey}"/>.</summary>
public enum SlidingWindowVerdict
{
    /// <summary>Within both limits: answer it.</summary>
    Allowed,

    /// <summary>The user is over their limit for the first time in this stretch: say so politely, once.</summary>
    WarnUser,

    /// <summary>The chat is over its limit for the first time in this stretch: say so politely, once.</summary>
    WarnChat,

    /// <summary>Still over a limit and already warned: stay quiet.</summary>
    Ignore,
}
