using System.ComponentModel.DataAnnotations;

namespace ChatBot.Discord.Options;

/// <summary>Settings of the Discord adapter (section <c>Discord</c>; environment <c>Discord__Token</c> and so on).</summary>
public sealed class DiscordOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Discord";

    /// <summary>The bot token from the developer portal; the adapter is enabled only when it is set. Never logged.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Discord:Token is required.")]
    public string Token { get; set; } = "";

    /// <summary>REST base URL; the gateway URL is always taken from <c>GET {ApiBaseUrl}/gateway/bot</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Discord:ApiBaseUrl is required.")]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Gateway intents sent in Identify; default GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Discord:Intents must be a positive bit set of gateway intents.")]
    public int Intents { get; set; } = GatewayIntents.Default;

    /// <summary>When set, <c>/ask</c> is registered in this guild only (instant) instead of globally.</summary>
    [RegularExpression(@"^\d{1,20}$", ErrorMessage = "Discord:GuildId must be a numeric guild id (snowflake).")]
    public string? GuildId { get; set; }

    /// <summary>When set, rejected reloads (with their file:line errors) are posted in this channel: the moderators' channel.</summary>
    [RegularExpression(@"^\d{1,20}$", ErrorMessage = "Discord:ModeratorChannelId must be a numeric channel id (snowflake).")]
    public string? ModeratorChannelId { get; set; }

    /// <summary>This process's shard; several processes split the guilds under one <see cref="ShardCount"/>.</summary>
    [Range(0, int.MaxValue, ErrorMessage = "Discord:ShardId must be 0 or more.")]
    public int ShardId { get; set; }

    /// <summary>Total number of shards across all processes.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Discord:ShardCount must be 1 or more.")]
    public int ShardCount { get; set; } = 1;

    /// <summary>Failed resumes in a row before a fresh session is identified.</summary>
    [Range(1, 100, ErrorMessage = "Discord:MaxResumeAttempts must be between 1 and 100.")]
    public int MaxResumeAttempts { get; set; } = 3;

    /// <summary>Worker tasks answering questions; events of one channel always go to the same worker, in order.</summary>
    [Range(1, 64, ErrorMessage = "Discord:Workers must be between 1 and 64.")]
    public int Workers { get; set; } = 4;

    /// <summary>Events each worker may have waiting; beyond that new events are dropped (and logged) rather than stall the gateway.</summary>
    [Range(1, 100_000, ErrorMessage = "Discord:QueueCapacity must be between 1 and 100000.")]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Questions one user may ask per minute (mentions, DMs, /ask, buttons); over it they are asked once to slow down, then ignored until the minute has passed.</summary>
    [Range(1, 10_000, ErrorMessage = "Discord:MaxMessagesPerMinute must be between {1} and {2}.")]
    public int MaxMessagesPerMinute { get; set; } = 20;

    /// <summary>Questions one channel (or DM) may ask per minute, all users together; over it the channel is told once, then ignored until the minute has passed.</summary>
    [Range(1, 100_000, ErrorMessage = "Discord:MaxChannelMessagesPerMinute must be between {1} and {2}.")]
    public int MaxChannelMessagesPerMinute { get; set; } = 60;

    /// <summary>Longest question, in characters, the bot reads; longer ones are refused politely.</summary>
    [Range(1, 4000, ErrorMessage = "Discord:MaxQuestionLength must be between {1} and {2}.")]
    public int MaxQuestionLength { get; set; } = 1000;

    /// <summary>The project URL Discord asks for in the User-Agent (<c>DiscordBot (url, version)</c>).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Discord:ProjectUrl is required.")]
    public string ProjectUrl { get; set; } = "https://example.invalid/chatbot";

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ShardId >= ShardCount)
        {
            yield return new ValidationResult(
                $"Discord:ShardId ({ShardId}) must be less than Discord:ShardCount ({ShardCount}).",
                [nameof(ShardId), nameof(ShardCount)]);
        }

        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult($"Discord:ApiBaseUrl must be an absolute http(s) URL, not '{ApiBaseUrl}'.", [nameof(ApiBaseUrl)]);
        }

        if (!Uri.TryCreate(ProjectUrl, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("Discord:ProjectUrl must be an absolute URL.", [nameof(ProjectUrl)]);
        }
    }
}
