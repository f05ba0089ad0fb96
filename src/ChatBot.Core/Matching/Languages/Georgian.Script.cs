using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Georgian in its own letters ("ვინ მოაწერა ხელი?"): each letter as the phones' Latin the tables are written in ("vin
/// moawera xeli?"), ხ "x", ქ "q", ყ "y", წ "w", ც "c", ღ "gh", so the one reader reads both. No other reader writes these
/// letters, so a message with them is Georgian.
/// </summary>
internal static partial class Georgian
{
    // Mkhedruli ა..ჰ (U+10D0..U+10F0), the letters Georgians type; capital Mtavruli (U+1C90..) are the same letters.
    private static readonly string[] Letters =
    [
        "a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh", "r", "s", "t", "u", "p", "q", "gh",
        "y", "sh", "ch", "c", "dz", "w", "ch", "x", "j", "h",
    ];

    private static bool HasScript(string text) =>
        text.AsSpan().ContainsAnyInRange('\u10D0', '\u10F0') || text.AsSpan().ContainsAnyInRange('\u1C90', '\u1CB0');

    /// <summary><paramref name="text"/> with its Georgian letters in the Latin ones the tables are written in.</summary>
    private static string InLatinLetters(string text)
    {
        // "ე.წ. სამხრეთ ოსეთი": "so-called", before its letters are two words of one letter each.
        text = SoCalled().Replace(text, "\u0001so-called\u0002");
        var latin = new StringBuilder(text.Length + 8);
        foreach (var letter in text)
        {
            var index = letter is >= '\u10D0' and <= '\u10F0' ? letter - '\u10D0'
                : letter is >= '\u1C90' and <= '\u1CB0' ? letter - '\u1C90' : -1;
            latin.Append(index >= 0 ? Letters[index] : letter.ToString());
        }

        return latin.ToString();
    }

    [GeneratedRegex(@"(?<!\p{L})(?:ე\.\s?წ\.?|e\.\s?w\.)", RegexOptions.IgnoreCase)]
    private static partial Regex SoCalled();
}
