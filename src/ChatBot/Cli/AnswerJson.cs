using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Core.Answers;

namespace ChatBot.Cli;

/// <summary>The one-line JSON shape of an answer that other tools read from <c>ask --json</c>. Keep it stable.</summary>
internal sealed record AnswerJson(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("intent")] string? Intent,
    [property: JsonPropertyName("citations")] IReadOnlyList<CitationJson> Citations,
    [property: JsonPropertyName("suggestions")] IReadOnlyList<string> Suggestions)
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(Answer answer) => JsonSerializer.Serialize(
        new AnswerJson(
            answer.Question,
            answer.Answered,
            answer.Text,
            Math.Round(answer.Confidence, 3),
            answer.IntentId,
            answer.Citations.Select(c => new CitationJson(c.Quote, c.Paragraph, c.Source)).ToList(),
            answer.Suggestions.Select(s => s.Question).ToList()),
        Options);
}

/// <summary>A citation in <see cref="AnswerJson"/>.</summary>
internal sealed record CitationJson(
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("paragraph")] int Paragraph,
    [property: JsonPropertyName("source")] string Source);
