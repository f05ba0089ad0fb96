using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Core.Intents;

namespace ChatBot.Testing;

/// <summary>The real answer engine over the repository's intents and article, loaded once per test run.</summary>
public static class RealAnswers
{
    private static readonly Lazy<AnswerEngine> Engine = new(() => new AnswerEngine(KnowledgeLoader.Load(RepositoryPaths.Intents, RepositoryPaths.Seeds).Knowledge));

    /// <summary>A fresh conversation service (its own follow-up memory) on <paramref name="time"/>.</summary>
    public static IAnswerService Create(TimeProvider time) =>
        new ConversationService(new FixedEngineSource(Engine.Value), time, new ConversationOptions());
}
