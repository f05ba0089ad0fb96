namespace ChatBot.Core.Matching;

/// <summary>
/// What the tables of the Portuguese, Spanish and Italian readers are built with: an English verb's third person for
/// their "assina" (signs), and each phrase marked as read, with and without its accents.
/// </summary>
internal static class ReaderTables
{
    /// <summary>"sign" signs, "worry" worries, "take care" takes care.</summary>
    public static string ThirdPerson(string english)
    {
        var space = english.IndexOf(' ', StringComparison.Ordinal);
        var (verb, rest) = space < 0 ? (english, string.Empty) : (english[..space], english[space..]);
        var ending = verb.EndsWith('y') && !"aeiou".Contains(verb[^2], StringComparison.Ordinal) ? verb[..^1] + "ies"
            : verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) ? verb + "es"
            : verb + "s";
        return ending + rest;
    }

    /// <summary>
    /// Each phrase as written and without its accents, its English marked as read: between U+0001 and U+0002, which each
    /// reader's word pattern skips, so no word table reads a phrase's English again.
    /// </summary>
    public static Dictionary<string, string> MarkedWithUnaccented(Dictionary<string, string> phrases)
    {
        foreach (var (phrase, english) in phrases.ToList())
        {
            phrases[phrase] = english.Length == 0 ? english : $"\u0001{english}\u0002";
        }

        foreach (var (phrase, english) in phrases.ToList())
        {
            phrases.TryAdd(Accents.Strip(phrase), english);
        }

        return phrases;
    }
}
