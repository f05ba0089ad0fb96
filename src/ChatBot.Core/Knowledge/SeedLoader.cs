namespace ChatBot.Core.Knowledge;

/// <summary>Reads every <c>*.txt</c> seed document from a folder.</summary>
public static class SeedLoader
{
    /// <summary>Loads and parses the seed folder, sorted by file name so paragraph numbers and ids are stable.</summary>
    public static IReadOnlyList<SourceDocument> LoadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => DocumentParser.Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
            .ToList();
}
