using System.ComponentModel.DataAnnotations;

namespace ChatBot.Telegram.Options;

/// <summary>Settings of the Telegram adapter (section <c>Telegram</c>); error messages name the setting, never its secret value.</summary>
public sealed class TelegramOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Telegram";

    /// <summary>Bot token from @BotFather (environment <c>Telegram__Token</c>).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Telegram:Token is required.")]
    [RegularExpression(@"^\d{1,16}:[A-Za-z0-9_-]{1,200}$",
        ErrorMessage = "Telegram:Token does not look like a bot token (digits, a colon, then letters, digits, '_' or '-').")]
    public string Token { get; set; } = "";

    /// <summary>Bot API server; empty means Telegram's own. Serves self-hosted Bot API servers and tests.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>Polling (default) or Webhook.</summary>
    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Public HTTPS URL Telegram posts updates to (webhook mode).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Secret Telegram sends in <c>X-Telegram-Bot-Api-Secret-Token</c> (webhook mode).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Local address the webhook endpoint listens on.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Telegram:ListenUrl is required.")]
    public string ListenUrl { get; set; } = "http://0.0.0.0:8443";

    /// <summary>Folder for the persisted update offset (polling mode); relative to the working folder.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Telegram:DataDirectory is required.")]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Messages one user may send per minute before the bot asks them to slow down.</summary>
    [Range(1, 10_000, ErrorMessage = "Telegram:MaxMessagesPerMinute must be between {1} and {2}.")]
    public int MaxMessagesPerMinute { get; set; } = 20;

    /// <summary>Messages one chat (all its members together) may send per minute before the bot asks the chat to slow down.</summary>
    [Range(1, 100_000, ErrorMessage = "Telegram:MaxChatMessagesPerMinute must be between {1} and {2}.")]
    public int MaxChatMessagesPerMinute { get; set; } = 60;

    /// <summary>Longest question, in characters, the bot accepts.</summary>
    [Range(1, 4096, ErrorMessage = "Telegram:MaxQuestionLength must be between {1} and {2}.")]
    public int MaxQuestionLength { get; set; } = 1000;

    /// <summary>Long-poll timeout for getUpdates, in seconds.</summary>
    [Range(1, 50, ErrorMessage = "Telegram:PollTimeoutSeconds must be between {1} and {2}.")]
    public int PollTimeoutSeconds { get; set; } = 25;

    /// <summary>Replies worked on at once across all chats; one chat's replies stay in order.</summary>
    [Range(1, 256, ErrorMessage = "Telegram:MaxConcurrentReplies must be between {1} and {2}.")]
    public int MaxConcurrentReplies { get; set; } = 8;

    /// <summary>Updates received but not yet answered before receiving waits (back-pressure).</summary>
    [Range(1, 100_000, ErrorMessage = "Telegram:MaxPendingUpdates must be between {1} and {2}.")]
    public int MaxPendingUpdates { get; set; } = 1000;

    /// <summary>How long one reply may take (answer plus sending, retries included) before it is given up.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Telegram:ReplyTimeout must be between {1} and {2}.")]
    public TimeSpan ReplyTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The moderators' chat (a group id such as -1001234567890, or a moderator's user id for a private chat); when set,
    /// rejected reloads with their file:line errors are posted there, and /reload and /stats show in that chat's command menu.
    /// </summary>
    public long? ModeratorChatId { get; set; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ModeratorChatId == 0)
        {
            yield return new ValidationResult("Telegram:ModeratorChatId must be a chat id (not 0); leave it out to post no notices.", [nameof(ModeratorChatId)]);
        }

        if (!string.IsNullOrWhiteSpace(ApiBaseUrl) && !IsHttpUrl(ApiBaseUrl))
        {
            yield return new ValidationResult("Telegram:ApiBaseUrl must be an absolute http(s) URL such as http://localhost:8081.", [nameof(ApiBaseUrl)]);
        }

        // Kestrel also takes "+" and "*" for every address, which Uri does not parse.
        if (!IsHttpUrl(ListenUrl?.Replace("://+", "://localhost").Replace("://*", "://localhost")))
        {
            yield return new ValidationResult("Telegram:ListenUrl must be an absolute http(s) URL such as http://0.0.0.0:8443.", [nameof(ListenUrl)]);
        }

        if (Mode != TelegramMode.Webhook)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(WebhookUrl) || !Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var hook) || hook.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("Telegram:WebhookUrl must be the public https URL of the webhook when Telegram:Mode is Webhook.", [nameof(WebhookUrl)]);
        }

        if (string.IsNullOrEmpty(WebhookSecret))
        {
            yield return new ValidationResult("Telegram:WebhookSecret is required when Telegram:Mode is Webhook.", [nameof(WebhookSecret)]);
        }
        else if (WebhookSecret.Length > 256 || !WebhookSecret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            yield return new ValidationResult("Telegram:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, '_' and '-'.", [nameof(WebhookSecret)]);
        }
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
