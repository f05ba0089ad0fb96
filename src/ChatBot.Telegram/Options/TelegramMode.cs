namespace ChatBot.Telegram.Options;

/// <summary>How updates reach the bot: long polling from this instance, or a webhook Telegram calls.</summary>
public enum TelegramMode
{
    /// <summary>getUpdates long polling; one instance per bot token.</summary>
    Polling,

    /// <summary>Telegram POSTs updates to a public URL; several instances can share it behind a load balancer.</summary>
    Webhook,
}
