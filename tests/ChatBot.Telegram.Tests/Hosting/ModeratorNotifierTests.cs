using ChatBot.Moderation.Notifications;
using ChatBot.Telegram.Notifications;
using ChatBot.Telegram.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Exceptions;

namespace ChatBot.Telegram.Tests.Hosting;

public sealed class ModeratorNotifierTests : AdapterTestBase
{
    private const long ModeratorsChat = -100777888;
    private const string Rejection =
        "Automatic reload after an edit: Reload rejected: the intent files have errors, so the bot keeps serving the last good version (43 intents).\n" +
        "intents/money.yml:6: error: the citation \"Moscow has pledged <9.9> billion & more\" is not in the article";

    [Fact]
    public async Task ARejectedReloadIsPostedToTheModeratorsChatEscaped()
    {
        await using var bot = await StartAsync(ModeratorsChat);

        await Notifier(bot).NotifyAsync(Rejection, CancellationToken.None);

        var notice = Assert.Single(Server.Calls("sendMessage"));
        Assert.Equal(ModeratorsChat, notice.ChatId);
        Assert.Equal("html", notice.Str("parse_mode"), ignoreCase: true);
        Assert.Contains("&lt;9.9&gt; billion &amp; more", notice.Text);
        HtmlChecks.AssertWellFormed(notice.Text);
        Assert.Equal(Rejection, HtmlChecks.Visible(notice.Text));
    }

    [Fact]
    public async Task ALongNoticeIsCutToTelegramsLimit()
    {
        await using var bot = await StartAsync(ModeratorsChat);

        await Notifier(bot).NotifyAsync(string.Join('\n', Enumerable.Repeat("intents/x.yml:1: error: <&> \"quoted\"", 400)), CancellationToken.None);

        var notice = Assert.Single(Server.Calls("sendMessage"));
        Assert.InRange(notice.Text.Length, 4000, 4096);
        Assert.EndsWith("\u2026", notice.Text);
        HtmlChecks.AssertWellFormed(notice.Text);
    }

    [Fact]
    public async Task WithoutAModeratorsChatNothingIsPosted()
    {
        await using var bot = await StartAsync(moderatorsChat: null);

        await Notifier(bot).NotifyAsync(Rejection, CancellationToken.None);

        Assert.Empty(Server.Calls("sendMessage"));
    }

    [Fact]
    public async Task AFailedPostThrowsForTheCallerToLogWithoutTheToken()
    {
        await using var bot = await StartAsync(ModeratorsChat);
        Server.FailNext("sendMessage", new ScriptedFailure(400, "Bad Request: chat not found"));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Notifier(bot).NotifyAsync(Rejection, CancellationToken.None));

        Assert.Contains("chat not found", error.Message);
        Assert.DoesNotContain(FakeBotApiServer.Token, error.ToString());
    }

    [Fact]
    public async Task AZeroChatIdIsRefusedAtStart()
    {
        var bot = CreateAdapter(settings: new Dictionary<string, string?> { ["Telegram:ModeratorChatId"] = "0" });
        await using (bot)
        {
            var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(bot.StartHostAsync);
            Assert.Contains("Telegram:ModeratorChatId", error.Message);
        }
    }

    private Task<AdapterHarness> StartAsync(long? moderatorsChat) =>
        StartAdapterAsync(settings: new Dictionary<string, string?> { ["Telegram:ModeratorChatId"] = moderatorsChat?.ToString() });

    // The adapter's own notifier, as AddTelegramAdapter registers it (the host fans out to every registered one).
    private static IModeratorNotifier Notifier(AdapterHarness bot) =>
        Assert.IsType<TelegramModeratorNotifier>(Assert.Single(bot.Services.GetServices<IModeratorNotifier>()));
}
