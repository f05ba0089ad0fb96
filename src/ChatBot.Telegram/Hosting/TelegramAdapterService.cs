using ChatBot.Telegram.Options;
using ChatBot.Telegram.Processing;
using ChatBot.Telegram.Receiving;
using ChatBot.Telegram.Rendering;
using ChatBot.Telegram.Routing;
using ChatBot.Telegram.Transport;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Hosting;

/// <summary>
/// Runs the adapter: getMe (a rejected token is reported once and the adapter stops), setMyCommands (everyone's menu, and
/// in the moderators' chat one with /reload and /stats), then polling or the webhook. Stopping ends receiving first, then
/// lets replies in progress finish.
/// </summary>
internal sealed class TelegramAdapterService(
    BotApi api,
    IOptions<TelegramOptions> options,
    UpdateHandler handler,
    UpdateDispatcher dispatcher,
    PollingReceiver polling,
    WebhookReceiver webhook,
    TokenRedactor redactor,
    ILogger<TelegramAdapterService> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _run = Task.CompletedTask;

    /// <summary>Completes when the adapter has stopped receiving, whether asked to or because the token was rejected.</summary>
    public Task Completion => _run;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        dispatcher.Start();

        // Connecting happens in the background so an unreachable Telegram does not hold up the host (or other adapters).
        _run = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        try
        {
            await _run.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Telegram receiving did not stop before the shutdown deadline");
        }

        await dispatcher.DrainAsync(cancellationToken);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var me = await api.CallUntilDoneAsync("getMe", (c, ct) => c.GetMe(ct), cancellationToken);
            var bot = new BotIdentity(me.Id, me.Username ?? "");
            handler.Bot = bot;
            logger.LogInformation("Connected to Telegram as @{Username} ({Mode} mode)", bot.Username, options.Value.Mode);

            await RegisterCommandsAsync(cancellationToken);
            var intake = new UpdateIntake(new UpdateTranslator(bot), dispatcher, logger);
            if (options.Value.Mode == TelegramMode.Webhook)
            {
                await webhook.RunAsync(intake, cancellationToken);
            }
            else
            {
                await polling.RunAsync(bot, intake, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 401)
        {
            // One clear message, no retry loop: a rejected token does not fix itself.
            logger.LogError("Telegram rejected the bot token (401 Unauthorized). Check Telegram:Token (environment variable Telegram__Token); the Telegram adapter is stopped.");
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 404)
        {
            logger.LogError("The Bot API answered 404 Not Found. Check Telegram:ApiBaseUrl ({BaseUrl}); the Telegram adapter is stopped.",
                string.IsNullOrWhiteSpace(options.Value.ApiBaseUrl) ? "Telegram's own" : options.Value.ApiBaseUrl);
        }
        catch (Exception ex)
        {
            logger.LogError(redactor.Redact(ex), "The Telegram adapter stopped after an unexpected error");
        }
    }

    private async Task RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await api.CallAsync("setMyCommands", (c, ct) => c.SetMyCommands(BotCommands.All, cancellationToken: ct), cancellationToken);
            if (options.Value.ModeratorChatId is { } moderators)
            {
                await api.CallAsync("setMyCommands", (c, ct) => c.SetMyCommands(BotCommands.ForModerators, BotCommandScope.Chat(moderators), cancellationToken: ct), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ApiRequestException { ErrorCode: 401 })
        {
            // The menu is a convenience; answering questions does not depend on it.
            logger.LogWarning(redactor.Redact(ex), "Could not register the bot's commands with Telegram");
        }
    }
}
