using Telegram.Bot.Types;

namespace ChatBot.Telegram.Rendering;

/// <summary>The commands the bot understands, as registered with setMyCommands.</summary>
internal static class BotCommands
{
    public const string Start = "start";
    public const string Help = "help";
    public const string Ask = "ask";
    public const string Sources = "sources";

    /// <summary>Moderator command, passed to the core as "/reload"; the core decides who may run it.</summary>
    public const string Reload = "reload";

    /// <summary>Moderator command, passed to the core as "/stats"; the core decides who may run it.</summary>
    public const string Stats = "stats";

    /// <summary>Everyone's menu: no moderator commands, which would only earn most readers a refusal.</summary>
    public static IReadOnlyList<BotCommand> All { get; } =
    [
        new(Ask, "Ask a question about the article (in groups: /ask your question)"),
        new(Sources, "The article, its byline and how citations work"),
        new(Help, "How to ask me questions"),
        new(Start, "Introduction"),
    ];

    /// <summary>The menu in the moderators' chat (Telegram:ModeratorChatId): everyone's commands plus /reload and /stats.</summary>
    public static IReadOnlyList<BotCommand> ForModerators { get; } =
    [
        .. All,
        new(Reload, "Moderators: load the intent files now"),
        new(Stats, "Moderators: today's questions and what went unanswered"),
    ];
}
