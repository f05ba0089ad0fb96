using ChatBot.Discord.Hosting;
using ChatBot.Discord.Tests.Support;
using ChatBot.Moderation.Notifications;
using ChatBot.Operations;
using ChatBot.Telegram.Hosting;
using ChatBot.Telegram.Tests.Support;
using ChatBot.Testing;
using ChatBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Hosting;

/// <summary>
/// The moderators' workflow through the real host pieces: AddOperations (decorator, reloader, notifier fan-out) with the
/// adapters added as BotHost adds them, talking real HTTP to the adapters' loopback fake servers.
/// </summary>
public sealed class ModeratorsChatTests : IAsyncLifetime
{
    private const long TelegramModerator = 12345;
    private const long TelegramReader = 999;
    private const long TelegramModeratorsChat = -100123456;
    private const string DiscordModeratorsChannel = "800000000000000008";

    private readonly TempFolder _data = new();
    private readonly KnowledgeCopy _knowledge = new();
    private FakeBotApiServer _telegram = null!;
    private FakeDiscordServer _discord = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeBotApiServer.StartAsync();
        _discord = await FakeDiscordServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        await _discord.DisposeAsync();
        _knowledge.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task ATelegramReloadFromAModeratorIsRunAndFromAReaderRefused()
    {
        await using var host = CreateHost(telegram: true, discord: false);
        await host.StartAsync();

        _telegram.Enqueue(TestUpdates.PrivateText(TelegramModerator, "/reload"));
        var done = await _telegram.NextAsync("sendMessage").WaitAsync(TestTimeouts.Signal);
        _telegram.Enqueue(TestUpdates.GroupText(-100777, TelegramReader, "/reload@article_qa_bot"));
        var refused = await _telegram.NextAsync("sendMessage").WaitAsync(TestTimeouts.Signal);

        Assert.Equal((TelegramModerator, $"Reloaded: {host.Engines.Current.Knowledge.Intents.Count} intents"), (done.ChatId, done.Text));
        Assert.Equal(-100777, refused.ChatId);
        Assert.StartsWith("Sorry, /reload is only for the bot's moderators", refused.Text);
    }

    [Fact]
    public async Task ARejectedReloadReachesTheTelegramModeratorsChatAndTheDiscordChannelDespiteAThrowingNotifier()
    {
        await using var host = CreateHost(telegram: true, discord: true, services: s => s.AddSingleton<IModeratorNotifier, ThrowingNotifier>());
        await File.WriteAllTextAsync(_knowledge.IntentFile("money.yml"), KnowledgeCopy.BrokenMoneyFile);

        // Through the decorator, as a moderator's /reload arrives from any adapter (the notices do not need the adapters running).
        var reply = await host.Answers.AskAsync(Conversations.TelegramModerator, "/reload");

        Assert.StartsWith("Reload rejected", reply.Text);
        var telegramNotice = Assert.Single(_telegram.Calls("sendMessage"));
        Assert.Equal(TelegramModeratorsChat, telegramNotice.ChatId);
        Assert.Contains(KnowledgeCopy.BrokenMoneyWhere, telegramNotice.Text);
        Assert.StartsWith("/reload by a moderator: Reload rejected", telegramNotice.Text);
        var discordNotice = await _discord.NextMessageAsync(DiscordModeratorsChannel);
        Assert.Contains("intents/money.yml:6: error:", discordNotice.Body!["content"]!.GetValue<string>());
        Assert.Empty(discordNotice.Body!["allowed_mentions"]!["parse"]!.AsArray());

        var failure = await host.Logs.WaitForAsync(e => e.Level == LogLevel.Error && e.Category.EndsWith(nameof(SafeAggregateNotifier))).WaitAsync(TestTimeouts.Signal);
        Assert.Contains(nameof(ThrowingNotifier), failure.Message);
        var logged = await host.Logs.WaitForAsync(e => e.Level == LogLevel.Warning && e.Category.EndsWith(nameof(LoggingModeratorNotifier))).WaitAsync(TestTimeouts.Signal);
        Assert.Contains(KnowledgeCopy.BrokenMoneyWhere, logged.Message);
    }

    [Fact]
    public async Task EveryConfiguredNotifierIsToldAndTheLoggingOneAlwaysStays()
    {
        await using var host = CreateHost(telegram: true, discord: true);

        var notifiers = host.Get<SafeAggregateNotifier>().Notifiers.Select(n => n.GetType().Name).Order();

        Assert.Equal(["DiscordModeratorNotifier", "LoggingModeratorNotifier", "TelegramModeratorNotifier"], notifiers);
    }

    private OperationsHost CreateHost(bool telegram, bool discord, Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>();
        if (telegram)
        {
            settings["Telegram:Token"] = FakeBotApiServer.Token;
            settings["Telegram:ApiBaseUrl"] = _telegram.BaseUrl.ToString();
            settings["Telegram:DataDirectory"] = _data.Path;
            settings["Telegram:PollTimeoutSeconds"] = "10";
            settings["Telegram:ModeratorChatId"] = TelegramModeratorsChat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (discord)
        {
            settings["Discord:Token"] = "test-token.DO-NOT-LOG";
            settings["Discord:ApiBaseUrl"] = _discord.ApiBaseUrl;
            settings["Discord:ModeratorChannelId"] = DiscordModeratorsChannel;
        }

        return OperationsHost.Create(_data.Path, _knowledge.Intents, _knowledge.Seeds, settings, services, platforms: builder =>
        {
            Assert.Equal(telegram, builder.AddTelegramAdapter());
            Assert.Equal(discord, builder.AddDiscordAdapter());
        });
    }
}
