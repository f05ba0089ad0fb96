using ChatBot.Core.Conversation;
using ChatBot.Hosting;
using ChatBot.Operations;
using ChatBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Support;

/// <summary>
/// A host registered the way BotHost registers the engine and conversation service, plus AddOperations, with a fake
/// clock and captured logs. Moderators: telegram:12345 and discord:8888. Hot reload is off unless a test turns it on.
/// </summary>
internal sealed class OperationsHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private bool _started;

    private OperationsHost(IHost host, FakeTimeProvider time, CapturingLoggerProvider logs, string dataDirectory)
    {
        Host = host;
        Time = time;
        Logs = logs;
        DataDirectory = dataDirectory;
    }

    public IHost Host { get; }

    public FakeTimeProvider Time { get; }

    public CapturingLoggerProvider Logs { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => Host.Services;

    public IAnswerService Answers => Services.GetRequiredService<IAnswerService>();

    public EngineHolder Engines => Services.GetRequiredService<EngineHolder>();

    /// <param name="intents">Intents folder (default: the repository's).</param>
    /// <param name="seeds">Seeds folder (default: the repository's).</param>
    /// <param name="dataDirectory">The data directory (required: tests use a temp folder).</param>
    /// <param name="settings">Extra or overriding configuration.</param>
    /// <param name="services">Registrations made before AddOperations (its TryAdd registrations then keep these).</param>
    /// <param name="inner">Replaces the ConversationService as the service being decorated.</param>
    /// <param name="platforms">Added after AddOperations, as BotHost adds the chat platforms (e.g. <c>b => b.AddTelegramAdapter()</c>).</param>
    public static OperationsHost Create(
        string dataDirectory,
        string? intents = null,
        string? seeds = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        Func<IServiceProvider, IAnswerService>? inner = null,
        Action<IHostApplicationBuilder>? platforms = null)
    {
        var time = new FakeTimeProvider(Start);
        var logs = new CapturingLoggerProvider();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var configuration = new Dictionary<string, string?>
        {
            ["Knowledge:IntentsPath"] = intents ?? RepositoryPaths.Intents,
            ["Knowledge:SeedsPath"] = seeds ?? RepositoryPaths.Seeds,
            ["Moderation:DataDirectory"] = dataDirectory,
            ["Moderation:WatchKnowledge"] = "false",
            ["Moderation:Moderators:0"] = "telegram:12345",
            ["Moderation:Moderators:1"] = "discord:8888",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);

        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddOptions<KnowledgeSettings>().BindConfiguration(KnowledgeSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<EngineHolder>();
        builder.Services.AddSingleton<IEngineSource>(sp => sp.GetRequiredService<EngineHolder>());
        builder.Services.AddSingleton(inner ?? (sp => new ConversationService(
            sp.GetRequiredService<IEngineSource>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<ConversationOptions>>().Value)));
        services?.Invoke(builder.Services);
        builder.AddOperations();
        platforms?.Invoke(builder);
        return new OperationsHost(builder.Build(), time, logs, dataDirectory);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task StartAsync()
    {
        await Host.StartAsync().WaitAsync(TestTimeouts.Signal);
        _started = true;
    }

    /// <summary>Stops the host; the question recorder writes what is still queued first.</summary>
    public async Task StopAsync()
    {
        if (_started)
        {
            _started = false;
            await Host.StopAsync().WaitAsync(TestTimeouts.Signal);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Host.Dispose();
    }
}
