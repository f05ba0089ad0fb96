using ChatBot.Core.Answers;
using ChatBot.Telegram.Tests.Support;
using ChatBot.Testing;

namespace ChatBot.Telegram.Tests.Hosting;

/// <summary>
/// The adapter's part of /reload and /stats: it passes them to the core as "/reload" and "/stats" (the core's decorator
/// decides who may run them; the host's end-to-end test in ChatBot.Tests covers that) and sends back whatever the core says.
/// </summary>
public sealed class ModeratorCommandsTests : AdapterTestBase
{
    private const long Reader = 4004;
    private const long Group = -100444;
    private const long ModeratorsChat = -100999;
    private RecordingAnswerService _answers = null!;

    public override async Task InitializeAsync()
    {
        _answers = new RecordingAnswerService(RealAnswers.Create(Time));
        _answers.Script("/reload", new Answer("/reload", AnswerKind.SmallTalk, "Reloaded: 41 intents", 1.0, null, [], []));
        _answers.Script("/stats", new Answer("/stats", AnswerKind.SmallTalk, "Today (UTC): no questions yet.", 1.0, null, [], []));
        await base.InitializeAsync();
        await StartBotAsync(_answers, new Dictionary<string, string?> { ["Telegram:ModeratorChatId"] = ModeratorsChat.ToString() });
    }

    [Theory]
    [InlineData(false, "/reload", "/reload")]
    [InlineData(false, "/stats", "/stats")]
    [InlineData(false, "/reload@article_qa_bot", "/reload")]
    [InlineData(true, "/reload", "/reload")]
    [InlineData(true, "/stats", "/stats")]
    [InlineData(true, "/reload@article_qa_bot", "/reload")]
    [InlineData(true, "/STATS@Article_QA_Bot please", "/stats")]
    public async Task TheModeratorCommandsReachTheCoreAsTheirBareNamesAndItsReplyIsSent(bool inGroup, string text, string asked)
    {
        var update = inGroup ? TestUpdates.GroupText(Group, Reader, text) : TestUpdates.PrivateText(Reader, text);
        Server.Enqueue(update);

        var (conversation, question) = await _answers.NextAsync();
        var reply = await Server.NextAsync("sendMessage").Bounded();

        Assert.Equal(asked, question);
        Assert.Equal(("telegram", Reader.ToString()), (conversation.Platform, conversation.UserId));
        Assert.Equal(inGroup ? Group : Reader, reply.ChatId);
        Assert.Equal(TestUpdates.MessageId(update), reply.ReplyTo);
        Assert.Equal(asked == "/reload" ? "Reloaded: 41 intents" : "Today (UTC): no questions yet.", reply.Text);
    }

    [Fact]
    public async Task AModeratorCommandForAnotherBotIsNotPassedOn()
    {
        // Same chat, so the addressed question is handled after the other bot's command: its arrival proves that one was passed over.
        Server.Enqueue(TestUpdates.GroupText(Group, Reader, "/reload@some_other_bot"));
        Server.Enqueue(TestUpdates.GroupText(Group, Reader, "/stats@article_qa_bot"));

        var (_, question) = await _answers.NextAsync();

        Assert.Equal("/stats", question);
    }

    [Fact]
    public async Task EveryonesMenuLeavesThemOutAndTheModeratorsChatMenuHasThem()
    {
        var everyone = await Server.NextAsync("setMyCommands").Bounded();
        var moderators = await Server.NextAsync("setMyCommands").Bounded();

        Assert.False(everyone.Body.TryGetProperty("scope", out _));
        Assert.DoesNotContain(Names(everyone), n => n is "reload" or "stats");
        Assert.Equal("chat", moderators.Body.GetProperty("scope").GetProperty("type").GetString());
        Assert.Equal(ModeratorsChat, moderators.Body.GetProperty("scope").GetProperty("chat_id").GetInt64());
        Assert.Equal(["ask", "sources", "help", "start", "reload", "stats"], Names(moderators));
    }

    [Fact]
    public async Task WithoutAModeratorsChatOnlyEveryonesMenuIsRegistered()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        using var data = new TempFolder();
        await using var bot = await AdapterHarness.StartAsync(server, data.Path, Time);

        // deleteWebhook comes after command registration, so every setMyCommands has been made by then.
        await server.NextAsync("deleteWebhook").Bounded();

        Assert.Single(server.Calls("setMyCommands"));
    }

    private static string[] Names(RecordedCall call) =>
        [.. call.Body.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("command").GetString()!)];
}
