using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Core.Rendering;
using ChatBot.Discord.Interactions;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// Renders an <see cref="Answer"/> as a Discord message body: escaped content (at most 2000 characters), the citations
/// as one embed (quote + paragraph, description at most 4096, total at most 6000), suggestions as buttons, optionally
/// a row of 👍/👎 buttons, and <c>allowed_mentions: {parse: []}</c> so nothing ever pings.
/// </summary>
internal sealed class DiscordAnswerRenderer(SuggestionIds suggestionIds, IAnswerService answers)
{
    public const string HelpfulLabel = "\U0001F44D";
    public const string NotHelpfulLabel = "\U0001F44E";

    /// <summary>The body of a message, interaction response data or webhook edit; <paramref name="withFeedback"/> adds 👍/👎 for answers with an intent.</summary>
    public JsonObject Render(Answer answer, bool withFeedback = false)
    {
        var content = new StringBuilder(DiscordMarkdown.Escape(answer.Text.Trim()));
        // Judged on the label as shown: a button whose label is blank once control characters are gone makes Discord refuse the message.
        var suggestions = answer.Suggestions.Where(s => !string.IsNullOrWhiteSpace(DiscordMarkdown.NeutraliseMentions(s.Question))).DistinctBy(s => s.Question).Take(TextLimits.ButtonsPerRow).ToList();
        foreach (var suggestion in suggestions)
        {
            content.Append("\n• ").Append(DiscordMarkdown.Escape(suggestion.Question));
        }

        var body = new JsonObject
        {
            ["content"] = TextLimits.Truncate(content.Length == 0 ? "…" : content.ToString(), TextLimits.Content),
            ["allowed_mentions"] = NoMentions(),
        };

        if (answer.Citations.Count > 0)
        {
            body["embeds"] = new JsonArray(CitationEmbed(answer.Citations));
        }

        var rows = new JsonArray();
        if (suggestions.Count > 0)
        {
            rows.Add(Row(suggestions.Select(Button)));
        }

        if (withFeedback && answer.IntentId is { Length: > 0 } intentId)
        {
            rows.Add(Row([FeedbackButton(HelpfulLabel, FeedbackIds.Encode(helpful: true, intentId)), FeedbackButton(NotHelpfulLabel, FeedbackIds.Encode(helpful: false, intentId))]));
        }

        if (rows.Count > 0)
        {
            body["components"] = rows;
        }

        return body;
    }

    /// <summary>A plain text body (notes such as "this button expired"), escaped like everything else.</summary>
    public static JsonObject RenderText(string text) => new()
    {
        ["content"] = TextLimits.Truncate(DiscordMarkdown.Escape(text), TextLimits.Content),
        ["allowed_mentions"] = NoMentions(),
    };

    /// <summary><c>{"parse": []}</c>: no @everyone, role or user mention in our messages ever notifies anyone.</summary>
    public static JsonObject NoMentions() => new() { ["parse"] = new JsonArray() };

    private JsonObject CitationEmbed(IReadOnlyList<Citation> citations)
    {
        var description = new StringBuilder();
        foreach (var citation in citations.Distinct())
        {
            var quote = DiscordMarkdown.Escape(citation.Quote.ReplaceLineEndings(" ").Trim());
            var where = DiscordMarkdown.Escape($"{PlainTextRenderer.DescribeParagraph(citation.Paragraph)}, {SourceTitle(citation.Source)}");
            var block = $"> \u201C{quote}\u201D\n\u2014 {where}";
            var separator = description.Length == 0 ? "" : "\n\n";
            if (description.Length + separator.Length + block.Length > TextLimits.EmbedDescription)
            {
                if (description.Length == 0)
                {
                    description.Append(TextLimits.Truncate(block, TextLimits.EmbedDescription));
                }

                break;
            }

            description.Append(separator).Append(block);
        }

        // Only the description carries text, so it alone counts toward the 6000-character embed total.
        return new JsonObject { ["description"] = TextLimits.Truncate(description.ToString(), Math.Min(TextLimits.EmbedDescription, TextLimits.EmbedTotal)) };
    }

    private static JsonObject Row(IEnumerable<JsonObject> buttons) => new()
    {
        ["type"] = 1,
        ["components"] = new JsonArray(buttons.ToArray<JsonNode?>()),
    };

    private static JsonObject FeedbackButton(string label, string customId) => new()
    {
        ["type"] = 2,
        ["style"] = 2,
        ["label"] = label,
        ["custom_id"] = customId,
    };

    private JsonObject Button(Suggestion suggestion) => new()
    {
        ["type"] = 2,
        ["style"] = 2,
        ["label"] = TextLimits.Truncate(DiscordMarkdown.NeutraliseMentions(suggestion.Question), TextLimits.ButtonLabel),
        ["custom_id"] = suggestionIds.Encode(suggestion.Question),
    };

    private string SourceTitle(string source) =>
        answers.Sources.FirstOrDefault(d => d.Id == source)?.Title is { Length: > 0 } title ? title : source;
}
