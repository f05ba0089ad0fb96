namespace ChatBot.Testing;

/// <summary>Finds the repository's own intents and seeds so tests run against the real curated knowledge.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Intents => Path.Combine(Root, "intents");

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ChatBot.sln not found above " + AppContext.BaseDirectory);
    }
}
