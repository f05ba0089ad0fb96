using System.Text.Json.Nodes;
using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Interactions;

/// <summary>Interaction response bodies for <c>POST /interactions/{id}/{token}/callback</c>.</summary>
internal static class InteractionCallback
{
    /// <summary>CHANNEL_MESSAGE_WITH_SOURCE: the answer itself.</summary>
    public const int ChannelMessage = 4;

    /// <summary>DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: "thinking…"; the answer follows by editing @original.</summary>
    public const int Deferred = 5;

    /// <summary>DEFERRED_UPDATE_MESSAGE: a component click acknowledged, the message left as it is.</summary>
    public const int Acknowledge = 6;

    /// <summary>Only the invoking user sees the message.</summary>
    public const int EphemeralFlag = 64;

    public static JsonObject Message(JsonObject data) => new() { ["type"] = ChannelMessage, ["data"] = data };

    public static JsonObject AcknowledgeClick() => new() { ["type"] = Acknowledge };

    public static JsonObject Defer() => new()
    {
        ["type"] = Deferred,
        ["data"] = new JsonObject { ["allowed_mentions"] = DiscordAnswerRenderer.NoMentions() },
    };
}
