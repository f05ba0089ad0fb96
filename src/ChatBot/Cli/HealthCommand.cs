using System.CommandLine;
using ChatBot.Operations;

namespace ChatBot.Cli;

/// <summary><c>health [--max-age 60] [--data DIR]</c>: exit 0 when the running bot's heartbeat file is fresh, else 1 with the reason (Docker's HEALTHCHECK).</summary>
internal static class HealthCommand
{
    public static Command Create(CliContext context, KnowledgeOptions knowledge)
    {
        _ = knowledge; // Same shape as the other verbs; the heartbeat already says how many intents are loaded.
        var maxAge = new Option<int>("--max-age") { Description = "Seconds after which the heartbeat counts as stale.", DefaultValueFactory = _ => 60 };
        var data = DataDirectoryOption.Create();
        var command = new Command("health", "Check that the running bot is alive: its data directory's health.json was written recently.") { maxAge, data };
        command.SetAction(result =>
        {
            var seconds = result.GetValue(maxAge);
            if (seconds <= 0)
            {
                context.Error.WriteLine("--max-age must be a positive number of seconds.");
                return ExitCodes.UsageError;
            }

            var check = HealthFile.Check(DataDirectoryOption.Resolve(result, data, context), TimeProvider.System.GetUtcNow(), TimeSpan.FromSeconds(seconds));
            if (check.Healthy)
            {
                context.Out.WriteLine($"healthy: {check.Reason}");
                return ExitCodes.Success;
            }

            context.Error.WriteLine($"unhealthy: {check.Reason}");
            return ExitCodes.Unhealthy;
        });
        return command;
    }
}
