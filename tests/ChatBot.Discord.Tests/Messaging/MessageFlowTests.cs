using ChatBot.Core.Answers;
using ChatBot.Discord.Tests.Support;
using ChatBot.Testing;
using Microsoft.Extensions.Logging;
using static ChatBot.Discord.Tests.Support.DiscordPayloads;

namespace ChatBot.Discord.Tests.Messaging;

public sealed class MessageFlowTests : AdapterTestBase
{
    [Fact]
    public async Task AMentionIsAnsweredWithAReplyThatPingsNoOne()
    {
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();

        await connection.DispatchAsync("MESSAGE_CREATE", 2, Message("m2", "c1", $"<@{BotId}> How did Georgia react?", mentions: [BotId]));

        var reply = await Server.NextMessageAsync("c1");
        var body = reply.Body!;
        Assert.Contains("Georgia", Text(body["content"]), StringComparison.Ordinal);
        Assert.True(Text(body["content"])!.Length <= 2000);
        Assert.Equal("m2", Text(body["message_reference"]!["message_id"]));
        Assert.False((bool)body["message_reference"]!["fail_if_not_exists"]!);
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Matches(@"(paragraph \d+|headline)", Text(body["embeds"]![0]!["description"]));
        Assert.Equal("Bot " + Token, reply.Header("Authorization"));
        Assert.StartsWith("DiscordBot (", reply.Header("User-Agent"), StringComparison.Ordinal);
        Assert.StartsWith("application/json", reply.Header("Content-Type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BothMentionFormsAreStrippedFromTheQuestion()
    {
        var answers = new ScriptedAnswers(RealAnswers.Create(Clock));
        await using var host = await StartAdapterAsync(answers);
        var connection = await ConnectReadyAsync();

        await connection.DispatchAsync("MESSAGE_CREATE", 2, Message("m2", "c1", $"<@!{BotId}>   How did Georgia react?", mentions: [BotId]));
        await connection.DispatchAsync("MESSAGE_CREATE", 3, Message("m3", "c1", $"How did <@{BotId}> Georgia react?", mentions: [BotId]));
        await Server.NextMessageAsync("c1");
        await Server.NextMessageAsync("c1");

        Assert.Equal(["How did Georgia react?", "How did Georgia react?"], answers.Questions.Snapshot().Select(q => q.Question));
        Assert.Equal(("discord", "c1", UserId), (answers.Questions.Snapshot()[0].Conversation.Platform, answers.Questions.Snapshot()[0].Conversation.ChatId, answers.Questions.Snapshot()[0].Conversation.UserId));
    }

    [Fact]
    public async Task ADirectMessageIsAnswered()
    {
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();

        var reply = await AskInDmAsync(connection, 2);

        Assert.Contains("Georgia", Text(reply.Body!["content"]), StringComparison.Ordinal);
        Assert.Equal("m2", Text(reply.Body!["message_reference"]!["message_id"]));
        Assert.Empty(reply.Body!["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task AReplyToTheBotIsAnswered()
    {
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();

        await connection.DispatchAsync("MESSAGE_CREATE", 2, Message("m2", "c1", "How did Georgia react?", replyToAuthorId: BotId));

        var reply = await Server.NextMessageAsync("c1");
        Assert.Equal("m2", Text(reply.Body!["message_reference"]!["message_id"]));
    }

    [Fact]
    public async Task UnaddressedOwnBotAndWebhookMessagesAreIgnored()
    {
        var answers = new ScriptedAnswers(RealAnswers.Create(Clock));
        await using var host = await StartAdapterAsync(answers);
        var connection = await ConnectReadyAsync();

        await connection.DispatchAsync("MESSAGE_CREATE", 2, Message("m2", "c1", "How did Georgia react? (not addressed)"));
        await connection.DispatchAsync("MESSAGE_CREATE", 3, Message("m3", "c1", "How did Georgia react? (reply to someone else)", replyToAuthorId: OtherBotId));
        await connection.DispatchAsync("MESSAGE_CREATE", 4, Message("m4", "c1", $"<@{BotId}> own message", authorId: BotId, mentions: [BotId]));
        await connection.DispatchAsync("MESSAGE_CREATE", 5, Message("m5", "c1", $"<@{BotId}> other bot", authorId: OtherBotId, authorIsBot: true, mentions: [BotId]));
        await connection.DispatchAsync("MESSAGE_CREATE", 6, Message("m6", "c1", $"<@{BotId}> webhook", webhookId: "999", mentions: [BotId]));
        await connection.DispatchAsync("MESSAGE_CREATE", 7, Message("m7", "c1", $"<@{BotId}> How did Georgia react?", mentions: [BotId]));

        // One channel is handled in order, so when m7's reply is out every earlier message has been dealt with.
        var reply = await Server.NextMessageAsync("c1");
        Assert.Equal("m7", Text(reply.Body!["message_reference"]!["message_id"]));
        Assert.Single(Server.Requests.Snapshot(), r => r.Path == "channels/c1/messages");
        Assert.Single(answers.Questions.Snapshot());
    }

    [Fact]
    public async Task HostileEchoedTextIsEscapedEverywhere()
    {
        var answers = new ScriptedAnswers(RealAnswers.Create(Clock));
        answers.Script("echo", new Answer(
            "echo",
            AnswerKind.Declined,
            "You said: @everyone <@&123> **bold** <@456>",
            0,
            null,
            [new Citation("quote with @here and __under__ > [link](http://x)", 3, "russia-south-ossetia-treaty")],
            [new Suggestion("s", "Ping @everyone **now**?")]));
        await using var host = await StartAdapterAsync(answers);
        var connection = await ConnectReadyAsync();

        await AskInDmAsync(connection, 2, "echo");

        var body = Server.Requests.Snapshot().Single(r => r.Path == "channels/dm-1/messages").Body!;
        var content = Text(body["content"])!;
        Assert.Contains("@\u200Beveryone", content, StringComparison.Ordinal);
        Assert.Contains("<@\u200B&123\\>", content, StringComparison.Ordinal);
        Assert.Contains("<@\u200B456\\>", content, StringComparison.Ordinal);
        Assert.Contains(@"\*\*bold\*\*", content, StringComparison.Ordinal);
        Assert.Contains(@"Ping @" + "\u200B" + @"everyone \*\*now\*\*?", content, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", content, StringComparison.Ordinal);
        Assert.DoesNotContain("<@&123>", content, StringComparison.Ordinal);

        var quote = Text(body["embeds"]![0]!["description"])!;
        Assert.Contains("@\u200Bhere", quote, StringComparison.Ordinal);
        Assert.Contains(@"\_\_under\_\_", quote, StringComparison.Ordinal);
        Assert.Contains(@"\[link\]\(http://x\)", quote, StringComparison.Ordinal);
        Assert.Contains("paragraph 3", quote, StringComparison.Ordinal);

        var label = Text(body["components"]![0]!["components"]![0]!["label"])!;
        Assert.DoesNotContain("@everyone", label, StringComparison.Ordinal);
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task A429IsWaitedOutForRetryAfterSecondsThenRetried()
    {
        Server.Script("POST", p => p == "channels/dm-1/messages", 429, """{"message": "You are being rate limited.", "retry_after": 2.5, "global": false}""", new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = "2.5",
            ["X-RateLimit-Bucket"] = "bucket-1",
        });
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();
        Clock.Timers.Skip();

        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordPayloads.Message("m2", "dm-1", "How did Georgia react?", guildId: null));
        var limited = await Server.NextMessageAsync("dm-1");
        Assert.Equal(429, limited.Status);

        var waited = await Clock.AdvanceToTimerAsync(_ => true, "the retry_after wait");
        Assert.Equal(TimeSpan.FromSeconds(2.5), waited);

        var retried = await Server.NextMessageAsync("dm-1");
        Assert.Equal(200, retried.Status);
        Assert.Equal(limited.Body!.ToJsonString(), retried.Body!.ToJsonString());
    }

    [Fact]
    public async Task A403IsNotRetried()
    {
        Server.Script("POST", p => p == "channels/dm-1/messages", 403, """{"message": "Missing Permissions", "code": 50013}""");
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();

        var refused = await AskInDmAsync(connection, 2);
        Assert.Equal(403, refused.Status);
        var next = await AskInDmAsync(connection, 3);

        Assert.Equal("m3", Text(next.Body!["message_reference"]!["message_id"]));
        Assert.Equal(2, Server.Requests.Snapshot().Count(r => r.Path == "channels/dm-1/messages"));
        Assert.Contains(host.Logs.Entries.Snapshot(), e => e.Level == LogLevel.Error && e.Message.Contains("403", StringComparison.Ordinal));
    }
}
