using System.Text;
using ChatBot.Core.Answers;
using ChatBot.Core.Intents;
using ChatBot.Hosting;
using ChatBot.Testing;
using ChatBot.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Hosting;

/// <summary>
/// Issue 7: the host never goes down over a broken intent file, and a broken edit never replaces the last good
/// knowledge. Uses the core's corpus of broken files (tests/ChatBot.Core.Tests/Intents/BrokenFiles) plus files no
/// repository should hold (huge, binary, nested a hundred thousand deep).
/// </summary>
public sealed class EngineHolderTests : IDisposable
{
    private const string Question = "Who signed the treaty?";
    private readonly KnowledgeCopy _knowledge = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggers;

    public EngineHolderTests() => _loggers = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug));

    private static string Corpus => Path.Combine(RepositoryPaths.Root, "tests", "ChatBot.Core.Tests", "Intents", "BrokenFiles");

    public void Dispose()
    {
        _loggers.Dispose();
        _knowledge.Dispose();
    }

    [Fact]
    public void EveryBrokenEditIsRejectedWithItsFileAndLineAndTheLastGoodEngineKeepsServing()
    {
        var holder = CreateHolder();
        var good = holder.Current;
        var broken = Directory.GetFiles(Corpus, "*.yml").Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).Concat(Unreasonable()).ToList();
        Assert.True(broken.Count >= 20, $"only {broken.Count} broken files");

        foreach (var (name, bytes) in broken)
        {
            var path = _knowledge.IntentFile(name);
            File.WriteAllBytes(path, bytes);

            var issues = holder.TryReload();

            var errors = issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
            Assert.True(errors.Count > 0, $"{name} was accepted");
            Assert.Contains(errors, e => e.Where.File == $"intents/{name}" && e.Where.Line >= 1);
            Assert.Same(good, holder.Current);
            Assert.Equal(AnswerKind.Answered, holder.Current.Ask(Question).Kind);
            Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains($"intents/{name}:", StringComparison.Ordinal));
            File.Delete(path);
        }

        Assert.Equal(broken.Count, _logs.Entries.Count(e => e.Message.Contains("Reload rejected", StringComparison.Ordinal)));
        Assert.Empty(holder.TryReload());
        Assert.NotSame(good, holder.Current);
    }

    [Fact]
    public void AtStartABrokenFileIsLeftOutAndEverythingElseServes()
    {
        File.WriteAllBytes(_knowledge.IntentFile("too-deep.yml"), Encoding.UTF8.GetBytes("intents: " + new string('[', 100_000) + new string(']', 100_000)));
        File.Copy(Path.Combine(Corpus, "stray-quote.yml"), _knowledge.IntentFile("stray-quote.yml"));

        var holder = CreateHolder();

        Assert.Equal(AnswerKind.Answered, holder.Current.Ask(Question).Kind);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("intents/too-deep.yml:1: error:", StringComparison.Ordinal));
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("intents/stray-quote.yml:6: error:", StringComparison.Ordinal));
    }

    private EngineHolder CreateHolder() => new(
        Microsoft.Extensions.Options.Options.Create(new KnowledgeSettings { IntentsPath = _knowledge.Intents, SeedsPath = _knowledge.Seeds }),
        _loggers.CreateLogger<EngineHolder>());

    private static IEnumerable<(string Name, byte[] Bytes)> Unreasonable()
    {
        yield return ("huge.yml", Encoding.UTF8.GetBytes("intents:\n" + new string('#', 3 << 20)));
        yield return ("latin-1.yml", Encoding.Latin1.GetBytes("intents:\n  - id: cafe\n    answer: Café\n"));
        yield return ("utf-16.yml", Encoding.Unicode.GetBytes("intents:\n  - id: wide\n"));
        yield return ("binary.yml", [.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919 + 13) % 256))]);
        yield return ("hundred-thousand-brackets.yml", Encoding.UTF8.GetBytes("intents: " + new string('[', 100_000) + new string(']', 100_000)));
    }
}
