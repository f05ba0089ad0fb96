using System.Net;
using System.Text;
using ChatBot.Telegram.Receiving;
using ChatBot.Telegram.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Telegram.Tests.Hosting;

public sealed class WebhookModeTests : IAsyncLifetime
{
    private const string Secret = "s3cret_Token-of-the-hook";
    private const string PublicUrl = "https://bot.example.org/telegram/hook";
    private readonly TempDirectory _data = new();
    private readonly SignallingTimeProvider _time = new();
    private readonly HttpClient _http = new();
    private FakeBotApiServer _server = null!;
    private AdapterHarness _bot = null!;
    private Uri _hook = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        _bot = await AdapterHarness.StartAsync(_server, _data.Path, _time, new ScriptedAnswerService(), new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = PublicUrl,
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:ListenUrl"] = "http://127.0.0.1:0",
        });
        var listening = await _bot.Services.GetRequiredService<WebhookReceiver>().Listening.Bounded();
        _hook = new Uri(listening, "/telegram/hook");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _bot.DisposeAsync();
        await _server.DisposeAsync();
        _data.Dispose();
    }

    private Task<HttpResponseMessage> PostAsync(string json, string? secret, Uri? to = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, to ?? _hook) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return _http.SendAsync(request).Bounded();
    }

    private static string Update(int id, string text, long chat, out int messageId)
    {
        var update = TestUpdates.PrivateText(chat, text);
        update["update_id"] = id;
        messageId = TestUpdates.MessageId(update);
        return TestUpdates.Json(update);
    }

    [Fact]
    public async Task AtStartTheWebhookIsRegisteredWithItsSecretAndNothingPolls()
    {
        var registration = await _server.NextAsync("setWebhook").Bounded();

        Assert.Equal(PublicUrl, registration.Str("url"));
        Assert.Equal(Secret, registration.Str("secret_token"));
        Assert.Empty(_server.Calls("getUpdates"));
        Assert.Empty(_server.Calls("deleteWebhook"));
    }

    [Fact]
    public async Task AWrongOrMissingSecretGets403AndIsNotProcessedWhileTheRightOneIsAnswered()
    {
        var wrong = await PostAsync(Update(1, "wrong secret", 5001, out _), "not-the-secret");
        var missing = await PostAsync(Update(2, "no secret", 5001, out _), secret: null);
        var right = await PostAsync(Update(3, "right secret", 5001, out var answeredId), Secret);

        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);

        // Same chat, handled in order: had either refused update been queued, its reply would have come first.
        var reply = await _server.NextAsync("sendMessage").Bounded();
        Assert.Equal(answeredId, reply.ReplyTo);
        Assert.StartsWith("You asked: right secret", reply.Text);
        await _bot.StopAsync();
        Assert.Single(_server.Calls("sendMessage"));
    }

    [Fact]
    public async Task MalformedBodiesAndRepeatedDeliveriesAreNotAnsweredTwice()
    {
        var malformed = await PostAsync("{ not json", Secret);
        var wrongPath = await PostAsync(Update(10, "wrong path", 5002, out _), Secret, new Uri(_hook, "/elsewhere"));
        var json = Update(11, "delivered twice", 5002, out var messageId);
        var first = await PostAsync(json, Secret);
        var again = await PostAsync(json, Secret);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongPath.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(messageId, (await _server.NextAsync("sendMessage").Bounded()).ReplyTo);
        await _bot.StopAsync();
        Assert.Single(_server.Calls("sendMessage"));
    }
}
