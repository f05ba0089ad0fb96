using ChatBot.Core.Conversation;
using ChatBot.Moderation.Log;
using ChatBot.Moderation.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Operations;

/// <summary>Adds what moderators and operators need: question log, moderator commands, metrics, hot reload, health file.</summary>
public static class OperationsHostingExtensions
{
    /// <summary>The key under which the decorated (inner) <see cref="IAnswerService"/> stays registered.</summary>
    public const string InnerAnswerServiceKey = "ChatBot.Operations.InnerAnswerService";

    /// <summary>The key under which the question log's storage stays registered, behind the redacting wrapper.</summary>
    public const string QuestionLogStorageKey = "ChatBot.Operations.QuestionLogStorage";

    /// <summary>
    /// Registers the <c>Moderation</c> options (validated at start), the SQLite question log, the "ChatBot" meter,
    /// the hot-reload watcher, the health-file writer, the retention purger and a logging <see cref="IModeratorNotifier"/>,
    /// and decorates <see cref="IAnswerService"/>.
    /// Call it after <see cref="IAnswerService"/> (the <see cref="ConversationService"/>) and <c>EngineHolder</c> are
    /// registered: that registration is moved under the key <see cref="InnerAnswerServiceKey"/> and
    /// <see cref="IAnswerService"/> resolves to the decorator around it. An <see cref="IQuestionLog"/> registered before
    /// replaces the SQLite one; either way <see cref="IQuestionLog"/> resolves to a wrapper that redacts secrets from
    /// every stored question (the adapters' feedback included). Every <see cref="IModeratorNotifier"/> registered, before
    /// or after (adapters add one for their moderators' chat), is told about rejected reloads, each isolated from the
    /// others' failures. Calling it twice changes nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">No <see cref="IAnswerService"/> is registered yet.</exception>
    public static IHostApplicationBuilder AddOperations(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(ModeratedAnswerService)))
        {
            return builder;
        }

        DecorateAnswerService(services);

        services.AddOptions<ModerationOptions>().BindConfiguration(ModerationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IQuestionLog>(sp => new SqliteQuestionLog(
            sp.GetRequiredService<IOptions<ModerationOptions>>().Value.DataDirectory,
            sp.GetRequiredService<TimeProvider>()));
        DecorateQuestionLog(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModeratorNotifier, LoggingModeratorNotifier>());
        services.AddSingleton<SafeAggregateNotifier>();

        services.AddSingleton<AnswerMetrics>();
        services.AddSingleton<SecretRedactor>();
        services.AddSingleton<ModeratorList>();
        services.AddSingleton<DailyStats>();
        services.AddSingleton<KnowledgeReloader>();
        services.AddSingleton<ModeratorCommands>();

        services.AddSingleton<QuestionRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<QuestionRecorder>());
        services.AddSingleton<QuestionLogPurger>();
        services.AddHostedService(sp => sp.GetRequiredService<QuestionLogPurger>());
        services.AddSingleton<KnowledgeWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<KnowledgeWatcher>());
        services.AddSingleton<HealthFileWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<HealthFileWriter>());
        return builder;
    }

    private static void DecorateAnswerService(IServiceCollection services)
    {
        var registered = services.Where(d => d.ServiceType == typeof(IAnswerService) && !d.IsKeyedService).ToList();
        var inner = registered.LastOrDefault() ?? throw new InvalidOperationException(
            "AddOperations decorates IAnswerService: register it (the ConversationService) before calling AddOperations.");
        foreach (var descriptor in registered)
        {
            services.Remove(descriptor);
        }

        services.Add(AsKeyed(inner, InnerAnswerServiceKey));
        services.Add(ServiceDescriptor.Describe(typeof(ModeratedAnswerService), CreateDecorator, inner.Lifetime));
        services.Add(ServiceDescriptor.Describe(typeof(IAnswerService), sp => sp.GetRequiredService<ModeratedAnswerService>(), inner.Lifetime));
    }

    private static void DecorateQuestionLog(IServiceCollection services)
    {
        var registered = services.Where(d => d.ServiceType == typeof(IQuestionLog) && !d.IsKeyedService).ToList();
        var storage = registered[^1];
        foreach (var descriptor in registered)
        {
            services.Remove(descriptor);
        }

        services.Add(AsKeyed(storage, QuestionLogStorageKey));
        services.Add(ServiceDescriptor.Describe(
            typeof(IQuestionLog),
            sp => new RedactingQuestionLog(sp.GetRequiredKeyedService<IQuestionLog>(QuestionLogStorageKey), sp.GetRequiredService<SecretRedactor>()),
            storage.Lifetime));
    }

    private static ModeratedAnswerService CreateDecorator(IServiceProvider services) =>
        ActivatorUtilities.CreateInstance<ModeratedAnswerService>(services, services.GetRequiredKeyedService<IAnswerService>(InnerAnswerServiceKey));

    private static ServiceDescriptor AsKeyed(ServiceDescriptor descriptor, string key) => descriptor switch
    {
        { ImplementationInstance: { } instance } => new ServiceDescriptor(descriptor.ServiceType, key, instance),
        { ImplementationFactory: { } factory } => new ServiceDescriptor(descriptor.ServiceType, key, (sp, _) => factory(sp), descriptor.Lifetime),
        { ImplementationType: { } type } => new ServiceDescriptor(descriptor.ServiceType, key, type, descriptor.Lifetime),
        _ => throw new InvalidOperationException($"The {descriptor.ServiceType.Name} registration has no implementation to decorate."),
    };
}
