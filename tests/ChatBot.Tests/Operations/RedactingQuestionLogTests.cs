using ChatBot.Moderation.Log;
using ChatBot.Testing;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Operations;

public sealed class RedactingQuestionLogTests : IDisposable
{
    private const string TelegramToken = "7294651038:AAHfkQ9x_Zt3mV0cR2bL8nWq5eYs1uJd4Ko";
    private readonly TempFolder _data = new();

    [Fact]
    public async Task FeedbackFromTheAdaptersIsStoredWithoutSecrets()
    {
        await using var host = OperationsHost.Create(_data.Path, settings: new Dictionary<string, string?> { ["Discord:Token"] = "discord-secret-value-123" });
        var log = host.Get<IQuestionLog>();

        await log.RecordFeedbackAsync("telegram", $"why {TelegramToken} and discord-secret-value-123?", "treaty-signers", helpful: false);

        var stored = Assert.Single(await log.ReadFeedbackAsync(DateTimeOffset.MinValue));
        Assert.Equal("why [redacted] and [redacted]?", stored.Question);
        Assert.Equal(("telegram", "treaty-signers", false), (stored.Platform, stored.IntentId, stored.Helpful));
    }

    public void Dispose() => _data.Dispose();
}
