using ChatBot.Moderation.Feedback;
using ChatBot.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ChatBot.Moderation.Tests.Feedback;

public sealed class FeedbackWriterTests
{
    private static readonly AnsweredQuestion Signed = new("Who signed the treaty?", "treaty-signers");
    private readonly FakeLogger _logger = new();
    private readonly RecordingQuestionLog _log = new();

    [Fact]
    public async Task APressIsAppendedToTheQuestionLogWithItsQuestionAndIntent()
    {
        var writer = new FeedbackWriter(_logger, _log, "user");

        Assert.True(writer.Enabled);
        Assert.True(await writer.RecordAsync("telegram", Signed, helpful: false, CancellationToken.None));

        var recorded = await _log.NextFeedbackAsync();
        Assert.Equal(("telegram", "Who signed the treaty?", "treaty-signers", false), (recorded.Platform, recorded.Question, recorded.IntentId, recorded.Helpful));
        Assert.Equal(0, _logger.Collector.Count);
    }

    [Fact]
    public async Task WithoutAQuestionLogFeedbackIsOffAndNothingIsRecorded()
    {
        var writer = new FeedbackWriter(_logger, null, "user");

        Assert.False(writer.Enabled);
        Assert.False(await writer.RecordAsync("discord", Signed, helpful: true, CancellationToken.None));
        Assert.Equal(0, _logger.Collector.Count);
    }

    [Fact]
    public async Task WhenTheLogFailsTheFailureIsLoggedAndReportedAsFalseNotThrown()
    {
        _log.Fail = true;
        var writer = new FeedbackWriter(_logger, _log, "reader");

        Assert.False(await writer.RecordAsync("telegram", Signed, helpful: true, CancellationToken.None));

        var error = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Error, error.Level);
        Assert.IsType<IOException>(error.Exception);
        Assert.Equal("Recording a thumbs-up for intent treaty-signers in the question log failed; the reader was thanked all the same", error.Message);
    }
}
