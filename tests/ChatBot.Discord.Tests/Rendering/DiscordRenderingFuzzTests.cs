using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Tests.Support;
using ChatBot.Testing;

namespace ChatBot.Discord.Tests.Rendering;

/// <summary>
/// Issue 7: every message body the adapter renders for the fuzz questions (<see cref="HostileText"/>) is safe on Discord:
/// <c>allowed_mentions.parse</c> is empty, no '@' can form a mention anywhere (content, embed, buttons), every markdown
/// character of echoed text is escaped, and Discord's size limits hold. The engine's replies are curated text, so hostile
/// text is also put straight into answers, citations and suggestions.
/// </summary>
public sealed class DiscordRenderingFuzzTests
{
    // Hostile text put straight into answers, citations and suggestions: no engine involved, so many are cheap.
    private const int RandomTexts = 10_000;
    // Questions through the real engine: its replies are curated text, so what these add over the texts above is the
    // engine's own echoes of a question (did-you-mean, the question read back). The core's fuzz test puts 10,000
    // through the engine; 2,000 here reach every kind of reply at a fifth of the run time.
    private const int RandomQuestions = 2_000;
    private const string Markdown = "\\*_~`|<>#-[]()";
    // Only stops a hang from stalling the run, never a measure of speed (the benchmarks measure that).
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    private readonly SuggestionIds _ids = new();
    private readonly DiscordAnswerRenderer _renderer;

    public DiscordRenderingFuzzTests() => _renderer = new DiscordAnswerRenderer(_ids, RealAnswers.Create(TimeProvider.System));

    [Fact]
    public async Task EveryReplyToTwoThousandHostileQuestionsRendersSafely()
    {
        var answers = RealAnswers.Create(TimeProvider.System);
        var failures = await Task.Run(async () =>
        {
            var found = new List<string>();
            var index = 0;
            foreach (var question in HostileText.Questions(RandomQuestions))
            {
                var answer = await answers.AskAsync(new ConversationKey("discord", "fuzz", (index % 7).ToString()), question);
                found.AddRange(Problems(_renderer.Render(answer), answer).Select(p => $"#{index}: {p}"));
                index++;
            }

            return found;
        }).WaitAsync(HangGuard);

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    [Fact]
    public void HostileTextInAnswersCitationsAndSuggestionsNeverPingsNorFormats()
    {
        var failures = new List<string>();
        var index = 0;
        foreach (var text in HostileText.Questions(RandomTexts, seed: 5))
        {
            var answer = new Answer(text, AnswerKind.DidYouMean, text, 0.5, null,
                [new Citation(text, index % 9, text), new Citation("Plain quote & more", 0, "russia-south-ossetia-treaty")],
                [new Suggestion("s", text), new Suggestion("x", "Who signed the treaty?")]);
            failures.AddRange(Problems(_renderer.Render(answer), answer).Select(p => $"#{index}: {p}"));
            if (!string.IsNullOrWhiteSpace(Readable(text)))
            {
                // Notes are the adapter's own sentences; hostile text in one must still come out inert.
                failures.AddRange(Problems(DiscordAnswerRenderer.RenderText(text), null).Select(p => $"#{index} (note): {p}"));
            }

            // What a reader sees is the text as written, less control characters, up to where the limit cut it.
            var content = (string)_renderer.Render(answer with { Citations = [], Suggestions = [] })["content"]!;
            var seen = Unescape(content.EndsWith('\u2026') ? content[..^1] : content);
            var written = Readable(text.Trim());
            if (written.Length > 0 && !written.StartsWith(seen, StringComparison.Ordinal))
            {
                failures.Add($"#{index}: the visible text is not the text as written");
            }

            index++;
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    /// <summary>What is wrong with a rendered body; empty when it is safe.</summary>
    private IEnumerable<string> Problems(JsonObject body, Answer? answer)
    {
        if (body["allowed_mentions"] is not JsonObject mentions || mentions.Count != 1 || mentions["parse"] is not JsonArray { Count: 0 })
        {
            yield return "allowed_mentions is not {parse: []}";
        }

        var content = (string?)body["content"] ?? "";
        foreach (var problem in TextProblems("content", content, TextLimits.Content, escaped: true))
        {
            yield return problem;
        }

        if (body["embeds"] is JsonArray embeds)
        {
            var description = (string?)embeds.Single()!["description"] ?? "";
            if (embeds.Single()!.AsObject().Count != 1)
            {
                yield return "the embed carries more than a description";
            }

            // The renderer's own quote marker opens each citation; everything else must be escaped.
            var quoted = description.Replace("> \u201C", "\u201C", StringComparison.Ordinal);
            foreach (var problem in TextProblems("embed", quoted, TextLimits.EmbedDescription, escaped: true))
            {
                yield return problem;
            }
        }
        else if (answer is { Citations.Count: > 0 })
        {
            yield return "citations without an embed";
        }

        if (body["components"] is JsonArray rows)
        {
            var buttons = rows.Single()!["components"]!.AsArray();
            if (buttons.Count is < 1 or > TextLimits.ButtonsPerRow)
            {
                yield return $"{buttons.Count} buttons";
            }

            foreach (var button in buttons)
            {
                var label = (string)button!["label"]!;
                var id = (string)button["custom_id"]!;
                foreach (var problem in TextProblems("button label", label, TextLimits.ButtonLabel, escaped: false))
                {
                    yield return problem;
                }

                if (id.Length is < 1 or > SuggestionIds.MaxCustomIdLength || !_ids.TryDecode(id, out _))
                {
                    yield return $"custom_id '{id}'";
                }
            }
        }

        if (!RoundTrips(body))
        {
            yield return "the body does not serialise to JSON and back";
        }
    }

    private static bool RoundTrips(JsonObject body)
    {
        try
        {
            var json = body.ToJsonString();
            return JsonNode.Parse(json)!.ToJsonString() == json;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }

    private static IEnumerable<string> TextProblems(string where, string text, int limit, bool escaped)
    {
        if (text.Length == 0 || text.Length > limit)
        {
            yield return $"{where} has {text.Length} characters (limit {limit})";
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || (char.IsControl(c) && c != '\n'))
            {
                yield return $"{where} has U+{(int)c:X4} at {i}";
            }
            else if (c == '@' && i + 1 < text.Length && text[i + 1] is not (DiscordMarkdown.ZeroWidthSpace or '\u2026'))
            {
                yield return $"{where} has a live '@' at {i}";
            }
            else if (escaped && c == '\\')
            {
                if (i + 1 >= text.Length || !Markdown.Contains(text[i + 1]))
                {
                    yield return $"{where} has a stray backslash at {i}";
                }

                i++;
            }
            else if (escaped && Markdown.Contains(c))
            {
                yield return $"{where} has an unescaped '{c}' at {i}";
            }
        }
    }

    private static string Unescape(string text)
    {
        var plain = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                plain.Append(text[++i]);
            }
            else if (text[i] != DiscordMarkdown.ZeroWidthSpace || i == 0 || text[i - 1] != '@')
            {
                plain.Append(text[i]);
            }
        }

        return plain.ToString();
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
            else if (!char.IsSurrogate(c) && (!char.IsControl(c) || c == '\n'))
            {
                readable.Append(c);
            }
        }

        return readable.ToString();
    }
}
