using System.Text.Json.Nodes;
using ChatBot.Telegram.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Tests.Hosting;

/// <summary>
/// Issue 7: whatever getUpdates returns (truncated JSON, unknown update types and fields, updates missing what the bot
/// reads, values of the wrong type), the problem is logged, the update skipped, and polling goes on answering.
/// </summary>
public sealed class MalformedUpdatesTests : AdapterTestBase
{
    private const long Reader = 8001;

    [Fact]
    public async Task BrokenUpdatesInABatchAreLoggedAndSkippedWhileTheRestAreAnswered()
    {
        await using var bot = await StartAdapterAsync(new ScriptedAnswerService());
        var withUnknownFields = TestUpdates.PrivateText(Reader, "unknown fields are fine");
        withUnknownFields["message"]!["brand_new_field"] = new JsonObject { ["nested"] = new JsonArray(1, 2, 3) };
        withUnknownFields["message"]!["from"]!["is_premium_plus"] = true;
        withUnknownFields["future_update_flag"] = "x";
        var wrongType = TestUpdates.PrivateText(Reader, "x");
        wrongType["message"]!["text"] = 42;
        var noChat = TestUpdates.PrivateText(Reader, "no chat");
        noChat["message"]!.AsObject().Remove("chat");
        var inlineWithoutSender = TestUpdates.Inline(Reader, "who signed?");
        inlineWithoutSender["inline_query"]!.AsObject().Remove("from");

        Server.Enqueue(new JsonObject { ["message"] = "not a message object" });
        Server.Enqueue(wrongType);
        Server.Enqueue(noChat);
        Server.Enqueue(inlineWithoutSender);
        Server.Enqueue(new JsonObject { ["poll"] = new JsonObject { ["id"] = "p1", ["question"] = "?", ["options"] = new JsonArray() } });
        Server.Enqueue(new JsonObject { ["edited_message"] = TestUpdates.PrivateText(Reader, "edited")["message"]!.DeepClone() });
        Server.Enqueue(new JsonObject());
        Server.Enqueue(withUnknownFields);
        var good = TestUpdates.PrivateText(Reader, "the good one");
        var goodId = Server.Enqueue(good);

        // One chat is answered in order: once the good one's reply is out, everything before it has been dealt with.
        var first = await Server.NextAsync("sendMessage").Bounded();
        var second = await Server.NextAsync("sendMessage").Bounded();
        var after = TestUpdates.PrivateText(Reader, "polling goes on");
        Server.Enqueue(after);
        var third = await Server.NextAsync("sendMessage").Bounded();

        Assert.Equal([TestUpdates.MessageId(withUnknownFields), TestUpdates.MessageId(good), TestUpdates.MessageId(after)], new[] { first, second, third }.Select(r => (int)r.ReplyTo!));
        Assert.Equal(3, Server.Calls("sendMessage").Count);
        Assert.True(bot.Logs.Entries.Count(e => e.Level >= LogLevel.Warning && (e.Message.Contains("malformed") || e.Message.Contains("Could not read"))) >= 3, string.Join('\n', bot.Logs.Entries.Select(e => e.Message)));
        // Confirmed to Telegram like any other update: skipped, not stuck.
        Assert.DoesNotContain(Server.UnconfirmedUpdateIds, id => id <= goodId);
    }

    [Fact]
    public async Task ATruncatedGetUpdatesResponseIsRetriedOnTheClockAndPollingGoesOn()
    {
        await using var bot = await StartAdapterAsync(new ScriptedAnswerService());
        await Server.NextArrivalAsync("getUpdates").Bounded(); // the first poll is in, so the broken answer goes to the one after
        Server.FailNext("getUpdates", new ScriptedFailure(200, "", RawBody: """{"ok":true,"result":[{"update_id":1,"message":{"message_id":"""));
        var backoff = Time.NextTimerAsync(due => due > TimeSpan.Zero && due <= TimeSpan.FromSeconds(30));

        Server.Enqueue(TestUpdates.PrivateText(Reader, "before"));
        await Server.NextAsync("sendMessage").Bounded();
        var due = await backoff.Bounded();
        Server.Enqueue(TestUpdates.PrivateText(Reader, "after the truncated answer"));
        Time.Advance(due);
        var reply = await Server.NextAsync("sendMessage").Bounded();

        Assert.StartsWith("You asked: after the truncated answer", reply.Text);
        Assert.Contains(bot.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Telegram getUpdates failed"));
        Assert.False(bot.Adapter.Completion.IsCompleted);
    }
}
