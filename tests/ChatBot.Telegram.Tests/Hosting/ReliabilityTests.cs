using ChatBot.Telegram.Tests.Support;

namespace ChatBot.Telegram.Tests.Hosting;

public sealed class ReliabilityTests : AdapterTestBase
{
    [Fact]
    public async Task ARestartNeitherAnswersAnUpdateTwiceNorSkipsOne()
    {
        var before = Enumerable.Range(1, 3).Select(i => TestUpdates.PrivateText(4000 + i, $"before restart {i}")).ToList();
        var during = Enumerable.Range(1, 2).Select(i => TestUpdates.PrivateText(4100 + i, $"while stopped {i}")).ToList();
        var after = TestUpdates.PrivateText(4200, "after restart");

        await using (var first = await StartAdapterAsync(new ScriptedAnswerService()))
        {
            before.ForEach(u => Server.Enqueue(u));
            for (var i = 0; i < before.Count; i++)
            {
                await Server.NextAsync("sendMessage").Bounded();
            }

            await first.StopAsync();
        }

        during.ForEach(u => Server.Enqueue(u));
        await using (var second = await StartAdapterAsync(new ScriptedAnswerService()))
        {
            Server.Enqueue(after);
            for (var i = 0; i < during.Count + 1; i++)
            {
                await Server.NextAsync("sendMessage").Bounded();
            }

            await second.StopAsync();
        }

        var answered = Server.Calls("sendMessage").Select(c => c.ReplyTo).ToList();
        var expected = before.Concat(during).Append(after).Select(u => (long?)TestUpdates.MessageId(u)).ToList();
        Assert.Equal(expected.Order(), answered.Order());
    }

    [Fact]
    public async Task AnUpdateAbandonedAtTheShutdownDeadlineIsAnsweredAfterTheRestart()
    {
        var slow = TestUpdates.PrivateText(4301, "slow question");
        var firstAnswers = new ScriptedAnswerService();

        await using (var first = await StartAdapterAsync(firstAnswers))
        {
            var id = Server.Enqueue(slow);
            await firstAnswers.Started("slow question").Bounded();
            // The receiver confirms a batch with its next poll, which may reach Telegram just after the answer starts.
            await Server.ConfirmedAsync(id).Bounded();

            // A shutdown whose deadline has already passed (or a crash): the reply in progress never completes.
            await first.StopAsync(new CancellationToken(canceled: true));
        }

        Assert.Empty(Server.Calls("sendMessage"));
        Assert.Empty(Server.UnconfirmedUpdateIds); // Telegram has forgotten it: only the journal still has it
        var secondAnswers = new ScriptedAnswerService();
        secondAnswers.Gate.SetResult();
        await using var second = await StartAdapterAsync(secondAnswers);

        var replayed = await Server.NextAsync("sendMessage").Bounded();
        await second.StopAsync();

        Assert.Equal(TestUpdates.MessageId(slow), replayed.ReplyTo);
        Assert.Single(Server.Calls("sendMessage"));
    }

    [Fact]
    public async Task A429IsRetriedOnceRetryAfterHasPassedAndTheReplyArrivesOnce()
    {
        await using var bot = await StartAdapterAsync(new ScriptedAnswerService());
        Server.FailNext("sendMessage", new ScriptedFailure(429, "Too Many Requests: retry after 7", RetryAfter: 7));
        var waiting = Time.NextTimerAsync(due => due == TimeSpan.FromSeconds(7));

        Server.Enqueue(TestUpdates.PrivateText(4400, "rate limited"));
        var refused = await Server.NextAsync("sendMessage").Bounded();
        await waiting.Bounded();

        Assert.Equal(429, refused.Status);
        Assert.Single(Server.Calls("sendMessage"));

        Time.Advance(TimeSpan.FromSeconds(7));
        var delivered = await Server.NextAsync("sendMessage").Bounded();
        await bot.StopAsync();

        Assert.Equal(200, delivered.Status);
        Assert.Equal(refused.Text, delivered.Text);
        Assert.Equal(2, Server.Calls("sendMessage").Count);
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("Telegram sendMessage failed (Too Many Requests: retry after 7); retry 1 in 7 s"));
    }

    [Fact]
    public async Task AFailedPollBacksOffOnTheClockThenResumes()
    {
        await using var bot = await StartAdapterAsync(new ScriptedAnswerService());
        await Server.NextArrivalAsync("getUpdates").Bounded(); // the first poll is in, so the failure hits the one after
        Server.FailNext("getUpdates", new ScriptedFailure(502, "Bad Gateway"));
        var backoff = Time.NextTimerAsync(due => due > TimeSpan.Zero && due <= TimeSpan.FromSeconds(30));

        Server.Enqueue(TestUpdates.PrivateText(4500, "first"));
        await Server.NextAsync("sendMessage").Bounded();
        var due = await backoff.Bounded();
        var pollsSoFar = Server.Calls("getUpdates").Count;
        Server.Enqueue(TestUpdates.PrivateText(4501, "second"));

        Assert.Equal(502, Server.Calls("getUpdates")[^1].Status);
        Time.Advance(due);
        var reply = await Server.NextAsync("sendMessage").Bounded();

        Assert.StartsWith("You asked: second", reply.Text);
        Assert.True(Server.Calls("getUpdates").Count > pollsSoFar);
    }

    [Fact]
    public async Task AMalformedUpdateIsSkippedAndTheNextOneStillAnswered()
    {
        await using var bot = await StartAdapterAsync(new ScriptedAnswerService());
        Server.Enqueue(new System.Text.Json.Nodes.JsonObject { ["message"] = "not a message object" });
        var good = TestUpdates.PrivateText(4550, "after the bad one");
        Server.Enqueue(good);

        var reply = await Server.NextAsync("sendMessage").Bounded();

        Assert.Equal(TestUpdates.MessageId(good), reply.ReplyTo);
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("malformed"));
    }

    [Fact]
    public async Task ASlowOrFailingAnswerInOneChatDoesNotStallOtherChats()
    {
        var answers = new ScriptedAnswerService();
        await using var bot = await StartAdapterAsync(answers);

        Server.Enqueue(TestUpdates.PrivateText(4601, "slow one"));
        Server.Enqueue(TestUpdates.PrivateText(4602, "boom"));
        await answers.Started("slow one").Bounded();
        Server.Enqueue(TestUpdates.PrivateText(4603, "quick one"));
        Server.Enqueue(TestUpdates.PrivateText(4602, "still there?"));

        var replies = new[] { await Server.NextAsync("sendMessage").Bounded(), await Server.NextAsync("sendMessage").Bounded() };
        Assert.Equal([4602L, 4603L], replies.Select(r => r.ChatId).Order());
        Assert.Contains(bot.Logs.Entries, e => e.Exception?.Message == "scripted failure");

        answers.Gate.SetResult();
        var slow = await Server.NextAsync("sendMessage").Bounded();
        Assert.Equal(4601, slow.ChatId);
    }

    [Fact]
    public async Task GracefulShutdownFinishesRepliesInProgress()
    {
        var answers = new ScriptedAnswerService();
        var bot = await StartAdapterAsync(answers);
        Server.Enqueue(TestUpdates.PrivateText(4700, "slow at shutdown"));
        await answers.Started("slow at shutdown").Bounded();

        var stopping = bot.StopAsync();
        await Task.Yield();
        Assert.False(stopping.IsCompleted);
        Assert.Empty(Server.Calls("sendMessage"));

        answers.Gate.SetResult();
        await stopping.Bounded();

        Assert.StartsWith("You asked: slow at shutdown", Assert.Single(Server.Calls("sendMessage")).Text);
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task ARejectedTokenGivesOneClearErrorAndStopsTheAdapterWithoutRetrying()
    {
        Server.RejectToken = true;
        await using var bot = await StartAdapterAsync();

        var error = await bot.Logs.NextErrorAsync().Bounded();
        await bot.Adapter.Completion.Bounded();

        Assert.Contains("rejected the bot token", error.Message);
        Assert.Contains("Telegram:Token", error.Message);
        Assert.Single(Server.Calls("getMe"));
        Assert.Empty(Server.Calls("getUpdates"));
        Assert.Single(bot.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.FullText.Contains(FakeBotApiServer.Token));
    }
}
