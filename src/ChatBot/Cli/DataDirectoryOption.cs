using System.CommandLine;
using ChatBot.Operations;
using Microsoft.Extensions.Configuration;

namespace ChatBot.Cli;

/// <summary>
/// The <c>--data</c> option of the verbs that read the bot's data directory without starting the host. When it is not
/// given, the folder comes from configuration as the bot sees it: Key=Value arguments, the environment
/// (<c>Moderation__DataDirectory</c>), appsettings.json, and finally "data".
/// </summary>
internal static class DataDirectoryOption
{
    public static Option<string?> Create() => new("--data")
    {
        Description = "The bot's data directory (default: Moderation:DataDirectory from configuration, else ./data).",
    };

    public static string Resolve(ParseResult result, Option<string?> option, CliContext context)
    {
        if (result.GetValue(option) is { Length: > 0 } given)
        {
            return Path.GetFullPath(given);
        }

        var settings = context.Args.Where(a => a.Contains('=') && !a.StartsWith('-')).Select(a => "--" + a).ToArray();
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(settings)
            .Build();
        var configured = configuration[$"{ModerationOptions.Section}:{nameof(ModerationOptions.DataDirectory)}"];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? new ModerationOptions().DataDirectory : configured);
    }
}
