namespace ChatBot.Discord.Rest;

/// <summary>The REST paths the adapter uses, relative to the API base URL.</summary>
internal static class DiscordRoutes
{
    public static string CreateMessage(string channelId) => $"channels/{channelId}/messages";

    public static string InteractionCallback(string interactionId, string token) => $"interactions/{interactionId}/{Uri.EscapeDataString(token)}/callback";

    public static string EditOriginal(string applicationId, string token) => $"webhooks/{applicationId}/{Uri.EscapeDataString(token)}/messages/@original";

    public static string Commands(string applicationId, string? guildId) =>
        guildId is null ? $"applications/{applicationId}/commands" : $"applications/{applicationId}/guilds/{guildId}/commands";
}
