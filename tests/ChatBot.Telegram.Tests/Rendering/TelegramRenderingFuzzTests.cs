using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Telegram.Rendering;
using ChatBot.Telegram.Tests.Support;
using ChatBot.Testing;

namespace ChatBot.Telegram.Tests.Rendering;

/// <summary>
/// Issue 7: every reply the adapter renders for the fuzz questions (<see cref="HostileText"/>) is safe Telegram HTML:
/// only the renderer's own tags (b, i, blockquote), balanced and without attributes, every '&amp;' a known entity, at most
/// 4096 characters, valid UTF-16, and buttons Telegram accepts. The engine's replies are curated text, so hostile text is
/// also put straight into answers, citations and suggestions: it must come out as text, never as markup.
/// </summary>
public sealed partial class TelegramRenderingFuzzTests
{
    // Hostile text put straight into answers, citations and suggestions: no engine involved, so many are cheap.
    private const int RandomTexts = 10_000;
    // Questions through the real engine: its replies are curated text, so what these add over the texts above is the
    // engine's own echoes of a question (did-you-mean, the question read back). The core's fuzz test puts 10,000
    // through the engine; 2,000 here reach every kind of reply at a fifth of the run time.
    private const int RandomQuestions = 2_000;
    // Only stops a hang from stalling the run, never a measure of speed (the benchmarks measure that).
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task EveryReplyToTwoThousandHostileQuestionsRendersAsSafeHtml()
    {
        var answers = RealAnswers.Create(TimeProvider.System);
        var failures = await Task.Run(async () =>
        {
            var found = new List<string>();
            var index = 0;
            foreach (var question in HostileText.Questions(RandomQuestions))
            {
                var answer = await answers.AskAsync(new ConversationKey("telegram", "fuzz", (index % 7).ToString()), question);
                found.AddRange(Problems(TelegramAnswerRenderer.Render(answer), answer).Select(p => $"#{index}: {p}"));
                index++;
            }

            return found;
        }).WaitAsync(HangGuard);

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    [Fact]
    public void HostileTextInAnswersCitationsAndSuggestionsNeverBecomesMarkup()
    {
        var failures = new List<string>();
        var index = 0;
        foreach (var text in HostileText.Questions(RandomTexts, seed: 3))
        {
            var answer = new Answer(text, AnswerKind.DidYouMean, text, 0.5, null,
                [new Citation(text, index % 9, text), new Citation("Plain quote & more", 0, "a")],
                [new Suggestion(text, text), new Suggestion("x", "Who signed the treaty?")]);
            var reply = TelegramAnswerRenderer.Render(answer);
            failures.AddRange(Problems(reply, answer).Select(p => $"#{index}: {p}"));

            // What a reader sees is the text as written (less control characters), up to where the budget cut it.
            var visible = HtmlChecks.Visible(reply.Html);
            var expected = Readable(text);
            var shown = visible.Length > 0 && visible[^1] == '\u2026' ? visible[..^1] : visible;
            if (!expected.StartsWith(shown[..Math.Min(shown.Length, expected.Length)], StringComparison.Ordinal))
            {
                failures.Add($"#{index}: the visible text is not the text as written");
            }

            index++;
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    /// <summary>What is wrong with a rendered reply; empty when it is safe.</summary>
    private static IEnumerable<string> Problems(TelegramReply reply, Answer answer)
    {
        var html = reply.Html;
        string? malformed = null;
        try
        {
            HtmlChecks.AssertWellFormed(html);
        }
        catch (Exception ex)
        {
            malformed = ex.Message.Split('\n')[0];
        }

        if (malformed is not null)
        {
            yield return $"not well-formed: {malformed}";
        }

        if (html.Length > TelegramHtml.MaxMessageLength)
        {
            yield return $"{html.Length} characters";
        }

        if (html.Length == 0)
        {
            yield return "an empty message";
        }

        if (!IsValidText(html))
        {
            yield return "broken surrogate pair or control character in the message";
        }

        // Tags come from the renderer only: one blockquote and one i per citation at most, and nothing else.
        var tags = Tag().Matches(html).Select(m => m.Value).ToList();
        if (tags.Count(t => t == "<blockquote>") > answer.Citations.Count || tags.Count(t => t == "<i>") > answer.Citations.Count || tags.Contains("<b>"))
        {
            yield return "a tag the renderer did not put there: " + string.Join(' ', tags);
        }

        foreach (var button in reply.Keyboard?.InlineKeyboard.SelectMany(row => row) ?? [])
        {
            if (string.IsNullOrEmpty(button.Text) || !IsValidText(button.Text))
            {
                yield return "a button label Telegram refuses";
            }

            if (button.CallbackData is not { } data || Encoding.UTF8.GetByteCount(data) is < 1 or > 64 || !data.All(char.IsAscii))
            {
                yield return $"callback data '{button.CallbackData}'";
            }
        }
    }

    private static bool IsValidText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not '\n' and not '\t'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Readable(string text)
    {
        var readable = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                readable.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && (!char.IsControl(c) || c is '\n' or '\t'))
            {
                readable.Append(c);
            }
        }

        return readable.ToString();
    }

    [GeneratedRegex("</?[a-z]+>")]
    private static partial Regex Tag();
}
