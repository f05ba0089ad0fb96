namespace ChatBot.Core.Intents;

/// <summary>What one intent file held: its intents, its synonyms and what was wrong with it.</summary>
internal sealed record IntentFileContent(
    IReadOnlyList<IntentDraft> Intents,
    IReadOnlyDictionary<string, (IReadOnlyList<string> Variants, SourceLine Where)> Synonyms,
    IReadOnlyList<ValidationIssue> Issues);
