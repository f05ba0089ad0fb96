using ChatBot.Telegram.Tests.Support;

namespace ChatBot.Telegram.Tests.Hosting;

public sealed class PrivateAndGroupChatTests : IAsyncLifetime
{
    private const long Reader = 1001;
    private const long Group = -100777;
    private readonly TempDirectory _data = new();
    private readonly SignallingTimeProvider _time = new();
    private FakeBotApiServer _server = null!;
    private AdapterHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        _bot = await AdapterHarness.StartAsync(_server, _data.Path, _time);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _server.DisposeAsync();
        Assert.DoesNotContain(_bot.Logs.Entries, e => e.FullText.Contains(FakeBotApiServer.Token));
        _data.Dispose();
    }

    [Fact]
    public async Task APrivateQuestionIsAnsweredWithTheCitationQuotingTheUsersMessage()
    {
        var update = TestUpdates.PrivateText(Reader, "Who signed the treaty?");
        _server.Enqueue(update);

        var reply = await _server.NextAsync("sendMessage").Bounded();

        Assert.Equal(Reader, reply.ChatId);
        Assert.Equal(TestUpdates.MessageId(update), reply.ReplyTo);
        Assert.Equal("html", reply.Str("parse_mode"), ignoreCase: true);
        Assert.Contains("Putin", reply.Text);
        Assert.Contains("<blockquote>", reply.Text);
        Assert.Contains("\u2014 paragraph 1</i></blockquote>", reply.Text);
        HtmlChecks.AssertWellFormed(reply.Text);
    }

    [Fact]
    public async Task AtStartTheBotRegistersItsCommandsAndDropsAnyWebhook()
    {
        var commands = await _server.NextAsync("setMyCommands").Bounded();
        await _server.NextAsync("deleteWebhook").Bounded();

        var names = commands.Body.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("command").GetString()).ToHashSet();
        Assert.Equal(new HashSet<string?> { "start", "help", "ask", "sources" }, names);
        Assert.Single(_server.Calls("getMe"));
    }

    [Fact]
    public async Task AGroupMentionIsAnsweredInTheGroup()
    {
        var update = TestUpdates.GroupText(Group, Reader, "@article_qa_bot who signed the treaty?");
        _server.Enqueue(update);

        var reply = await _server.NextAsync("sendMessage").Bounded();

        Assert.Equal(Group, reply.ChatId);
        Assert.Equal(TestUpdates.MessageId(update), reply.ReplyTo);
        Assert.Contains("Putin", reply.Text);
    }

    [Fact]
    public async Task AGroupMessageNotAddressedToTheBotGetsNoReply()
    {
        // Same chat, so the addressed message is handled after the chatter: its reply proves the chatter was passed over.
        _server.Enqueue(TestUpdates.GroupText(Group, Reader, "who signed the treaty?"));
        _server.Enqueue(TestUpdates.GroupText(Group, Reader, "/ask@some_other_bot who signed the treaty?"));
        var addressed = TestUpdates.GroupText(Group, Reader, "/help@article_qa_bot");
        _server.Enqueue(addressed);

        var reply = await _server.NextAsync("sendMessage").Bounded();

        Assert.Equal(TestUpdates.MessageId(addressed), reply.ReplyTo);
        Assert.Single(_server.Calls("sendMessage"));
    }

    [Fact]
    public async Task AReplyToTheBotInAGroupIsAnswered()
    {
        var update = TestUpdates.GroupText(Group, Reader, "Who signed the treaty?", replyTo: TestUpdates.BotMessage(Group, 4242, "Hello"));
        _server.Enqueue(update);

        var reply = await _server.NextAsync("sendMessage").Bounded();

        Assert.Equal(TestUpdates.MessageId(update), reply.ReplyTo);
        Assert.Contains("Putin", reply.Text);
    }

    [Fact]
    public async Task AskCommandAddressedToTheBotIsAnsweredInAGroup()
    {
        var update = TestUpdates.GroupText(Group, Reader, "/ask@article_qa_bot Who signed the treaty?");
        _server.Enqueue(update);

        var reply = await _server.NextAsync("sendMessage").Bounded();

        Assert.Equal(Group, reply.ChatId);
        Assert.Contains("Putin", reply.Text);
    }

    [Fact]
    public async Task StartWelcomesTheReaderAndNamesTheArticle()
    {
        _server.Enqueue(TestUpdates.PrivateText(Reader, "/start"));

        var reply = await _server.NextAsync("sendMessage").Bounded();

        Assert.Contains("South Ossetia", reply.Text);
        Assert.Contains("@article_qa_bot", reply.Text);
        Assert.Contains("/ask", reply.Text);
        HtmlChecks.AssertWellFormed(reply.Text);
    }

    [Fact]
    public async Task SourcesGivesTitleBylineAndHowCitationsWork()
    {
        _server.Enqueue(TestUpdates.PrivateText(Reader, "/sources"));

        var reply = await _server.NextAsync("sendMessage").Bounded();

        Assert.Contains("<b>Russia Signs Treaty With Georgia\u2019s Breakaway South Ossetia Region</b>", reply.Text);
        Assert.Contains("<i>Sally Bokhua</i>", reply.Text);
        Assert.Contains("paragraph", reply.Text);
    }
}
