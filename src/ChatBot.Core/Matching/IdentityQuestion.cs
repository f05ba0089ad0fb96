namespace ChatBot.Core.Matching;

/// <summary>
/// "What is the OSCE?", "who's Karasin?": a question that asks only who or what a name is. An answer that merely
/// mentions the name (the OSCE among the co-chairs) does not say what it is; only an intent whose examples ask that
/// same question about that name does.
/// </summary>
internal static class IdentityQuestion
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "ok", "okay", "so", "and", "hey", "sorry", "but", "um", "hmm" };
    private static readonly HashSet<string> Emphasis = new(StringComparer.Ordinal) { "exactly", "again", "actually", "really", "even", "now", "though", "please", "pls" };
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "was", "are", "were" };

    /// <summary>The article names <paramref name="text"/> asks to identify; empty when it asks anything else.</summary>
    public static IReadOnlyList<Slot> NamesAsked(AnalyzedText text, Func<Slot, bool> isArticleName)
    {
        var words = text.Words.SkipWhile(Openers.Contains).ToList();
        // The tokenizer drops "'s", so "who's Karasin" arrives as "who karasin".
        var opens = words.Count >= 2 && words[0] is "who" or "what" or "whos" or "whats";
        if (!opens)
        {
            return [];
        }

        // Nothing but the name may follow: "what was the NATO part about?" and "what's Crimea got to do with it?" ask more.
        var rest = words.Skip(Copulas.Contains(words[1]) ? 2 : 1);
        if (rest.Any(w => WordLists.StopWords.Contains(w) && w is not ("the" or "a" or "an"))
            || text.Slots.Any(s => s.IsFiller && !Emphasis.Contains(s.Word) && !Openers.Contains(s.Word)))
        {
            return [];
        }

        var topic = text.Slots.Where(s => !s.IsFiller).ToList();
        return topic.Count is >= 1 and <= 2 && topic.All(isArticleName) ? topic : [];
    }
}
