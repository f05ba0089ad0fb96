using ChatBot.Telegram.Tests.Support;

namespace ChatBot.Telegram.Tests.Hosting;

public sealed class PrivateAndGroupChatTests : AdapterTestBase
{
    private const long Reader = 1001;
    private const long Group = -100777;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await StartBotAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Assert.DoesNotContain(Bot.Logs.Entries, e => e.FullText.Contains(FakeBotApiServer.Token));
    }

    [Fact]
    public async Task APrivateQuestionIsAnsweredWithTheCitationQuotingTheUsersMessage()
    {
        var update = TestUpdates.PrivateText(Reader, "Who signed the treaty?");
        Server.Enqueue(update);

        var reply = await Server.NextAsync("sendMessage").Bounded();

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
        var commands = await Server.NextAsync("setMyCommands").Bounded();
        await Server.NextAsync("deleteWebhook").Bounded();

        var names = commands.Body.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("command").GetString()).ToHashSet();
        Assert.Equal(new HashSet<string?> { "start", "help", "ask", "sources" }, names);
        Assert.Single(Server.Calls("getMe"));
    }

    [Fact]
    public async Task AGroupMentionIsAnsweredInTheGroup()
    {
        var update = TestUpdates.GroupText(Group, Reader, "@article_qa_bot who signed the treaty?");
        Server.Enqueue(update);

        var reply = await Server.NextAsync("sendMessage").Bounded();

        Assert.Equal(Group, reply.ChatId);
        Assert.Equal(TestUpdates.MessageId(update), reply.ReplyTo);
        Assert.Contains("Putin", reply.Text);
    }

    [Fact]
    public async Task AGroupMessageNotAddressedToTheBotGetsNoReply()
    {
        // Same chat, so the addressed message is handled after the chatter: its reply proves the chatter was passed over.
        Server.Enqueue(TestUpdates.GroupText(Group, Reader, "who signed the treaty?"));
        Server.Enqueue(TestUpdates.GroupText(Group, Reader, "/ask@some_other_bot who signed the treaty?"));
        var addressed = TestUpdates.GroupText(Group, Reader, "/help@article_qa_bot");
        Server.Enqueue(addressed);

        var reply = await Server.NextAsync("sendMessage").Bounded();

        Assert.Equal(TestUpdates.MessageId(addressed), reply.ReplyTo);
        Assert.Single(Server.Calls("sendMessage"));
    }

    [Fact]
    public async Task AReplyToTheBotInAGroupIsAnswered()
    {
        var update = TestUpdates.GroupText(Group, Reader, "Who signed the treaty?", replyTo: TestUpdates.BotMessage(Group, 4242, "Hello"));
        Server.Enqueue(update);

        var reply = await Server.NextAsync("sendMessage").Bounded();

        Assert.Equal(TestUpdates.MessageId(update), reply.ReplyTo);
        Assert.Contains("Putin", reply.Text);
    }

    [Fact]
    public async Task AskCommandAddressedToTheBotIsAnsweredInAGroup()
    {
        var update = TestUpdates.GroupText(Group, Reader, "/ask@article_qa_bot Who signed the treaty?");
        Server.Enqueue(update);

        var reply = await Server.NextAsync("sendMessage").Bounded();

        Assert.Equal(Group, reply.ChatId);
        Assert.Contains("Putin", reply.Text);
    }

    [Fact]
    public async Task StartWelcomesTheReaderAndNamesTheArticle()
    {
        Server.Enqueue(TestUpdates.PrivateText(Reader, "/start"));

        var reply = await Server.NextAsync("sendMessage").Bounded();

        Assert.Contains("South Ossetia", reply.Text);
        Assert.Contains("@article_qa_bot", reply.Text);
        Assert.Contains("/ask", reply.Text);
        HtmlChecks.AssertWellFormed(reply.Text);
    }

    [Fact]
    public async Task SourcesGivesTitleBylineAndHowCitationsWork()
    {
        Server.Enqueue(TestUpdates.PrivateText(Reader, "/sources"));

        var reply = await Server.NextAsync("sendMessage").Bounded();

        Assert.Contains("<b>Russia Signs Treaty With Georgia\u2019s Breakaway South Ossetia Region</b>", reply.Text);
        Assert.Contains("<i>Sally Bokhua</i>", reply.Text);
        Assert.Contains("paragraph", reply.Text);
    }
}
