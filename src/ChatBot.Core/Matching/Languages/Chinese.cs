using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Chinese as Chinese readers type it in chat: simplified characters, pinyin without tones, spaced or run together, and
/// the two mixed with English: "谁签的条约" is "who signed the treaty", "俄罗斯给南奥塞梯多少钱" how much money Russia gives
/// South Ossetia, "条约有效期多久" how long the treaty is valid, "季比洛夫是谁" who Tibilov is, "格鲁吉亚怎么回应的" how
/// Georgia responded, "eluosi gei nan ao duoshao qian" how much money Russia gives South Ossetia, "shei qian de tiaoyue"
/// who signed the treaty, "xiexie ni" thank you, "你是机器人吗" are you a robot. Chinese is written without spaces, so the
/// characters are read as the longest word of the table found at each place ("南奥塞梯" before "南奥", "什么时候" before
/// "什么"), each its English with spaces around; a character no entry has is left as it is, one unknown word to the
/// matcher, so a question about something the article does not say is not read as one it does. Pinyin is read by the
/// same words, syllable by syllable with or without the spaces between ("nanaosaiti", "nan ao sai ti"); the particles
/// that only soften a sentence ("的", "了", "吧", "啊", "de", "le", "a") are dropped, and "吗" or "ma" at the end asks yes or
/// no. Chinese puts the question word where the answer goes ("季比洛夫是谁", "条约是哪天签的"); English asks it first, so
/// it is moved there. Only in a message with a Chinese character, which no other reader writes, or a pinyin word no
/// other language writes ("shenme", "tiaoyue", "eluosi", "xiexie"), or two syllables pinyin shares with names and
/// other languages ("shi shei", "zen me").
/// </summary>
internal static partial class Chinese
{
    /// <summary><paramref name="text"/> with Chinese words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        var hanzi = HasHanzi(text);
        var pinyin = !hanzi && IsPinyin(text);
        if (!hanzi && !pinyin)
        {
            return text;
        }

        // "3月17到18号", "2008年8月", "2016年": dates in the order English writes them.
        text = InEnglishDates(text);
        // "这个条约的名称是？": "是" ending a question asks what.
        text = IsWhat().Replace(text, "是什么$1");
        // Pinyin first, on the letters only: the English the characters are read as has its own "you", "he" and "a".
        text = pinyin || IsPinyin(text) ? PinyinPhrases.InEnglish(text) : text;
        text = hanzi ? HanziInEnglish(text) : text;
        text = Spaces().Replace(text, " ").Replace(" ?", "?").Replace(" ,", ",").Trim();
        // "是谁跟谁签的": "with whom" once is enough.
        text = Repeated().Replace(text, "${word}");
        // "条约是谁跟谁签的" reads "treaty is who with who signed": Chinese's question word stands where the answer goes.
        var yesOrNo = YesOrNo().IsMatch(text);
        text = YesOrNo().Replace(text, "${end} ");
        text = QuestionWordAfter().Replace(text, QuestionWordFirst);
        text = Spaces().Replace(text, " ").Replace(" ?", "?").Trim();
        // "美国承认这个条约吗": "吗" asks yes or no, as English's "does" before the rest.
        return yesOrNo && !StartsWithQuestionWord().IsMatch(text) ? "is " + text : text;
    }

    // "Tibilov is who" asks who Tibilov is; "treaty is who signed" (条约是谁签的) who signed the treaty; "treaty valid how
    // long" how long the treaty is valid; "Geneva meeting which countries attend" which countries attend the meeting.
    private static string QuestionWordFirst(Match m)
    {
        var (asked, before, after, end) = (m.Groups["asked"].Value, m.Groups["before"].Value.Trim(), m.Groups["after"].Value.Trim(), m.Groups["end"].Value);
        if (before == "is" || before.EndsWith(" is", StringComparison.Ordinal))
        {
            before = before[..^2].Trim();
            return (after.Length == 0 ? $"{asked} is {before}" : $"{asked} {after} {before}").Trim() + end;
        }

        // "which countries attend Geneva meeting" (日内瓦会议有哪些国家参加): what is asked comes first, then what is said of it.
        return $"{asked} {after} {before}".Trim() + end;
    }

    // A pinyin word no other language writes, run together ("tiaoyue") or spaced by syllable ("tiao yue").
    private static bool IsPinyin(string text) => PinyinMarkers.AreIn(text) || SpacedPinyin().IsMatch(text);

    /// <summary>Whether <paramref name="text"/> has a Chinese character: one vectorized scan, no allocation.</summary>
    internal static bool HasHanzi(string text) => text.AsSpan().ContainsAnyInRange('\u4E00', '\u9FFF');

    private static string InEnglishDates(string text)
    {
        text = EndOfYear().Replace(text, m => $" by the end of {m.Groups["year"].Value} ");
        text = DayToDay().Replace(text, m => $" {m.Groups["from"].Value}-{m.Groups["to"].Value} {Month(m)} ");
        text = DayOfMonth().Replace(text, m => $" {Month(m)} {m.Groups["day"].Value} ");
        text = MonthOfYear().Replace(text, m => $" {Month(m)} {m.Groups["year"].Value} ");
        text = PinyinYear().Replace(text, m => $" in {m.Groups["year"].Value} ");
        text = Year().Replace(text, m => m.Groups["year"].Value.Length == 4 ? $" in {m.Groups["year"].Value} " : $" {m.Groups["year"].Value} years ");
        return text;
    }

    private static string Month(Match m) => ReaderTables.MonthName(m.Groups["month"].Value);

    // The characters read as the longest word of the table at each place; a character no word has is kept, and joined to
    // the unknown ones beside it, as one word the matcher does not know.
    private static string HanziInEnglish(string text) =>
        ReaderTables.ScriptInEnglish(text, IsHanzi, Hanzi, Longest, " ", " ", c => c switch { '。' => '.', '、' or '，' => ',', _ => c });

    private static bool IsHanzi(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>A table of pinyin words, each found with or without spaces between its syllables.</summary>
    private sealed class SyllablePhrases
    {
        private readonly Dictionary<string, string> _english;
        private readonly Regex _phrases;

        public SyllablePhrases(Dictionary<string, string> table)
        {
            _english = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (phrase, english) in table)
            {
                _english[phrase.Replace(" ", string.Empty)] = english;
            }

            var alternatives = table.Keys
                .OrderByDescending(phrase => phrase.Replace(" ", string.Empty).Length)
                .Select(phrase => string.Join(@"[\s']*", phrase.Split(' ').Select(Regex.Escape)));
            _phrases = new Regex($@"(?<![\p{{L}}'])(?:{string.Join('|', alternatives)})(?![\p{{L}}'])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        public string InEnglish(string text) =>
            _phrases.Replace(text, m => " " + _english.GetValueOrDefault(Squeezed().Replace(m.Value, string.Empty), m.Value) + " ");
    }

    [GeneratedRegex(@"[\s']+")]
    private static partial Regex Squeezed();

    [GeneratedRegex(@"(?<month>\d{1,2})\s*月\s*(?<from>\d{1,2})\s*(?:[日号號])?\s*(?:到|至|-|~|和)\s*(?<to>\d{1,2})\s*[日号號]?")]
    private static partial Regex DayToDay();

    [GeneratedRegex(@"(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*(?:[日号號]|(?!\d))")]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"(?:到\s*)?(?<year>\d{4})\s*年\s*底")]
    private static partial Regex EndOfYear();

    [GeneratedRegex(@"(?<year>\d{4})\s*(?:年|\bnian\b)\s*(?<month>\d{1,2})\s*(?:月(?:份)?|\byue\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthOfYear();

    [GeneratedRegex(@"(?<year>\d{1,4})\s*年")]
    private static partial Regex Year();

    // "2008 nian": the year, as "2008年".
    [GeneratedRegex(@"(?<year>\d{4})\s*nian\b(?!\s*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex PinyinYear();

    [GeneratedRegex(@"是\s*([？?]+)\s*$")]
    private static partial Regex IsWhat();

    // The words of PinyinMarkers spelled syllable by syllable: no other language writes these pairs and triples.
    [GeneratedRegex(@"\b(?:e\s+luo\s+si|tiao\s+yue|shen\s+me|duo\s+shao|ge\s+lu\s+ji\s+ya|ri\s+nei\s+wa|nan\s+ao\s+sai\s+ti|a\s+bu\s+ha\s+zi|abu\s+ha\s+zi|ke\s+li\s+mi\s+ya|ci\s+xin\s+wa\s+li|su\s+hu\s+mi|mei\s+guo|ou\s+meng|bei\s+yue|wen\s+zhang|zuo\s+zhe|xin\s+wen|xie\s+yi|xie\s+xie|dai\s+biao\s+tuan|fan\s+ying|jun\s+dui|bian\s+jing|hui\s+yi|tao\s+lun|tan\s+pan|can\s+jia|lu\s+bu|you\s+xiao\s+qi|zhou\s+nian|jie\s+guo|zui\s+hou|ji\s+qi\s+ren|ren\s+gong\s+zhi\s+neng|pu\s+jing|xia\s+yi\s+lun|gong\s+tong\s+zhu\s+xi|jing\s+shi\s+pai|guo\s+fang|guo\s+ji|guo\s+jia|ming\s+zi|quan\s+cheng|cheng\s+ren|ren\s+wei|ti\s+bi\s+luo\s+fu|mo\s+gai\s+li\s+ni|pu\s+sa\s+ji|ka\s+la\s+xin|qian\s+de\s+zi)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpacedPinyin();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(?<word>(?:with )?(?:who|whom)) (?:with )?(?:who|whom)\b")]
    private static partial Regex Repeated();

    // "吗" or "ma" at the end of the sentence, read as "\u0003", asks yes or no.
    [GeneratedRegex(@"\s*\u0003\s*(?<end>[?!.,]*)\s*")]
    private static partial Regex YesOrNo();

    // "treaty valid how long", "Tibilov what person": the question word after the words it asks about.
    [GeneratedRegex(@"^(?<before>(?!(?:who|what|when|where|why|how|which|is|are|do|does|did|can|will)\b)[^,?]+?)\s+(?<asked>how much money|how many years|how many|how much|how long|what day|what date|what time|what|who|when|where|why|how|which)\b(?<after>[^,?]*?)(?<end>\s*[?!.]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWordAfter();

    [GeneratedRegex(@"^\W*(?:who|what|when|where|why|how|which|is|are|does|do|did|can|will|should|hello|hi|thanks|thank|bye)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartsWithQuestionWord();
}
