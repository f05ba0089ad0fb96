using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Thai as Thai readers type it in chat: Thai script, romanized Thai, and either mixed with English and closed by a
/// polite particle ("krub", "ka", "na"): "ใครเซ็นสัญญาบ้างครับ" is "who signed the treaty", "รัสเซียให้เงินเซาท์ออสซีเชียเท่าไหร่"
/// how much money Russia gives South Ossetia, "สัญญานี้มีอายุกี่ปี" how many years the treaty is valid, "ทิบิลอฟเป็นใคร" who
/// Tibilov is, "อียูว่ายังไง" what the EU said, "ขอบคุณครับ" thanks, "tibilov pen krai krub" who Tibilov is, "ngern tee
/// russia hai south ossetia tao rai" how much money Russia gives South Ossetia, "who is tibilov na" who Tibilov is. Thai
/// is written without spaces between words, so the script is read as the longest word of the table found at each place
/// ("เซาท์ออสซีเชีย" before "ออสซีเชีย", "ทหารชายแดน" before "ทหาร"), each its English with spaces around; the particles that
/// only make a sentence polite ("ครับ", "ค่ะ", "นะ", "อะ") are dropped, and a run of letters no entry has is kept as one
/// unknown word, so a question about something the article does not say ("ราคาทอง", "ส้มตำ") is not read as one it
/// does. Thai puts the question word where the answer goes ("ทิบิลอฟเป็นใคร", "เซ็นวันไหน"); English asks it first, so it
/// is moved there, and a closing "มั้ย", "ไหม" or "หรอ" asks yes or no. Thai counts years from the Buddha ("2551" is
/// 2008). Only in a message with Thai script, which no other reader writes, or a romanized word no other language writes
/// ("krub", "khrap", "sawasdee", "arai", "ngern"); a lone "na" or "ka" closing an English question ("who is tibilov na")
/// is dropped, and no other word of the message is read.
/// </summary>
internal static partial class Thai
{
    /// <summary><paramref name="text"/> with Thai words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        var script = HasThai(text);
        if (!script && !RomanMarkers.AreIn(text))
        {
            // "who is tibilov na", "sign when ka": English with a Thai particle at its end.
            // Not one about now ("psaki now work where na"): what the article cannot say is left as it is, to be declined.
            return ClosingParticle().Match(text) is { Success: true } closing && IsEnglishQuestion(text[..closing.Index]) && !AboutNow().IsMatch(text)
                ? text[..closing.Index] + closing.Groups["end"].Value.Trim() : text;
        }

        var thaiAsks = script || RomanQuestion().IsMatch(text);
        // "เขาเรียกข้อตกลงนี้ว่าอะไร": what they call it asks its name.
        text = script ? ScriptInEnglish(InEnglishDates(CalledWhat().Replace(text, "${thing}ชื่ออะไร"))) : text;
        // Romanized Thai after the script, on the Latin letters only: what the script was read as is marked.
        text = script ? PoliteWord().Replace(text, string.Empty) : RomanPhrases.InEnglish(text);
        text = RomanWord().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : !script && Roman.TryGetValue(m.Value, out var english) ? english : m.Value);
        var yesOrNo = text.Contains(YesOrNoMark);
        text = text.Replace(YesOrNoMark, " ").Replace("\u0001", " ").Replace("\u0002", " ");
        text = Spaces().Replace(text, " ").Replace(" ?", "?").Replace(" ,", ",").Replace(" !", "!").Trim();
        text = LeadingComma().Replace(text, string.Empty);
        // "Tibilov who is" asks who Tibilov is; "Russia give money South Ossetia how much" how much.
        // Only a Thai question word moves: "signing day coincide with what krub" is English with a particle.
        text = thaiAsks ? QuestionWordAfter().Replace(text, QuestionWordFirst) : text;
        text = Spaces().Replace(text, " ").Trim();
        // "รัสเซียจะปกป้องชายแดนมั้ย": a closing "มั้ย" asks yes or no, as English's "is" before the rest.
        return yesOrNo && !StartsWithQuestionWord().IsMatch(text) && text.Length > 0 ? "is " + text.TrimEnd('?') + "?" : text;
    }

    /// <summary>Whether <paramref name="text"/> has a Thai letter: one vectorized scan, no allocation.</summary>
    internal static bool HasThai(string text) => text.AsSpan().ContainsAnyInRange('\u0E01', '\u0E5B');

    // What a closing "มั้ย", "ไหม", "หรอ" or "chai mai" is read as until the sentence is whole: it asks yes or no.
    private const string YesOrNoMark = "\u0003";

    // "Tibilov who is" asks who Tibilov is; "treaty valid how many years" how many years the treaty is valid.
    private static string QuestionWordFirst(Match m)
    {
        var (asked, before, after, end) = (m.Groups["asked"].Value, m.Groups["before"].Value.Trim(' ', ','), m.Groups["after"].Value.Trim(' ', ','), m.Groups["end"].Value);
        return Spaces().Replace($"{asked} {after} {before}", " ").Trim() + end;
    }

    // Thai dates: "17-18มีนา" is March 17-18, "ส.ค.2551" August 2008 (the Buddhist year is 543 ahead), "ปี2016" in 2016.
    private static string InEnglishDates(string text)
    {
        text = BuddhistYear().Replace(text, m => (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) - 543).ToString(System.Globalization.CultureInfo.InvariantCulture));
        text = EndOfYear().Replace(text, m => $" by the end of {m.Groups["year"].Value} ");
        text = DayToDay().Replace(text, m => $" {MonthName(m.Groups["month"].Value)} {m.Groups["from"].Value}-{m.Groups["to"].Value} ");
        text = DayOfMonth().Replace(text, m => $" {MonthName(m.Groups["month"].Value)} {m.Groups["day"].Value} ");
        text = MonthOfYear().Replace(text, m => $" {MonthName(m.Groups["month"].Value)} {m.Groups["year"].Value} ");
        text = YearOnly().Replace(text, m => $" in {m.Groups["year"].Value} ");
        return text;
    }

    private static string MonthName(string thai) => Months.First(month => thai.StartsWith(month.Thai, StringComparison.Ordinal) || thai == month.Short).English;

    // Each month by its first part, which chat writes alone ("มีนา", "สิงหา"), and its abbreviation ("ส.ค.").
    private static readonly (string Thai, string Short, string English)[] Months =
    [
        ("มกรา", "ม.ค.", "January"), ("กุมภา", "ก.พ.", "February"), ("มีนา", "มี.ค.", "March"), ("เมษา", "เม.ย.", "April"),
        ("พฤษภา", "พ.ค.", "May"), ("มิถุนา", "มิ.ย.", "June"), ("กรกฎา", "ก.ค.", "July"), ("สิงหา", "ส.ค.", "August"),
        ("กันยา", "ก.ย.", "September"), ("ตุลา", "ต.ค.", "October"), ("พฤศจิกา", "พ.ย.", "November"), ("ธันวา", "ธ.ค.", "December"),
    ];

    // The script read as the longest word of the table at each place; letters no word has are kept, joined to the unknown
    // ones beside them, as one word the matcher does not know.
    private static string ScriptInEnglish(string text) =>
        ReaderTables.ScriptInEnglish(text, IsThai, Script, Longest, " \u0001", "\u0002 ");

    // Thai letters, vowels, tone marks and the repetition sign "ๆ"; not Thai digits, which chat does not write.
    private static bool IsThai(char c) => c is >= '\u0E01' and <= '\u0E4F';

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*[,.]\s*")]
    private static partial Regex LeadingComma();

    // A romanized word, or the English of a phrase or a script word, marked so that its words are not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|[A-Za-z]+")]
    private static partial Regex RomanWord();

    // The polite particles a Thai-script message closes with in Latin letters ("เขียนโค้ดให้หน่อย krub").
    [GeneratedRegex(@"(?<![\p{L}])(?:krub|krab|khrub|khrap|krap|kub|khab|kha|ka|na|ja|jaa|ค่ะ)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex PoliteWord();

    // "who is tibilov na", "sign when ka", "who signed krub": an English question closed by a Thai particle.
    // Linear: tried at each space only, on every English message.
    [GeneratedRegex(@"\s+(?:na|ka|kha|krub|krab|khrub|khrap|krap)(?<end>\s*[?!.]*\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingParticle();

    // English letters only, an English question word, and no other particle ("treaty ka naam what hai na" is Hindi's).
    private static bool IsEnglishQuestion(string text) =>
        EnglishLetters().IsMatch(text) && EnglishQuestionWord().IsMatch(text) && !OtherParticle().IsMatch(text);

    [GeneratedRegex(@"^[a-z0-9 ?!.,;:'-]+$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishLetters();

    [GeneratedRegex(@"\b(?:who|what|whats|when|where|why|how|which|is|are|was|does|did|do|can|will)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishQuestionWord();

    [GeneratedRegex(@"\b(?:na|ka|kha)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherParticle();

    [GeneratedRegex(@"\b(?:now|nowadays|today|currently|these days|later|anymore)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutNow();

    [GeneratedRegex(@"\b(?:krai|khrai|arai|tao\s?rai|tao\s?lai|gee|kee|tee\s?nai|thi\s?nai|muea\s?rai|meua\s?rai|yang\s?ngai|yang\s?rai|tammai)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RomanQuestion();

    [GeneratedRegex(@"เรียก(?<thing>[^?]+?)ว่า(?:อะไร|ยังไง|ไง)")]
    private static partial Regex CalledWhat();

    [GeneratedRegex(@"^(?:who|what|when|where|why|how|which|is|are|was|were|do|does|did|can|will|hello|hi|thanks|bye|good)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartsWithQuestionWord();

    // "Tibilov who is", "treaty valid how many years", "sign when": the question word after the words it asks about.
    [GeneratedRegex(@"^(?<before>(?!(?:who|what|when|where|why|how|which|is|are|do|does|did|can|will|hello|hi|thanks|thank|bye|good|please|tell)\b)[^?]+?)\s+(?<asked>who is|what is|where is|how many years|how many rubles|how many|how much|how long|what date|what year|what did say|what does say|what|who|when|where|why|how|which)\b(?<after>[^?]*?)(?<end>\s*[?!.]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWordAfter();

    [GeneratedRegex(@"(?<![0-9])25[4-6][0-9](?![0-9])")]
    private static partial Regex BuddhistYear();

    private const string Month = @"(?<month>มกรา(?:คม)?|กุมภา(?:พันธ์)?|มีนา(?:คม)?|เมษา(?:ยน)?|พฤษภา(?:คม)?|มิถุนา(?:ยน)?|กรกฎา(?:คม)?|สิงหา(?:คม)?|กันยา(?:ยน)?|ตุลา(?:คม)?|พฤศจิกา(?:ยน)?|ธันวา(?:คม)?|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)";

    [GeneratedRegex(@"สิ้นปี\s*(?<year>\d{4})")]
    private static partial Regex EndOfYear();

    [GeneratedRegex(@"(?:วันที่\s*)?(?<from>\d{1,2})\s*[-–~]\s*(?<to>\d{1,2})\s*(?:เดือน\s*)?" + Month)]
    private static partial Regex DayToDay();

    [GeneratedRegex(@"(?:วันที่\s*)?(?<day>\d{1,2})\s*(?:เดือน\s*)?" + Month)]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"(?:เดือน\s*)?" + Month + @"\s*(?:ปี\s*)?(?<year>\d{4})")]
    private static partial Regex MonthOfYear();

    [GeneratedRegex(@"(?:ปี|ค\.ศ\.|พ\.ศ\.)\s*(?<year>\d{4})")]
    private static partial Regex YearOnly();
}
