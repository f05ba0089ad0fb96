using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Japanese as Japanese readers type it: kana and kanji, romaji (Japanese in Latin letters), and the two mixed with
/// English: "誰が条約に署名しましたか" is "who signed the treaty", "ロシアは南オセチアにいくら出しますか" how much Russia
/// gives South Ossetia, "条約の有効期間は何年ですか" how many years the treaty is valid, "モゲリーニさんは誰ですか" who
/// Mogherini is, "ジョージア政府はどう反応しましたか" how Georgia reacted, "kono kiji wa dare ga kakimashita ka" who wrote
/// the article, "jouyaku no namae wa?" the treaty's name, "anata wa robotto desu ka" are you a robot, "ありがとう" thanks.
/// Japanese is written without spaces, so the characters are read as the longest word of the table found at each place
/// ("南オセチア" before "オセチア", "国境警備隊" before "国境"), each its English with spaces around: kanji carry the
/// meaning, and the kana a table has no word for (the particles "は", "が", "を", a verb's endings "ました", "ますか") are
/// dropped; a kanji or katakana word no entry has is kept as it is, one unknown word to the matcher, so a question about
/// something the article does not say ("日本政府", "ラーメン") is not read as one it does. Romaji is read by its own
/// phrases and words, its particles ("wa", "no", "ga", "desu ka") dropped. Japanese puts the question word where the
/// answer goes ("ティビロフは誰", "itsu sain shita no"); English asks it first, so it is moved there. Only in a message
/// with kana, a kanji only Japanese writes ("円", "対", "説"), or a romaji word no other language writes ("desu",
/// "kudasai", "jouyaku", "abuhajia"): a message of Chinese characters alone is Chinese's (see <see cref="Chinese"/>).
/// </summary>
internal static partial class Japanese
{
    /// <summary><paramref name="text"/> with Japanese words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        var script = HasKana(text) || (Chinese.HasHanzi(text) && text.AsSpan().IndexOfAny(JapaneseOnlyKanji) >= 0);
        if (!script && !RomajiMarkers.AreIn(text))
        {
            return text;
        }

        // "2008年8月", "3月17-18日", "2017年末までに", "3gatsu 17-18 nichi": dates in the order English writes them.
        text = InEnglishDates(text);
        text = script ? ScriptInEnglish(text) : text;
        // Romaji after the characters, on the Latin letters only: what the characters were read as is marked.
        text = RomajiPhrases.InEnglish(text);
        text = RomajiWord().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : Romaji.TryGetValue(m.Value, out var english) ? english : m.Value);
        text = text.Replace("\u0001", " ").Replace("\u0002", " ");
        text = Spaces().Replace(text, " ").Replace(" ?", "?").Replace(" ,", ",").Replace(" !", "!").Trim();
        text = LeadingComma().Replace(text, string.Empty);
        // "ティビロフは誰" reads "Tibilov who": the question word stands where the answer goes.
        // Each sentence on its own: "mogerini wa dare? EU no hito?" asks who Mogherini is, then whether of the EU.
        return string.Join(' ', Sentences().Split(text).Select(sentence => QuestionWordAfter().Replace(sentence, QuestionWordFirst)));
    }

    [GeneratedRegex(@"(?<=[?!])\s+")]
    private static partial Regex Sentences();

    // "Tibilov who" asks who Tibilov is; "this article who wrote" who wrote this article.
    private static string QuestionWordFirst(Match m)
    {
        var (asked, before, after, end) = (m.Groups["asked"].Value, m.Groups["before"].Value.Trim(' ', ','), m.Groups["after"].Value.Trim(' ', ','), m.Groups["end"].Value);
        return Spaces().Replace(after.Length == 0 && asked is "who" or "what" ? $"{asked} is {before}" : $"{asked} {after} {before}", " ").Trim() + end;
    }

    /// <summary>Whether <paramref name="text"/> has hiragana or katakana: one vectorized scan, no allocation.</summary>
    internal static bool HasKana(string text) => text.AsSpan().ContainsAnyInRange('\u3041', '\u30FA');

    // Kanji in the forms only Japanese writes them: Chinese writes "元", "对", "说", "战", "关", "变" and "边".
    private static readonly System.Buffers.SearchValues<char> JapaneseOnlyKanji =
        System.Buffers.SearchValues.Create("円対説戦関変辺発広応権続済価図駅歳県読売気");

    private static string InEnglishDates(string text)
    {
        text = EndOfYear().Replace(text, m => $" by the end of {m.Groups["year"].Value} ");
        text = DayToDay().Replace(text, m => $" {Month(m)} {m.Groups["from"].Value}-{m.Groups["to"].Value} ");
        text = MonthOfYear().Replace(text, m => $" {Month(m)} {m.Groups["year"].Value} ");
        text = DayOfMonth().Replace(text, m => $" {Month(m)} {m.Groups["day"].Value} ");
        text = YearOnly().Replace(text, m => $" in {m.Groups["year"].Value} ");
        return text;
    }

    private static string Month(Match m) => ReaderTables.MonthName(m.Groups["month"].Value);

    // The kana and kanji read as the longest word of the table at each place; kana no word has are dropped (particles and
    // verb endings), a kanji or katakana no word has is kept, joined to the unknown ones beside it, as one word the
    // matcher does not know.
    private static string ScriptInEnglish(string text) =>
        ReaderTables.ScriptInEnglish(text, IsJapanese, Script, Longest, " \u0001", "\u0002 ",
            c => c switch { '。' => '.', '、' or '，' => ',', '？' => '?', '！' => '!', '（' => '(', '）' => ')', '　' => ' ', _ => c },
            // A particle or a verb's ending: nothing the matcher reads.
            c => c is >= '\u3041' and <= '\u309F' || c is '・' or '〜');

    private static bool IsJapanese(char c) => c is >= '\u3041' and <= '\u30FF' || c is >= '\u4E00' and <= '\u9FFF' || c is '々' or '〜';

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*[,.]\s*")]
    private static partial Regex LeadingComma();

    // A romaji word, or the English of a phrase or a character word, marked so that its words are not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|[A-Za-z]+(?:-[A-Za-z]+)*")]
    private static partial Regex RomajiWord();

    [GeneratedRegex(@"(?<year>\d{4})\s*(?:年|nen)\s*末\s*(?:まで(?:に)?)?|(?<year>\d{4})\s*nen\s*matsu(?:\s*made(?:\s*ni)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfYear();

    [GeneratedRegex(@"(?<month>\d{1,2})\s*(?:月|gatsu)\s*(?<from>\d{1,2})\s*(?:日|nichi)?\s*(?:から|〜|~|-|–|と|kara)\s*(?<to>\d{1,2})\s*(?:日|nichi)?", RegexOptions.IgnoreCase)]
    private static partial Regex DayToDay();

    [GeneratedRegex(@"(?<month>\d{1,2})\s*(?:月|gatsu)\s*(?<day>\d{1,2})\s*(?:日|nichi)", RegexOptions.IgnoreCase)]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"(?<year>\d{4})\s*(?:年|nen)\s*(?<month>\d{1,2})\s*(?:月|gatsu)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthOfYear();

    [GeneratedRegex(@"(?<year>\d{4})\s*(?:年|nen\b)(?:\s*(?:に|ni\b))?", RegexOptions.IgnoreCase)]
    private static partial Regex YearOnly();

    // "Tibilov who", "this article who wrote", "treaty signed when": the question word after the words it asks about.
    [GeneratedRegex(@"^(?<before>(?!(?:who|what|when|where|why|how|which|is|are|do|does|did|can|will|hello|hi|thanks|thank|bye|good|please|tell)\b)[^?]+?)\s+(?<asked>how many years|how many months|how many|how much|how long|what date|what year|what|who|when|where|why|how|which)\b(?<after>[^?]*?)(?<end>\s*[?!.]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWordAfter();
}
