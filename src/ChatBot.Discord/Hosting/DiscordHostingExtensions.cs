using ChatBot.Discord.Gateway;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Limits;
using ChatBot.Discord.Messaging;
using ChatBot.Discord.Notifications;
using ChatBot.Discord.Options;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using ChatBot.Discord.Transport;
using ChatBot.Moderation.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Discord.Hosting;

/// <summary>Registers the Discord adapter with the Generic Host.</summary>
public static class DiscordHostingExtensions
{
    /// <summary>
    /// Adds the Discord adapter when <c>Discord:Token</c> is set: binds and validates <see cref="DiscordOptions"/> at start
    /// and registers the gateway, REST client and workers. Returns false and registers nothing when no token is configured.
    /// Assumes <c>IAnswerService</c> and <see cref="TimeProvider"/> are registered. Also adds an <see cref="IModeratorNotifier"/>
    /// that posts in <c>Discord:ModeratorChannelId</c> (when set), and shows 👍/👎 under answers when an <c>IQuestionLog</c>
    /// is registered (the host's AddOperations does), before or after this call.
    /// </summary>
    public static bool AddDiscordAdapter(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{DiscordOptions.Section}:{nameof(DiscordOptions.Token)}"]))
        {
            return false;
        }

        var services = builder.Services;
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // No logging handlers: interaction tokens travel in URL paths and must not end up in logs.
        services.AddHttpClient(DiscordRestClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30)).RemoveAllLoggers();

        services.TryAddSingleton(GatewayTimings.Default);
        services.AddSingleton<RateLimiter>();
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<GatewaySession>();
        services.AddSingleton<DispatchQueue>();
        services.AddSingleton<IDispatchSink>(sp => sp.GetRequiredService<DispatchQueue>());
        services.AddSingleton<IGatewayTransport, WebSocketGatewayTransport>();
        services.AddSingleton<GatewayClient>();
        services.AddSingleton<SuggestionIds>();
        services.AddSingleton<FeedbackRecorder>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModeratorNotifier, DiscordModeratorNotifier>());
        services.AddSingleton<FloodLimiter>();
        services.AddSingleton<DiscordAnswerRenderer>();
        services.AddSingleton<MessageRouter>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<DiscordRequestHandler>();
        services.AddHostedService<DiscordAdapterService>();
        return true;
    }
}
