using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Discord.Gateway;

/// <summary>One gateway frame <c>{op, d, s, t}</c>; <c>s</c> and <c>t</c> are set on dispatches (op 0) only.</summary>
internal sealed record GatewayPayload(int Op, JsonElement Data, long? Sequence, string? EventName)
{
    /// <summary>Parses a received frame; a malformed one yields false and a reason to log (never an exception).</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out GatewayPayload payload, out string error)
    {
        payload = null!;
        try
        {
            using var document = JsonDocument.Parse(utf8.ToArray());
            var root = document.RootElement;
            // TryGetInt32 throws for a non-number, so the kind is checked first: {"op":"0"} must not end the connection.
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("op", out var op) || op.ValueKind != JsonValueKind.Number || !op.TryGetInt32(out var code))
            {
                error = "frame has no numeric 'op'";
                return false;
            }

            var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
            long? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var seq) ? seq : null;
            var name = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            payload = new GatewayPayload(code, data, sequence, name);
            error = "";
            return true;
        }
        catch (JsonException ex)
        {
            error = "invalid JSON: " + ex.Message;
            return false;
        }
    }

    /// <summary>Serialises an outgoing frame <c>{op, d}</c>.</summary>
    public static byte[] Serialize(int op, JsonNode? data) =>
        JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["op"] = op, ["d"] = data });
}
