using ChatBot.Core.Conversation;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Hosting;
using ChatBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Tests.Support;

/// <summary>A Generic Host running the adapter exactly as the app wires it (through AddDiscordAdapter), pointed at a <see cref="FakeDiscordServer"/>.</summary>
public sealed class AdapterHost : IAsyncDisposable
{
    /// <summary>Test pacing: immediate reconnects; the 1-5 s new-session wait is kept (tests advance the clock for it); Hello/close timeouts out of the way.</summary>
    internal static readonly GatewayTimings FastTimings = GatewayTimings.Default with
    {
        ReconnectBase = TimeSpan.Zero,
        HelloTimeout = TimeSpan.FromHours(1),
        CloseTimeout = TimeSpan.FromHours(1),
    };

    private readonly IHost _host;
    private bool _stopped;

    private AdapterHost(IHost host, TestLoggerProvider logs)
    {
        _host = host;
        Logs = logs;
    }

    public TestLoggerProvider Logs { get; }

    public IServiceProvider Services => _host.Services;

    public static HostApplicationBuilder CreateBuilder(
        FakeDiscordServer server,
        TimeProvider time,
        IAnswerService? answers,
        IDictionary<string, string?>? settings,
        TestLoggerProvider logs,
        Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:Token"] = DiscordPayloads.Token,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(answers ?? RealAnswers.Create(time));
        services?.Invoke(builder.Services);
        return builder;
    }

    internal static async Task<AdapterHost> StartAsync(
        FakeDiscordServer server,
        TimeProvider? time = null,
        IAnswerService? answers = null,
        IDictionary<string, string?>? settings = null,
        GatewayTimings? timings = null,
        Action<IServiceCollection>? services = null)
    {
        var logs = new TestLoggerProvider();
        var builder = CreateBuilder(server, time ?? TimeProvider.System, answers, settings, logs, services);
        Assert.True(builder.AddDiscordAdapter());
        builder.Services.AddSingleton(timings ?? FastTimings);
        var host = builder.Build();
        await host.StartAsync().WaitAsync(TimeSpan.FromSeconds(10));
        return new AdapterHost(host, logs);
    }

    /// <summary>The adapter's gateway loop; it completes on shutdown or after a fatal close code.</summary>
    internal Task Gateway => _host.Services.GetServices<IHostedService>().OfType<DiscordAdapterService>().Single().Gateway;

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _host.StopAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
