using ChatBot.Cli;

namespace ChatBot.Tests.Support;

/// <summary>Runs the real command line in-process with the repository's intents and seeds.</summary>
public static class Cli
{
    public static string Root { get; } = FindRoot();

    public static async Task<(int Exit, string Out, string Error)> RunAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApplication.RunAsync(args, new StringReader(input), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static string[] WithRepositoryKnowledge(params string[] args) =>
        [.. args, "--intents", Path.Combine(Root, "intents"), "--seeds", Path.Combine(Root, "seeds")];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ChatBot.sln not found");
    }
}
