using ChatBot.Telegram.Rendering;
using ChatBot.Telegram.Tests.Support;

namespace ChatBot.Telegram.Tests.Hosting;

public sealed class HostileTextAndLimitsTests : AdapterTestBase
{
    private const long Reader = 3003;

    [Theory]
    [InlineData("<b>who</b> & signed </a> the treaty?")]
    [InlineData("</blockquote><a href=\"tg://user?id=1\">x</a> &amp;")]
    public async Task HostileTextInTheQuestionIsEscapedWhereverItAppears(string hostile)
    {
        var answers = new ScriptedAnswerService();
        await using var bot = await StartAdapterAsync(answers);

        Server.Enqueue(TestUpdates.PrivateText(Reader, hostile));
        var reply = await Server.NextAsync("sendMessage").Bounded();

        HtmlChecks.AssertWellFormed(reply.Text);
        Assert.Equal($"You asked: {hostile}\nQuoted: {hostile}\n\u2014 paragraph 2\nHeadline & more\n\u2014 headline", HtmlChecks.Visible(reply.Text));
    }

    [Fact]
    public async Task HostileTextReachingTheRealEngineGivesAWellFormedReply()
    {
        await using var bot = await StartAdapterAsync();

        Server.Enqueue(TestUpdates.PrivateText(Reader, "<b>who</b> & signed </a> the treaty?"));
        var reply = await Server.NextAsync("sendMessage").Bounded();

        HtmlChecks.AssertWellFormed(reply.Text);
    }

    [Fact]
    public async Task SourcesFromFilesAreEscapedToo()
    {
        await using var bot = await StartAdapterAsync(new ScriptedAnswerService());

        Server.Enqueue(TestUpdates.PrivateText(Reader, "/sources"));
        var reply = await Server.NextAsync("sendMessage").Bounded();

        HtmlChecks.AssertWellFormed(reply.Text);
        Assert.StartsWith("<b>Title with &lt;b&gt;tags&lt;/b&gt; &amp; &quot;quotes&quot;</b>\n<i>by &lt;i&gt;Someone&lt;/i&gt;</i>", reply.Text);
    }

    [Fact]
    public async Task OverTheFloodLimitTheUserIsAskedOnceToSlowDownThenIgnoredUntilTheMinutePasses()
    {
        var settings = new Dictionary<string, string?> { ["Telegram:MaxMessagesPerMinute"] = "3" };
        await using var bot = await StartAdapterAsync(new ScriptedAnswerService(), settings);

        for (var i = 1; i <= 6; i++)
        {
            Server.Enqueue(TestUpdates.PrivateText(Reader, $"question {i}"));
        }

        var replies = new List<RecordedCall>();
        for (var i = 0; i < 4; i++)
        {
            replies.Add(await Server.NextAsync("sendMessage").Bounded());
        }

        // A button press after the burst, in the same chat, is handled after it: its "wait" note shows the burst is done.
        Server.Enqueue(TestUpdates.Callback(Reader, Reader, "question 7", "s:0:x"));
        Assert.Equal(BotTexts.SlowDownShort, (await Server.NextAsync("answerCallbackQuery").Bounded()).Str("text"));

        Time.Advance(TimeSpan.FromMinutes(1));
        Server.Enqueue(TestUpdates.PrivateText(Reader, "after a minute"));
        var later = await Server.NextAsync("sendMessage").Bounded();

        Assert.Equal(["You asked: question 1", "You asked: question 2", "You asked: question 3"], replies.Take(3).Select(r => r.Text.Split('\n')[0]));
        Assert.Contains("faster than I can answer", replies[3].Text);
        Assert.Contains("3 a minute", replies[3].Text);
        Assert.StartsWith("You asked: after a minute", later.Text);
        Assert.Equal(5, Server.Calls("sendMessage").Count);
    }

    [Fact]
    public async Task AnOverlongQuestionIsRefusedPolitely()
    {
        var settings = new Dictionary<string, string?> { ["Telegram:MaxQuestionLength"] = "50" };
        await using var bot = await StartAdapterAsync(new ScriptedAnswerService(), settings);

        var update = TestUpdates.PrivateText(Reader, new string('?', 51));
        Server.Enqueue(update);
        var reply = await Server.NextAsync("sendMessage").Bounded();

        Assert.Equal(TestUpdates.MessageId(update), reply.ReplyTo);
        Assert.Contains("51 characters", reply.Text);
        Assert.Contains("up to 50", reply.Text);
        Assert.DoesNotContain("You asked", reply.Text);
    }

    [Fact]
    public async Task ABusyGroupIsAskedOnceToSlowDownThenIgnoredUntilTheMinutePasses()
    {
        const long group = -100555;
        var settings = new Dictionary<string, string?> { ["Telegram:MaxChatMessagesPerMinute"] = "3" };
        await using var bot = await StartAdapterAsync(new ScriptedAnswerService(), settings);

        // Six readers, one question each: no one is over their own limit, the group is.
        for (var reader = 1; reader <= 6; reader++)
        {
            Server.Enqueue(TestUpdates.GroupText(group, 7000 + reader, $"/ask question {reader}"));
        }

        var replies = new List<RecordedCall>();
        for (var i = 0; i < 4; i++)
        {
            replies.Add(await Server.NextAsync("sendMessage").Bounded());
        }

        // A button press in the group after the burst is handled after it: its "wait" note shows the burst is done.
        Server.Enqueue(TestUpdates.Callback(7007, group, "question 7", "s:0:x"));
        Assert.Equal(BotTexts.SlowDownShort, (await Server.NextAsync("answerCallbackQuery").Bounded()).Str("text"));

        Time.Advance(TimeSpan.FromMinutes(1));
        Server.Enqueue(TestUpdates.GroupText(group, 7001, "/ask after a minute"));
        var later = await Server.NextAsync("sendMessage").Bounded();

        Assert.Equal(["You asked: question 1", "You asked: question 2", "You asked: question 3"], replies.Take(3).Select(r => r.Text.Split('\n')[0]));
        Assert.Contains("This chat is sending questions faster than I can answer", replies[3].Text);
        Assert.Contains("3 a minute", replies[3].Text);
        HtmlChecks.AssertWellFormed(replies[3].Text);
        Assert.StartsWith("You asked: after a minute", later.Text);
        Assert.Equal(5, Server.Calls("sendMessage").Count);
        Assert.All(Server.Calls("sendMessage"), c => Assert.Equal(group, c.ChatId));
    }
}
