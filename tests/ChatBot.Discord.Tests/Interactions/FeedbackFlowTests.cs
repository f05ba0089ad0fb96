using System.Text.Json.Nodes;
using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Discord.Tests.Support;
using ChatBot.Moderation.Log;
using ChatBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static ChatBot.Discord.Tests.Support.DiscordPayloads;

namespace ChatBot.Discord.Tests.Interactions;

public sealed class FeedbackFlowTests : AdapterTestBase
{
    private const string Reaction = "How did Georgia react?";
    private const string Population = "What is the population of South Ossetia?";
    private readonly RecordingQuestionLog _log = new();

    [Fact]
    public async Task AnAnsweredReplyCarriesThumbsButtonsNamingItsIntent()
    {
        var intent = await IntentOf(Reaction);
        await using var host = await StartWithLogAsync();
        var connection = await ConnectReadyAsync();

        var reply = await AskInDmAsync(connection, 2, Reaction);

        var row = Assert.Single(reply.Body!["components"]!.AsArray())!["components"]!.AsArray();
        Assert.Equal(["\U0001F44D", "\U0001F44E"], row.Select(b => Text(b!["label"])));
        Assert.Equal([$"f:+:{intent}", $"f:-:{intent}"], row.Select(b => Text(b!["custom_id"])));
        Assert.All(row, b => Assert.Equal((2, 2), ((int)b!["type"]!, (int)b["style"]!)));
    }

    [Fact]
    public async Task TheThumbsComeInTheirOwnRowAfterTheSuggestions()
    {
        var answers = new ScriptedAnswers(RealAnswers.Create(Clock));
        answers.Script("both", new Answer("both", AnswerKind.Answered, "An answer.", 0.9, "some-intent", [], [new Suggestion("x", "Who else signed?")]));
        await using var host = await StartAdapterAsync(answers, services: s => s.AddSingleton<IQuestionLog>(_log));
        var connection = await ConnectReadyAsync();

        var rows = (await AskInDmAsync(connection, 2, "both")).Body!["components"]!.AsArray();

        Assert.Equal(2, rows.Count);
        Assert.Equal("Who else signed?", Text(rows[0]!["components"]![0]!["label"]));
        Assert.Equal(["f:+:some-intent", "f:-:some-intent"], rows[1]!["components"]!.AsArray().Select(b => Text(b!["custom_id"])));
    }

    [Fact]
    public async Task ADeclineAndAnyAnswerWithoutAQuestionLogCarryNoThumbs()
    {
        await using (var host = await StartWithLogAsync())
        {
            var connection = await ConnectReadyAsync();
            var declined = await AskInDmAsync(connection, 2, Population);
            Assert.DoesNotContain("f:", declined.Body!.ToJsonString(), StringComparison.Ordinal);
        }

        await using (var host = await StartAdapterAsync())
        {
            var connection = await ConnectReadyAsync();
            var answered = await AskInDmAsync(connection, 2, Reaction);
            Assert.Contains("Georgia", Text(answered.Body!["content"]), StringComparison.Ordinal);
            Assert.Null(answered.Body!["components"]);
        }
    }

    [Fact]
    public async Task ThumbsDownOnAReplyIsRecordedWithItsQuestionAndThankedOnlyToTheUser()
    {
        var intent = await IntentOf(Reaction);
        await using var host = await StartWithLogAsync();
        var connection = await ConnectReadyAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, Message("m2", "c1", $"<@{BotId}> {Reaction}", mentions: [BotId]));
        var reply = await Server.NextMessageAsync("c1");

        await connection.DispatchAsync("INTERACTION_CREATE", 3, ButtonClick("i3", "token-3", "c1", $"f:-:{intent}", message: ClickedMessage(reply.CreatedId, "c1")));

        var callback = await Server.NextRequestAsync("POST", p => p == "interactions/i3/token-3/callback", "the click's callback");
        Assert.Equal(4, (int)callback.Body!["type"]!);
        Assert.Equal(64, (int)callback.Body!["data"]!["flags"]!);
        Assert.Equal("Thanks for the feedback", Text(callback.Body!["data"]!["content"]));
        Assert.Empty(callback.Body!["data"]!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Equal(new FeedbackRecord(DateTimeOffset.UnixEpoch, "discord", Reaction, intent, Helpful: false), await _log.NextFeedbackAsync());
    }

    [Fact]
    public async Task ThumbsUpOnASlashCommandsAnswerIsRecordedWithTheCommandsQuestion()
    {
        var intent = await IntentOf(Reaction);
        await using var host = await StartWithLogAsync();
        var connection = await ConnectReadyAsync();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, SlashAsk("i2", "token-2", "c1", Reaction));
        var answer = await Server.NextRequestAsync("POST", p => p == "interactions/i2/token-2/callback", "the answer");
        var thumbsUp = Text(answer.Body!["data"]!["components"]![0]!["components"]![0]!["custom_id"])!;

        // The response message is found again through the interaction it answered (interaction_metadata).
        await connection.DispatchAsync("INTERACTION_CREATE", 3, ButtonClick("i3", "token-3", "c1", thumbsUp, message: ClickedMessage("950000", "c1", answeredInteractionId: "i2")));

        await Server.NextRequestAsync("POST", p => p == "interactions/i3/token-3/callback", "the click's callback");
        Assert.Equal(new FeedbackRecord(DateTimeOffset.UnixEpoch, "discord", Reaction, intent, Helpful: true), await _log.NextFeedbackAsync());
    }

    [Fact]
    public async Task AReplyNoLongerRememberedIsRecordedWithTheMessageItRepliedTo()
    {
        await using var host = await StartWithLogAsync();
        var connection = await ConnectReadyAsync();
        var asked = Message("m1", "c1", $"<@{BotId}>  How did Georgia react?", mentions: [BotId]);

        // As after a restart: a click on a reply this process never sent.
        await connection.DispatchAsync("INTERACTION_CREATE", 2, ButtonClick("i2", "token-2", "c1", "f:-:georgia-reaction", message: ClickedMessage("960000", "c1", repliedTo: asked)));
        await connection.DispatchAsync("INTERACTION_CREATE", 3, ButtonClick("i3", "token-3", "c1", "f:+:georgia-reaction", message: ClickedMessage("970000", "c1")));

        Assert.Equal(new FeedbackRecord(DateTimeOffset.UnixEpoch, "discord", Reaction, "georgia-reaction", Helpful: false), await _log.NextFeedbackAsync());
        Assert.Equal(new FeedbackRecord(DateTimeOffset.UnixEpoch, "discord", "", "georgia-reaction", Helpful: true), await _log.NextFeedbackAsync());
    }

    [Fact]
    public async Task AFailingQuestionLogStillThanksTheUserAndIsLogged()
    {
        await using var host = await StartWithLogAsync();
        var connection = await ConnectReadyAsync();
        _log.Fail = true;

        await connection.DispatchAsync("INTERACTION_CREATE", 2, ButtonClick("i2", "token-2", "c1", "f:-:georgia-reaction", message: ClickedMessage("960000", "c1")));

        var callback = await Server.NextRequestAsync("POST", p => p == "interactions/i2/token-2/callback", "the click's callback");
        Assert.Equal("Thanks for the feedback", Text(callback.Body!["data"]!["content"]));
        var error = await host.Logs.Entries.TakeAsync(e => e.Level == LogLevel.Error && e.Message.Contains("thumbs-down", StringComparison.Ordinal), "the log failure");
        Assert.IsType<IOException>(error.Exception);

        // The channel goes on: the next question is answered.
        Assert.Contains("Georgia", Text((await AskInDmAsync(connection, 3, Reaction)).Body!["content"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAQuestionLogAClickIsOnlyAcknowledged()
    {
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", 2, ButtonClick("i2", "token-2", "c1", "f:-:georgia-reaction", message: ClickedMessage("960000", "c1")));

        var callback = await Server.NextRequestAsync("POST", p => p == "interactions/i2/token-2/callback", "the click's callback");
        Assert.Equal(6, (int)callback.Body!["type"]!);
    }

    [Fact]
    public void CustomIdsFitOneHundredCharacters()
    {
        Assert.Equal(100, ChatBot.Discord.Interactions.FeedbackIds.Encode(helpful: true, new string('x', 300)).Length);
        Assert.True(ChatBot.Discord.Interactions.FeedbackIds.TryDecode("f:-:pledge", out var helpful, out var intent));
        Assert.Equal((false, "pledge"), (helpful, intent));
        Assert.False(ChatBot.Discord.Interactions.FeedbackIds.TryDecode("ask:f:-:pledge", out _, out _));
    }

    private Task<AdapterHost> StartWithLogAsync() => StartAdapterAsync(services: s => s.AddSingleton<IQuestionLog>(_log));

    private async Task<string> IntentOf(string question)
    {
        var answer = await RealAnswers.Create(Clock).AskAsync(new ConversationKey("t", "c", "u"), question);
        Assert.True(answer.Kind == AnswerKind.Answered, $"precondition: the engine answers \"{question}\"");
        return answer.IntentId!;
    }
}
