using ChatBot.Core.Answers;
using ChatBot.Core.Rendering;

namespace ChatBot.Telegram.Rendering;

/// <summary>Renders an answer for Telegram: the answer text, each citation as a quote block with its paragraph, suggestions as buttons.</summary>
internal static class TelegramAnswerRenderer
{
    public static TelegramReply Render(Answer answer, bool withButtons = true) =>
        new(RenderHtml(answer), withButtons ? SuggestionButtons.Keyboard(answer.Suggestions) : null);

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
}
