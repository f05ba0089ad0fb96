using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Persian in its own letters ("کی قرارداد رو امضا کرد؟", "روسیه چقدر پول به اوستیا میده؟"): its phrases, then its words
/// (with the plural, ezafe and possessive endings read off) in English; a word the tables lack is left as it is, so an
/// unread question stays unread. A message is Persian when it has a letter Arabic has not (پ چ ژ گ and the Persian ک and
/// ی) and none Arabic writes for them (ي ك ى), so Arabic in its own letters reaches Arabizi untouched.
/// </summary>
internal static partial class Persian
{
    // A letter only Persian has, or ("سلام", "درود", "مرسی") only words of its tables; never a letter Arabic or Urdu writes.
    private static bool HasScript(string text) =>
        text.AsSpan().IndexOfAny("يكىةےٹڈڑںھ") < 0
        && (text.AsSpan().IndexOfAny("پچژگکی") >= 0
            || (ScriptWord().IsMatch(text) && ScriptWord().Matches(text).All(m => ScriptWords.ContainsKey(m.Value))));

    /// <summary>The English of a Persian-script message: phrases first, then words, unknown words kept.</summary>
    private static string FromScript(string text)
    {
        // The zero-width non-joiner glues "می‌شه" and "نیرو‌های": read as one word. Persian digits and marks as ASCII.
        var normal = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            normal.Append(c switch
            {
                '\u200C' or '\u200F' or '\u200E' or 'ـ' => "",
                >= '۰' and <= '۹' => ((char)('0' + (c - '۰'))).ToString(),
                >= '٠' and <= '٩' => ((char)('0' + (c - '٠'))).ToString(),
                '؟' => "?",
                '،' => ",",
                '؛' => ";",
                'أ' or 'إ' => "ا",
                'ۀ' => "ه",
                _ => c.ToString(),
            });
        }

        // "دور بعدی کیه؟", "جلسه قبلی کی بود؟": of a round or a meeting, "کی" asks when, not who.
        text = RoundWhen().Replace(normal.ToString(), " when");
        // "کی قرارداد رو امضا کرد؟": the verb comes last; "who signed the treaty" is the question.
        text = WhoSigned().Replace(text, m => $"\u0001who\u0002 {m.Groups["verb"].Value} {m.Groups["done"].Value}");
        text = ScriptPhrase().Replace(text, m => " \u0001" + ScriptPhrases[Squeeze(m.Value)] + "\u0002 ");
        text = ScriptWord().Replace(text, m => ScriptEnglish(m.Value) ?? m.Value);
        text = text.Replace("\u0001", string.Empty).Replace("\u0002", string.Empty);
        return Spaces().Replace(text, " ").Trim().Replace(" ?", "?").Replace(" ,", ",");
    }

    private static string Squeeze(string phrase) => Spaces().Replace(phrase, " ");

    // A word, else the word without its endings ("اوستیای", "مرزها", "اسمش", "کشوره"), else without "می" or "ن" before
    // a verb ("میده", "نمیشه"); null when unknown.
    private static string? ScriptEnglish(string word)
    {
        if (ScriptWords.TryGetValue(word, out var english))
        {
            return english;
        }

        return ReaderTables.WithEndingOff(ScriptWords, ScriptEndings, word, 1);
    }

    // Plurals ("ها", "های", "هایی", "ان"), the ezafe ("ی", "ای", "یه"), its and my ("ش", "اش", "م"), "is" ("ه", "ست", "س"),
    // the object ("رو", "و"), longest first.
    private static readonly string[] ScriptEndings =
        ["هایی", "های", "ها", "اش", "ای", "یه", "ست", "شو", "ش", "ی", "ه", "س", "و", "م", "ا"];

    // Several words that mean one thing; a space may stand between them.
    private static readonly Dictionary<string, string> ScriptPhrases = new(StringComparer.Ordinal)
    {
        // Question words and what they ask.
        ["چی شد"] = "what happened", ["چی شده"] = "what happened", ["چه شد"] = "what happened",
        ["چی میشه"] = "what happens to", ["چه میشه"] = "what happens to", ["چی گفت"] = "what did say",
        ["چی گفتن"] = "what did say", ["چه گفت"] = "what did say", ["چی گفتند"] = "what did say", ["چه گفتند"] = "what did say",
        ["چه واکنشی نشون داد"] = "how did react", ["چه واکنشی نشون دادن"] = "how did react",
        ["چه واکنشی نشان داد"] = "how did react", ["چه واکنشی نشان دادند"] = "how did react",
        ["چه واکنشی داشت"] = "how did react", ["چه واکنشی داشتن"] = "how did react", ["واکنش نشان داد"] = "reacted",
        ["چه روزی"] = "what day", ["چه تاریخی"] = "what date", ["چه سالی"] = "what year", ["چه موقع"] = "when",
        ["چه زمانی"] = "when", ["کی امضا شد"] = "when was signed", ["کی امضا کردن"] = "when signed",
        ["کی برگزار شد"] = "when was held", ["کی برگزار میشه"] = "when will be held", ["کی تموم میشه"] = "when does expire",
        ["تا کی"] = "until when", ["چند سال"] = "how many years", ["چند ساله"] = "how many years", ["چند سالس"] = "how many years",
        ["چند تا"] = "how many", ["چه مدت"] = "how long", ["مدت زمان"] = "term", ["چه ربطی"] = "what connection",
        ["چه ربطی داره"] = "what does have to do with", ["یعنی چی"] = "what does mean", ["یعنی چه"] = "what does mean",
        ["چه کسی"] = "who", ["چه کسانی"] = "who", ["چیکار کرد"] = "what did do", ["چیکار کردن"] = "what did do",
        ["چی کار کرد"] = "what did do", ["چه کار کرد"] = "what did do", ["چیکار کرده"] = "what did do",
        ["چه سمتی داره"] = "what is the position of", ["چه سمتی"] = "what position", ["چیکارست"] = "who is",
        ["چیکاره ست"] = "who is", ["چیکارس"] = "who is", ["چه خبر بود"] = "what happened", ["درباره چی بود"] = "what was about",
        ["درباره چیه"] = "what is about", ["دست کی"] = "who is responsible for", ["با کیه"] = "who is responsible for",
        ["تو کی هستی"] = "who are you", ["تو چی هستی"] = "what are you", ["تو دقیقا چی هستی"] = "what are you exactly",
        // Signing, giving, reacting.
        ["امضا کرد"] = "signed", ["امضا کردن"] = "signed", ["امضاکننده های"] = "signatories", ["امضا کردند"] = "signed", ["امضا کرده"] = "signed",
        ["امضا کرده بود"] = "signed", ["امضا شد"] = "was signed", ["امضا شده"] = "was signed", ["امضا کنن"] = "sign",
        ["قرارداد بست"] = "signed a treaty", ["قرارداد بسته"] = "signed a treaty", ["قرارداد بسته بود"] = "signed a treaty",
        ["قول داد"] = "pledged", ["قول دادن"] = "pledged", ["قول داده"] = "pledged", ["وعده داد"] = "pledged",
        ["وعده داده"] = "pledged", ["وعده دادن"] = "pledged", ["تعهد کرد"] = "pledged", ["اختصاص داد"] = "allocated",
        ["اختصاص دادن"] = "allocated", ["محکوم کرد"] = "condemned", ["محکوم کردن"] = "condemned",
        ["محکوم کردند"] = "condemned", ["به رسمیت میشناسه"] = "recognize", ["به رسمیت میشناسد"] = "recognize",
        ["به رسمیت شناخت"] = "recognized", ["شرکت کردن"] = "attended", ["شرکت کردند"] = "attended", ["شرکت کرد"] = "attended",
        ["شرکت کننده ها"] = "participants", ["شرکت کنندگان"] = "participants", ["حاضر بودن"] = "attended",
        ["نماینده داشت"] = "attended", ["برگزار شد"] = "took place", ["برگزار میشه"] = "will take place",
        ["نگران بود"] = "was concerned", ["نگران بودن"] = "were concerned", ["نگران هستن"] = "are concerned",
        ["توافق کرده بود"] = "signed an agreement", ["توافق کرد"] = "agreed", ["به توافق رسیدن"] = "agreed",
        ["به توافقی رسیدن"] = "agreed", ["قرار شد"] = "agreed", ["ملحق میشه"] = "become part of", ["ملحق میشن"] = "become part of",
        ["جزو"] = "part of", ["دست کی میفته"] = "who is responsible for", ["میفته گردن"] = "falls on",
        ["به چه نتیجه ای رسیدن"] = "what outcome", ["به گفته"] = "according to", ["چیکار کنن"] = "what to do",
        ["اسم گذاشتن"] = "called", ["چی گذاشتن"] = "what called", ["منظور از"] = "what is meant by",
        ["حل بشه"] = "be resolved", ["از نظر"] = "in the view of", ["وزارت خارجه آمریکا"] = "US State Department",
        ["سخنگوی وزارت خارجه آمریکا"] = "State Department spokesperson", ["ضمیمه میکنه"] = "annex", ["ضمیمه شد"] = "annexed", ["ضمیمه کرد"] = "annexed",
        ["تموم میشه"] = "expire", ["به ناتو"] = "to NATO", ["پیوستن"] = "joining", ["دستت درد نکنه"] = "thanks",
        ["خیلی ممنون"] = "thanks a lot", ["خسته نباشی"] = "thanks", ["فعلا بای"] = "goodbye", ["به امید دیدار"] = "goodbye",
        ["حالت چطوره"] = "how are you", ["خوبی"] = "how are you",
        // The people, places and bodies of the article.
        ["اوستیای جنوبی"] = "South Ossetia", ["اوستیا جنوبی"] = "South Ossetia", ["اوستیای شمالی"] = "North Ossetia",
        ["اتحادیه اروپا"] = "EU", ["اتحادیه ی اروپا"] = "EU", ["سازمان ملل"] = "UN", ["سازمان ملل متحد"] = "UN",
        ["کاخ سفید"] = "White House", ["وزارت خارجه"] = "foreign ministry", ["وزارت امور خارجه"] = "foreign ministry",
        ["وزیر خارجه"] = "foreign minister", ["معاون وزیر خارجه"] = "deputy foreign minister",
        ["سخنگوی وزارت خارجه"] = "foreign ministry spokesperson", ["رئیس جمهور"] = "president", ["رییس جمهور"] = "president",
        ["نخست وزیر"] = "prime minister", ["ماورای قفقاز"] = "Transcaucasia", ["ماورا قفقاز"] = "Transcaucasia",
        ["جن ساکی"] = "Jen Psaki", ["جن پساکی"] = "Jen Psaki", ["فدریکا موگرینی"] = "Federica Mogherini",
        ["لئونید تیبیلوف"] = "Leonid Tibilov", ["گریگوری کاراسین"] = "Grigory Karasin", ["سیاست خارجی"] = "foreign policy",
        ["ریاست مشترک"] = "co-chaired", ["رئیس مشترک"] = "co-chair", ["رئیسای مشترک"] = "co-chairs",
        ["رئیس های مشترک"] = "co-chairs", ["روسای مشترک"] = "co-chairs", ["ریاست هیئت"] = "head of delegation",
        ["رئیس هیئت"] = "head of delegation", ["سرپرست تیم"] = "head of delegation",
        // The clauses, the money and Geneva.
        ["نیروهای مسلح"] = "armed forces", ["نیروی مسلح"] = "armed forces", ["نیروهای امنیتی"] = "security agencies",
        ["نهادهای امنیتی"] = "security agencies", ["نیروهای مرزی"] = "border forces", ["تابلوهای هشدار"] = "warning signs",
        ["تابلو های هشدار"] = "warning signs", ["علائم هشدار"] = "warning signs", ["علائم مرزی"] = "border signs",
        ["علامت های مرزی"] = "border signs", ["تابلوهای هشدار مرزی"] = "border warning signs", ["دور بعدی"] = "next round",
        ["دور بعد"] = "next round", ["جلسه بعدی"] = "next meeting", ["نشست بعدی"] = "next meeting",
        ["جلسه قبلی"] = "previous meeting", ["توسعه اجتماعی اقتصادی"] = "socio-economic development",
        ["منطقه جداشده"] = "breakaway region", ["منطقه جدا شده"] = "breakaway region", ["جدایی طلب"] = "breakaway",
        ["ادغام عمیق تری"] = "deeper integration", ["ادغام عمیق"] = "deep integration", ["پیش نویس"] = "draft",
        ["متن نهایی"] = "final text", ["مرز دولتی"] = "state border", ["رژیم اشغالگر"] = "occupation regime",
        ["بین المللی"] = "international", ["بین الملل"] = "international", ["مشارکت استراتژیک"] = "strategic partnership",
        ["تحت حمایت"] = "protectorate",
    };

    // Words.
    private static readonly Dictionary<string, string> ScriptWords = new(StringComparer.Ordinal)
    {
        // Question words.
        ["کی"] = "who", ["کیه"] = "who is", ["کیا"] = "who", ["کیست"] = "who is", ["چی"] = "what", ["چیه"] = "what is",
        ["چیا"] = "what", ["چه"] = "what", ["چیست"] = "what is", ["کجا"] = "where", ["کجاست"] = "where is",
        ["کجاس"] = "where is", ["چرا"] = "why", ["چند"] = "how many", ["چنده"] = "how much is", ["چقدر"] = "how much",
        ["چقد"] = "how much", ["چقدره"] = "how much is", ["چقده"] = "how much is", ["چطور"] = "how", ["چطوری"] = "how",
        ["چطوره"] = "how is", ["چگونه"] = "how", ["کدوم"] = "which", ["کدام"] = "which", ["آیا"] = string.Empty,
        ["مگه"] = string.Empty,
        // Verbs.
        ["امضا"] = "signing", ["امضای"] = "signing", ["امضاکننده"] = "signatories", ["امضاکنندگان"] = "signatories",
        ["گفت"] = "said", ["گفتن"] = "said", ["گفتند"] = "said", ["گفته"] = "said", ["میگه"] = "says", ["نوشته"] = "wrote",
        ["داد"] = "gave", ["دادن"] = "gave", ["میده"] = "gives", ["میدن"] = "give", ["میدهد"] = "gives", ["بود"] = "was",
        ["بودن"] = "were", ["بودند"] = "were", ["هست"] = "is", ["است"] = "is", ["هستن"] = "are", ["هستی"] = "are you",
        ["داره"] = "has", ["دارد"] = "has", ["داشت"] = "had", ["داشتن"] = "had", ["میشه"] = "becomes", ["میشن"] = "become",
        ["شد"] = "became", ["شده"] = "has become", ["میره"] = "goes", ["کرد"] = "did", ["کردن"] = "did", ["کرده"] = "did",
        ["گرفت"] = "took", ["قبول"] = "accepted", ["بپرسم"] = "ask", ["میتونم"] = "can i", ["جواب"] = "answer",
        ["میدی"] = "do you give", ["بگو"] = "tell", ["میکنی"] = "do you", ["فکر"] = "think",
        // The treaty and its clauses.
        ["قرارداد"] = "treaty", ["قراردادی"] = "treaty", ["معاهده"] = "treaty", ["پیمان"] = "treaty", ["توافق"] = "agreement",
        ["توافقات"] = "agreements", ["توافقنامه"] = "agreement", ["ماجرا"] = "story", ["قضیه"] = "story", ["خلاصه"] = "summary",
        ["مدت"] = "term", ["اعتبار"] = "valid", ["دفاع"] = "defense", ["دفاعی"] = "defense", ["امنیت"] = "security",
        ["امنیتی"] = "security", ["مسئولیت"] = "responsibility", ["مسئول"] = "head", ["مرز"] = "border",
        ["مرزی"] = "border", ["مرزبانی"] = "guarding borders", ["حفاظت"] = "guarding", ["ارتش"] = "army", ["نیرو"] = "forces",
        ["نیروهای"] = "forces", ["نظامی"] = "military", ["ادغام"] = "integration", ["بازنگری"] = "revision", ["فرق"] = "difference",
        ["تفاوت"] = "difference", ["شبیه"] = "similar", ["همون"] = "same", ["متن"] = "text", ["اسم"] = "name", ["نام"] = "name",
        ["عنوان"] = "title", ["رسمی"] = "official", ["تاریخ"] = "date", ["روز"] = "day", ["محل"] = "place", ["سال"] = "year",
        ["ساله"] = "years", ["طبق"] = "under", ["بند"] = "clause", ["الحاق"] = "annexation", ["ضمیمه"] = "annexation",
        ["حاکمیت"] = "sovereignty", ["نقض"] = "violation", ["خلاف"] = "contrary", ["سالگرد"] = "anniversary",
        ["همزمان"] = "same time", ["مصادف"] = "same day",
        // The money.
        ["پول"] = "money", ["روبل"] = "rubles", ["میلیارد"] = "billion", ["میلیون"] = "million", ["بودجه"] = "budget",
        ["کمک"] = "aid", ["مالی"] = "financial", ["مبلغ"] = "amount", ["سهم"] = "share",
        // Geneva.
        ["مذاکرات"] = "talks", ["مذاکره"] = "talks", ["گفتگو"] = "talks", ["گفتگوها"] = "talks", ["گفتگوهای"] = "talks",
        ["نشست"] = "meeting", ["جلسه"] = "meeting", ["جلسات"] = "meetings", ["موضوع"] = "topic", ["نماینده"] = "representatives",
        ["نمایندگان"] = "representatives", ["هیئت"] = "delegation", ["هیات"] = "delegation", ["رئیس"] = "head",
        ["رییس"] = "head", ["ریاست"] = "chaired", ["نقش"] = "role", ["نگران"] = "worried", ["نگرانی"] = "concern",
        ["تهدید"] = "threat", ["رزمایش"] = "exercises", ["زیرساخت"] = "infrastructure", ["وضعیت"] = "situation",
        ["اوضاع"] = "situation", ["ثبات"] = "stability", ["آرومتر"] = "calmer", ["بهتر"] = "better", ["نتیجه"] = "outcome",
        ["حرکت"] = "movement", ["سمت"] = "towards", ["بعدی"] = "next", ["شرکت"] = "attended", ["هشدار"] = "warning",
        ["تابلو"] = "signs", ["علائم"] = "signs", ["خراب"] = "damaging", ["درخواست"] = "request", ["مطرح"] = "raised",
        // Places, people and parties.
        ["روسیه"] = "Russia", ["روس"] = "Russian", ["روسی"] = "Russian", ["مسکو"] = "Moscow", ["کرملین"] = "Kremlin",
        ["اوستیا"] = "Ossetia", ["اوستیایی"] = "Ossetian", ["جنوبی"] = "South", ["شمالی"] = "North", ["آبخازیا"] = "Abkhazia",
        ["آبخازی"] = "Abkhaz", ["آبخاز"] = "Abkhaz", ["گرجستان"] = "Georgia", ["گرجی"] = "Georgian", ["گرجیا"] = "Georgians",
        ["تفلیس"] = "Tbilisi", ["ژنو"] = "Geneva", ["ناتو"] = "NATO", ["آمریکا"] = "US", ["امریکا"] = "US",
        ["آمریکایی"] = "American", ["واشنگتن"] = "Washington", ["اروپا"] = "Europe", ["اروپایی"] = "European",
        ["کریمه"] = "Crimea", ["تسخینوالی"] = "Tskhinvali", ["سوخومی"] = "Sokhumi", ["تیبیلوف"] = "Tibilov",
        ["پوتین"] = "Putin", ["مدودف"] = "Medvedev", ["لاوروف"] = "Lavrov", ["موگرینی"] = "Mogherini", ["ساکی"] = "Psaki",
        ["پساکی"] = "Psaki", ["کاراسین"] = "Karasin", ["کشور"] = "country", ["کشورها"] = "countries", ["کشورای"] = "countries",
        ["منطقه"] = "region", ["جمهوری"] = "republic", ["شهر"] = "city", ["دولت"] = "government", ["وزیر"] = "minister",
        ["سخنگو"] = "spokesperson", ["سخنگوی"] = "spokesperson", ["رهبر"] = "leader", ["سازمان"] = "organization",
        ["طرف"] = "side", ["طرفا"] = "sides", ["نویسنده"] = "author", ["خبرنگار"] = "journalist", ["خبر"] = "news",
        ["مقاله"] = "article", ["گزارش"] = "report", ["واکنش"] = "reaction", ["واکنشهای"] = "reactions", ["موضع"] = "position",
        ["مال"] = "part of", ["اوت"] = "August", ["آگوست"] = "August", ["اوگوست"] = "August", ["تعهد"] = "commitment",
        ["بخشی"] = "part", ["بخش"] = "part", ["مسائل"] = "issues", ["مسئله"] = "issue", ["تعیین"] = "set",
        ["معلومه"] = "known", ["مناسبت"] = "occasion", ["سیاست"] = "policy", ["خارجی"] = "foreign", ["جنگ"] = "war",
        ["تاریخش"] = "date", ["قبلی"] = "previous", ["رسیدن"] = "reached", ["باید"] = "should",
        // Function words.
        ["و"] = "and", ["یا"] = "or", ["با"] = "with", ["از"] = "from", ["به"] = "to", ["در"] = "in", ["تو"] = "in",
        ["توی"] = "in", ["برای"] = "for", ["واسه"] = "for", ["بین"] = "between", ["بینِ"] = "between", ["درباره"] = "about",
        ["دربارهٔ"] = "about", ["راجع"] = "about", ["این"] = "this", ["اینو"] = "this", ["اون"] = "that", ["آن"] = "that",
        ["اونا"] = "they", ["آنها"] = "they", ["رو"] = string.Empty, ["را"] = string.Empty, ["که"] = "that",
        ["هم"] = "too", ["قبل"] = "before", ["قبلا"] = "before", ["قبلاً"] = "before", ["بعد"] = "after", ["دیگه"] = "other",
        ["دیگر"] = "other", ["خودش"] = "himself", ["خودت"] = "yourself", ["نظر"] = "opinion", ["نظرت"] = "your opinion",
        ["خوب"] = "good", ["خوبه"] = "is good", ["بد"] = "bad", ["کامل"] = "completely", ["اصلا"] = string.Empty,
        ["دقیقا"] = "exactly", ["فقط"] = "only", ["همه"] = "all", ["کسی"] = "anyone", ["آخر"] = "end", ["آخرش"] = "in the end",
        ["نه"] = "no", ["بله"] = "yes", ["آره"] = "yes", ["خب"] = string.Empty, ["عمیق"] = "deep", ["تری"] = "more",
        ["بیشتر"] = "more", ["تا"] = "until", ["های"] = string.Empty, ["ها"] = string.Empty, ["ای"] = string.Empty, ["نسبت"] = "compared", ["ازت"] = "you",
        // The bot and small talk.
        ["سلام"] = "hello", ["درود"] = "hello", ["مرسی"] = "thanks", ["ممنون"] = "thanks", ["ممنونم"] = "thanks",
        ["متشکرم"] = "thanks", ["سپاس"] = "thanks", ["سپاسگزارم"] = "thanks", ["تشکر"] = "thanks", ["عالی"] = "great",
        ["خداحافظ"] = "goodbye", ["خدافظ"] = "goodbye", ["بای"] = "bye", ["راهنما"] = "help", ["راهنمایی"] = "help",
        ["کمکم"] = "help me", ["ربات"] = "bot", ["رباتی"] = "a bot", ["آدم"] = "human", ["انسان"] = "human",
        ["سوال"] = "questions", ["سوالایی"] = "questions", ["سوالات"] = "questions", ["لطفا"] = "please",
    };

    // The phrases, longest first, between word edges.
    private static Regex? scriptPhrase;

    private static Regex ScriptPhrase() => scriptPhrase ??= ReaderTables.PhrasesBetweenWordEdges(ScriptPhrases.Keys, "\u0600-\u06FF");

    // A run of Arabic-script letters.
    [GeneratedRegex(@"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]+")]
    private static partial Regex ScriptWord();

    [GeneratedRegex(@"(?<=(?:دور|جلسه|نشست|جلسات)\s+(?:بعدی|بعد|قبلی)(?![\u0600-\u06FF]).*)\s(?:کیه|کی)(?![\u0600-\u06FF])")]
    private static partial Regex RoundWhen();

    [GeneratedRegex(@"(?<![\u0600-\u06FF])کی\s+(?<done>(?:[\u0600-\u06FF]+\s+){1,3}?)(?:رو|را)\s+(?<verb>امضا\s+کرد[\u0600-\u06FF]*)")]
    private static partial Regex WhoSigned();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
