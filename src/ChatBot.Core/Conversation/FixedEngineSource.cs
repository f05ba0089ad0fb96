using ChatBot.Core.Answers;

namespace ChatBot.Core.Conversation;

/// <summary>An engine source that never changes (CLI verbs, tests).</summary>
public sealed class FixedEngineSource(AnswerEngine engine) : IEngineSource
{
    /// <inheritdoc/>
    public AnswerEngine Current { get; } = engine;
}
