using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Transport;

/// <summary>
/// getUpdates returning each update as raw JSON: Telegram.Bot's own request deserializes the whole batch at once,
/// so one malformed update would fail every poll; this way each is parsed (or skipped) on its own and journalled verbatim.
/// </summary>
internal sealed class RawGetUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    public int? Offset { get; set; }

    public int? Limit { get; set; }

    public int? Timeout { get; set; }

    [JsonPropertyName("allowed_updates")]
    public IEnumerable<UpdateType>? AllowedUpdates { get; set; }
}
