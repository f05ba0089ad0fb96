using ChatBot.Core.Answers;
using ChatBot.Moderation.Log;
using ChatBot.Moderation.Notifications;
using ChatBot.Testing;
using ChatBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Operations;

public sealed class ModeratorCommandsTests : IAsyncLifetime
{
    private readonly TempFolder _data = new();
    private readonly KnowledgeCopy _knowledge = new();
    private readonly RecordingNotifier _notifier = new();
    private OperationsHost _host = null!;

    public Task InitializeAsync()
    {
        _host = OperationsHost.Create(_data.Path, _knowledge.Intents, _knowledge.Seeds, services: s => s.AddSingleton<IModeratorNotifier>(_notifier));
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("/reload")]
    [InlineData("!reload")]
    [InlineData("  /RELOAD@article_bot ")]
    public async Task AModeratorsReloadSwapsInTheFilesAndSaysHowManyIntents(string command)
    {
        var before = _host.Engines.Current;

        var reply = await _host.Answers.AskAsync(Conversations.TelegramModerator, command);

        Assert.NotSame(before, _host.Engines.Current);
        Assert.Equal($"Reloaded: {_host.Engines.Current.Knowledge.Intents.Count} intents", reply.Text);
        Assert.Equal(AnswerKind.SmallTalk, reply.Kind);
        Assert.Equal(0, _notifier.Count);
    }

    [Fact]
    public async Task TheConsoleUserIsAModerator()
    {
        var before = _host.Engines.Current;

        var reply = await _host.Answers.AskAsync(Conversations.Console, "/reload");

        Assert.StartsWith("Reloaded: ", reply.Text);
        Assert.NotSame(before, _host.Engines.Current);
    }

    [Theory]
    [InlineData("/reload")]
    [InlineData("!reload")]
    [InlineData("/stats")]
    [InlineData("!stats")]
    public async Task EveryoneElseIsRefusedPolitelyAndNothingChanges(string command)
    {
        var before = _host.Engines.Current;
        await File.WriteAllTextAsync(_knowledge.IntentFile("money.yml"), KnowledgeCopy.BrokenMoneyFile);

        var telegram = await _host.Answers.AskAsync(Conversations.TelegramReader, command);
        var discord = await _host.Answers.AskAsync(Conversations.DiscordReader, command);

        Assert.Same(before, _host.Engines.Current);
        Assert.All([telegram, discord], reply => Assert.StartsWith($"Sorry, {command.Trim()[0]}", reply.Text));
        Assert.Contains("only for the bot's moderators", telegram.Text);
        Assert.Equal(0, _notifier.Count);
    }

    [Fact]
    public async Task AReloadWithABrokenIntentFileKeepsTheOldEngineAndReportsFileAndLine()
    {
        var before = _host.Engines.Current;
        await File.WriteAllTextAsync(_knowledge.IntentFile("money.yml"), KnowledgeCopy.BrokenMoneyFile);

        var reply = await _host.Answers.AskAsync(Conversations.DiscordModerator, "!reload");

        Assert.Same(before, _host.Engines.Current);
        Assert.StartsWith("Reload rejected", reply.Text);
        Assert.Contains(KnowledgeCopy.BrokenMoneyWhere, reply.Text);
        Assert.Contains(KnowledgeCopy.BrokenMoneyWhere, await _notifier.NextAsync());
        var answer = await _host.Answers.AskAsync(Conversations.TelegramReader, "How much did Russia pledge to South Ossetia?");
        Assert.Contains("1 billion rubles", answer.Text);
    }

    [Fact]
    public async Task AtMostFiveErrorsAreListedAndTheRestCounted()
    {
        for (var i = 0; i < 7; i++)
        {
            await File.WriteAllTextAsync(_knowledge.IntentFile($"broken{i}.yml"), KnowledgeCopy.BrokenMoneyFile.Replace("id: pledge", $"id: broken-{i}"));
        }

        var reply = await _host.Answers.AskAsync(Conversations.TelegramModerator, "/reload");

        Assert.Equal(5, reply.Text.Split('\n').Count(line => line.Contains(": error:")));
        Assert.Contains("... and 2 more", reply.Text);
    }

    [Fact]
    public async Task StatsShowTodaysQuestionsTheAnsweredShareAndTheTopUnanswered()
    {
        var log = _host.Get<IQuestionLog>();
        var today = OperationsHost.Start;
        await log.RecordQuestionAsync(Question(today.AddHours(-11), AnswerKind.Answered, "How much did Russia pledge?", "pledge-south-ossetia"));
        await log.RecordQuestionAsync(Question(today.AddHours(-1), AnswerKind.Declined, "What is the population of South Ossetia?", "south-ossetia-what"));
        await log.RecordQuestionAsync(Question(today.AddMinutes(-5), AnswerKind.Declined, "what is the population of south ossetia", "south-ossetia-what"));
        await log.RecordQuestionAsync(Question(today.AddMinutes(-1), AnswerKind.DidYouMean, "Is it about oil?", "treaty-overview"));
        await log.RecordQuestionAsync(Question(today.AddDays(-1), AnswerKind.Declined, "yesterday's question", null));

        var reply = await _host.Answers.AskAsync(Conversations.DiscordModerator, "/stats");

        var lines = reply.Text.Split('\n');
        Assert.Equal("Today (UTC): 4 questions, 1 answered (25 %).", lines[0]);
        Assert.Equal("Top unanswered:", lines[1]);
        Assert.Equal("2 x \"What is the population of South Ossetia?\", closest: south-ossetia-what", lines[2]);
        Assert.Equal("1 x \"Is it about oil?\", closest: treaty-overview", lines[3]);
        Assert.DoesNotContain("yesterday", reply.Text);
    }

    [Fact]
    public async Task StatsOnAnEmptyLogSaySo()
    {
        var reply = await _host.Answers.AskAsync(Conversations.TelegramModerator, "/stats");

        Assert.Equal("Today (UTC): no questions yet.", reply.Text);
    }

    [Fact]
    public async Task CommandsAreNotLoggedAsQuestions()
    {
        await _host.StartAsync();
        await _host.Answers.AskAsync(Conversations.TelegramModerator, "/stats");
        await _host.Answers.AskAsync(Conversations.TelegramReader, "/reload");
        await _host.StopAsync();

        Assert.Empty(await _host.Get<IQuestionLog>().ReadQuestionsAsync(DateTimeOffset.MinValue));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _knowledge.Dispose();
        _data.Dispose();
    }

    private static QuestionRecord Question(DateTimeOffset at, AnswerKind kind, string text, string? closest) =>
        new(at, "telegram", UserHashing.Hash("telegram", "1"), kind, kind == AnswerKind.Answered ? 0.9 : 0.2, kind == AnswerKind.Answered ? closest : null, closest, text);
}
