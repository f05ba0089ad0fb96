namespace ChatBot.Discord.Gateway;

/// <summary>Discord's close-code rules as one table: resume, start a new session, or stop for good.</summary>
internal static class CloseCodes
{
    private static readonly Dictionary<int, CloseDecision> Table = new()
    {
        [4000] = new(CloseAction.Resume, "unknown error"),
        [4001] = new(CloseAction.Resume, "unknown opcode"),
        [4002] = new(CloseAction.Resume, "decode error"),
        [4003] = new(CloseAction.Resume, "not authenticated"),
        [4005] = new(CloseAction.Resume, "already authenticated"),
        [4008] = new(CloseAction.Resume, "rate limited"),
        [4006] = new(CloseAction.Reidentify, "session no longer valid"),
        [4007] = new(CloseAction.Reidentify, "invalid sequence number on resume"),
        [4009] = new(CloseAction.Reidentify, "session timed out"),
        [4004] = new(CloseAction.Fatal, "authentication failed: the token was rejected; check Discord:Token"),
        [4010] = new(CloseAction.Fatal, "invalid shard; check Discord:ShardId and Discord:ShardCount"),
        [4011] = new(CloseAction.Fatal, "sharding required: the bot is in too many guilds for one shard; raise Discord:ShardCount"),
        [4012] = new(CloseAction.Fatal, "invalid API version; check Discord:ApiBaseUrl"),
        [4013] = new(CloseAction.Fatal, "invalid intents; check Discord:Intents"),
        [4014] = new(CloseAction.Fatal, "disallowed intents: enable the Message Content intent in the developer portal or remove it from Discord:Intents"),
    };

    /// <summary>Decides for a received close code; <c>null</c> means the socket dropped without one.</summary>
    public static CloseDecision Decide(int? code) => code switch
    {
        null => new(CloseAction.Resume, "connection dropped without a close code"),
        { } known when Table.TryGetValue(known, out var decision) => decision,

        // 1000/1001 from the server and anything unknown: try to resume; Discord answers op 9 if the session is gone.
        _ => new(CloseAction.Resume, $"closed with code {code}"),
    };
}
