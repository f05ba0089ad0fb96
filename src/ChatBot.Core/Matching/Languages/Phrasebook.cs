using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Phrases of another language or dialect that mean one English thing together ("gaano katagal" is "how long", "wah
/// mek" is "why", "cómo se llama" is "what is the name of"): one table, and the regex that finds them built from it, so
/// the two cannot drift apart. Longer phrases are tried first, and a phrase is only ever whole words. Hand-written: a
/// replacement table is a few lines, and no library here does it.
/// </summary>
internal sealed partial class Phrasebook
{
    private readonly Dictionary<string, string> _english;
    private readonly Regex _phrases;

    /// <param name="english">Each phrase, its words separated by one space, and what it means in English.</param>
    /// <param name="hyphens">Whether a hyphen may join the phrase's words too ("sino-sino").</param>
    public Phrasebook(IReadOnlyDictionary<string, string> english, bool hyphens = false)
    {
        _english = new Dictionary<string, string>(english, StringComparer.OrdinalIgnoreCase);
        var between = hyphens ? @"[\s-]+" : @"\s+";
        var alternatives = english.Keys
            .OrderByDescending(phrase => phrase.Length)
            .Select(phrase => string.Join(between, phrase.Split(' ').Select(Regex.Escape)));
        // Interpreted, not compiled: it runs only on a message that has the language's marker words.
        _phrases = new Regex($@"(?<!\p{{L}})(?:{string.Join('|', alternatives)})(?!\p{{L}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary><paramref name="text"/> with each phrase of the table in English.</summary>
    public string InEnglish(string text) =>
        _phrases.Replace(text, m => _english.GetValueOrDefault(Separators().Replace(m.Value, " "), m.Value));

    [GeneratedRegex(@"[\s-]+")]
    private static partial Regex Separators();
}
