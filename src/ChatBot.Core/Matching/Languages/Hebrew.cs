using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Hebrew as Israelis type it into a chat: in its own letters without vowel points ("מי חתם על ההסכם?" who signed the
/// treaty, "כמה כסף רוסיה נותנת לדרום אוסטיה" how much money Russia gives South Ossetia, "מתי הסבב הבא בז'נבה" when is
/// the next round in Geneva, "תודה אחי" thanks bro), and in Latin letters ("mi chatam?" who signed, "kama shanim
/// ha'heskem" how many years the treaty, "ma amru ha'amerika'im" what did the Americans say, "toda raba"). Hebrew glues
/// its "the", "and", "in", "to", "from" and "that" to the next word ("בז'נבה", "להסכם", "וושינגטון" is no "and
/// Washington"): a word is read whole first, then with those letters read off its front, then with a plural or
/// possessive ending off (see <see cref="ScriptEnglish"/>); a word the tables lack is left as it is, so an unread
/// question stays unread. Phrases ("דרום אוסטיה", "משרד החוץ", "איך קוראים ל") are read before the words. Hebrew letters
/// are no other reader's; a Latin-letter message is Hebrew only with a word no other language writes ("heskem",
/// "matai", "shel", a glued "ha'" or "be'") or one it opens with ("ma ze", "mi zot"), so the others' pass untouched.
/// </summary>
internal static partial class Hebrew
{
    /// <summary><paramref name="text"/> with its Hebrew in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (text.AsSpan().ContainsAnyInRange('\u05D0', '\u05EA'))
        {
            return FromScript(text);
        }

        return LatinMarkers.AreIn(text) || LatinOpening().IsMatch(text) || LatinGlued().IsMatch(text) ? FromLatin(text) : text;
    }

    /// <summary>The English of a message in Hebrew letters: phrases first, then words, unknown words kept.</summary>
    private static string FromScript(string text)
    {
        // Vowel points and cantillation are no letters; the Hebrew geresh and gershayim are typed as ' and ".
        var normal = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u0591' and <= '\u05C7' && c != '\u05BE')
            {
                continue;
            }

            normal.Append(c switch
            {
                '\u05F3' or '’' or '`' or '´' => '\'',
                '\u05F4' or '”' or '“' => '"',
                '\u05BE' => '-',
                '\u200F' or '\u200E' => ' ',
                _ => c,
            });
        }

        text = normal.ToString();
        // "איך אומרים תודה בגאורגית": how a word is said asks for a translation, which the article never answers; left
        // unread, so it is declined rather than taken for thanks or Georgia.
        if (text.Contains("איך אומרים", StringComparison.Ordinal))
        {
            return text;
        }

        // "ב2016", "מ2008": a prefix glued to a number.
        text = GluedToNumber().Replace(text, m => m.Groups["prefix"].Value switch { "ב" => "in ", "ל" => "for ", "מ" => "from ", _ => "and " });
        // "איך קוראים להסכם", "גאורגיה קוראת לזה סיפוח": naming takes its "ל" on the thing named.
        text = Naming().Replace(text, m => m.Groups["how"].Success ? " \u0001what is the name of\u0002 " : " \u0001calls\u0002 ");
        // "חלק מהצבא הרוסי", "חלק מגרוזיה": part of.
        text = PartOf().Replace(text, " \u0001part of\u0002 ");
        text = ScriptPhrase().Replace(text, m => " \u0001" + ScriptPhrases[Spaces().Replace(m.Value, " ")] + "\u0002 ");
        text = ScriptWord().Replace(text, m => m.Groups["english"].Success ? m.Value : ScriptEnglish(m.Value) ?? m.Value);
        text = text.Replace("\u0001", string.Empty).Replace("\u0002", string.Empty);
        text = Spaces().Replace(text, " ").Trim().Replace(" ?", "?").Replace(" ,", ",");
        return Russian.AskedByItsMark(text);
    }

    // The letters glued to the front of a word, and what they say: "and", "the", "in", "to", "from", "that", "as".
    private static string? PrefixEnglish(char letter) => letter switch
    {
        'ו' => "and",
        'ה' => string.Empty,
        'ב' => "in",
        'ל' => "to",
        'מ' => "from",
        'ש' => string.Empty,
        'כ' => string.Empty,
        _ => null,
    };

    /// <summary>
    /// A word, else the word with up to three of its front letters read off ("ובז'נבה" and in Geneva, "שהרוסים" that
    /// the Russians), else without a plural or possessive ending ("שלטים", "הגבולות", "דעתך"); null when unknown.
    /// </summary>
    private static string? ScriptEnglish(string word)
    {
        var plain = word.Trim('\'', '"');
        if (ScriptWords.TryGetValue(plain, out var english))
        {
            return english;
        }

        var before = new List<string>();
        for (var i = 0; i < 3 && plain.Length - i > 2; i++)
        {
            if (PrefixEnglish(plain[i]) is not { } prefix)
            {
                break;
            }

            if (prefix.Length > 0)
            {
                before.Add(prefix);
            }

            var rest = plain[(i + 1)..];
            var found = ScriptWords.TryGetValue(rest, out var word2) ? word2 : ReaderTables.WithEndingOff(ScriptWords, Endings, rest, 2);
            if (found is not null)
            {
                return string.Join(' ', before.Append(found).Where(w => w.Length > 0));
            }
        }

        // "איפה/מה": where or what.
        if (plain.Contains('/') && plain.Split('/').Select(ScriptEnglish).ToList() is var parts && parts.All(p => p is not null))
        {
            return string.Join(" or ", parts);
        }

        return ReaderTables.WithEndingOff(ScriptWords, Endings, plain, 2);
    }

    // Plurals ("ים", "ות"), "their" and "its" ("הם", "ו", "ה"), "your" ("ך"), the adjective's "ית" and "י".
    private static readonly string[] Endings = ["יים", "ים", "ות", "הם", "ית", "ך", "ו", "ה", "י"];

    // Several words that mean one thing; a space may stand between them.
    private static readonly Dictionary<string, string> ScriptPhrases = new(StringComparer.Ordinal)
    {
        // Question words and what they ask.
        ["מי זה"] = "who is", ["מי זאת"] = "who is", ["מי זו"] = "who is", ["מה זה"] = "what is", ["מה זאת"] = "what is",
        ["זה מי"] = "who is", ["זאת מי"] = "who is", ["מה זה בכלל"] = "what is", ["מי הוא"] = "who is", ["מי היא"] = "who is",
        ["על מה"] = "what about", ["מה קורה עם"] = "what happens to", ["מה קורה"] = "what happens",
        ["מה קרה"] = "what happened", ["מה היה"] = "what happened", ["מה השתנה"] = "what changed", ["כמה זמן"] = "how long",
        ["לכמה זמן"] = "for how long", ["כמה שנים"] = "how many years", ["לכמה שנים"] = "for how many years",
        ["באיזה תאריך"] = "on what date", ["באיזו שנה"] = "in what year", ["מה הקשר"] = "what is the connection",
        ["על מי מדובר"] = "who is meant", ["במה נגמרו"] = "what was the outcome of", ["במה נגמר"] = "what was the outcome of",
        ["מה התוצאה"] = "what was the outcome", ["מה הייתה התוצאה"] = "what was the outcome", ["מה התפקיד של"] = "who is",
        ["מה התפקיד"] = "what is the role", ["מה ההבדל"] = "what is the difference", ["לא הבנתי"] = string.Empty, ["שכתוב בכתבה"] = string.Empty, ["שמוזכר בכתבה"] = string.Empty,
        ["שמוזכרים בכתבה"] = string.Empty, ["צודקת או לא"] = "what do you think, is right", ["צודק או לא"] = "what do you think, is right",
        ["הסיפור של קרים"] = "what happened in Crimea", ["מי החותמים"] = "who signed", ["מי השליט"] = "who is the leader",
        ["מי המנהיג"] = "who is the leader", ["מהיושבי ראש"] = "from the co-chairs", ["ישב שם"] = "attended", ["ישבו שם"] = "attended",
        ["תן תקציר"] = "summarize",
        ["כן או לא"] = string.Empty, ["או מה"] = string.Empty, ["או לא"] = string.Empty, ["או שיש"] = "or is there",
        ["על מה ההסכם"] = "what is the treaty about", ["על מה הכתבה"] = "what is the article about",
        ["מה הבעיה"] = "what is the problem", ["תסכם לי"] = "summarize", ["תסביר לי"] = "explain", ["תן לי"] = "give me",
        // The bot and small talk.
        ["מה נשמע"] = "hi", ["מה קורה בוט"] = "hi", ["תודה רבה"] = "thanks a lot", ["תודה אחי"] = "thanks",
        ["יאללה ביי"] = "bye", ["מה אפשר לשאול"] = "what can I ask", ["מה אפשר לשאול אותך"] = "what can I ask",
        ["איך זה עובד"] = "how does it work", ["מה אתה יודע לעשות"] = "what can you do", ["מי אתה"] = "who are you",
        ["מה אתה"] = "what are you", ["אתה בוט"] = "are you a bot", ["בן אדם"] = "human", ["מה דעתך"] = "what do you think",
        ["לדעתך"] = "do you think", ["מה אתה חושב"] = "what do you think", ["אני זז"] = string.Empty, ["להת'"] = "bye",
        // The article's acts.
        ["חתם על"] = "signed", ["חתמה על"] = "signed", ["חתמו על"] = "signed", ["עמד בראש"] = "headed", ["עמדו בראש"] = "headed", ["עומד בראש"] = "heads", ["היושבי ראש המשותפים"] = "co-chairs",
        ["יושבי ראש"] = "co-chairs", ["היושבי ראש"] = "co-chairs", ["יושבי הראש"] = "co-chairs", ["יושב ראש"] = "chair",
        ["משרד החוץ"] = "foreign ministry", ["שר החוץ"] = "foreign minister", ["האיחוד האירופי"] = "EU", ["האיחוד האירופאי"] = "EU",
        ["איחוד אירופי"] = "EU", ["שלטי האזהרה"] = "warning signs", ["שלטי אזהרה"] = "warning signs",
        ["כוחות הביטחון"] = "security agencies", ["כוחות הצבא"] = "armed forces", ["כוחות מזוינים"] = "armed forces",
        ["יחידות הביטחון"] = "security units", ["משטר הכיבוש"] = "occupation regime", ["סבב שיחות"] = "round of talks",
        ["הסיבוב הבא"] = "next round", ["הסבב הבא"] = "next round", ["סיבוב הבא"] = "next round", ["סבב הבא"] = "next round",
        ["הפגישה הבאה"] = "next meeting", ["השיחות הבאות"] = "next talks", ["טקס החתימה"] = "signing ceremony",
        ["הדיונים הבינלאומיים"] = "international discussions", ["תגובות בינלאומיות"] = "international reactions",
        ["העולם הגיב"] = "world reacted", ["תהיה מלחמה"] = "will there be war", ["עד סוף"] = "by the end of",
        ["שומר על"] = "guards", ["תשמור על"] = "will guard", ["ישמרו על"] = "will guard", ["אחראי על"] = "responsible for",
        ["אחראית על"] = "responsible for", ["אחראים על"] = "responsible for",
    };

    // Words.
    private static readonly Dictionary<string, string> ScriptWords = new(StringComparer.Ordinal)
    {
        // Question words.
        ["מי"] = "who", ["מה"] = "what", ["מתי"] = "when", ["איפה"] = "where", ["היכן"] = "where", ["לאן"] = "where",
        ["איך"] = "how", ["כיצד"] = "how", ["כמה"] = "how much", ["למה"] = "why", ["מדוע"] = "why", ["איזה"] = "which",
        ["איזו"] = "which", ["אילו"] = "which", ["האם"] = string.Empty, ["ממה"] = "what",
        // Function words.
        ["של"] = "of", ["שלו"] = "his", ["שלה"] = "her", ["שלהם"] = "their", ["שלך"] = "your", ["עם"] = "with", ["על"] = "about",
        ["את"] = string.Empty, ["אותו"] = "same", ["אותה"] = "same", ["אותך"] = "you", ["זה"] = "this", ["זאת"] = "this",
        ["זו"] = "this", ["הזה"] = "this", ["הזאת"] = "this", ["הזו"] = "this", ["לזה"] = "this", ["בזה"] = "this",
        ["הוא"] = "he", ["היא"] = "she", ["הם"] = "they", ["הן"] = "they", ["אני"] = "I", ["אתה"] = "you", ["יש"] = "is there",
        ["אין"] = "there is no", ["לא"] = "not", ["כן"] = "yes", ["גם"] = "also", ["עוד"] = "more", ["רק"] = "only",
        ["בדיוק"] = "exactly", ["בכלל"] = string.Empty, ["בעצם"] = string.Empty, ["רגע"] = string.Empty, ["כבר"] = "already",
        ["עכשיו"] = "now", ["אחרי"] = "after", ["לפני"] = "before", ["בין"] = "between", ["לפי"] = "under", ["או"] = "or",
        ["אבל"] = "but", ["אם"] = "if", ["כי"] = "because", ["בגלל"] = "because of", ["לגבי"] = "about", ["בעניין"] = "about",
        ["כמו"] = "like", ["יותר"] = "more", ["פחות"] = "less", ["מאוד"] = "very", ["קודם"] = "previous", ["הראשון"] = "first",
        ["דומה"] = "similar", ["הבדל"] = "difference", ["שונה"] = "different", ["פה"] = "here", ["כאן"] = "here",
        ["אליו"] = "to him", ["מישהו"] = "someone", ["משהו"] = "something", ["בקצרה"] = "briefly", ["ביחס"] = "compared",
        ["עדיין"] = "still", ["ממש"] = "really", ["לתמיד"] = "forever", ["סתם"] = string.Empty, ["אז"] = "so",
        // Being, saying, doing.
        ["היה"] = "was", ["הייתה"] = "was", ["היתה"] = "was", ["היו"] = "were", ["יהיה"] = "will be", ["תהיה"] = "will be",
        ["נהיה"] = "becomes", ["נהיית"] = "becomes", ["הופך"] = "becomes", ["חתם"] = "signed", ["חתמה"] = "signed",
        ["חתמו"] = "signed", ["נחתם"] = "was signed", ["נחתמה"] = "was signed", ["חותמים"] = "signatories",
        ["החותמים"] = "signatories", ["חתימה"] = "signing", ["כתב"] = "wrote", ["כתבה"] = "article", ["כתבו"] = "wrote",
        ["כותב"] = "author", ["הכותב"] = "author", ["כתוב"] = "written", ["אמר"] = "said", ["אמרה"] = "said", ["אמרו"] = "said",
        ["אומר"] = "says", ["אומרת"] = "says", ["אומרים"] = "say", ["הגיב"] = "reacted", ["הגיבה"] = "reacted", ["הגיבו"] = "reacted",
        ["מגיבים"] = "react", ["גינה"] = "condemned", ["גינו"] = "condemned", ["גינתה"] = "condemned", ["הכיר"] = "recognized",
        ["תכיר"] = "will recognize", ["יכירו"] = "will recognize", ["מכירה"] = "recognizes", ["מכיר"] = "recognizes",
        ["מכירים"] = "recognize", ["נתן"] = "gave", ["נתנה"] = "gave", ["נתנו"] = "gave", ["נותנת"] = "gives", ["נותן"] = "gives",
        ["נותנים"] = "give", ["תיתן"] = "will give", ["ייתן"] = "will give", ["יתן"] = "will give", ["קיבל"] = "got",
        ["קיבלה"] = "got", ["קיבלו"] = "got", ["מקבלים"] = "get", ["מקבלת"] = "gets", ["מקבל"] = "gets", ["תקבל"] = "will get",
        ["הבטיח"] = "pledged", ["הבטיחה"] = "pledged", ["הבטיחו"] = "pledged", ["יועבר"] = "will be allocated",
        ["יועברו"] = "will be allocated", ["השתתף"] = "attended", ["השתתפו"] = "attended", ["ניהל"] = "chaired",
        ["ניהלו"] = "chaired", ["הוביל"] = "led", ["הובילה"] = "led", ["הובילו"] = "led", ["דיברו"] = "talked", ["דנו"] = "discussed",
        ["קרה"] = "happened", ["קורה"] = "happens", ["עוברות"] = "become part of", ["עוברים"] = "become part of",
        ["עובר"] = "becomes part of", ["שומר"] = "guards", ["תשמור"] = "will guard", ["ישב"] = "sat", ["אחראי"] = "responsible",
        ["אחראית"] = "responsible", ["אחראים"] = "responsible", ["מפחדים"] = "concerned", ["חוששים"] = "concerned",
        ["חוששת"] = "concerned", ["חשש"] = "concern", ["תיכנס"] = "join", ["תצטרף"] = "join", ["הצטרפות"] = "joining",
        ["סותר"] = "contrary to", ["סותרת"] = "contrary to", ["מזכירים"] = "mentions", ["מוזכרות"] = "mentioned",
        ["מוזכרים"] = "mentioned", ["מוזכר"] = "mentioned", ["סיכמו"] = "agreed", ["תגובה"] = "reaction", ["תגובות"] = "reactions", ["אוגוסט"] = "August", ["טוב"] = "ok", ["הסכימו"] = "agreed", ["נגמרו"] = "ended",
        ["נגמר"] = "expires", ["נגמרת"] = "expires", ["פג"] = "expires", ["השתפר"] = "improved", ["נרגע"] = "calmed",
        ["הורס"] = "damages", ["הורסים"] = "damage", ["הרסו"] = "damaged", ["ביקשו"] = "asked", ["ביקש"] = "asked",
        ["ביקשה"] = "asked", ["פנו"] = "appealed", ["עשתה"] = "did", ["עשה"] = "did", ["עשו"] = "did", ["שייכת"] = "part of",
        ["שייך"] = "part of", ["סיפחה"] = "annexed", ["סיפח"] = "annexed", ["תספח"] = "will annex", ["צודקת"] = "right",
        ["צודק"] = "right", ["תיקנו"] = "revised", ["מתוכנן"] = "scheduled", ["מתוכננת"] = "scheduled", ["נבחר"] = "elected",
        ["ניצח"] = "won", ["הגישה"] = "applied", ["בונה"] = "builds", ["ענתה"] = "answered", ["עבר"] = "passed",
        ["שאלה"] = "question", ["לשאול"] = "ask", ["עובד"] = "work", ["יודע"] = "know", ["מדבר"] = "talking", ["תסביר"] = "explain",
        ["תסכם"] = "summarize", ["תן"] = "give", ["קוראים"] = "call", ["מעורב"] = "involved", ["מעורבים"] = "involved",
        // The treaty and its clauses.
        ["הסכם"] = "treaty", ["הסכמים"] = "agreements", ["ההסכמים"] = "agreements", ["אמנה"] = "treaty", ["חוזה"] = "treaty",
        ["סעיף"] = "clause", ["טיוטה"] = "draft", ["תוקף"] = "term", ["שנים"] = "years", ["שנה"] = "year", ["זמן"] = "time",
        ["תאריך"] = "date", ["שם"] = "name", ["השם"] = "name", ["רשמי"] = "official", ["הרשמי"] = "official", ["צבא"] = "army",
        ["צבאי"] = "military", ["צבאיים"] = "military", ["כוחות"] = "forces", ["יחידות"] = "units", ["ביטחון"] = "security",
        ["הגנה"] = "defense", ["גבול"] = "border", ["גבולות"] = "borders", ["שלטים"] = "signs", ["שלט"] = "sign",
        ["אזהרה"] = "warning", ["סיפוח"] = "annexation", ["כיבוש"] = "occupation", ["תרגילים"] = "exercises",
        ["תשתיות"] = "infrastructure", ["מצב"] = "situation", ["תוצאה"] = "outcome", ["סוף"] = "end", ["קשר"] = "connection",
        ["בעיה"] = "problem", ["דעה"] = "opinion", ["מלחמה"] = "war", ["העולם"] = "world", ["בינלאומיות"] = "international",
        ["בינלאומיים"] = "international", ["תקציר"] = "summary", ["סיפור"] = "story", ["משמעות"] = "meaning", ["נושאי"] = "issues",
        ["נושא"] = "issue", ["נושאים"] = "issues", ["טקס"] = "ceremony", ["עמוק"] = "deep", ["קיצוני"] = "extreme",
        ["אישור"] = "approval", ["חיילים"] = "soldiers", ["תושבים"] = "residents", ["השכר"] = "salary", ["אנשים"] = "people",
        // Money.
        ["כסף"] = "money", ["רובל"] = "rubles", ["רובלים"] = "rubles", ["מיליארד"] = "billion", ["מיליון"] = "million",
        ["תקציב"] = "budget", ["שקלים"] = "shekels", ["דולר"] = "dollars",
        // Geneva.
        ["שיחות"] = "talks", ["דיונים"] = "discussions", ["דיון"] = "discussion", ["פגישות"] = "meetings", ["פגישה"] = "meeting",
        ["סיבוב"] = "round", ["סבב"] = "round", ["הבא"] = "next", ["הבאה"] = "next", ["משלחת"] = "delegation",
        ["משלחות"] = "delegations", ["נציג"] = "representative", ["נציגים"] = "representatives", ["מדינות"] = "countries",
        ["מדינה"] = "country", ["ארגונים"] = "organizations", ["ארגון"] = "organization", ["חדר"] = "room",
        // Places, people and parties.
        ["רוסיה"] = "Russia", ["רוסים"] = "Russians", ["רוסי"] = "Russian", ["רוסית"] = "Russian", ["גאורגיה"] = "Georgia",
        ["גרוזיה"] = "Georgia", ["גאורגים"] = "Georgians", ["גאורגי"] = "Georgian", ["גאורגית"] = "Georgian",
        ["גרוזינים"] = "Georgians", ["גרוזיני"] = "Georgian", ["אוסטיה"] = "Ossetia", ["אוסטי"] = "Ossetian",
        ["אוסטים"] = "Ossetians", ["אוסטית"] = "Ossetian", ["דרום"] = "South", ["אבחזיה"] = "Abkhazia", ["אבחזי"] = "Abkhaz",
        ["אבחזים"] = "Abkhaz", ["ז'נבה"] = "Geneva", ["ג'נבה"] = "Geneva", ["ז׳נבה"] = "Geneva", ["נאטו"] = "NATO",
        ["נאט\"ו"] = "NATO", ["ארה\"ב"] = "US", ["ארהב"] = "US", ["אמריקה"] = "US", ["אמריקאים"] = "Americans",
        ["אמריקאי"] = "American", ["אמריקאית"] = "American", ["אמריקנים"] = "Americans", ["וושינגטון"] = "Washington",
        ["אירופה"] = "Europe", ["האיחוד"] = "EU", ["איחוד"] = "union", ["או\"ם"] = "UN", ["האו\"ם"] = "UN", ["אום"] = "UN",
        ["מוסקבה"] = "Moscow", ["קרמלין"] = "Kremlin", ["קרים"] = "Crimea", ["טביליסי"] = "Tbilisi", ["צחינוואלי"] = "Tskhinvali",
        ["צחינבלי"] = "Tskhinvali", ["צחינוולי"] = "Tskhinvali", ["סוחומי"] = "Sokhumi",
        ["פוטין"] = "Putin", ["טיבילוב"] = "Tibilov", ["טיבלוב"] = "Tibilov", ["ליאוניד"] = "Leonid", ["מוגריני"] = "Mogherini",
        ["מוגרני"] = "Mogherini", ["פדריקה"] = "Federica", ["פסאקי"] = "Psaki", ["פסקי"] = "Psaki", ["ג'ן"] = "Jen",
        ["קרסין"] = "Karasin", ["קראסין"] = "Karasin", ["גריגורי"] = "Grigory", ["טרנסקווקזיה"] = "Transcaucasia",
        ["טרנס-קווקזיה"] = "Transcaucasia", ["קווקז"] = "Caucasus", ["ישראל"] = "Israel", ["סין"] = "China",
        ["אוקראינה"] = "Ukraine", ["מנהיג"] = "leader", ["שליט"] = "leader", ["נשיא"] = "president",
        ["תפקיד"] = "role", ["עיר"] = "city", ["בירה"] = "capital", ["עיתונאי"] = "journalist", ["עיתונאית"] = "journalist",
        ["כתב/ת"] = "author", ["הכתב/ת"] = "author", ["הכתב"] = "author", ["אזור"] = "region", ["חלק"] = "part",
        // The bot and small talk.
        ["שלום"] = "hello", ["היי"] = "hi", ["הי"] = "hi", ["אהלן"] = "hi", ["תודה"] = "thanks", ["תודות"] = "thanks",
        ["ביי"] = "bye", ["להתראות"] = "goodbye", ["סבבה"] = "ok", ["אחי"] = "bro", ["עזרה"] = "help", ["בוט"] = "bot",
        ["מכונה"] = "machine", ["רובוט"] = "robot", ["דעתך"] = "your opinion", ["בבקשה"] = "please",
    };

    // Words in Latin letters, as Israelis type them ("ma ze", "kama kesef", "ha'heskem").
    private static readonly Phrasebook LatinPhrases = new(Polish.Marked(new Dictionary<string, string>
    {
        ["ma ze"] = "what is", ["mi ze"] = "who is", ["mi zot"] = "who is", ["ma zot"] = "what is", ["ma ata"] = "what are you",
        ["mi ata"] = "who are you", ["ma kara"] = "what happened", ["ma kore im"] = "what happens to", ["ma kore"] = "what happens",
        ["ma im"] = "what about", ["ma hayu"] = "what were", ["ma haya"] = "what happened", ["toda raba"] = "thanks a lot",
        ["ma ata yodea la'asot"] = "what can you do", ["ma daatcha"] = "what do you think", ["ma daatech"] = "what do you think",
        ["amad berosh"] = "headed", ["amad be'rosh"] = "headed", ["be'sof"] = "in the end", ["ha'ichud ha'eiropi"] = "EU",
        ["ha'sevev ha'ba"] = "next round", ["ha'sivuv ha'ba"] = "next round", ["drom osetia"] = "South Ossetia",
        ["ktava shel mi"] = "who wrote the article", ["ma ha'kesher shel nato"] = "what is the NATO concern",
        ["yoter kitzoni"] = "goes deeper", ["ma ha'kesher"] = "what is the connection", ["ma nishma"] = "hi",
        ["gam shama"] = "also there", ["ma ha'sipur"] = "what is the story",
    }));

    private static readonly Dictionary<string, string> LatinWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ma"] = "what", ["mi"] = "who", ["matai"] = "when", ["eifo"] = "where", ["eyfo"] = "where", ["kama"] = "how much",
        ["lama"] = "why", ["eich"] = "how", ["eize"] = "which", ["eizo"] = "which", ["shel"] = "of", ["im"] = "with",
        ["al"] = "about", ["et"] = string.Empty, ["ze"] = "this", ["zot"] = "this", ["po"] = "here", ["bein"] = "between",
        ["akhshav"] = "now", ["achshav"] = "now", ["gam"] = "also", ["yoter"] = "more", ["o"] = "or", ["sof"] = "end",
        ["hayta"] = "was", ["haya"] = "was", ["hayu"] = "were", ["chatam"] = "signed", ["chatma"] = "signed", ["chatmu"] = "signed",
        ["hatam"] = "signed", ["hatmu"] = "signed", ["nechtam"] = "was signed", ["amar"] = "said", ["amra"] = "said",
        ["amru"] = "said", ["natnu"] = "gave", ["natan"] = "gave", ["mekabelet"] = "gets", ["mekablim"] = "get", ["kibla"] = "got",
        ["nihel"] = "chaired", ["nihlu"] = "chaired", ["sikmu"] = "agreed", ["bikshe"] = "asked", ["biksha"] = "asked",
        ["bikshu"] = "asked", ["achraim"] = "responsible", ["akhraim"] = "responsible", ["achrai"] = "responsible",
        ["kara"] = "happened", ["kore"] = "happens", ["heskem"] = "treaty", ["hesekm"] = "treaty", ["amana"] = "treaty",
        ["shanim"] = "years", ["kesef"] = "money", ["rubal"] = "rubles", ["rubalim"] = "rubles", ["bitachon"] = "security",
        ["bitahon"] = "security", ["tzava"] = "army", ["gvul"] = "border", ["gvulot"] = "borders", ["matzav"] = "situation",
        ["kesher"] = "connection", ["sipur"] = "story", ["tguvot"] = "reactions", ["tguva"] = "reaction", ["mishlachat"] = "delegation",
        ["sevev"] = "round", ["pgishot"] = "meetings", ["pgisha"] = "meeting", ["sichot"] = "talks", ["natzig"] = "representative",
        ["shem"] = "name", ["ktava"] = "article", ["kitzoni"] = "extreme", ["daatcha"] = "your opinion",
        ["rusim"] = "Russians", ["rusit"] = "Russian", ["rusia"] = "Russia", ["gruzia"] = "Georgia", ["gruzinim"] = "Georgians",
        ["gruzini"] = "Georgian", ["gruzinit"] = "Georgian", ["osetia"] = "Ossetia", ["abkhazia"] = "Abkhazia",
        ["geneva"] = "Geneva", ["zheneva"] = "Geneva", ["krim"] = "Crimea", ["ogust"] = "August", ["august"] = "August",
        ["amerika'im"] = "Americans", ["amerikaim"] = "Americans", ["ichud"] = "union", ["eiropi"] = "European",
        ["sukhumi"] = "Sokhumi", ["tibilov"] = "Tibilov", ["mogerini"] = "Mogherini", ["psaki"] = "Psaki", ["drom"] = "South",
        ["toda"] = "thanks", ["raba"] = "a lot", ["ahalan"] = "hi", ["ahlan"] = "hi", ["shalom"] = "hello", ["lehitraot"] = "goodbye",
        ["lehit"] = "bye", ["yodea"] = "know", ["la'asot"] = "do", ["ata"] = "you",
        ["ole"] = "costs", ["shaar"] = "rate", ["dat"] = "religion", ["ikarit"] = "main", ["hayom"] = "today",
    };

    // Words only Hebrew writes in Latin letters; those other languages write too ("toda", "kama", "gam") count only with
    // another. Not "kara" (Turkish, Georgian), "dat" (Dutch) nor "gruzini" (Polish), which their readers have.
    private static readonly MarkerWords LatinMarkers = new(
    [
        "matai", "eifo", "eyfo", "shel", "heskem", "chatam", "chatmu", "hatmu", "nechtam", "achraim", "akhraim", "akhshav",
        "achshav", "tzava", "kesef", "mekabelet", "mekablim", "natnu", "sikmu", "nihel", "bikshe", "gvul", "matzav", "kesher",
        "tguvot", "sipur", "mishlachat", "sevev", "pgishot", "sichot", "natzig", "ktava", "kitzoni", "yoter", "hayta",
        "daatcha", "gruzinim", "gruzinit", "lehitraot", "rubal", "shanim", "amru", "bitachon", "eize", "yodea",
        "shaar", "ikarit", "hayom",
    ],
    ["toda", "raba", "kama", "amar", "haya", "hayu", "gam", "ahalan", "rusim", "krim", "ogust"],
    apostrophes: true);

    /// <summary>The English of a message in Latin-letter Hebrew: phrases, then the glued "ha'", "be'", "le'", then words.</summary>
    private static string FromLatin(string text)
    {
        text = LatinPhrases.InEnglish(text);
        text = LatinWord().Replace(text, m =>
        {
            if (m.Groups["english"].Success)
            {
                return m.Value;
            }

            var word = m.Value;
            if (LatinWords.TryGetValue(word, out var english))
            {
                return english;
            }

            // "ha'heskem", "be'geneva", "la'natzig": the glued article or preposition, then the word.
            if (GluedLatin().Match(word) is { Success: true } glued)
            {
                var rest = glued.Groups["rest"].Value;
                var prefix = glued.Groups["prefix"].Value.ToLowerInvariant() switch
                {
                    "ha" => string.Empty,
                    "be" or "ba" => "in ",
                    "le" or "la" => "to ",
                    "me" or "mi" => "from ",
                    _ => string.Empty,
                };
                return prefix + (LatinWords.TryGetValue(rest, out var after) ? after : rest);
            }

            return word;
        });
        text = text.Replace("\u0001", string.Empty).Replace("\u0002", string.Empty);
        return Russian.AskedByItsMark(Spaces().Replace(text, " ").Trim().Replace(" ?", "?"));
    }

    // The phrases, longest first, between word edges.
    private static Regex? scriptPhrase;

    private static Regex ScriptPhrase() => scriptPhrase ??= ReaderTables.PhrasesBetweenWordEdges(ScriptPhrases.Keys, "\u05D0-\u05EA");

    // A run of Hebrew letters, with a geresh or gershayim inside ("ז'נבה", "ארה\"ב"), or a phrase already read.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|[\u05D0-\u05EA](?:[\u05D0-\u05EA]|['\"/](?=[\u05D0-\u05EA]))*'?")]
    private static partial Regex ScriptWord();

    [GeneratedRegex(@"(?<![\u05D0-\u05EA])(?<prefix>[בלמו])-?(?=\d)")]
    private static partial Regex GluedToNumber();

    [GeneratedRegex(@"(?:(?<how>איך)\s+)?(?<![\u05D0-\u05EA])(?:קוראים|קראו|קוראת|קורא)\s+ל(?=[\u05D0-\u05EA])")]
    private static partial Regex Naming();

    [GeneratedRegex(@"(?<![\u05D0-\u05EA])חלק\s+מ(?=[\u05D0-\u05EA])")]
    private static partial Regex PartOf();

    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|[\\p{L}]+(?:'[\\p{L}]+)*")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"^(?<prefix>ha|be|ba|le|la|me|ve|va|she)'(?<rest>\p{L}+(?:'\p{L}+)*)$", RegexOptions.IgnoreCase)]
    private static partial Regex GluedLatin();

    // "ma ze drom osetia", "mi zot psaki", "ma ata": opening a message, a question only Hebrew asks so.
    [GeneratedRegex(@"^\W*(?:ma|mi)\s+(?:ze|zot|ata|amru|kara|hayu|ha'\p{L}+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LatinOpening();

    // "ha'heskem", "be'geneva", "la'natzig": an article or preposition glued by an apostrophe, as no other language glues it.
    [GeneratedRegex(@"(?<![\p{L}'])(?:ha|be|ba|le|la|ve)'\p{L}{3,}", RegexOptions.IgnoreCase)]
    private static partial Regex LatinGlued();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
