using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatBot.Telegram.Options;
using ChatBot.Telegram.Processing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using ChatBot.Telegram.Transport;

namespace ChatBot.Telegram.Receiving;

/// <summary>
/// Webhook mode: a minimal Kestrel endpoint on <c>Telegram:ListenUrl</c> takes Telegram's POSTs, refuses any without
/// the secret token (403, nothing processed) and queues the rest, answering 200 at once; setWebhook registers it at start.
/// </summary>
internal sealed class WebhookReceiver(BotApi api, IOptions<TelegramOptions> options, ILoggerFactory loggers, ILogger<WebhookReceiver> logger)
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private const long MaxBodyBytes = 1 << 20;
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.InlineQuery];

    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly RecentUpdateIds _recent = new();
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(options.Value.WebhookSecret ?? "");

    /// <summary>The address actually bound (useful when <c>ListenUrl</c> asks for port 0).</summary>
    public Task<Uri> Listening => _listening.Task;

    /// <summary>Serves the webhook until cancelled, then stops listening after in-flight requests finish.</summary>
    public async Task RunAsync(UpdateIntake intake, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var publicUrl = new Uri(settings.WebhookUrl!);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(loggers);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxBodyBytes);
        builder.WebHost.UseUrls(settings.ListenUrl);
        await using var app = builder.Build();
        app.Run(context => HandleAsync(context, publicUrl.AbsolutePath, intake));

        await app.StartAsync(cancellationToken);
        var bound = new Uri(app.Urls.First());
        logger.LogInformation("Telegram webhook listening on {Address}", bound);
        _listening.TrySetResult(bound);

        try
        {
            await api.CallUntilDoneAsync("setWebhook", async (c, ct) =>
            {
                await c.SetWebhook(publicUrl.ToString(), allowedUpdates: Wanted, secretToken: settings.WebhookSecret, cancellationToken: ct);
                return true;
            }, cancellationToken);

            // The webhook stays registered at shutdown: other instances behind the same URL keep serving it.
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    private async Task HandleAsync(HttpContext context, string path, UpdateIntake intake)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        if (!string.Equals(request.Path.HasValue ? request.Path.Value : "/", path, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!SecretMatches(request.Headers[SecretHeader].ToString()))
        {
            logger.LogWarning("Refused a webhook request from {Remote} without the right secret token", context.Connection.RemoteIpAddress);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            // Refused on the declared length, before reading: a client that waits for "100 Continue" never sends the body.
            logger.LogWarning("Refused a webhook request (413): the body declares {Length} bytes, over {Limit}", request.ContentLength, MaxBodyBytes);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, context.RequestAborted);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "Refused a malformed webhook update");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        catch (BadHttpRequestException ex)
        {
            // Over MaxBodyBytes (413) or a broken request: refused like malformed JSON, and said so in the log.
            logger.LogWarning("Refused a webhook request ({Status}): {Reason}", ex.StatusCode, ex.Message);
            context.Response.StatusCode = ex.StatusCode;
            return;
        }

        if (update is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (_recent.TryAdd(update.Id))
        {
            await intake.AcceptAsync(update, onHandled: null, context.RequestAborted);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private bool SecretMatches(string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _secret);
}
