using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Intents;

/// <summary>Loads seeds and intent files, checks every intent against the article, and reports coverage.</summary>
public static class KnowledgeLoader
{
    /// <summary>Loads from folders on disk. File names in messages are shown relative to the intents folder's parent.</summary>
    public static LoadResult Load(string intentsFolder, string seedsFolder)
    {
        var issues = new List<ValidationIssue>();
        IReadOnlyList<SourceDocument> documents = [];
        if (!Directory.Exists(seedsFolder))
        {
            issues.Add(new(new SourceLine(seedsFolder, 0), IssueSeverity.Error, "the seeds folder does not exist."));
        }
        else
        {
            documents = SeedLoader.LoadFolder(seedsFolder);
            if (documents.Count == 0)
            {
                issues.Add(new(new SourceLine(seedsFolder, 0), IssueSeverity.Error, "the seeds folder has no .txt article."));
            }
        }

        var files = new List<(string Name, byte[] Bytes)>();
        if (!Directory.Exists(intentsFolder))
        {
            issues.Add(new(new SourceLine(intentsFolder, 0), IssueSeverity.Error, "the intents folder does not exist."));
        }
        else
        {
            var parent = Path.GetDirectoryName(Path.GetFullPath(intentsFolder).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
            var paths = Directory.EnumerateFiles(intentsFolder)
                .Where(p => p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                var name = Path.GetRelativePath(parent, path);
                if (ReadIntentFile(path, name, issues) is { } bytes)
                {
                    files.Add((name, bytes));
                }
            }
        }

        var result = Build(new KnowledgeBase(documents), files);
        return result with { Issues = [.. issues, .. result.Issues] };
    }

    /// <summary>
    /// The file's bytes, or null with an issue: a file over the size limit is refused unread (a stray multi-gigabyte file must
    /// not be pulled into memory), and one that vanished or cannot be opened is reported instead of failing the whole load.
    /// </summary>
    private static byte[]? ReadIntentFile(string path, string name, List<ValidationIssue> issues)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > IntentFileParser.MaxFileBytes)
            {
                issues.Add(IntentFileParser.TooLarge(name, length));
                return null;
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            issues.Add(new(new SourceLine(name, 1), IssueSeverity.Error, $"the file could not be read ({ex.Message}). Check that it exists and is readable."));
            return null;
        }
    }

    /// <summary>Checks and assembles intent files (name and raw bytes) against an already loaded knowledge base.</summary>
    public static LoadResult Build(KnowledgeBase documents, IEnumerable<(string Name, byte[] Bytes)> files)
    {
        var issues = new List<ValidationIssue>();
        var drafts = new List<IntentDraft>();
        var synonyms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, bytes) in files)
        {
            var content = IntentFileParser.Parse(name, bytes);
            issues.AddRange(content.Issues);
            drafts.AddRange(content.Intents);
            foreach (var (word, (variants, where)) in content.Synonyms)
            {
                if (!synonyms.TryAdd(word, variants))
                {
                    issues.Add(new(where, IssueSeverity.Error, $"'{word}' already has synonyms in another file. Keep one list per word."));
                }
            }
        }

        var intents = new IntentChecker(documents, issues).Check(drafts);
        var uncovered = FindUncovered(documents, intents);
        return new LoadResult(new BotKnowledge(documents, intents, new Vocabulary(synonyms)), issues, uncovered);
    }

    private static List<(SourceDocument, Sentence)> FindUncovered(KnowledgeBase documents, IReadOnlyList<Intent> intents)
    {
        var cited = intents.SelectMany(i => i.Citations)
            .Select(c => documents.FindQuote(c.Quote))
            .OfType<QuoteLocation>()
            .Select(l => (l.Document.Id, l.Sentence.Paragraph, l.Sentence.Number))
            .ToHashSet();
        return documents.Sentences
            .Where(s => !cited.Contains((s.Document.Id, s.Sentence.Paragraph, s.Sentence.Number)))
            .ToList();
    }
}
