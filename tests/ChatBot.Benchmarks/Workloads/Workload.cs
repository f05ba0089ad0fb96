using ChatBot.Core.Evaluation;
using ChatBot.Core.Intents;

namespace ChatBot.Benchmarks.Workloads;

/// <summary>A knowledge base, the questions asked of it, and every example phrasing (what the naive baseline searches).</summary>
internal sealed record Workload(BotKnowledge Knowledge, IReadOnlyList<string> Questions, IReadOnlyList<string> Phrasings)
{
    private const int Seed = 6;
    private const int GeneratedQuestionCount = 200;

    /// <summary>The distinct words generated intents draw from (names, topics, verbs).</summary>
    public int VocabularyWords { get; init; }

    public static Workload For(KnowledgeSize size) => size switch
    {
        KnowledgeSize.Article => Article(),
        KnowledgeSize.Generated1k => Generated(1_000),
        KnowledgeSize.Generated10k => Generated(10_000),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, null),
    };

    /// <summary>The real intents and seeds, as the bot loads them.</summary>
    public static BotKnowledge LoadArticle()
    {
        var result = KnowledgeLoader.Load(RepositoryPaths.Intents, RepositoryPaths.Seeds);
        if (result.HasErrors || result.Knowledge.Intents.Count == 0)
        {
            throw new InvalidOperationException($"the real intents do not load cleanly ({result.Issues.Count} issues); run `dotnet run --project src/ChatBot -- validate`.");
        }

        return result.Knowledge;
    }

    /// <summary>The article's intents, asked the evaluation set's held-out questions (follow-up context dropped: each is asked alone).</summary>
    public static Workload Article()
    {
        var knowledge = LoadArticle();
        using var reader = File.OpenText(RepositoryPaths.EvalSet);
        var questions = EvalSetReader.Read(reader).Select(c => c.Question).ToList();
        return new Workload(knowledge, questions, AllPhrasings(knowledge));
    }

    /// <summary><paramref name="intents"/> generated intents over the real article, always the same for the same count.</summary>
    public static Workload Generated(int intents)
    {
        var article = LoadArticle();
        var words = new WordPools(article.Documents, new Random(Seed));
        var citations = article.Intents.SelectMany(i => i.Citations).ToList();
        var (generated, facts) = IntentGenerator.Generate(intents, words, citations, new Random(Seed + intents));
        var knowledge = new BotKnowledge(article.Documents, generated, Vocabulary.Empty);
        var questions = QuestionGenerator.Generate(GeneratedQuestionCount, generated, facts, words, new Random(Seed - intents));
        return new Workload(knowledge, questions, AllPhrasings(knowledge)) { VocabularyWords = words.DistinctWords };
    }

    private static List<string> AllPhrasings(BotKnowledge knowledge) => knowledge.Intents.SelectMany(i => i.Examples).ToList();
}
