using ChatBot.Moderation.Notifications;
using ChatBot.Telegram.Limits;
using ChatBot.Telegram.Notifications;
using ChatBot.Telegram.Options;
using ChatBot.Telegram.Processing;
using ChatBot.Telegram.Receiving;
using ChatBot.Telegram.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Telegram.Hosting;

/// <summary>Adds the Telegram adapter to a host.</summary>
public static class TelegramHostingExtensions
{
    /// <summary>
    /// Registers the Telegram adapter when <c>Telegram:Token</c> is set and returns true; returns false and registers
    /// nothing otherwise. Settings are validated at host start. Needs IAnswerService and TimeProvider registered.
    /// Also adds an <see cref="IModeratorNotifier"/> that posts to <c>Telegram:ModeratorChatId</c> (when set), and shows
    /// 👍/👎 under answers when an <c>IQuestionLog</c> is registered (the host's AddOperations does), before or after this call.
    /// </summary>
    public static bool AddTelegramAdapter(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.Token)}"]))
        {
            return false;
        }

        var services = builder.Services;
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TokenRedactor>();
        services.AddSingleton<BotApi>();
        services.AddSingleton<FloodLimiter>();
        services.AddSingleton<FeedbackRecorder>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModeratorNotifier, TelegramModeratorNotifier>());
        services.AddSingleton<UpdateHandler>();
        services.AddSingleton<UpdateDispatcher>();
        services.AddSingleton<PollingReceiver>();
        services.AddSingleton<WebhookReceiver>();
        services.AddSingleton<TelegramAdapterService>();
        services.AddHostedService(sp => sp.GetRequiredService<TelegramAdapterService>());
        return true;
    }
}
