using ChatBot.Cli;
using ChatBot.Testing;

namespace ChatBot.Tests.Support;

/// <summary>Runs the real command line in-process with the repository's intents and seeds.</summary>
public static class Cli
{
    public static async Task<(int Exit, string Out, string Error)> RunAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApplication.RunAsync(args, new StringReader(input), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static string[] WithRepositoryKnowledge(params string[] args) =>
        [.. args, "--intents", RepositoryPaths.Intents, "--seeds", RepositoryPaths.Seeds];
}
