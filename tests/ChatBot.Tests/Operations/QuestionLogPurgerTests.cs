using System.Threading.Channels;
using ChatBot.Core.Answers;
using ChatBot.Moderation.Log;
using ChatBot.Operations;
using ChatBot.Testing;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Operations;

public sealed class QuestionLogPurgerTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task QuestionsOlderThanTheRetentionArePurgedAtStartAndThenOnTheTimer()
    {
        await using var host = OperationsHost.Create(_data.Path, settings: new Dictionary<string, string?>
        {
            ["Moderation:RetentionDays"] = "2",
            ["Moderation:PurgeInterval"] = "01:00:00",
        });
        var log = host.Get<IQuestionLog>();
        await log.RecordQuestionAsync(At(OperationsHost.Start.AddDays(-3), "three days old"));
        await log.RecordQuestionAsync(At(OperationsHost.Start.AddDays(-2).AddMinutes(30), "two days old, for another half hour"));
        await log.RecordQuestionAsync(At(OperationsHost.Start, "new"));
        var purged = Channel.CreateUnbounded<int>();
        host.Get<QuestionLogPurger>().Purged += count => purged.Writer.TryWrite(count);

        await host.StartAsync();
        Assert.Equal(1, await purged.Reader.ReadAsync().AsTask().WaitAsync(TestTimeouts.Signal));
        Assert.Equal(["two days old, for another half hour", "new"], (await log.ReadQuestionsAsync(DateTimeOffset.MinValue)).Select(q => q.Question));

        host.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await purged.Reader.ReadAsync().AsTask().WaitAsync(TestTimeouts.Signal));
        Assert.Equal(["new"], (await log.ReadQuestionsAsync(DateTimeOffset.MinValue)).Select(q => q.Question));
    }

    public void Dispose() => _data.Dispose();

    private static QuestionRecord At(DateTimeOffset at, string question) =>
        new(at, "telegram", null, AnswerKind.Declined, 0.1, null, null, question);
}
