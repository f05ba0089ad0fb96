using ChatBot.Cli;
using ChatBot.Core.Answers;
using ChatBot.Moderation.Log;
using ChatBot.Testing;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

public sealed class ReviewCommandTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task SimilarQuestionsAreGroupedMostFrequentFirstWithOtherWordingsAndTheClosestIntent()
    {
        var now = DateTimeOffset.UtcNow;
        using (var log = new SqliteQuestionLog(_data.Path, TimeProvider.System))
        {
            await log.RecordQuestionAsync(Declined(now.AddHours(-1), "Why did Georgia object?", "georgia-reaction"));
            await log.RecordQuestionAsync(Declined(now.AddHours(-2), "What is the population of South Ossetia?", "south-ossetia-what"));
            await log.RecordQuestionAsync(Declined(now.AddHours(-3), "what is the population of south ossetia", "south-ossetia-what"));
            await log.RecordQuestionAsync(Declined(now.AddHours(-4), "Population of South Ossetia?", "south-ossetia-what"));
            await log.RecordQuestionAsync(Declined(now.AddHours(-5), "whats the population of south ossetia", null));
            await log.RecordQuestionAsync(Declined(now.AddHours(-6), "south ossetia population?", "south-ossetia-what"));
            await log.RecordQuestionAsync(Declined(now.AddHours(-6), "population of south ossetia please", "south-ossetia-what"));
            await log.RecordQuestionAsync(Declined(now.AddHours(-6), "How many people live there?", null));
            await log.RecordQuestionAsync(Declined(now.AddHours(-7), "why did georgia object", "georgia-reaction"));
            await log.RecordQuestionAsync(Answered(now.AddHours(-8), "How much did Russia pledge?", 0.95));
            await log.RecordQuestionAsync(Answered(now.AddHours(-9), "russia money to ossetia maybe", 0.7));
            await log.RecordQuestionAsync(Declined(now.AddDays(-30), "A question from last month", null));
            await log.RecordFeedbackAsync("telegram", "How much did Russia pledge?", "pledge-south-ossetia", helpful: false);
            await log.RecordFeedbackAsync("discord", "Where was it signed?", "signing-place", helpful: true);
        }

        var (exit, output, error) = await Support.Cli.RunAsync(string.Empty, Support.Cli.WithRepositoryKnowledge("review", "--data", _data.Path, "--days", "7"));

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("Last 7 day(s): 11 questions, 2 answered (18 %), 9 unanswered, 1 answered with confidence below 0.8.", output);
        var population = output.IndexOf("   6 x \"What is the population of South Ossetia?\"", StringComparison.Ordinal);
        var georgia = output.IndexOf("   2 x \"Why did Georgia object?\"", StringComparison.Ordinal);
        var unsure = output.IndexOf("   1 x \"russia money to ossetia maybe\"", StringComparison.Ordinal);
        Assert.True(population >= 0 && georgia > population && unsure > georgia, output);
        var block = output[population..georgia];
        Assert.Contains("also asked as: ", block);
        Assert.Equal(3, block.Split("also asked as: ")[1].Split('\n')[0].Split("\", \"").Length);
        Assert.Contains("(+1 more)", block);
        Assert.Contains("came closest to: south-ossetia-what (\"", block);
        Assert.Contains("came closest to: pledge-south-ossetia", output[unsure..]);
        Assert.Contains("   1 x \"How many people live there?\"\n       came closest to: no intent", output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("last month", output);
        Assert.DoesNotContain("How much did Russia pledge?\"\n       came closest", output);
        Assert.Contains("Thumbs-down feedback, most first:\n  pledge-south-ossetia: 1 down, 0 up\n       \"How much did Russia pledge?\"", output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("signing-place", output);
    }

    [Fact]
    public async Task AnEmptyPeriodSaysThereIsNothingToReview()
    {
        using (var log = new SqliteQuestionLog(_data.Path, TimeProvider.System))
        {
            await log.RecordQuestionAsync(Declined(DateTimeOffset.UtcNow.AddDays(-10), "old", null));
        }

        var (exit, output, _) = await Support.Cli.RunAsync(string.Empty, "review", "--data", _data.Path, "--days", "1");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Unanswered and low-confidence questions: none.", output);
        Assert.Contains("Thumbs-down feedback: none.", output);
    }

    [Fact]
    public async Task AFolderWithoutAQuestionLogIsBadInputNamingThePath()
    {
        var (exit, _, error) = await Support.Cli.RunAsync(string.Empty, "review", "--data", _data.Path);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(Path.Combine(_data.Path, SqliteQuestionLog.FileName), error);
    }

    [Theory]
    [InlineData("--days", "0")]
    [InlineData("--similarity", "101")]
    public async Task OutOfRangeOptionsAreUsageErrors(string option, string value)
    {
        var (exit, _, _) = await Support.Cli.RunAsync(string.Empty, "review", "--data", _data.Path, option, value);

        Assert.Equal(ExitCodes.UsageError, exit);
    }

    public void Dispose() => _data.Dispose();

    private static QuestionRecord Declined(DateTimeOffset at, string question, string? closest) =>
        new(at, "telegram", UserHashing.Hash("telegram", "5"), AnswerKind.Declined, 0.2, null, closest, question);

    private static QuestionRecord Answered(DateTimeOffset at, string question, double confidence) =>
        new(at, "discord", UserHashing.Hash("discord", "6"), AnswerKind.Answered, confidence, "pledge-south-ossetia", "pledge-south-ossetia", question);
}
