namespace ChatBot.Core.Matching;

/// <summary>
/// "did russia actually pay the money?", "has the 1 billion been paid out?", "was it ever disbursed?": whether a promise
/// was kept, which an answer reporting only the promise ("will be allocated", "has pledged") cannot say. Only of the
/// past: "when will the money be paid out?" and "is Russia actually paying for this?" ask about the promise itself.
/// </summary>
internal static class PromiseKept
{
    /// <summary>True when <paramref name="words"/> (lower case, as the analyzer reads them) ask whether something promised was delivered.</summary>
    public static bool Asked(IReadOnlyList<string> words)
    {
        if (words.Any(w => w is "when" or "will" or "would" or "gonna") || !words.Any(Past.Contains))
        {
            return false;
        }

        // "did russia really get 10 billion?" checks an amount, which the promise corrects; "actually" or "yet" asks
        // whether it happened, and so does a delivery in the passive ("has the money been paid?").
        var kept = words.Any(Kept.Contains);
        return Enumerable.Range(0, words.Count).Any(i => Delivery.Contains(words[i]) && (kept || PassiveBefore(words, i)))
            || (words.Any(Delivery.Contains) && (QuestionTypeReader.ContainsPhrase(words, "in", "the", "end")
                || QuestionTypeReader.ContainsPhrase(words, "so", "far") || QuestionTypeReader.ContainsPhrase(words, "to", "date")));
    }

    // "been paid", "was ever disbursed".
    private static bool PassiveBefore(IReadOnlyList<string> words, int verb) =>
        (verb >= 1 && words[verb - 1] is "been" or "was" or "were")
        || (verb >= 2 && words[verb - 2] is "been" or "was" or "were" && Kept.Contains(words[verb - 1]));

    // A question of the past: "did", "has ... been", "was".
    private static readonly HashSet<string> Past = new(StringComparer.Ordinal)
    {
        "did", "didn't", "didnt", "has", "have", "had", "hasn't", "hasnt", "haven't", "havent", "was", "were", "been",
    };

    // Doing what was promised: paying, handing over, receiving. Not "paying" or "gets": the present asks the promise.
    private static readonly HashSet<string> Delivery = new(StringComparer.Ordinal)
    {
        "pay", "paid", "receive", "received", "get", "got", "gotten", "transfer", "transferred", "deliver", "delivered",
        "disburse", "disbursed", "handed", "arrived", "spend", "spent",
    };

    // Asking whether it happened after all.
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal) { "actually", "ever", "already", "yet", "finally" };
}
