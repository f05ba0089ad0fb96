using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// What the tables of the readers are built with: an English verb's third person for the Romance readers' "assina"
/// (signs), each phrase marked as read, with and without its accents, and a Germanic verb's listed forms.
/// </summary>
internal static partial class ReaderTables
{
    /// <summary>
    /// <paramref name="text"/> without the spaces left where a reader dropped words: one between words, none before a
    /// sign or at the ends ("who  signed ?" reads "who signed?").
    /// </summary>
    public static string WithoutGaps(string text) => GapBeforeSign().Replace(Gap().Replace(text, " "), string.Empty).Trim();

    /// <summary>
    /// The past tense of an English <paramref name="verb"/> that a reader glued to their own language's "did" ("sign
    /// korse", "sign pannanga" both read "signed"; "lead" led, "co-chair" co-chaired, "deploy" deployed).
    /// </summary>
    public static string PastOf(string verb)
    {
        var lower = verb.ToLowerInvariant();
        return lower switch
        {
            "lead" => "led",
            "pay" => "paid",
            "say" => "said",
            "give" => "gave",
            "meet" => "met",
            "hold" => "held",
            "write" => "wrote",
            _ when lower.EndsWith('e') => verb + "d",
            _ when lower.Length > 3 && lower[^1] == 'y' && !"aeiou".Contains(lower[^2]) => verb[..^1] + "ied",
            _ => verb + "ed",
        };
    }

    /// <summary>
    /// <paramref name="text"/> with a script written without spaces between words (Chinese, Japanese, Thai) read as the
    /// longest word of <paramref name="table"/> at each place, each English word between <paramref name="open"/> and
    /// <paramref name="close"/>. A letter no word has is kept, joined to the unknown ones beside it, as one word the
    /// matcher does not know; one the language writes only as a particle or an ending (<paramref name="unread"/>) is
    /// dropped. Other characters are kept, in English punctuation (<paramref name="punctuation"/>).
    /// </summary>
    public static string ScriptInEnglish(string text, Func<char, bool> isScript, Dictionary<string, string> table, int longest,
        string open, string close, Func<char, char>? punctuation = null, Func<char, bool>? unread = null)
    {
        var english = new System.Text.StringBuilder(text.Length * 3);
        var unknown = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!isScript(c))
            {
                if (unknown && c != ' ')
                {
                    english.Append(' ');
                }

                unknown = false;
                english.Append(punctuation is null ? c : punctuation(c));
            }
            else if (LongestWordAt(table, longest, text, i) is (string word, var length))
            {
                english.Append(open).Append(word).Append(close);
                i += length - 1;
                unknown = false;
            }
            else if (unread is not null && unread(c))
            {
                english.Append(' ');
                unknown = false;
            }
            else
            {
                english.Append(unknown ? string.Empty : " ").Append(c);
                unknown = true;
            }
        }

        return english.ToString();
    }

    /// <summary>
    /// A regex finding any of <paramref name="phrases"/>, longest first, with any run of spaces between its words, where
    /// no letter of <paramref name="letters"/> (a character class's inside, "\u05D0-\u05EA") touches either end. For
    /// scripts whose words take letters glued to them (Persian, Hebrew), where a phrase must not start or end inside one.
    /// </summary>
    public static Regex PhrasesBetweenWordEdges(IEnumerable<string> phrases, string letters) => new(
        $"(?<![{letters}])(?:" + string.Join("|", phrases.OrderByDescending(p => p.Length)
            .Select(p => string.Join(@"\s+", p.Split(' ').Select(Regex.Escape)))) + $")(?![{letters}])",
        RegexOptions.Compiled);

    /// <summary>
    /// The English of the longest word of <paramref name="table"/> written at <paramref name="start"/> of
    /// <paramref name="text"/>, and its length; null and 0 when none is. For scripts written without spaces between words
    /// (Chinese, Japanese, Thai), whose words are found by trying the longest first.
    /// </summary>
    public static (string? English, int Length) LongestWordAt(Dictionary<string, string> table, int longest, string text, int start)
    {
        for (var length = Math.Min(longest, text.Length - start); length > 0; length--)
        {
            if (table.TryGetValue(text.Substring(start, length), out var english))
            {
                return (english, length);
            }
        }

        return (null, 0);
    }

    /// <summary>
    /// The English of <paramref name="word"/> with one of <paramref name="endings"/> (tried in order) read off it, when
    /// what is left is a word of <paramref name="table"/> longer than <paramref name="shortestStem"/> letters; null when
    /// none is. For languages that write their endings on the word ("Rusianya", "marzha").
    /// </summary>
    public static string? WithEndingOff(Dictionary<string, string> table, string[] endings, string word, int shortestStem)
    {
        foreach (var ending in endings)
        {
            if (word.Length > ending.Length + shortestStem && word.EndsWith(ending, StringComparison.Ordinal)
                && table.TryGetValue(word[..^ending.Length], out var english))
            {
                return english;
            }
        }

        return null;
    }

    /// <summary>"3" March: a month's number as its English name, or the number as written when it is no month.</summary>
    public static string MonthName(string number) =>
        int.TryParse(number, out var month) && month is >= 1 and <= 12
            ? System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month) : number;

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
        foreach (var (phrase, english) in Marked(phrases).ToList())
        {
            phrases.TryAdd(Accents.Strip(phrase), english);
        }

        return phrases;
    }

    /// <summary>
    /// Each entry of <paramref name="table"/> as written and as <paramref name="plain"/> types it (without its letters'
    /// marks); the entry as written where two fall together ("że" and "ze", "năm" and "nam").
    /// </summary>
    public static Dictionary<string, string> WithPlainForms(Dictionary<string, string> table, Func<string, string> plain)
    {
        foreach (var (entry, english) in table.ToList())
        {
            table.TryAdd(plain(entry), english);
        }

        return table;
    }

    /// <summary>
    /// Each phrase's English marked as read, the phrases as written only: for a reader whose letters are its own words'
    /// ("öldü" is no "oldu").
    /// </summary>
    public static Dictionary<string, string> Marked(Dictionary<string, string> phrases)
    {
        foreach (var (phrase, english) in phrases.ToList())
        {
            phrases[phrase] = english.Length == 0 ? english : $"\u0001{english}\u0002";
        }

        return phrases;
    }

    /// <summary>
    /// <paramref name="words"/> with each verb's forms in English where no word of the table has the form already: the
    /// present forms ("teken tekent", "skriver") read as what it does, the past ones ("tekende getekend") as what it did.
    /// </summary>
    public static Dictionary<string, string> WithVerbForms(Dictionary<string, string> words, (string Now, string Past, string Present, string Before)[] verbs)
    {
        foreach (var (now, past, present, before) in verbs)
        {
            foreach (var form in present.Split(' '))
            {
                words.TryAdd(form, now);
            }

            foreach (var form in before.Split(' '))
            {
                words.TryAdd(form, past);
            }
        }

        return words;
    }

    // Spaces where a word was left out: two between words, and any before a sign or at the end.
    [GeneratedRegex(@"(?<=\S) {2,}(?=\S)")]
    private static partial Regex Gap();

    [GeneratedRegex(@" +(?=[?!.,]|$)")]
    private static partial Regex GapBeforeSign();
}
