using System.Text.Json;
using ChatBot.Telegram.Options;
using ChatBot.Telegram.Processing;
using ChatBot.Telegram.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Receiving;

/// <summary>Long polling: getUpdates in a loop, journalling each batch before handing it on; never waits for replies.</summary>
internal sealed class PollingReceiver(BotApi api, IOptions<TelegramOptions> options, TimeProvider time, ILogger<PollingReceiver> logger)
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.InlineQuery];
    private static readonly TimeSpan JournalRetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>Where the offset of the bot <paramref name="botId"/> is kept (per bot, so a new token starts afresh).</summary>
    public string JournalPath(long botId) => Path.Combine(Path.GetFullPath(options.Value.DataDirectory), $"telegram-{botId}-updates.json");

    /// <summary>Receives until cancelled. A rejected token surfaces as an exception; network trouble is retried inside.</summary>
    public async Task RunAsync(BotIdentity bot, UpdateIntake intake, CancellationToken cancellationToken)
    {
        // A webhook left over from webhook mode makes getUpdates fail with 409.
        await api.CallUntilDoneAsync("deleteWebhook", async (c, ct) => { await c.DeleteWebhook(cancellationToken: ct); return true; }, cancellationToken);

        var journal = UpdateJournal.Open(JournalPath(bot.Id), logger);
        foreach (var (id, json) in journal.Pending)
        {
            logger.LogInformation("Replaying Telegram update {UpdateId}, received but not answered before the last stop", id);
            using var document = JsonDocument.Parse(json);
            if (Parse(document.RootElement) is { } update)
            {
                await intake.AcceptAsync(update, () => journal.Completed(id), cancellationToken);
            }
            else
            {
                journal.Completed(id);
            }
        }

        logger.LogInformation("Polling Telegram for updates from offset {Offset}", journal.Offset);
        while (!cancellationToken.IsCancellationRequested)
        {
            var request = new RawGetUpdatesRequest { Offset = journal.Offset, Timeout = options.Value.PollTimeoutSeconds, AllowedUpdates = Wanted };
            var batch = await api.CallUntilDoneAsync("getUpdates", (c, ct) => c.SendRequest(request, ct), cancellationToken);
            if (batch.Length == 0)
            {
                continue;
            }

            var received = new List<(int Id, string Json, Update? Update)>();
            foreach (var element in batch)
            {
                if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("update_id", out var idValue) && idValue.TryGetInt32(out var id))
                {
                    received.Add((id, element.GetRawText(), Parse(element)));
                }
                else
                {
                    logger.LogWarning("Skipping a Telegram update without an update_id");
                }
            }

            if (received.Count == 0)
            {
                continue;
            }

            try
            {
                journal.Received(received.Max(r => r.Id) + 1, received.Where(r => r.Update is not null).Select(r => (r.Id, r.Json)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Not journalled, so not confirmed either: the same batch comes back on the next poll.
                logger.LogError(ex, "Could not save the Telegram offset file; retrying in {Delay}", JournalRetryDelay);
                await Task.Delay(JournalRetryDelay, time, cancellationToken);
                continue;
            }

            foreach (var (id, _, update) in received)
            {
                if (update is not null)
                {
                    await intake.AcceptAsync(update, () => journal.Completed(id), cancellationToken);
                }
            }
        }
    }

    private Update? Parse(JsonElement element)
    {
        try
        {
            return element.Deserialize<Update>(JsonBotAPI.Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Skipping a malformed Telegram update");
            return null;
        }
    }
}
