using System.Text.RegularExpressions;

namespace ChatBot.Core.Knowledge;

/// <summary>Splits paragraph text into sentences at terminal punctuation followed by a capital, digit or quote.</summary>
internal static partial class SentenceSplitter
{
    // Abbreviations whose period does not end a sentence ("U.S. State Department").
    private static readonly string[] Abbreviations = ["U.S.", "U.N.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "e.g.", "i.e.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    public static IReadOnlyList<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(paragraph))
        {
            var end = boundary.Index + boundary.Groups["end"].Length;
            var candidate = paragraph[start..end];
            if (Abbreviations.Any(a => candidate.EndsWith(a, StringComparison.Ordinal)))
            {
                continue;
            }

            AddTrimmed(sentences, candidate);
            start = end;
        }

        AddTrimmed(sentences, paragraph[start..]);
        return sentences;
    }

    private static void AddTrimmed(List<string> sentences, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    [GeneratedRegex("""(?<end>[.!?]["'\u201D\u2019]?)\s+(?=["'\u201C\u2018]?[\p{Lu}\d])""")]
    private static partial Regex Boundary();
}
