using System.Text.Json.Serialization;

namespace ChatBot.Operations;

/// <summary>The content of health.json: <c>{"status":"healthy","at":"...","intents":42}</c>.</summary>
internal sealed record HealthReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("at")] DateTimeOffset At,
    [property: JsonPropertyName("intents")] int Intents)
{
    public const string Healthy = "healthy";
    public const string Stopped = "stopped";
}
