using System.CommandLine;

namespace ChatBot.Cli;

/// <summary>The command line: <c>chat</c> (default), <c>ask</c>, <c>validate</c>, <c>eval</c>.</summary>
public static class CliApplication
{
    /// <summary>Parses <paramref name="args"/> and runs the verb, returning one of <see cref="ExitCodes"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var root = Build(new CliContext(input, output, error, args));
        var result = root.Parse(args);
        // Unmatched "Key=Value" tokens are host configuration (e.g. Telegram:Mode=Webhook); anything else is a mistake.
        var unknown = result.UnmatchedTokens.Where(t => !t.Contains('=')).ToList();
        if (result.Errors.Count > 0 || unknown.Count > 0)
        {
            foreach (var message in result.Errors.Select(e => e.Message).Concat(unknown.Select(t => $"Unrecognized command or argument '{t}'.")))
            {
                await error.WriteLineAsync(message);
            }

            await error.WriteLineAsync("Run with --help to see the commands.");
            return ExitCodes.UsageError;
        }

        return await result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    internal static RootCommand Build(CliContext context)
    {
        var knowledge = new KnowledgeOptions();
        var root = new RootCommand("A chatbot that answers questions about a news article, citing the article's own words.")
        {
            knowledge.Intents,
            knowledge.Seeds,
            ChatCommand.Create(context, knowledge),
            AskCommand.Create(context, knowledge),
            ValidateCommand.Create(context, knowledge),
            EvalCommand.Create(context, knowledge),
            ReviewCommand.Create(context, knowledge),
            HealthCommand.Create(context, knowledge),
        };
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((result, cancellationToken) => ChatCommand.RunAsync(context, knowledge, result, cancellationToken));
        return root;
    }
}
