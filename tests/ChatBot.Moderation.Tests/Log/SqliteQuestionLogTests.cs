using ChatBot.Core.Answers;
using ChatBot.Moderation.Log;
using ChatBot.Moderation.Tests.Support;
using ChatBot.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Moderation.Tests.Log;

public sealed class SqliteQuestionLogTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(Questions.Noon);
    private readonly SqliteQuestionLog _log;

    public SqliteQuestionLogTests() => _log = new SqliteQuestionLog(Path.Combine(_folder.Path, "data"), _time);

    [Fact]
    public async Task QuestionsAreWrittenAndReadBackOldestFirstWithEveryField()
    {
        var later = Questions.Answered("How much did Russia pledge?", "money-pledge", 0.91, Questions.Noon.AddMinutes(5));
        var earlier = Questions.Declined("What is the population?", "people-leaders");

        await _log.RecordQuestionAsync(later);
        await _log.RecordQuestionAsync(earlier);
        var read = await _log.ReadQuestionsAsync(Questions.Noon.AddHours(-1));

        Assert.Equal([earlier, later], read);
    }

    [Fact]
    public async Task ReadingStartsAtTheGivenTime()
    {
        await _log.RecordQuestionAsync(Questions.Declined("old", at: Questions.Noon.AddDays(-3)));
        await _log.RecordQuestionAsync(Questions.Declined("new"));

        var read = await _log.ReadQuestionsAsync(Questions.Noon.AddDays(-1));

        Assert.Equal("new", Assert.Single(read).Question);
    }

    [Fact]
    public async Task FeedbackIsStampedWithTheClockAndReadBack()
    {
        await _log.RecordFeedbackAsync("telegram", "How much did Russia pledge?", "money-pledge", helpful: false);
        _time.Advance(TimeSpan.FromMinutes(1));
        await _log.RecordFeedbackAsync("discord", "Who signed?", null, helpful: true);

        var read = await _log.ReadFeedbackAsync(Questions.Noon);

        Assert.Equal(
            [
                new FeedbackRecord(Questions.Noon, "telegram", "How much did Russia pledge?", "money-pledge", false),
                new FeedbackRecord(Questions.Noon.AddMinutes(1), "discord", "Who signed?", null, true),
            ],
            read);
    }

    [Fact]
    public async Task PurgeDeletesOnlyQuestionsAndFeedbackOlderThanTheCutoff()
    {
        var time = new FakeTimeProvider(Questions.Noon.AddDays(-100));
        using var log = new SqliteQuestionLog(Path.Combine(_folder.Path, "purge"), time);
        await log.RecordQuestionAsync(Questions.Declined("too old", at: Questions.Noon.AddDays(-91)));
        await log.RecordQuestionAsync(Questions.Declined("kept", at: Questions.Noon.AddDays(-89)));
        await log.RecordFeedbackAsync("telegram", "too old", null, helpful: false);
        time.SetUtcNow(Questions.Noon);
        await log.RecordFeedbackAsync("telegram", "kept", null, helpful: false);

        var deleted = await log.PurgeAsync(Questions.Noon.AddDays(-90));

        Assert.Equal(2, deleted);
        Assert.Equal("kept", Assert.Single(await log.ReadQuestionsAsync(DateTimeOffset.MinValue)).Question);
        Assert.Equal("kept", Assert.Single(await log.ReadFeedbackAsync(DateTimeOffset.MinValue)).Question);
    }

    [Fact]
    public async Task CountsAreByKind()
    {
        await _log.RecordQuestionAsync(Questions.Declined("a"));
        await _log.RecordQuestionAsync(Questions.Declined("b"));
        await _log.RecordQuestionAsync(Questions.Answered("c", "money-pledge"));

        var counts = await _log.CountByKindAsync(Questions.Noon);

        Assert.Equal([new KindCount(AnswerKind.Answered, 1), new KindCount(AnswerKind.Declined, 2)], counts.OrderBy(c => c.Kind));
    }

    [Fact]
    public async Task TheFolderIsCreatedOnTheFirstWriteAndTheDatabaseIsInWalMode()
    {
        Assert.Empty(await _log.ReadQuestionsAsync(DateTimeOffset.MinValue));
        Assert.False(File.Exists(_log.FilePath));

        await _log.RecordQuestionAsync(Questions.Declined("a"));

        await using var connection = new SqliteConnection($"Data Source={_log.FilePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ConcurrentWritesAllLand()
    {
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => _log.RecordQuestionAsync(Questions.Declined($"question {i}")).AsTask()));

        Assert.Equal(40, (await _log.ReadQuestionsAsync(DateTimeOffset.MinValue)).Count);
    }

    [Fact]
    public async Task AWriteThatCannotCreateTheFolderThrowsForTheCallerToIsolate()
    {
        var blocker = Path.Combine(_folder.Path, "file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        using var log = new SqliteQuestionLog(Path.Combine(blocker, "data"), _time);

        await Assert.ThrowsAnyAsync<IOException>(() => log.RecordQuestionAsync(Questions.Declined("a")).AsTask());
    }

    [Fact]
    public async Task NoUserIdIsStoredInClear()
    {
        var question = new QuestionRecord(Questions.Noon, "telegram", UserHashing.Hash("telegram", "987654321"), AnswerKind.Declined, 0.1, null, null, "hello");
        await _log.RecordQuestionAsync(question);
        _log.Dispose();

        var bytes = await File.ReadAllBytesAsync(_log.FilePath);
        var walPath = _log.FilePath + "-wal";
        var wal = File.Exists(walPath) ? await File.ReadAllBytesAsync(walPath) : [];

        Assert.DoesNotContain("987654321", System.Text.Encoding.UTF8.GetString([.. bytes, .. wal]));
    }

    public void Dispose()
    {
        _log.Dispose();
        _folder.Dispose();
    }
}
