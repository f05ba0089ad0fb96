namespace ChatBot.Discord.Rest;

/// <summary>The answer of <c>GET /gateway/bot</c>: the gateway URL to connect to, recommended shards and the identify budget.</summary>
internal sealed record GatewayBotInfo(string Url, int Shards = 1, SessionStartLimit? SessionStartLimit = null);
