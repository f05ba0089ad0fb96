using System.Text.Json;

namespace ChatBot.Telegram.Tests.Support;

/// <summary>One Bot API call the fake server received: method, JSON body, the HTTP status it answered with and the result it returned.</summary>
public sealed record RecordedCall(string Method, JsonElement Body, int Status, JsonElement? Result = null)
{
    /// <summary>The message_id the server gave the message a sendMessage created.</summary>
    public int SentMessageId => Result?.GetProperty("message_id").GetInt32() ?? throw new InvalidOperationException($"{Method} returned no message");

    public string? Str(string property) => Body.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public long? Long(string property) => Body.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;

    /// <summary>sendMessage's text.</summary>
    public string Text => Str("text") ?? "";

    /// <summary>sendMessage's chat_id.</summary>
    public long ChatId => Long("chat_id") ?? 0;

    /// <summary>The message a sendMessage replies to (reply_parameters.message_id).</summary>
    public long? ReplyTo =>
        Body.TryGetProperty("reply_parameters", out var p) && p.TryGetProperty("message_id", out var id) ? id.GetInt64() : null;
}
