using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Intents;

/// <summary>The outcome of loading intents and seeds: what is usable, what was wrong, and what the intents leave uncovered.</summary>
/// <param name="Knowledge">The intents that passed the check; intents with errors are left out, never half-loaded.</param>
public sealed record LoadResult(BotKnowledge Knowledge, IReadOnlyList<ValidationIssue> Issues, IReadOnlyList<(SourceDocument Document, Sentence Sentence)> Uncovered)
{
    /// <summary>True when some file or intent was rejected.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);
}
