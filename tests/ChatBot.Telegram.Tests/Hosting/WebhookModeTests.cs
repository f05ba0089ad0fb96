using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Telegram.Receiving;
using ChatBot.Telegram.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Telegram.Tests.Hosting;

public sealed class WebhookModeTests : AdapterTestBase
{
    private const string Secret = "s3cret_Token-of-the-hook";
    private const string PublicUrl = "https://bot.example.org/telegram/hook";
    private readonly HttpClient _http = new();
    private Uri _hook = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await StartBotAsync(new ScriptedAnswerService(), new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = PublicUrl,
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:ListenUrl"] = "http://127.0.0.1:0",
        });
        var listening = await Bot.Services.GetRequiredService<WebhookReceiver>().Listening.Bounded();
        _hook = new Uri(listening, "/telegram/hook");
    }

    public override async Task DisposeAsync()
    {
        _http.Dispose();
        await base.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string json, string? secret, Uri? to = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, to ?? _hook) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        // Wait for "100 Continue" so a refused body is never half-sent into a closed connection (a broken pipe, not a 413).
        request.Headers.ExpectContinue = true;
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
        var registration = await Server.NextAsync("setWebhook").Bounded();

        Assert.Equal(PublicUrl, registration.Str("url"));
        Assert.Equal(Secret, registration.Str("secret_token"));
        Assert.Empty(Server.Calls("getUpdates"));
        Assert.Empty(Server.Calls("deleteWebhook"));
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
        var reply = await Server.NextAsync("sendMessage").Bounded();
        Assert.Equal(answeredId, reply.ReplyTo);
        Assert.StartsWith("You asked: right secret", reply.Text);
        await Bot.StopAsync();
        Assert.Single(Server.Calls("sendMessage"));
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
        Assert.Equal(messageId, (await Server.NextAsync("sendMessage").Bounded()).ReplyTo);
        await Bot.StopAsync();
        Assert.Single(Server.Calls("sendMessage"));
    }

    [Fact]
    public async Task TruncatedUnknownIncompleteAndOversizedBodiesAreRefusedOrSkippedAndTheNextUpdateIsAnswered()
    {
        var good = Update(31, "after the junk", 5003, out var goodId);
        var withUnknownFields = JsonNode.Parse(Update(32, "unknown fields are fine", 5003, out var unknownFieldsId))!.AsObject();
        withUnknownFields["brand_new_update_field"] = new JsonObject { ["x"] = 1 };
        withUnknownFields["message"]!["brand_new_message_field"] = new JsonArray("a", "b");
        var noChat = JsonNode.Parse(Update(33, "no chat", 5003, out _))!.AsObject();
        noChat["message"]!.AsObject().Remove("chat");
        var wrongType = JsonNode.Parse(Update(34, "x", 5003, out _))!.AsObject();
        wrongType["message"]!["text"] = new JsonObject();

        var truncated = await PostAsync(good[..(good.Length / 2)], Secret);
        var deep = await PostAsync(new string('[', 200) + new string(']', 200), Secret);
        var nullBody = await PostAsync("null", Secret);
        var oversized = await PostAsync("{\"update_id\": 35, \"padding\": \"" + new string('x', 2 << 20) + "\"}", Secret);
        var unknownType = await PostAsync("""{"update_id": 36, "poll": {"id": "p", "question": "?", "options": []}}""", Secret);
        var missing = await PostAsync(noChat.ToJsonString(), Secret);
        var wrong = await PostAsync(wrongType.ToJsonString(), Secret);
        var unknown = await PostAsync(withUnknownFields.ToJsonString(), Secret);
        var answered = await PostAsync(good, Secret);

        Assert.Equal(HttpStatusCode.BadRequest, truncated.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nullBody.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownType.StatusCode);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode); // well-formed JSON: accepted, then skipped when read
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        // Same chat, handled in order: the unknown-fields update, then the good one, and nothing for the rest.
        Assert.Equal(unknownFieldsId, (await Server.NextAsync("sendMessage").Bounded()).ReplyTo);
        Assert.Equal(goodId, (await Server.NextAsync("sendMessage").Bounded()).ReplyTo);
        await Bot.StopAsync();
        Assert.Equal(2, Server.Calls("sendMessage").Count);
        Assert.Contains(Bot.Logs.Entries, e => e.Message.Contains("malformed webhook update"));
        Assert.Contains(Bot.Logs.Entries, e => e.Message.Contains("Could not read Telegram update 33"));
        Assert.Contains(Bot.Logs.Entries, e => e.Message.StartsWith("Refused a webhook request (413)", StringComparison.Ordinal));
    }
}
