namespace ChatBot.Core.Matching;

/// <summary>
/// "you sure? source?", "prove it", "says who?", "where does it say that?", "really??": a reader doubting the answer
/// they were just given asks for nothing new. The answer again, with the article's words it cites, is the proof.
/// </summary>
internal static class Doubt
{
    /// <summary>True when <paramref name="words"/> (lower case, as the analyzer reads them) only doubt or ask for proof.</summary>
    public static bool Expressed(IReadOnlyList<string> words) =>
        words.Count > 0 && words.All(w => Doubting.Contains(w) || Around.Contains(w))
        && (words.Any(Doubting.Contains) || AsksWhereItSays(words));

    // "where does it say that?", "says who?": where the answer comes from. Not "who said that?", which asks the speaker.
    private static bool AsksWhereItSays(IReadOnlyList<string> words) =>
        (words.Contains("where") && words.Any(w => w is "say" or "says" or "said"))
        || Enumerable.Range(1, Math.Max(0, words.Count - 1)).Any(i => words[i - 1] is "says" or "sez" && words[i] == "who");

    // The words that doubt or ask for the source.
    private static readonly HashSet<string> Doubting = new(StringComparer.Ordinal)
    {
        "sure", "certain", "really", "rly", "srsly", "seriously", "source", "sources", "src", "proof", "prove", "evidence",
        "cite", "citation", "citations", "receipts", "reference", "ref", "link", "believe", "doubt", "true", "fr", "cap",
        "legit", "verify", "confirm", "positive",
    };

    // What is said around them: "are you sure about that?", "where does it say so in the article?", "show me the proof pls".
    private static readonly HashSet<string> Around = new(StringComparer.Ordinal)
    {
        "are", "r", "you", "u", "ya", "is", "it", "that", "this", "so", "about", "of", "for", "the", "a", "pls", "please",
        "plz", "me", "show", "give", "got", "have", "any", "your", "ur", "where", "does", "did", "do", "say", "says", "said",
        "who", "in", "article", "story", "text", "i", "don't", "dont", "hmm", "hm", "huh", "oh", "no", "way", "what", "which",
        "paragraph", "line", "quote", "how", "know", "can", "could", "on", "bro", "mate", "man", "dude", "100", "percent",
        "actually", "be", "very", "totally", "completely", "honestly", "from", "exactly", "then", "ok", "okay", "hmmm",
        "exact", "and", "or", "with", "backed", "back", "up", "it's", "its", "that's", "thats", "lol", "lmao", "sez",
    };
}
