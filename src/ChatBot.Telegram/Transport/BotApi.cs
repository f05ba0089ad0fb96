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
    /// a rejected token (401) and other client errors still surface at once.
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
                    var error = args.Outcome.Exception!;
                    if (error is ApiRequestException { ErrorCode: 429 })
                    {
                        _logger.LogWarning("Telegram rate-limited {Method}; retrying after {Delay}", args.Context.OperationKey, args.RetryDelay);
                    }
                    else
                    {
                        _logger.LogWarning(_redactor.Redact(error), "Telegram {Method} failed (attempt {Attempt}); retrying in {Delay}",
                            args.Context.OperationKey, args.AttemptNumber + 1, args.RetryDelay);
                    }

                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    private static bool IsTransient(Exception exception, bool receiving) => exception switch
    {
        OperationCanceledException => false,
        ApiRequestException { ErrorCode: 429 or >= 500 } => true,

        // 409: another poller or a webhook still set; when receiving, wait for it to go away rather than give up.
        ApiRequestException { ErrorCode: 409 } => receiving,
        ApiRequestException => false,

        // Connection refused, timeout, a proxy's HTML error page: worth another try.
        RequestException or HttpRequestException => true,
        _ => false,
    };
}
