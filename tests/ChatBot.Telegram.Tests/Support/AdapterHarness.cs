using ChatBot.Core.Conversation;
using ChatBot.Telegram.Hosting;
using ChatBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Tests.Support;

/// <summary>A real Generic Host running the adapter through its entry point, pointed at a <see cref="FakeBotApiServer"/>.</summary>
public sealed class AdapterHarness : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _started;
    private bool _stopped;

    private AdapterHarness(IHost host, CapturingLoggerProvider logs)
    {
        _host = host;
        Logs = logs;
    }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => _host.Services;

    internal TelegramAdapterService Adapter => _host.Services.GetRequiredService<TelegramAdapterService>();

    /// <summary>
    /// Builds the host with settings for <paramref name="server"/> (plus <paramref name="settings"/>), without starting it;
    /// <paramref name="services"/> adds registrations (a fake question log) before the adapter's.
    /// </summary>
    public static AdapterHarness Create(
        FakeBotApiServer server,
        string dataDirectory,
        TimeProvider time,
        IAnswerService? answers = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        // DisableDefaults: no environment variables, so a real Telegram__Token on the machine can never leak in.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var config = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = FakeBotApiServer.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl.ToString(),
            ["Telegram:DataDirectory"] = dataDirectory,
            ["Telegram:PollTimeoutSeconds"] = "10",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(answers ?? RealAnswers.Create(time));
        services?.Invoke(builder.Services);
        if (!builder.AddTelegramAdapter())
        {
            throw new InvalidOperationException("AddTelegramAdapter declined a configured token");
        }

        return new AdapterHarness(builder.Build(), logs);
    }

    public static async Task<AdapterHarness> StartAsync(
        FakeBotApiServer server,
        string dataDirectory,
        TimeProvider time,
        IAnswerService? answers = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var harness = Create(server, dataDirectory, time, answers, settings, services);
        await harness.StartHostAsync();
        return harness;
    }

    public async Task StartHostAsync()
    {
        await _host.StartAsync().WaitAsync(TestTimeouts.Step);
        _started = true;
    }

    /// <summary>Graceful stop: receiving ends, replies in progress finish (or are abandoned when <paramref name="deadline"/> fires).</summary>
    public async Task StopAsync(CancellationToken deadline = default)
    {
        if (_stopped || !_started)
        {
            return;
        }

        _stopped = true;
        await _host.StopAsync(deadline).WaitAsync(TestTimeouts.Step);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
