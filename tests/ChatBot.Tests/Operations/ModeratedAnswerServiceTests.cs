using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Core.Knowledge;
using ChatBot.Moderation.Log;
using ChatBot.Operations;
using ChatBot.Testing;
using ChatBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Operations;

public sealed class ModeratedAnswerServiceTests : IDisposable
{
    private const string Pledge = "How much did Russia pledge to South Ossetia?";
    private const string Population = "What is the population of South Ossetia?";
    private const string TelegramToken = "7294651038:AAHfkQ9x_Zt3mV0cR2bL8nWq5eYs1uJd4Ko";

    private readonly TempFolder _data = new();

    [Fact]
    public async Task EveryQuestionIsLoggedWithKindConfidenceIntentAndClosestIntentButNoUserIdInClear()
    {
        await using var host = OperationsHost.Create(_data.Path);
        await host.StartAsync();

        var answered = await host.Answers.AskAsync(Conversations.TelegramReader, Pledge);
        var declined = await host.Answers.AskAsync(Conversations.DiscordReader, Population);
        await host.StopAsync();

        var logged = await host.Get<IQuestionLog>().ReadQuestionsAsync(DateTimeOffset.MinValue);
        Assert.Equal(2, logged.Count);
        Assert.Equal(
            new QuestionRecord(OperationsHost.Start, "telegram", UserHashing.Hash("telegram", "999"), AnswerKind.Answered, answered.Confidence, "pledge-south-ossetia", "pledge-south-ossetia", Pledge),
            logged[0]);
        Assert.Equal(declined.Kind, logged[1].Kind);
        Assert.True(logged[1].Unanswered);
        Assert.Null(logged[1].IntentId);
        Assert.Equal(declined.Suggestions[0].IntentId, logged[1].ClosestIntentId);
        Assert.Equal(UserHashing.Hash("discord", "12345"), logged[1].UserHash);
    }

    [Fact]
    public async Task AFailingQuestionLogDoesNotChangeTheReply()
    {
        await using var host = OperationsHost.Create(_data.Path, services: s => s.AddSingleton<IQuestionLog, ThrowingQuestionLog>());
        await host.StartAsync();
        var expected = host.Services.GetRequiredKeyedService<IAnswerService>(OperationsHostingExtensions.InnerAnswerServiceKey);

        var first = await host.Answers.AskAsync(Conversations.TelegramReader, Pledge);
        var second = await host.Answers.AskAsync(Conversations.DiscordReader, Population);

        Assert.Equal((await expected.AskAsync(new ConversationKey("test", "1", "1"), Pledge)).Text, first.Text);
        Assert.Equal(AnswerKind.Declined, second.Kind);
        var error = await host.Logs.WaitForAsync(e => e.Level == LogLevel.Error && e.Category.EndsWith(nameof(QuestionRecorder))).WaitAsync(TestTimeouts.Signal);
        Assert.Contains("replies are not affected", error.Message);
        Assert.IsType<IOException>(error.Exception);
    }

    [Fact]
    public async Task AThrowingMetricsListenerDoesNotChangeTheReply()
    {
        await using var host = OperationsHost.Create(_data.Path);
        var meters = host.Get<System.Diagnostics.Metrics.IMeterFactory>();
        using var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                // Only this host's meter: hosts of tests running in parallel keep their own listeners working.
                if (instrument.Meter.Name == AnswerMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meters))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, _, _) => throw new InvalidOperationException("exporter bug"));
        listener.Start();

        var answer = await host.Answers.AskAsync(Conversations.TelegramReader, Pledge);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == "exporter bug");
    }

    [Fact]
    public async Task MetricsCountQuestionsAnswersAndDeclinesPerPlatformAndKindAndTimeEachReply()
    {
        await using var host = OperationsHost.Create(
            _data.Path,
            inner: sp => new SlowAnswers(sp.GetRequiredService<TimeProvider>() as FakeTimeProvider ?? throw new InvalidOperationException()));
        var meters = host.Get<System.Diagnostics.Metrics.IMeterFactory>();
        using var questions = new MetricCollector<long>(meters, AnswerMetrics.MeterName, "chatbot.questions");
        using var answered = new MetricCollector<long>(meters, AnswerMetrics.MeterName, "chatbot.answered");
        using var declined = new MetricCollector<long>(meters, AnswerMetrics.MeterName, "chatbot.declined");
        using var duration = new MetricCollector<double>(meters, AnswerMetrics.MeterName, "chatbot.answer.duration");

        await host.Answers.AskAsync(Conversations.TelegramReader, "answer this");
        await host.Answers.AskAsync(Conversations.DiscordReader, "decline this");
        await host.Answers.AskAsync(Conversations.DiscordReader, "/stats");

        Assert.Equal(2, questions.GetMeasurementSnapshot().Count);
        var answer = Assert.Single(answered.GetMeasurementSnapshot());
        Assert.Equal("telegram", answer.Tags["platform"]);
        Assert.Equal("answered", answer.Tags["kind"]);
        var decline = Assert.Single(declined.GetMeasurementSnapshot());
        Assert.Equal("discord", decline.Tags["platform"]);
        Assert.Equal("declined", decline.Tags["kind"]);
        Assert.All(duration.GetMeasurementSnapshot(), m => Assert.Equal(SlowAnswers.Takes.TotalMilliseconds, m.Value));
        Assert.Equal(2, duration.GetMeasurementSnapshot().Count);
    }

    [Fact]
    public async Task NoLogLineAndNoStoredQuestionContainsTheBotToken()
    {
        var knowledge = new KnowledgeCopy();
        try
        {
            await using var host = OperationsHost.Create(
                _data.Path,
                knowledge.Intents,
                knowledge.Seeds,
                settings: new Dictionary<string, string?> { ["Telegram:Token"] = TelegramToken, ["Discord:Token"] = "discord-secret-token-value" });
            await host.StartAsync();

            await host.Answers.AskAsync(Conversations.TelegramReader, Pledge);
            await host.Answers.AskAsync(Conversations.TelegramReader, $"is my token {TelegramToken} safe?");
            await host.Answers.AskAsync(Conversations.TelegramReader, "what about discord-secret-token-value");
            await host.Answers.AskAsync(Conversations.TelegramReader, "/reload");
            await host.Answers.AskAsync(Conversations.TelegramModerator, "/stats");
            await File.WriteAllTextAsync(knowledge.IntentFile("money.yml"), KnowledgeCopy.BrokenMoneyFile);
            await host.Answers.AskAsync(Conversations.TelegramModerator, "/reload");
            await host.StopAsync();

            Assert.NotEmpty(host.Logs.Entries);
            Assert.Contains(host.Logs.Entries, e => e.Message.Contains(KnowledgeCopy.BrokenMoneyWhere));
            Assert.DoesNotContain(host.Logs.Entries, e => e.FullText.Contains(TelegramToken) || e.FullText.Contains("AAHfkQ9x"));
            Assert.DoesNotContain(host.Logs.Entries, e => e.FullText.Contains("discord-secret-token-value"));
            var stored = await host.Get<IQuestionLog>().ReadQuestionsAsync(DateTimeOffset.MinValue);
            Assert.Equal(3, stored.Count);
            Assert.Equal("is my token [redacted] safe?", stored[1].Question);
            Assert.Equal("what about [redacted]", stored[2].Question);
        }
        finally
        {
            knowledge.Dispose();
        }
    }

    public void Dispose() => _data.Dispose();

    /// <summary>Answers "answer this" and declines anything else, taking <see cref="Takes"/> on the fake clock.</summary>
    private sealed class SlowAnswers(FakeTimeProvider time) : IAnswerService
    {
        public static readonly TimeSpan Takes = TimeSpan.FromMilliseconds(25);

        public IReadOnlyList<SourceDocument> Sources => [];

        public ValueTask<Answer> AskAsync(ConversationKey conversation, string question, CancellationToken cancellationToken = default)
        {
            time.Advance(Takes);
            return ValueTask.FromResult(question == "answer this"
                ? new Answer(question, AnswerKind.Answered, "Yes.", 0.9, "some-intent", [], [])
                : new Answer(question, AnswerKind.Declined, "Sorry, the article doesn't say.", 0.1, null, [], []));
        }
    }
}
