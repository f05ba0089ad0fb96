using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Telegram.Tests.Support;

/// <summary>Builds Bot API update payloads the way Telegram sends them (update_id is set by the fake server).</summary>
public static class TestUpdates
{
    private static int _nextMessageId = 100;

    public static int NewMessageId() => Interlocked.Increment(ref _nextMessageId);

    public static JsonObject PrivateText(long userId, string text, int? messageId = null) => new()
    {
        ["message"] = Message(new JsonObject { ["id"] = userId, ["type"] = "private", ["first_name"] = "Reader" }, userId, text, messageId),
    };

    public static JsonObject GroupText(long chatId, long userId, string text, int? messageId = null, JsonObject? replyTo = null)
    {
        var message = Message(new JsonObject { ["id"] = chatId, ["type"] = "supergroup", ["title"] = "Readers' club" }, userId, text, messageId);
        if (replyTo is not null)
        {
            message["reply_to_message"] = replyTo;
        }

        return new JsonObject { ["message"] = message };
    }

    /// <summary>A message the bot itself sent in <paramref name="chatId"/> (for reply-to-the-bot updates).</summary>
    public static JsonObject BotMessage(long chatId, int messageId, string text) => new()
    {
        ["message_id"] = messageId,
        ["date"] = 1_700_000_000,
        ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "supergroup", ["title"] = "Readers' club" },
        ["from"] = new JsonObject { ["id"] = FakeBotApiServer.BotId, ["is_bot"] = true, ["first_name"] = "Article QA", ["username"] = FakeBotApiServer.BotUsername },
        ["text"] = text,
    };

    /// <summary>A button press on the message the bot sent with <paramref name="sent"/> (its reply_markup included, as Telegram does).</summary>
    /// <param name="replyTo">The message the bot's message replied to, as Telegram includes it (reply_to_message).</param>
    public static JsonObject Callback(long userId, RecordedCall sent, int sentMessageId, string data, JsonObject? replyTo = null) =>
        Callback(userId, sent.ChatId, sentMessageId, sent.Text, JsonNode.Parse(sent.Body.GetProperty("reply_markup").GetRawText())!, data, replyTo);

    /// <summary>A press of a button labelled <paramref name="question"/> on a bot message in <paramref name="chatId"/>.</summary>
    public static JsonObject Callback(long userId, long chatId, string question, string data) =>
        Callback(userId, chatId, NewMessageId(), "Did you mean?", new JsonObject
        {
            ["inline_keyboard"] = new JsonArray(new JsonArray(new JsonObject { ["text"] = question, ["callback_data"] = data })),
        }, data);

    private static JsonObject Callback(long userId, long chatId, int sentMessageId, string sentText, JsonNode keyboard, string data, JsonObject? replyTo = null)
    {
        var message = new JsonObject
        {
            ["message_id"] = sentMessageId,
            ["date"] = 1_700_000_000,
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "supergroup" : "private" },
            ["from"] = new JsonObject { ["id"] = FakeBotApiServer.BotId, ["is_bot"] = true, ["first_name"] = "Article QA", ["username"] = FakeBotApiServer.BotUsername },
            ["text"] = sentText,
            ["reply_markup"] = keyboard,
        };
        if (replyTo is not null)
        {
            message["reply_to_message"] = replyTo;
        }

        return new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = $"cb-{Guid.NewGuid():N}",
                ["from"] = User(userId),
                ["message"] = message,
                ["chat_instance"] = "42",
                ["data"] = data,
            },
        };
    }

    public static JsonObject Inline(long userId, string query) => new()
    {
        ["inline_query"] = new JsonObject
        {
            ["id"] = $"iq-{Guid.NewGuid():N}",
            ["from"] = User(userId),
            ["query"] = query,
            ["offset"] = "",
        },
    };

    /// <summary>The buttons of a sent message's inline keyboard, as (label, callback data).</summary>
    public static IReadOnlyList<(string Text, string Data)> Buttons(RecordedCall sent) =>
        [.. sent.Body.GetProperty("reply_markup").GetProperty("inline_keyboard").EnumerateArray()
            .SelectMany(row => row.EnumerateArray())
            .Select(b => (b.GetProperty("text").GetString()!, b.GetProperty("callback_data").GetString()!))];

    private static JsonObject Message(JsonObject chat, long userId, string text, int? messageId) => new()
    {
        ["message_id"] = messageId ?? NewMessageId(),
        ["date"] = 1_700_000_000,
        ["chat"] = chat,
        ["from"] = User(userId),
        ["text"] = text,
    };

    private static JsonObject User(long userId) => new() { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Reader" };

    /// <summary>The message inside a message update (for reply_to_message).</summary>
    public static JsonObject MessageOf(JsonObject update) => update["message"]!.DeepClone().AsObject();

    public static int MessageId(JsonObject update) => update["message"]!["message_id"]!.GetValue<int>();

    public static string Json(JsonObject update) => update.ToJsonString(new JsonSerializerOptions());
}
