using System.Text.Json;

namespace ChatBot.Discord.Rest;

/// <summary>JSON settings for Discord payloads: snake_case names, required fields enforced so a malformed payload fails to parse instead of yielding nulls.</summary>
internal static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Deserialises <paramref name="element"/>; false (with the reason) when it does not fit <typeparamref name="T"/>.</summary>
    public static bool TryRead<T>(JsonElement element, out T value, out string error)
        where T : class
    {
        if (element.ValueKind == JsonValueKind.Undefined)
        {
            // A frame without "d": Deserialize would throw InvalidOperationException, which is no JsonException.
            value = null!;
            error = "no data";
            return false;
        }

        try
        {
            value = element.Deserialize<T>(Options) ?? throw new JsonException("null payload");
            error = "";
            return true;
        }
        catch (JsonException ex)
        {
            value = null!;
            error = ex.Message;
            return false;
        }
    }
}
