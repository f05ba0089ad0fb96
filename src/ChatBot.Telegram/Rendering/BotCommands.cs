using Telegram.Bot.Types;

namespace ChatBot.Telegram.Rendering;

/// <summary>The commands the bot understands, as registered with setMyCommands.</summary>
internal static class BotCommands
{
    public const string Start = "start";
    public const string Help = "help";
    public const string Ask = "ask";
    public const string Sources = "sources";

    public static IReadOnlyList<BotCommand> All { get; } =
    [
        new(Ask, "Ask a question about the article (in groups: /ask your question)"),
        new(Sources, "The article, its byline and how citations work"),
        new(Help, "How to ask me questions"),
        new(Start, "Introduction"),
    ];
}
