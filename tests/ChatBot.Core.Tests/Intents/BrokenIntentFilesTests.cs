using System.Text;
using ChatBot.Core.Answers;
using ChatBot.Core.Intents;
using ChatBot.Core.Tests.Support;
using ChatBot.Testing;

namespace ChatBot.Core.Tests.Intents;

/// <summary>
/// Issue 7: a corpus of broken intent files (BrokenFiles/*.yml, plus generated ones for what a repository should not
/// hold: huge, non-UTF-8, binary, absurdly nested). Each is rejected with its file and line and a message saying what to
/// do, none throws (nor do hundreds of randomly mutated real files), and whatever else was loaded keeps working.
/// </summary>
public class BrokenIntentFilesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Intents", "BrokenFiles");

    /// <summary>Every corpus file: the line its (first) error must name and words the message must contain.</summary>
    public static TheoryData<string, int, string> Corpus => new()
    {
        { "unclosed-list.yml", 4, "never closed" },
        { "stray-quote.yml", 6, "not valid YAML" },
        { "bad-indentation.yml", 6, "Check the indentation" },
        { "tabs.yml", 4, "indented with a tab" },
        { "examples-not-a-list.yml", 5, "'examples' must be a list" },
        { "answer-not-text.yml", 6, "'answer' must be a piece of text" },
        { "intents-not-a-list.yml", 2, "'intents:' must be a list" },
        { "wrong-kind.yml", 4, "'kind' must be 'fact' or 'smalltalk', not 'rumour'" },
        { "duplicate-key.yml", 7, "a key appears twice" },
        { "duplicate-id.yml", 9, "the id 'same-id' is already used at intents/duplicate-id.yml:3" },
        { "unknown-setting.yml", 4, "Did you mean 'examples'?" },
        { "unknown-section.yml", 2, "unknown section 'questions'" },
        { "missing-answer.yml", 3, "has no 'answer:'" },
        { "citation-boilerplate.yml", 8, "footer" },
        { "citation-not-in-article.yml", 8, "The closest sentence (paragraph 2) is: \"Moscow has pledged 9.2 billion rubles to Sokhumi.\"" },
        { "comments-only.yml", 1, "the file is empty" },
        { "empty.yml", 1, "the file is empty" },
        { "list-at-top.yml", 1, "must start with 'intents:'" },
        { "bad-id.yml", 3, "only lowercase letters, digits and dashes" },
        { "missing-anchor.yml", 4, "'*questions' repeats an anchor '&questions' that is not defined" },
        { "synonyms-not-a-map.yml", 3, "'synonyms:' must map a word to a list" },
        { "too-deep.yml", 2, "nested more than 32 levels" },
    };

    /// <summary>Broken files made in code: too big, not UTF-8 or not text at all, or nested past any sense.</summary>
    public static TheoryData<string, int, string> Generated => new()
    {
        { "huge", 1, "the limit is 512 KB" },
        { "latin-1", 3, "not UTF-8" },
        { "utf-16", 1, "UTF-16" },
        { "utf-16-with-bom", 1, "not UTF-8" },
        { "binary", 1, "UTF-8" },
        { "nul-bytes", 2, "NUL characters" },
        { "hundred-thousand-brackets", 1, "nested more than 32 levels" },
        { "deep-block-maps", 33, "nested more than 32 levels" },
        { "long-citation", 7, "longer than any sentence of the article" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void EachCorpusFileIsRejectedWithItsLineAndAMessageSayingWhatToDo(string file, int line, string message)
    {
        var name = "intents/" + file;

        var result = IntentFiles.CheckBytes(name, File.ReadAllBytes(Path.Combine(Folder, file)));

        AssertRejected(result, name, line, message);
    }

    [Theory]
    [MemberData(nameof(Generated))]
    public void EachGeneratedFileIsRejectedWithItsLineAndAMessageSayingWhatToDo(string kind, int line, string message)
    {
        var name = $"intents/{kind}.yml";

        var result = IntentFiles.CheckBytes(name, Generate(kind));

        AssertRejected(result, name, line, message);
    }

    [Fact]
    public void EveryFileOfTheCorpusHasAnExpectation()
    {
        var listed = Corpus.Select(row => (string)row[0]).ToHashSet();

        Assert.Equal(listed.Order(), Directory.GetFiles(Folder, "*.yml").Select(Path.GetFileName).Order());
    }

    [Fact]
    public void WithTheWholeCorpusBesideItAGoodFileStillLoadsAndAnswers()
    {
        var broken = Directory.GetFiles(Folder, "*.yml").Select(f => ("intents/" + Path.GetFileName(f), File.ReadAllBytes(f)))
            .Concat(Generated.Select(row => ($"intents/{row[0]}.yml", Generate((string)row[0]))));
        // The good file first: some broken ones reuse its question, and the first intent to claim a question keeps it.
        var files = broken.Prepend(("intents/good.yml", Encoding.UTF8.GetBytes(IntentFiles.ValidIntent)));

        var result = KnowledgeLoader.Build(RealKnowledge.Result.Knowledge.Documents, files);

        Assert.True(result.HasErrors);
        Assert.Contains(result.Knowledge.Intents, i => i.Id == "pledge-abkhazia");
        var answer = new AnswerEngine(result.Knowledge).Ask("How much did Russia pledge to Abkhazia?");
        Assert.Equal(("pledge-abkhazia", AnswerKind.Answered), (answer.IntentId, answer.Kind));
    }

    [Fact]
    public void AFileOverTheLimitOnDiskIsRefusedBeforeItIsRead()
    {
        var folder = Directory.CreateTempSubdirectory("chatbot-intents-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "good.yml"), IntentFiles.ValidIntent);
            using (var huge = File.Create(Path.Combine(folder, "huge.yml")))
            {
                huge.SetLength(64L * 1024 * 1024);
            }

            var result = KnowledgeLoader.Load(folder, RepositoryPaths.Seeds);

            var issue = Assert.Single(result.Issues);
            Assert.EndsWith("huge.yml", issue.Where.File, StringComparison.Ordinal);
            Assert.Equal(1, issue.Where.Line);
            Assert.Contains("65536 KB; the limit is 512 KB", issue.Message);
            Assert.Equal("pledge-abkhazia", Assert.Single(result.Knowledge.Intents).Id);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void RandomlyMutatedIntentFilesNeverThrow()
    {
        var random = new Random(17);
        var originals = Directory.GetFiles(RepositoryPaths.Intents, "*.yml").Select(File.ReadAllText).ToList();
        const string Troublemakers = "[]{}:-'\"\t\n#&*!|>%@`?,\u00A0\u2028\uFEFF\0";

        for (var i = 0; i < 500; i++)
        {
            var text = new StringBuilder(originals[random.Next(originals.Count)]);
            for (var edits = random.Next(1, 6); edits > 0 && text.Length > 0; edits--)
            {
                var at = random.Next(text.Length);
                switch (random.Next(4))
                {
                    case 0: text.Remove(at, Math.Min(random.Next(1, 40), text.Length - at)); break;
                    case 1: text.Insert(at, Troublemakers[random.Next(Troublemakers.Length)]); break;
                    case 2: text.Insert(at, LineAt(text.ToString(), random.Next(text.Length))); break;
                    default: text.Length = at; break;
                }
            }

            var name = $"intents/mutant-{i}.yml";
            var result = IntentFiles.Check((name, text.ToString()));

            Assert.All(result.Issues, issue => Assert.True(issue.Where.File == name && issue.Where.Line >= 1, issue.ToString()));
        }
    }

    private static string LineAt(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf('\n', index);
        return text[start..(end < 0 ? text.Length : end + 1)];
    }

    private static void AssertRejected(LoadResult result, string name, int line, string message)
    {
        Assert.True(result.HasErrors);
        Assert.All(result.Issues, i => Assert.Equal(name, i.Where.File));
        var first = result.Issues.First(i => i.Severity == IssueSeverity.Error);
        Assert.True(first.Where.Line == line && first.Message.Contains(message, StringComparison.Ordinal), $"expected line {line} and \"{message}\", got: {first}");
        Assert.StartsWith($"{name}:{line}: error: ", first.ToString(), StringComparison.Ordinal);

        // Only the duplicate goes; the first intent of that id is fine.
        Assert.Equal(name.EndsWith("duplicate-id.yml", StringComparison.Ordinal) ? 1 : 0, result.Knowledge.Intents.Count);
    }

    private static byte[] Generate(string kind) => kind switch
    {
        "huge" => Encoding.UTF8.GetBytes("intents:\n" + string.Concat(Enumerable.Repeat("# a comment line that goes on and on to make the file big\n", 11_000))),
        "latin-1" => Encoding.Latin1.GetBytes("intents:\n  - id: cafe\n    answer: Café au lait\n"),
        "utf-16" => Encoding.Unicode.GetBytes("intents:\n  - id: wide\n"),
        "utf-16-with-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("intents:\n  - id: wide\n")],
        "binary" => [.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919 + 13) % 256))],
        "nul-bytes" => Encoding.UTF8.GetBytes("intents:\n  - id: x\0\n"),
        "hundred-thousand-brackets" => Encoding.UTF8.GetBytes("intents: " + new string('[', 100_000) + new string(']', 100_000) + "\n"),
        "deep-block-maps" => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 400).Select(i => new string(' ', i) + "k:\n")) + new string(' ', 400) + "v\n"),
        "long-citation" => Encoding.UTF8.GetBytes(IntentFiles.ValidIntent.Replace("Moscow has pledged 9.2 billion rubles to Sokhumi.", new string('w', 300_000))),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
