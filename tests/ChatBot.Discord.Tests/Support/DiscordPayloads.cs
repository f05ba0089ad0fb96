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
        string? replyToAuthorId = null,
        IEnumerable<string>? roles = null)
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
            // Like Discord: a guild message carries its author's member object (without the user), with their role ids.
            message["guild_id"] = guildId;
            message["member"] = new JsonObject { ["roles"] = Roles(roles), ["joined_at"] = "2024-01-01T00:00:00Z" };
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

    public static JsonObject SlashAsk(string id, string token, string channelId, string question, string? guildId = GuildId, IEnumerable<string>? roles = null) =>
        Interaction(id, token, 2, channelId, guildId, roles, null, new JsonObject
        {
            ["id"] = "77",
            ["name"] = "ask",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = question }),
        });

    /// <param name="message">The message the button sits on (Discord always sends it with a component click); see <see cref="ClickedMessage"/>.</param>
    public static JsonObject ButtonClick(string id, string token, string channelId, string customId, string? guildId = GuildId, JsonObject? message = null) =>
        Interaction(id, token, 3, channelId, guildId, null, message, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 });

    /// <summary>
    /// The bot's message a button sits on: <paramref name="answeredInteractionId"/> when it was an interaction's response
    /// (interaction_metadata), <paramref name="repliedTo"/> when it replied to a user's message (referenced_message).
    /// </summary>
    public static JsonObject ClickedMessage(string messageId, string channelId, string? answeredInteractionId = null, JsonObject? repliedTo = null)
    {
        var message = new JsonObject
        {
            ["id"] = messageId,
            ["channel_id"] = channelId,
            ["author"] = new JsonObject { ["id"] = BotId, ["username"] = "chatbot", ["bot"] = true },
            ["content"] = "An answer",
            ["type"] = answeredInteractionId is null ? (repliedTo is null ? 0 : 19) : 20,
        };
        if (answeredInteractionId is not null)
        {
            message["interaction_metadata"] = new JsonObject { ["id"] = answeredInteractionId, ["type"] = 2, ["user"] = new JsonObject { ["id"] = UserId, ["username"] = "someone" } };
        }

        if (repliedTo is not null)
        {
            message["message_reference"] = new JsonObject { ["message_id"] = repliedTo["id"]!.DeepClone(), ["channel_id"] = channelId };
            message["referenced_message"] = repliedTo.DeepClone();
        }

        return message;
    }

    private static JsonArray Roles(IEnumerable<string>? roles) => new((roles ?? []).Select(r => (JsonNode)JsonValue.Create(r)).ToArray());

    private static JsonObject Interaction(string id, string token, int type, string channelId, string? guildId, IEnumerable<string>? roles, JsonObject? message, JsonObject data)
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
            interaction["member"] = new JsonObject { ["user"] = user, ["roles"] = Roles(roles) };
        }
        else
        {
            interaction["user"] = user;
        }

        if (message is not null)
        {
            interaction["message"] = message;
        }

        return interaction;
    }
}
