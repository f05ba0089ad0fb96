using ChatBot.Discord.Notifications;
using ChatBot.Discord.Tests.Support;
using ChatBot.Moderation.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Discord.Tests.Hosting;

public sealed class ModeratorNotifierTests : AdapterTestBase
{
    private const string ModeratorsChannel = "800000000000000008";
    private const string Rejection =
        "Automatic reload after an edit: Reload rejected: the intent files have errors, so the bot keeps serving the last good version (43 intents).\n" +
        "intents/money_2.yml:6: error: the citation \"**Moscow** pledged\" is not in the article @everyone";

    [Fact]
    public async Task ARejectedReloadIsPostedInTheModeratorsChannelEscapedAndPingingNoOne()
    {
        await using var host = await StartAdapterAsync(settings: new Dictionary<string, string?> { ["Discord:ModeratorChannelId"] = ModeratorsChannel });

        await Notifier(host).NotifyAsync(Rejection, CancellationToken.None);

        var notice = await Server.NextMessageAsync(ModeratorsChannel);
        var content = Text(notice.Body!["content"])!;
        Assert.Contains("intents/money\\_2.yml:6: error:", content, StringComparison.Ordinal);
        Assert.Contains("\\*\\*Moscow\\*\\*", content, StringComparison.Ordinal);
        Assert.Contains("@\u200Beveryone", content, StringComparison.Ordinal);
        Assert.Empty(notice.Body!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Equal("Bot " + DiscordPayloads.Token, notice.Header("Authorization"));
    }

    [Fact]
    public async Task ALongNoticeIsCutToTwoThousandCharacters()
    {
        await using var host = await StartAdapterAsync(settings: new Dictionary<string, string?> { ["Discord:ModeratorChannelId"] = ModeratorsChannel });

        await Notifier(host).NotifyAsync(string.Join('\n', Enumerable.Repeat("intents/x_y.yml:1: error: *bad*", 200)), CancellationToken.None);

        var content = Text((await Server.NextMessageAsync(ModeratorsChannel)).Body!["content"])!;
        Assert.Equal(2000, content.Length);
        Assert.EndsWith("\u2026", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAModeratorsChannelNothingIsPosted()
    {
        await using var host = await StartAdapterAsync();

        await Notifier(host).NotifyAsync(Rejection, CancellationToken.None);

        Assert.DoesNotContain(Server.Requests.Snapshot(), r => r.Method == "POST" && r.Path.StartsWith("channels/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARefusedPostThrowsWithDiscordsAnswerButNoToken()
    {
        await using var host = await StartAdapterAsync(settings: new Dictionary<string, string?> { ["Discord:ModeratorChannelId"] = ModeratorsChannel });
        Server.Script("POST", p => p == $"channels/{ModeratorsChannel}/messages", 403, """{"message": "Missing Access", "code": 50001}""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Notifier(host).NotifyAsync(Rejection, CancellationToken.None));

        Assert.Contains("HTTP 403", error.Message, StringComparison.Ordinal);
        Assert.Contains("Missing Access", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordPayloads.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChannelIdThatIsNoSnowflakeIsRefusedAtStart()
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            StartAdapterAsync(settings: new Dictionary<string, string?> { ["Discord:ModeratorChannelId"] = "#moderators" }));

        Assert.Contains("Discord:ModeratorChannelId", error.Message, StringComparison.Ordinal);
    }

    // The adapter's own notifier, as AddDiscordAdapter registers it (the host fans out to every registered one).
    private static IModeratorNotifier Notifier(AdapterHost host) =>
        Assert.IsType<DiscordModeratorNotifier>(Assert.Single(host.Services.GetServices<IModeratorNotifier>()));
}
