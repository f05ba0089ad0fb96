using System.Text.Json.Nodes;

namespace ChatBot.Discord.Tests.Support;

/// <summary>Gateway dispatch bodies shaped like Discord's (only the fields that matter, plus a few that do not).</summary>
public static class DiscordPayloads
{
    public const string BotId = "100000000000000001";
    public const string ApplicationId = "200000000000000002";
    public const string UserId = "300000000000000003";
    public const string OtherBotId = "400000000000000004";
    public const string GuildId = "500000000000000005";
    public const string Token = "test-token.DO-NOT-LOG";

    public static JsonObject Ready(string sessionId, string resumeUrl) => new()
    {
        ["v"] = 10,
        ["user"] = new JsonObject { ["id"] = BotId, ["username"] = "chatbot", ["bot"] = true },
        ["guilds"] = new JsonArray(),
        ["session_id"] = sessionId,
        ["resume_gateway_url"] = resumeUrl,
        ["application"] = new JsonObject { ["id"] = ApplicationId, ["flags"] = 0 },
    };

    public static JsonObject Message(
        string id,
        string channelId,
        string content,
        string? guildId = GuildId,
        string authorId = UserId,
        bool authorIsBot = false,
        string? webhookId = null,
        IEnumerable<string>? mentions = null,
        string? replyToAuthorId = null)
    {
        var author = new JsonObject { ["id"] = authorId, ["username"] = "someone" };
        if (authorIsBot)
        {
            author["bot"] = true;
        }

        var message = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channelId,
            ["author"] = author,
            ["content"] = content,
            ["type"] = replyToAuthorId is null ? 0 : 19,
            ["tts"] = false,
            ["mention_everyone"] = false,
            ["mentions"] = new JsonArray((mentions ?? []).Select(m => (JsonNode)new JsonObject { ["id"] = m, ["username"] = "x" }).ToArray()),
            ["mention_roles"] = new JsonArray(),
        };
        if (guildId is not null)
        {
            message["guild_id"] = guildId;
        }

        if (webhookId is not null)
        {
            message["webhook_id"] = webhookId;
        }

        if (replyToAuthorId is not null)
        {
            message["message_reference"] = new JsonObject { ["message_id"] = "1", ["channel_id"] = channelId };
            message["referenced_message"] = new JsonObject { ["id"] = "1", ["author"] = new JsonObject { ["id"] = replyToAuthorId, ["username"] = "x" }, ["content"] = "earlier" };
        }

        return message;
    }

    public static JsonObject SlashAsk(string id, string token, string channelId, string question, string? guildId = GuildId) =>
        Interaction(id, token, 2, channelId, guildId, new JsonObject
        {
            ["id"] = "77",
            ["name"] = "ask",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = question }),
        });

    public static JsonObject ButtonClick(string id, string token, string channelId, string customId, string? guildId = GuildId) =>
        Interaction(id, token, 3, channelId, guildId, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 });

    private static JsonObject Interaction(string id, string token, int type, string channelId, string? guildId, JsonObject data)
    {
        var user = new JsonObject { ["id"] = UserId, ["username"] = "someone" };
        var interaction = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = ApplicationId,
            ["type"] = type,
            ["token"] = token,
            ["version"] = 1,
            ["channel_id"] = channelId,
            ["data"] = data,
        };
        if (guildId is not null)
        {
            interaction["guild_id"] = guildId;
            interaction["member"] = new JsonObject { ["user"] = user, ["roles"] = new JsonArray() };
        }
        else
        {
            interaction["user"] = user;
        }

        return interaction;
    }
}
