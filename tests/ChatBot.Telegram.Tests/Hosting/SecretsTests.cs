using ChatBot.Telegram.Tests.Support;

namespace ChatBot.Telegram.Tests.Hosting;

/// <summary>
/// Issue 7: the bot token is in every Bot API URL, and errors (Telegram's own, a proxy's error page) may echo that URL.
/// Whatever fails, the token reaches neither a log line (message or exception) nor anything a user is sent.
/// </summary>
public sealed class SecretsTests : AdapterTestBase
{
    private const long Reader = 9901;
    private static readonly string Echo = $"Bad Request: https://api.telegram.org/bot{FakeBotApiServer.Token}/sendMessage failed; token={FakeBotApiServer.Token}";

    [Fact]
    public async Task ErrorsThatEchoTheUrlNeverPutTheTokenInALogOrInFrontOfAUser()
    {
        var settings = new Dictionary<string, string?> { ["Telegram:MaxQuestionLength"] = "40" };
        await using var bot = CreateAdapter(new ScriptedAnswerService(), settings);
        Server.FailNext("getMe", new ScriptedFailure(429, Echo, RetryAfter: 1));
        var getMeRetry = Time.NextTimerAsync(due => due == TimeSpan.FromSeconds(1));
        await bot.StartHostAsync();
        Time.Advance(await getMeRetry.Bounded());

        // A refused reply, a refused button answer, a refused inline answer, a proxy's HTML page (retried), a polite refusal.
        Server.FailNext("sendMessage", new ScriptedFailure(400, Echo));
        Server.Enqueue(TestUpdates.PrivateText(Reader, "the reply to this is refused"));
        Assert.Equal(400, (await Server.NextAsync("sendMessage").Bounded()).Status);
        Server.FailNext("answerCallbackQuery", new ScriptedFailure(400, Echo));
        Server.Enqueue(TestUpdates.Callback(Reader, Reader, "question", "s:0:x"));
        Assert.Equal(400, (await Server.NextAsync("answerCallbackQuery").Bounded()).Status);
        Server.FailNext("answerInlineQuery", new ScriptedFailure(400, Echo));
        Server.Enqueue(TestUpdates.Inline(Reader, "who signed?"));
        Assert.Equal(400, (await Server.NextAsync("answerInlineQuery").Bounded()).Status);
        Server.FailNext("sendMessage", new ScriptedFailure(502, "", RawBody: $"<html><body>502 Bad Gateway: /bot{FakeBotApiServer.Token}/sendMessage</body></html>"));
        var retry = Time.NextTimerAsync(due => due > TimeSpan.Zero && due <= TimeSpan.FromSeconds(30));
        Server.Enqueue(TestUpdates.PrivateText(Reader, "this reply needs a retry"));
        Assert.Equal(502, (await Server.NextAsync("sendMessage").Bounded()).Status);
        Time.Advance(await retry.Bounded());
        Assert.StartsWith("You asked: this reply needs a retry", (await Server.NextAsync("sendMessage").Bounded()).Text);
        Server.Enqueue(TestUpdates.PrivateText(Reader, "a question far longer than forty characters, refused"));
        Assert.Contains("characters long", (await Server.NextAsync("sendMessage").Bounded()).Text);
        await bot.StopAsync();

        var logs = bot.Logs.Entries;
        Assert.DoesNotContain(logs, e => e.FullText.Contains(FakeBotApiServer.Token, StringComparison.Ordinal));
        Assert.Contains(logs, e => e.FullText.Contains("<redacted-token>", StringComparison.Ordinal));
        var sent = new[] { "sendMessage", "answerCallbackQuery", "answerInlineQuery" }.SelectMany(Server.Calls);
        Assert.DoesNotContain(sent, c => c.Body.GetRawText().Contains(FakeBotApiServer.Token, StringComparison.Ordinal));
    }
}
