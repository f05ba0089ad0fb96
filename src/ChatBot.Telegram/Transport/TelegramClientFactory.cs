using ChatBot.Telegram.Options;
using Telegram.Bot;

namespace ChatBot.Telegram.Transport;

/// <summary>Builds the Telegram.Bot client and its HttpClient from the options.</summary>
internal static class TelegramClientFactory
{
    /// <summary>
    /// A plain HttpClient rather than one from IHttpClientFactory, whose logging writes request URLs, and the token is in them.
    /// Its timeout is longer than any long poll, so a quiet getUpdates is not mistaken for a dead connection.
    /// </summary>
    public static HttpClient CreateHttpClient(TelegramOptions options) =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(3) })
        {
            Timeout = TimeSpan.FromSeconds(options.PollTimeoutSeconds + 30),
        };

    public static TelegramBotClient CreateClient(TelegramOptions options, HttpClient http)
    {
        var clientOptions = new TelegramBotClientOptions(options.Token, string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl)
        {
            // Telegram.Bot's own 429 retry sleeps on the wall clock; BotApi retries instead, on the injected TimeProvider.
            RetryThreshold = 0,
        };
        return new TelegramBotClient(clientOptions, http);
    }
}
