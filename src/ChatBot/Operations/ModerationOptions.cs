using System.ComponentModel.DataAnnotations;

namespace ChatBot.Operations;

/// <summary>Moderators, the question log, hot reload and the health file (section <c>Moderation</c>).</summary>
public sealed class ModerationOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Moderation";

    /// <summary>Folder for the question log (questions.db) and health.json; relative paths are from the working folder.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Moderation:DataDirectory must name a folder for the question log and the health file.")]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Questions and feedback older than this many days are deleted.</summary>
    [Range(1, 3650, ErrorMessage = "Moderation:RetentionDays must be between {1} and {2} days.")]
    public int RetentionDays { get; set; } = 90;

    /// <summary>
    /// Who may use /reload and /stats: "platform:userId" entries such as "telegram:12345" or "discord:8888", or
    /// "discord-role:ROLEID" for everyone holding that Discord role in the guild where they ask. The console chat user is always one.
    /// </summary>
    public List<string> Moderators { get; set; } = [];

    /// <summary>How often old questions are purged (also once at start).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Moderation:PurgeInterval must be between {1} and {2}.")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Reload the knowledge by itself when an intent or seed file changes.</summary>
    public bool WatchKnowledge { get; set; } = true;

    /// <summary>How long the files must stay unchanged before a reload, so one save that fires several events reloads once.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00", ErrorMessage = "Moderation:ReloadDebounce must be between {1} and {2}.")]
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often health.json is rewritten; the <c>health</c> verb's --max-age must stay well above it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Moderation:HealthInterval must be between {1} and {2}.")]
    public TimeSpan HealthInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var entry in Moderators)
        {
            if (!ModeratorList.TryParse(entry, out _, out _))
            {
                yield return new ValidationResult(
                    $"Moderation:Moderators: '{entry}' is not \"platform:userId\" (e.g. \"telegram:12345\", \"discord:8888\", \"discord-role:4444\").",
                    [nameof(Moderators)]);
            }
        }
    }
}
