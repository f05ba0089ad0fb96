using ChatBot.Testing;

namespace ChatBot.Tests.Support;

/// <summary>A copy of the repository's intents and seeds in a temporary folder, for tests that edit them.</summary>
public sealed class KnowledgeCopy : IDisposable
{
    private readonly TempFolder _folder = new();

    public KnowledgeCopy()
    {
        Copy(RepositoryPaths.Intents, Intents);
        Copy(RepositoryPaths.Seeds, Seeds);
    }

    public string Root => _folder.Path;

    public string Intents => System.IO.Path.Combine(_folder.Path, "intents");

    public string Seeds => System.IO.Path.Combine(_folder.Path, "seeds");

    /// <summary>A file that breaks loading: its citation is not in the article (error at money.yml line 6).</summary>
    public const string BrokenMoneyFile = "intents:\n  - id: pledge\n    examples: [How much?]\n    answer: Lots.\n    citations:\n      - Moscow has pledged 9.9 billion rubles\n";

    /// <summary>Where <see cref="BrokenMoneyFile"/>'s error points.</summary>
    public const string BrokenMoneyWhere = "intents/money.yml:6: error:";

    public string IntentFile(string name) => System.IO.Path.Combine(Intents, name);

    /// <summary>
    /// Saves an intent file the way editors do: written next to the watched folder, then renamed over the old one,
    /// so the watcher sees exactly one event and a test moving the clock cannot race a late one.
    /// </summary>
    public async Task SaveIntentFileAsync(string name, string content)
    {
        var staging = System.IO.Path.Combine(_folder.Path, $"{name}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllTextAsync(staging, content);
        File.Move(staging, IntentFile(name), overwrite: true);
    }

    public void Dispose() => _folder.Dispose();

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }
    }
}
