using ChatBot.Telegram.Limits;
using ChatBot.Telegram.Options;
using ChatBot.Telegram.Processing;
using ChatBot.Telegram.Receiving;
using ChatBot.Telegram.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Telegram.Hosting;

/// <summary>Adds the Telegram adapter to a host.</summary>
public static class TelegramHostingExtensions
{
    /// <summary>
    /// Registers the Telegram adapter when <c>Telegram:Token</c> is set and returns true; returns false and registers
    /// nothing otherwise. Settings are validated at host start. Needs IAnswerService and TimeProvider registered.
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
        services.AddSingleton<UpdateHandler>();
        services.AddSingleton<UpdateDispatcher>();
        services.AddSingleton<PollingReceiver>();
        services.AddSingleton<WebhookReceiver>();
        services.AddSingleton<TelegramAdapterService>();
        services.AddHostedService(sp => sp.GetRequiredService<TelegramAdapterService>());
        return true;
    }
}
