using System.Text.Json;

namespace ChatBot.Discord.Gateway;

/// <summary>A dispatch (op 0) handed from the receive loop to the workers; <see cref="PartitionKey"/> keeps one channel's events in order.</summary>
internal sealed record GatewayDispatch(string EventName, long? Sequence, JsonElement Data)
{
    /// <summary>The channel the event belongs to, or the event name when it has none.</summary>
    public string PartitionKey =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty("channel_id", out var channel) && channel.ValueKind == JsonValueKind.String
            ? channel.GetString()!
            : EventName;
}
