namespace ChatBot.Operations;

/// <summary>The chat commands only moderators may run.</summary>
internal enum ModeratorCommand
{
    /// <summary>/reload: load the intent files again.</summary>
    Reload,

    /// <summary>/stats: today's questions, answered share, top unanswered.</summary>
    Stats,
}
