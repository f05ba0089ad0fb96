using System.Text.Json;

namespace ChatBot.Core.Evaluation;

/// <summary>Reads an evaluation set: JSON lines of {"question", "intent" (or null), "context"?: [...], "also"?}.</summary>
public static class EvalSetReader
{
    /// <summary>Parses the lines; a malformed line is an error naming its line number.</summary>
    public static IReadOnlyList<EvalCase> Read(TextReader reader)
    {
        var cases = new List<EvalCase>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var question = root.GetProperty("question").GetString() ?? throw new FormatException("\"question\" is null");
                var intent = root.TryGetProperty("intent", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
                var context = root.TryGetProperty("context", out var c) && c.ValueKind == JsonValueKind.Array
                    ? c.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList()
                    : [];
                var also = root.TryGetProperty("also", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
                cases.Add(new EvalCase(question, intent, context, also, number));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new FormatException($"line {number}: not a valid evaluation case ({ex.Message}).", ex);
            }
        }

        return cases;
    }
}
