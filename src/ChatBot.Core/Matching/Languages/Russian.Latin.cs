using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Russian in Latin letters, as phones type it ("kto podpisyval", "granicu osetii kto budet ohranyat'"): each word is
/// spelled back in Cyrillic and read as the Cyrillic reader reads it, so its stems and phrases serve both. A word is
/// spelled back only when its Cyrillic is a word or stem the reader knows and it is no English word ("treaty", "press"),
/// so English mixed in and names the reader does not know stay as written.
/// </summary>
internal static partial class Russian
{
    // Short words English writes too, which a Russian sentence in Latin letters means in Russian ("na granice", "ty kto").
    private static readonly HashSet<string> ShortLatinWords = new(StringComparer.Ordinal)
    {
        "s", "k", "o", "u", "na", "ty", "po", "za", "ot", "iz", "ob", "pro", "ne", "ni", "da", "net", "ili",
        "kak", "tak", "eto", "chto", "kto", "gde", "tam", "tut", "uzhe", "tozhe", "mir", "do", "bylo", "byl", "ona", "oni",
        "nee", "ego", "dal", "dala", "dali", "mid", "es", "mira",
    };

    /// <summary><paramref name="text"/> with each Latin-letter Russian word the reader knows spelled in Cyrillic.</summary>
    private static string InCyrillicLetters(string text) =>
        LatinWord().Replace(text, m =>
        {
            var lower = m.Value.ToLowerInvariant();
            var bare = lower.Replace("'", string.Empty);
            if (!ShortLatinWords.Contains(bare) && (bare.Length < 3 || EnglishWords.Contains(bare)))
            {
                return m.Value;
            }

            var cyrillic = Cyrillic(lower);
            if (Known(cyrillic))
            {
                return cyrillic;
            }

            // "zashishat'", "sleduyushaya": "sh" written for "щ".
            var shch = cyrillic.Replace('ш', 'щ');
            return shch != cyrillic && Known(shch) ? shch : m.Value;
        });

    private static bool Known(string cyrillic) =>
        Words.ContainsKey(cyrillic) || (cyrillic.Length >= 4 && StemTable.EnglishOf(cyrillic) is not null);

    /// <summary>A lowercase Latin-letter word in Cyrillic letters, by the spellings phones use.</summary>
    internal static string Cyrillic(string latin)
    {
        var result = new StringBuilder(latin.Length);
        for (var i = 0; i < latin.Length;)
        {
            var rest = latin.AsSpan(i);
            var previousIsVowel = i > 0 && "aeiouy".Contains(latin[i - 1]);
            var nextIsVowel = i + 1 < latin.Length && "aeiouy".Contains(latin[i + 1]);
            var atEnd = i + 1 == latin.Length;
            (string cyrillic, int length) = rest switch
            {
                _ when rest.StartsWith("shch") => ("щ", 4),
                _ when rest.StartsWith("sch") => ("щ", 3),
                _ when rest.StartsWith("zh") => ("ж", 2),
                _ when rest.StartsWith("kh") => ("х", 2),
                _ when rest.StartsWith("ts") => ("ц", 2),
                _ when rest.StartsWith("ch") => ("ч", 2),
                _ when rest.StartsWith("sh") => ("ш", 2),
                _ when rest.StartsWith("ya") || rest.StartsWith("ja") => ("я", 2),
                _ when rest.StartsWith("yu") || rest.StartsWith("ju") => ("ю", 2),
                _ when rest.StartsWith("yo") || rest.StartsWith("jo") => ("ё", 2),
                _ when rest.StartsWith("ye") || rest.StartsWith("je") => ("е", 2),
                _ when rest.StartsWith("yi") && rest.Length == 2 => ("ый", 2),
                _ => (latin[i] switch
                {
                    'a' => "а", 'b' => "б", 'c' => "ц", 'd' => "д", 'e' => i == 0 && latin.Length > 2 ? "э" : "е", 'f' => "ф", 'g' => "г",
                    'h' => "х", 'i' => previousIsVowel && atEnd ? "й" : "и", 'j' => "й", 'k' => "к", 'l' => "л", 'm' => "м",
                    'n' => "н", 'o' => "о", 'p' => "п", 'q' => "к", 'r' => "р", 's' => "с", 't' => "т", 'u' => "у",
                    'v' => "в", 'w' => "в", 'x' => "кс", 'y' => previousIsVowel && !nextIsVowel ? "й" : "ы", 'z' => "з",
                    '\'' => "ь",
                    _ => latin[i].ToString(),
                }, 1),
            };
            result.Append(cyrillic);
            i += length;
        }

        return result.ToString();
    }

    [GeneratedRegex(@"(?<![\p{L}'])[A-Za-z]+(?:'[A-Za-z]*)*")]
    private static partial Regex LatinWord();
}
