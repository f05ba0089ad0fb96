using ChatBot.Telegram.Tests.Support;

namespace ChatBot.Telegram.Tests.Hosting;

/// <summary>
/// Issue 7: the bot token is in every Bot API URL, and errors (Telegram's own, a proxy's error page) may echo that URL.
/// Whatever fails, the token reaches neither a log line (message or exception) nor anything a user is sent.
/// </summary>
public sealed class SecretsTests : IAsyncLifetime
{
    private const long Reader = 9901;
    private static readonly string Echo = $"Bad Request: https://api.telegram.org/bot{FakeBotApiServer.Token}/sendMessage failed; token={FakeBotApiServer.Token}";
    private readonly TempDirectory _data = new();
    private readonly SignallingTimeProvider _time = new();
    private FakeBotApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeBotApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task ErrorsThatEchoTheUrlNeverPutTheTokenInALogOrInFrontOfAUser()
    {
        var settings = new Dictionary<string, string?> { ["Telegram:MaxQuestionLength"] = "40" };
        await using var bot = AdapterHarness.Create(_server, _data.Path, _time, new ScriptedAnswerService(), settings);
        _server.FailNext("getMe", new ScriptedFailure(429, Echo, RetryAfter: 1));
        var getMeRetry = _time.NextTimerAsync(due => due == TimeSpan.FromSeconds(1));
        await bot.StartHostAsync();
        _time.Advance(await getMeRetry.Bounded());

        // A refused reply, a refused button answer, a refused inline answer, a proxy's HTML page (retried), a polite refusal.
        _server.FailNext("sendMessage", new ScriptedFailure(400, Echo));
        _server.Enqueue(TestUpdates.PrivateText(Reader, "the reply to this is refused"));
        Assert.Equal(400, (await _server.NextAsync("sendMessage").Bounded()).Status);
        _server.FailNext("answerCallbackQuery", new ScriptedFailure(400, Echo));
        _server.Enqueue(TestUpdates.Callback(Reader, Reader, "question", "s:0:x"));
        Assert.Equal(400, (await _server.NextAsync("answerCallbackQuery").Bounded()).Status);
        _server.FailNext("answerInlineQuery", new ScriptedFailure(400, Echo));
        _server.Enqueue(TestUpdates.Inline(Reader, "who signed?"));
        Assert.Equal(400, (await _server.NextAsync("answerInlineQuery").Bounded()).Status);
        _server.FailNext("sendMessage", new ScriptedFailure(502, "", RawBody: $"<html><body>502 Bad Gateway: /bot{FakeBotApiServer.Token}/sendMessage</body></html>"));
        var retry = _time.NextTimerAsync(due => due > TimeSpan.Zero && due <= TimeSpan.FromSeconds(30));
        _server.Enqueue(TestUpdates.PrivateText(Reader, "this reply needs a retry"));
        Assert.Equal(502, (await _server.NextAsync("sendMessage").Bounded()).Status);
        _time.Advance(await retry.Bounded());
        Assert.StartsWith("You asked: this reply needs a retry", (await _server.NextAsync("sendMessage").Bounded()).Text);
        _server.Enqueue(TestUpdates.PrivateText(Reader, "a question far longer than forty characters, refused"));
        Assert.Contains("characters long", (await _server.NextAsync("sendMessage").Bounded()).Text);
        await bot.StopAsync();

        var logs = bot.Logs.Entries;
        Assert.DoesNotContain(logs, e => e.FullText.Contains(FakeBotApiServer.Token, StringComparison.Ordinal));
        Assert.Contains(logs, e => e.FullText.Contains("<redacted-token>", StringComparison.Ordinal));
        var sent = new[] { "sendMessage", "answerCallbackQuery", "answerInlineQuery" }.SelectMany(_server.Calls);
        Assert.DoesNotContain(sent, c => c.Body.GetRawText().Contains(FakeBotApiServer.Token, StringComparison.Ordinal));
    }
}
