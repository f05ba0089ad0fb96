namespace ChatBot.Benchmarks.Workloads;

/// <summary>The repository's real data, found by walking up to <c>ChatBot.sln</c> (BenchmarkDotNet runs from a generated folder under bin/).</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Intents => Path.Combine(Root, "intents");

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The held-out evaluation questions (paraphrases, typos, near misses, out of scope).</summary>
    public static string EvalSet => Path.Combine(Root, "tests", "ChatBot.Core.Tests", "Evaluation", "eval-set.jsonl");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "ChatBot.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException($"ChatBot.sln not found above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}; run from inside the repository.");
    }
}
