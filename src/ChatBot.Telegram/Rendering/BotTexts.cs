using ChatBot.Core.Knowledge;

namespace ChatBot.Telegram.Rendering;

/// <summary>The bot's own messages (welcome, help, sources, polite refusals) in Telegram HTML; names from files are escaped.</summary>
internal static class BotTexts
{
    public static string Welcome(IReadOnlyList<SourceDocument> sources, string botUsername)
    {
        var html = new TelegramHtmlBuilder().Text("Hello! I answer questions about ");
        AppendTitles(html, sources);
        html.Text(", and every answer quotes the article itself, with the paragraph it comes from.\n\n");
        return AppendHelp(html, botUsername).Build();
    }

    public static string Help(string botUsername) => AppendHelp(new TelegramHtmlBuilder(), botUsername).Build();

    public static string Sources(IReadOnlyList<SourceDocument> sources)
    {
        var html = new TelegramHtmlBuilder();
        foreach (var source in sources)
        {
            html.Tagged("b", source.Title).Text("\n");
            if (!string.IsNullOrWhiteSpace(source.Byline))
            {
                html.Tagged("i", source.Byline).Text("\n");
            }

            html.Text("\n");
        }

        return html
            .Text("How citations work: each answer is followed by the sentence it rests on, quoted word for word in a quote block, ")
            .Text("with its paragraph number in the article (quotes from the headline say \"headline\"; the body starts at paragraph 1). ")
            .Text("When I am unsure I offer questions I can answer instead; press one to ask it.")
            .Build();
    }

    public static string AskUsage() =>
        new TelegramHtmlBuilder().Text("Put your question after the command, for example: /ask Who signed the treaty?").Build();

    public static string SlowDown(int perMinute) =>
        new TelegramHtmlBuilder()
            .Text($"You are sending messages faster than I can answer them (up to {perMinute} a minute). ")
            .Text("Please wait a moment, then ask again.")
            .Build();

    public static string ChatSlowDown(int perMinute) =>
        new TelegramHtmlBuilder()
            .Text($"This chat is sending questions faster than I can answer them (up to {perMinute} a minute). ")
            .Text("Please wait a moment, then ask again.")
            .Build();

    public static string TooLong(int length, int max) =>
        new TelegramHtmlBuilder()
            .Text($"That message is {length} characters long, and I can read questions of up to {max}. ")
            .Text("Please ask a shorter question.")
            .Build();

    /// <summary>Plain text for answerCallbackQuery (shown as a notification, not parsed as HTML).</summary>
    public const string SuggestionExpired = "This button has expired; please type the question instead.";

    /// <summary>Plain text for answerCallbackQuery after a 👍 or 👎.</summary>
    public const string ThanksForFeedback = "Thanks for the feedback";

    /// <summary>Plain text for answerCallbackQuery when the user is over the flood limit.</summary>
    public const string SlowDownShort = "Please wait a moment before asking again.";

    private static TelegramHtmlBuilder AppendHelp(TelegramHtmlBuilder html, string botUsername) =>
        html.Text("In a private chat, just send me a question. ")
            .Text($"In a group, mention @{botUsername}, reply to one of my messages, or write /ask and your question. ")
            .Text($"In any chat, type @{botUsername} followed by a question to share an answer.\n\n")
            .Text("/ask \u2014 ask a question\n/sources \u2014 the article and how citations work\n/help \u2014 this message");

    private static void AppendTitles(TelegramHtmlBuilder html, IReadOnlyList<SourceDocument> sources)
    {
        if (sources.Count == 0)
        {
            html.Text("the article I was given");
            return;
        }

        for (var i = 0; i < sources.Count; i++)
        {
            html.Text(i == 0 ? "" : i == sources.Count - 1 ? " and " : ", ").Tagged("b", sources[i].Title);
        }
    }
}
