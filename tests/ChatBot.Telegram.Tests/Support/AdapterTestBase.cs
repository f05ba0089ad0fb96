using ChatBot.Core.Conversation;
using ChatBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Telegram.Tests.Support;

/// <summary>
/// What the hosting tests share: a <see cref="FakeBotApiServer"/> per test, a data folder and a clock, and the adapter
/// started against them (<see cref="StartAdapterAsync"/> for a test's own, <see cref="StartBotAsync"/> for one the whole
/// class talks to, stopped before the server).
/// </summary>
public abstract class AdapterTestBase : IAsyncLifetime
{
    private AdapterHarness? _bot;

    protected TempFolder Data { get; } = new();

    protected SignallingTimeProvider Time { get; } = new();

    protected FakeBotApiServer Server { get; private set; } = null!;

    /// <summary>The adapter <see cref="StartBotAsync"/> started.</summary>
    protected AdapterHarness Bot => _bot ?? throw new InvalidOperationException("StartBotAsync was not called");

    public virtual async Task InitializeAsync() => Server = await FakeBotApiServer.StartAsync();

    public virtual async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await Server.DisposeAsync();
        Data.Dispose();
    }

    /// <summary>Builds the adapter against this test's server, folder and clock, without starting it.</summary>
    protected AdapterHarness CreateAdapter(IAnswerService? answers = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        AdapterHarness.Create(Server, Data.Path, Time, answers, settings, services);

    /// <summary>Starts an adapter against this test's server, folder and clock; the test disposes it.</summary>
    protected Task<AdapterHarness> StartAdapterAsync(IAnswerService? answers = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        AdapterHarness.StartAsync(Server, Data.Path, Time, answers, settings, services);

    /// <summary>Starts the adapter every test of the class talks to (<see cref="Bot"/>), from <see cref="InitializeAsync"/>.</summary>
    protected async Task StartBotAsync(IAnswerService? answers = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        _bot = await StartAdapterAsync(answers, settings, services);
}
