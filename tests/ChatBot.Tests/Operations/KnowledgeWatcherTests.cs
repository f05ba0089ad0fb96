using ChatBot.Moderation.Notifications;
using ChatBot.Operations;
using ChatBot.Testing;
using ChatBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Operations;

public sealed class KnowledgeWatcherTests : IAsyncLifetime
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(500);

    private readonly TempFolder _data = new();
    private readonly KnowledgeCopy _knowledge = new();
    private readonly RecordingNotifier _notifier = new();
    private OperationsHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = OperationsHost.Create(
            _data.Path,
            _knowledge.Intents,
            _knowledge.Seeds,
            settings: new Dictionary<string, string?> { ["Moderation:WatchKnowledge"] = "true" },
            services: s => s.AddSingleton<IModeratorNotifier>(_notifier));
        await _host.StartAsync();
    }

    [Fact]
    public async Task AValidEditIsServedAfterTheFilesGoQuiet()
    {
        var before = _host.Engines.Current;
        var reloaded = NextReload();
        var changed = NextChange();
        var money = _knowledge.IntentFile("money.yml");
        var edited = (await File.ReadAllTextAsync(money)).Replace("What funding will South Ossetia receive?", "What funding will South Ossetia receive?\n      - How much is the Ossetian purse?");

        await _knowledge.SaveIntentFileAsync("money.yml", edited);
        await changed;
        _host.Time.Advance(Debounce - TimeSpan.FromMilliseconds(1));
        Assert.Same(before, _host.Engines.Current); // the timer runs inside Advance: no reload yet
        _host.Time.Advance(Debounce);
        var outcome = await reloaded;

        Assert.True(outcome.Accepted);
        Assert.NotSame(before, _host.Engines.Current);
        Assert.Contains(_host.Engines.Current.Knowledge.Intents.Single(i => i.Id == "pledge-south-ossetia").Examples, e => e == "How much is the Ossetian purse?");
        Assert.Equal(0, _notifier.Count);
    }

    [Fact]
    public async Task ABrokenEditIsRejectedWithFileAndLineAndTheLastGoodVersionKeepsServing()
    {
        var before = _host.Engines.Current;
        var reloaded = NextReload();
        var changed = NextChange();

        await _knowledge.SaveIntentFileAsync("money.yml", KnowledgeCopy.BrokenMoneyFile);
        await changed;
        _host.Time.Advance(Debounce);
        var outcome = await reloaded;

        Assert.False(outcome.Accepted);
        Assert.Same(before, _host.Engines.Current);
        Assert.Contains(outcome.Errors, e => e.StartsWith(KnowledgeCopy.BrokenMoneyWhere));
        Assert.Contains(KnowledgeCopy.BrokenMoneyWhere, await _notifier.NextAsync());
        Assert.Contains(_host.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(KnowledgeCopy.BrokenMoneyWhere));
        var answer = await _host.Answers.AskAsync(Conversations.TelegramReader, "How much did Russia pledge to South Ossetia?");
        Assert.Contains("1 billion rubles", answer.Text);
    }

    [Fact]
    public async Task OtherFilesAreIgnored()
    {
        var changed = NextChange();

        await File.WriteAllTextAsync(Path.Combine(_knowledge.Intents, "notes.md"), "not an intent file");
        await File.WriteAllTextAsync(Path.Combine(_knowledge.Seeds, "later.txt.tmp"), "x");
        await File.WriteAllTextAsync(Path.Combine(_knowledge.Intents, "marker.yaml"), "intents: []\n");
        var path = await changed;

        Assert.EndsWith("marker.yaml", path);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _knowledge.Dispose();
        _data.Dispose();
    }

    private Task<ReloadOutcome> NextReload()
    {
        var done = new TaskCompletionSource<ReloadOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        _host.Get<KnowledgeReloader>().Reloaded += outcome => done.TrySetResult(outcome);
        return done.Task.WaitAsync(TestTimeouts.Signal);
    }

    private Task<string> NextChange()
    {
        var done = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _host.Get<KnowledgeWatcher>().ChangeSeen += path => done.TrySetResult(path);
        return done.Task.WaitAsync(TestTimeouts.Signal);
    }
}
