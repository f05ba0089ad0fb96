using ChatBot.Telegram.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace ChatBot.Telegram.Transport;

/// <summary>
/// Every Bot API call goes through here: 429 waits exactly <c>retry_after</c>, network errors and 5xx back off
/// exponentially with jitter, all on the injected <see cref="TimeProvider"/> (Polly does the retrying).
/// </summary>
internal sealed class BotApi : IDisposable
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline _calls;
    private readonly ResiliencePipeline _receiving;
    private readonly TokenRedactor _redactor;
    private readonly ILogger<BotApi> _logger;

    public BotApi(IOptions<TelegramOptions> options, TimeProvider time, TokenRedactor redactor, ILogger<BotApi> logger)
    {
        _http = TelegramClientFactory.CreateHttpClient(options.Value);
        Client = TelegramClientFactory.CreateClient(options.Value, _http);
        _redactor = redactor;
        _logger = logger;
        _calls = Build(time, maxRetries: 5, receiving: false);
        _receiving = Build(time, maxRetries: int.MaxValue, receiving: true);
    }

    public ITelegramBotClient Client { get; }

    public void Dispose() => _http.Dispose();

    /// <summary>A call made on someone's behalf (a reply, an answer to a button): a few retries, then the error.</summary>
    public ValueTask<T> CallAsync<T>(string method, Func<ITelegramBotClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        RunAsync(_calls, method, call, cancellationToken);

    /// <inheritdoc cref="CallAsync{T}"/>
    public async ValueTask CallAsync(string method, Func<ITelegramBotClient, CancellationToken, Task> call, CancellationToken cancellationToken) =>
        await RunAsync(_calls, method, async (c, ct) => { await call(c, ct); return true; }, cancellationToken);

    /// <summary>
    /// getMe and getUpdates: retried until they succeed or <paramref name="cancellationToken"/> fires, so an outage does not stop the bot;
    /// only a rejected token (401) or a wrong API address (404) surfaces.
    /// </summary>
    public ValueTask<T> CallUntilDoneAsync<T>(string method, Func<ITelegramBotClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        RunAsync(_receiving, method, call, cancellationToken);

    private async ValueTask<T> RunAsync<T>(ResiliencePipeline pipeline, string method, Func<ITelegramBotClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(method, cancellationToken);
        try
        {
            return await pipeline.ExecuteAsync(
                static async (ctx, state) => await state.call(state.Client, ctx.CancellationToken),
                context,
                (call, Client));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private ResiliencePipeline Build(TimeProvider time, int maxRetries, bool receiving) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && IsTransient(ex, receiving)),
                MaxRetryAttempts = maxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                MaxDelay = TimeSpan.FromSeconds(30),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: { } seconds }
                        ? TimeSpan.FromSeconds(Math.Max(seconds, 0)) : (TimeSpan?)null),
                OnRetry = args =>
                {
                    // One line per retry: a network outage can last a while, and a stack trace each time helps no one.
                    var error = args.Outcome.Exception!;
                    _logger.LogWarning("Telegram {Method} failed ({Error}); retry {Attempt} in {Delay:0.#} s",
                        args.Context.OperationKey, _redactor.Redact(error.Message), args.AttemptNumber + 1, args.RetryDelay.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    private static bool IsTransient(Exception exception, bool receiving) => exception switch
    {
        OperationCanceledException => false,
        ApiRequestException { ErrorCode: 429 or >= 500 } => true,

        // A rejected token or a wrong API address does not fix itself: never retried.
        ApiRequestException { ErrorCode: 401 or 404 } => false,

        // Anything else while receiving (409: another poller, or a webhook still set) is waited out: receiving must go on.
        ApiRequestException => receiving,

        // Connection refused, timeout, a proxy's HTML error page: worth another try.
        RequestException or HttpRequestException => true,
        _ => false,
    };
}
