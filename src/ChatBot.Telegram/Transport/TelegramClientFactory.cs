using ChatBot.Telegram.Options;
using Telegram.Bot;

namespace ChatBot.Telegram.Transport;

/// <summary>Builds the Telegram.Bot client from the options.</summary>
internal static class TelegramClientFactory
{
    public static TelegramBotClient Create(TelegramOptions options)
    {
        var clientOptions = new TelegramBotClientOptions(options.Token, string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl)
        {
            // Telegram.Bot's own 429 retry sleeps on the wall clock; BotApi retries instead, on the injected TimeProvider.
            RetryThreshold = 0,
        };

        // A plain HttpClient rather than IHttpClientFactory: the factory's logging writes request URLs, and the token is in them.
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(3) })
        {
            // Longer than any long poll, so a quiet getUpdates is not mistaken for a dead connection.
            Timeout = TimeSpan.FromSeconds(options.PollTimeoutSeconds + 30),
        };
        return new TelegramBotClient(clientOptions, http);
    }
}
