namespace ChatBot.Core.Intents;

/// <summary>An intent as read from YAML, before its citations are found in the article.</summary>
internal sealed record IntentDraft(
    string Id,
    IntentKind Kind,
    IReadOnlyList<(string Text, SourceLine Where)> Examples,
    string Answer,
    IReadOnlyList<(string Quote, SourceLine Where)> Citations,
    IReadOnlyList<(string Id, SourceLine Where)> Related,
    string? Suggest,
    SourceLine Where)
{
    public bool Complete { get; init; }

    public IReadOnlyList<(string Text, SourceLine Where)> NearMisses { get; init; } = [];
}
