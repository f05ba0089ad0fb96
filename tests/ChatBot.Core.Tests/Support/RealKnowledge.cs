using ChatBot.Core.Answers;
using ChatBot.Core.Intents;
using ChatBot.Testing;

namespace ChatBot.Core.Tests.Support;

/// <summary>The repository's intents and article, loaded once per test run.</summary>
public static class RealKnowledge
{
    private static readonly Lazy<LoadResult> Loaded = new(() => KnowledgeLoader.Load(RepositoryPaths.Intents, RepositoryPaths.Seeds));
    private static readonly Lazy<AnswerEngine> LazyEngine = new(() => new AnswerEngine(Loaded.Value.Knowledge));

    public static LoadResult Result => Loaded.Value;

    public static AnswerEngine Engine => LazyEngine.Value;
}
