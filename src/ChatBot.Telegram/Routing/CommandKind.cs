namespace ChatBot.Telegram.Routing;

/// <summary>Commands other than /ask with a question.</summary>
internal enum CommandKind
{
    Start,
    Help,
    Sources,

    /// <summary>/ask with nothing after it.</summary>
    AskWithoutQuestion,

    /// <summary>A command the bot does not know, sent to it directly.</summary>
    Unknown,
}
