using ChatBot.Moderation.Notifications;
using ChatBot.Telegram.Options;
using ChatBot.Telegram.Rendering;
using ChatBot.Telegram.Transport;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Notifications;

/// <summary>
/// Posts moderator notices (a rejected reload with its file:line errors) to <see cref="TelegramOptions.ModeratorChatId"/>,
/// HTML-escaped and cut to Telegram's 4096 characters; does nothing when no chat is configured. A failed send throws
/// (after BotApi's retries), with the bot token masked.
/// </summary>
internal sealed class TelegramModeratorNotifier(BotApi api, IOptions<TelegramOptions> options, TokenRedactor redactor) : IModeratorNotifier
{
    /// <inheritdoc/>
    public async Task NotifyAsync(string text, CancellationToken cancellationToken)
    {
        if (options.Value.ModeratorChatId is not { } chatId)
        {
            return;
        }

        var html = new TelegramHtmlBuilder().Text(text).Build();
        try
        {
            await api.CallAsync("sendMessage",
                (c, ct) => c.SendMessage(chatId, html, ParseMode.Html, linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: ct),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whoever logs this failure must not see the token (Telegram puts it in every URL).
            var redacted = redactor.Redact(ex);
            if (ReferenceEquals(redacted, ex))
            {
                throw;
            }

            throw redacted;
        }
    }
}
