using ChatBot.Core.Answers;
using ChatBot.Core.Rendering;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Rendering;

/// <summary>
/// Renders an answer for Telegram: the answer text, each citation as a quote block with its paragraph, suggestions as
/// buttons, and (for answers from the article, when feedback is on) a 👍/👎 row after them.
/// </summary>
internal static class TelegramAnswerRenderer
{
    public static TelegramReply Render(Answer answer, bool withButtons = true, bool withFeedback = false) =>
        new(RenderHtml(answer), withButtons ? Keyboard(answer, withFeedback) : null);

    /// <summary>True when the answer states a fact from the article, so a thumbs-up or down says something about an intent.</summary>
    public static bool TakesFeedback(Answer answer) => answer.Kind == AnswerKind.Answered && !string.IsNullOrEmpty(answer.IntentId);

    /// <summary>HTML parse mode, every piece of text escaped, at most 4096 characters.</summary>
    public static string RenderHtml(Answer answer)
    {
        var html = new TelegramHtmlBuilder().Text(answer.Text);
        foreach (var citation in answer.Citations)
        {
            html.Text("\n")
                .Open("blockquote")
                .Text(citation.Quote)
                .Text("\n")
                .Tagged("i", "\u2014 " + PlainTextRenderer.DescribeParagraph(citation.Paragraph))
                .Close();
        }

        return html.Build();
    }

    private static InlineKeyboardMarkup? Keyboard(Answer answer, bool withFeedback)
    {
        var suggestions = SuggestionButtons.Keyboard(answer.Suggestions);
        if (!withFeedback || !TakesFeedback(answer))
        {
            return suggestions;
        }

        var rows = suggestions?.InlineKeyboard.Select(row => row.ToArray()).ToList() ?? [];
        rows.Add(FeedbackButtons.Row(answer.IntentId!));
        return new InlineKeyboardMarkup(rows);
    }
}
