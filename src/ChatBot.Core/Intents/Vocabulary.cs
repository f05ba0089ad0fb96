namespace ChatBot.Core.Intents;

/// <summary>Moderator-curated synonyms: each variant word or phrase is read as its canonical word.</summary>
public sealed record Vocabulary(IReadOnlyDictionary<string, IReadOnlyList<string>> Synonyms)
{
    /// <summary>A vocabulary with no synonyms.</summary>
    public static Vocabulary Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>());
}
