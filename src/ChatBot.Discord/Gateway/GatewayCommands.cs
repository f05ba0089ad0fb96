using System.Text.Json.Nodes;
using ChatBot.Discord.Options;

namespace ChatBot.Discord.Gateway;

/// <summary>The frames the adapter sends: Identify, Resume and Heartbeat (the only sends, so the 120-per-minute limit is never near).</summary>
internal static class GatewayCommands
{
    /// <summary>op 2: token, intents, connection properties and shard.</summary>
    public static byte[] Identify(DiscordOptions options)
    {
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux";
        return GatewayPayload.Serialize(GatewayOpcode.Identify, new JsonObject
        {
            ["token"] = options.Token,
            ["intents"] = options.Intents,
            ["properties"] = new JsonObject { ["os"] = os, ["browser"] = "ChatBot", ["device"] = "ChatBot" },
            ["shard"] = new JsonArray(options.ShardId, options.ShardCount),
        });
    }

    /// <summary>op 6: token, session id and the last sequence seen.</summary>
    public static byte[] Resume(DiscordOptions options, GatewaySession session) => GatewayPayload.Serialize(GatewayOpcode.Resume, new JsonObject
    {
        ["token"] = options.Token,
        ["session_id"] = session.SessionId,
        ["seq"] = Sequence(session),
    });

    /// <summary>op 1 with the last sequence (null before any dispatch).</summary>
    public static byte[] Heartbeat(GatewaySession session) => GatewayPayload.Serialize(GatewayOpcode.Heartbeat, Sequence(session));

    private static JsonValue? Sequence(GatewaySession session) => session.Sequence is { } s ? JsonValue.Create(s) : null;
}
