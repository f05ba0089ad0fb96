using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Ukrainian in Latin letters, as phones type it ("zhenevskyh peregovoriv", "riznytsya mizh dogovoramy"): a word no
/// Latin entry has is spelled back in Cyrillic and read by the Cyrillic words and stems, so one table serves both. Only
/// when its Cyrillic is a word or stem the reader knows and it is no English word, so English mixed in stays as written.
/// Latin writers drop the soft sign ("skilky", "rezultat"), so a word is also looked up without it.
/// </summary>
internal static partial class Ukrainian
{
    /// <summary><paramref name="text"/> with each Latin-letter Ukrainian word the reader knows spelled in Cyrillic.</summary>
    private static string InCyrillicLetters(string text) =>
        LatinWord().Replace(text, m =>
        {
            var lower = m.Value.ToLowerInvariant();
            if (lower.Length < 3 || Words.ContainsKey(lower) || EnglishWords.Contains(lower))
            {
                return m.Value;
            }

            // "ia" is "я" ("rosiia") or "іа" ("sotsialnyi"), "h" is "г" or, written as Russians do, "х" ("zhenevskyh").
            foreach (var cyrillic in new[] { Cyrillic(lower, true, 'г'), Cyrillic(lower, false, 'г'), Cyrillic(lower, true, 'х') })
            {
                if (KnownCyrillic(cyrillic) is { } known)
                {
                    return known;
                }
            }

            return m.Value;
        });

    /// <summary>The word as the tables know it, with or without its soft signs; null when they know neither.</summary>
    private static string? KnownCyrillic(string cyrillic)
    {
        if (Known(cyrillic))
        {
            return cyrillic;
        }

        return PlainWords.TryGetValue(cyrillic, out var word) ? word
            : cyrillic.Length >= 4 && PlainStems.EnglishOf(cyrillic.Replace("ь", string.Empty)) is not null ? cyrillic
            : null;
    }

    private static bool Known(string cyrillic) =>
        Words.ContainsKey(cyrillic) || (cyrillic.Length >= 4 && StemTable.EnglishOf(cyrillic) is not null);

    /// <summary>A lowercase Latin-letter word in Ukrainian Cyrillic letters, by the spellings phones use.</summary>
    private static string Cyrillic(string latin, bool iotated, char h)
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
                _ when rest.StartsWith("ya") || rest.StartsWith("ja") || (iotated && rest.StartsWith("ia")) => ("я", 2),
                _ when rest.StartsWith("yu") || rest.StartsWith("ju") || (iotated && rest.StartsWith("iu")) => ("ю", 2),
                _ when rest.StartsWith("ye") || rest.StartsWith("je") || (iotated && rest.StartsWith("ie")) => ("є", 2),
                _ when rest.StartsWith("yi") && rest.Length == 2 && i > 0 && !previousIsVowel => ("ий", 2),
                _ when rest.StartsWith("yi") => ("ї", 2),
                _ => (latin[i] switch
                {
                    'a' => "а", 'b' => "б", 'c' => "ц", 'd' => "д", 'e' => "е", 'f' => "ф", 'g' => "г", 'h' => h.ToString(),
                    'i' => previousIsVowel && atEnd ? "й" : "і", 'j' => "й", 'k' => "к", 'l' => "л", 'm' => "м", 'n' => "н",
                    'o' => "о", 'p' => "п", 'q' => "к", 'r' => "р", 's' => "с", 't' => "т", 'u' => "у", 'v' => "в", 'w' => "в",
                    'x' => "кс", 'y' => previousIsVowel && !nextIsVowel ? "й" : "и", 'z' => "з", '\'' => "ь",
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
