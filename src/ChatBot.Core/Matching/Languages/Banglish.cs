using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Banglish, Bengali as readers from Bangladesh and West Bengal type it in Latin letters and mix it with English, from a
/// few words up to whole Bengali questions around English nouns: "treaty ta ke sign korse?" asks who signed the treaty,
/// "Putin koto taka dibe South Ossetia ke?" how much money Putin will give South Ossetia, "kobe sign hoise?" when it was
/// signed, "kothay sign hoise?" where, "EU ki bolse?" what the EU said, "chukti r meyad koto din?" how long the treaty
/// lasts, "Tskhinvali mane ki?" what Tskhinvali means, "tumi ki bot naki manush?" whether it is a bot; "dhonnobad",
/// "nomoskar" and "allah hafez" are small talk's thanks, hello and goodbye. The bot reads words, not word order, so the
/// words are rewritten one by one, each spelled as chat spells it ("korse", "koreche", "korsilo"; "kothay", "kothai");
/// an English verb with Bengali's "did" or "was" is that verb done ("sign korse" signed, "defend korbe" will defend).
/// Two words have two uses: "ke" asks who, or after a noun, in a question that asks something else, says to whom ("South
/// Ossetia ke koto taka dibe?"); "ki" asks what. Only in a message with a word English and the other readers' languages
/// have not ("korse", "hoise", "kothay", "koto", "niye", "chukti", "tumi"), two it shares with them ("kobe", "eta",
/// "ase", "amar"), or a question that ends as only Bengali ends one ("South Ossetia r leader ke?", "abkhazia r status
/// ki"); "ki", "ke", "na", "ar", "kon", "desh" and "bhai", which Hindi and Lithuanian write, are no sign of Bengali.
/// A question word Bengali puts last is put first when it is the only one ("putin er full name ki" what is Putin's full
/// name, which the article does not give, not what the treaty is named), and Bengali script is read as Banglish first
/// (see Banglish.Script).
/// </summary>
internal static partial class Banglish
{
    /// <summary><paramref name="text"/> with Bengali words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        // "চুক্তি কবে সই হয়েছে?": Bengali script, read in Latin letters first; no other reader writes it.
        var script = BengaliLetter().IsMatch(text);
        text = FromBengali(text);
        if (!script && !Markers.AreIn(text) && !EndsAsBengali().IsMatch(text))
        {
            return text;
        }

        // "ki ki", "ke ke", "kon kon": asked of several, once is enough in English.
        text = Repeated().Replace(text, "${word}");
        // "EU ki bolse?", "Georgia ki bollo eta niye?": what someone said, asked as English asks it.
        text = WhatSaid().Replace(text, "\u0001what did\u0002 ${who} \u0001say\u0002");
        // "treaty te army niye ki bola ase": what the treaty says about the army; "2017 er moddhe": by 2017.
        text = SaidIn().Replace(text, "\u0001what does the\u0002 ${where} \u0001say about\u0002 ${about}");
        text = ByYear().Replace(text, "\u0001by\u0002 ${year}");
        text = WhatDoes().Replace(text, m => $"\u0001what{(m.Groups["thing"].Success ? " job" : string.Empty)} does\u0002 {m.Groups["who"].Value} \u0001do\u0002{m.Groups["end"].Value}");
        text = Phrases.InEnglish(text);
        text = DoneWas().Replace(text, "${done}");
        text = AskedLast().Replace(text, m => OtherQuestion().IsMatch(m.Groups["rest"].Value) ? m.Value
            : $"\u0001{(m.Groups["q"].Value.ToLowerInvariant() == "ki" ? "what" : "who")} is\u0002 {m.Groups["rest"].Value}{m.Groups["end"].Value}");
        // "sign korse", "defend korbe", "sign hoise": an English verb with Bengali's "did", "will" or "was".
        text = VerbDone().Replace(text, m => m.Groups["will"].Success ? $"\u0001will {m.Groups["verb"].Value}\u0002" : $"\u0001{ReaderTables.PastOf(m.Groups["verb"].Value)}\u0002");
        // "South Ossetia r leader ke?": the words Bengali has and English has not ("r", "er") leave no gap behind.
        return ReaderTables.WithoutGaps(WordByWord(text));
    }

    // Each word in English, "ke" read with the rest of its question.
    private static string WordByWord(string text)
    {
        // "South Ossetia ke koto taka dibe?": with another question word, "ke" after a noun is "to".
        var asksOther = OtherQuestion().IsMatch(text);
        return Word().Replace(text, m =>
        {
            if (m.Groups["english"].Success)
            {
                return m.Groups["english"].Value;
            }

            var lower = m.Value.ToLowerInvariant();
            if (lower is "ke" or "k")
            {
                var before = text.AsSpan(0, m.Index).TrimEnd();
                var opens = before.IsEmpty || !char.IsLetter(before[^1]);
                return asksOther && !opens ? "to" : "who";
            }

            return Words.TryGetValue(lower, out var english) ? english : m.Value;
        });
    }

    // Several words that mean one thing, read before the words one by one.
    private static readonly Phrasebook Phrases = new(ReaderTables.Marked(new Dictionary<string, string>
    {
        // Asking what a thing is or means.
        ["mane ki"] = "what does mean", ["bolte ki bujhay"] = "what does mean", ["bolte ki bujhacche"] = "what does mean",
        ["bolte ki bujhaise"] = "what does mean", ["bolte kader bujhay"] = "who does mean", ["bolte ki bojhay"] = "what does mean",
        ["ki jinish"] = "what is", ["ta ki"] = "what is", ["ki bepar"] = "what is the matter", ["kisher bepar"] = "what is about",
        ["kiser bepar"] = "what is about", ["bepar ta ki"] = "what is it about",
        ["koto din"] = "how long", ["kotodin"] = "how long", ["koto bochor"] = "how many years", ["koto bochorer"] = "how many years",
        ["koto taka"] = "how much money", ["koto poisa"] = "how much money", ["koto paisa"] = "how much money",
        ["koto tarikh"] = "what date", ["kon din"] = "what day", ["kon jaiga"] = "what place", ["kon jayga"] = "what place",
        ["kothakar"] = "where is", ["ki niye"] = "what about", ["kiser jonno"] = "why", ["kisher jonno"] = "why",
        ["kar ghare"] = "whose", ["kar kache"] = "to whom",
        // The bot, help and small talk.
        ["tumi ke"] = "who are you", ["apni ke"] = "who are you", ["tumi ki"] = "are you", ["apni ki"] = "are you",
        ["ki tumi"] = "what are you", ["tumi ki parba"] = "what can you do", ["tumi ki paro"] = "what can you do", ["naki manush"] = "or human", ["jiggesh korte pari"] = "can I ask",
        ["jigges korte pari"] = "can I ask", ["jiggasa korte pari"] = "can I ask", ["ki parba"] = "what can you do",
        ["ki paro"] = "what can you do", ["ki korte paro"] = "what can you do", ["ki korte parba"] = "what can you do",
        ["tomar ki mone hoy"] = "what do you think", ["apnar ki mone hoy"] = "what do you think", ["mone hoy"] = "do you think",
        ["thik korse"] = "did right", ["ferot pabe"] = "will get back", ["war lagbe"] = "war will start", ["juddho lagbe"] = "war will start",
        ["allah hafez"] = "goodbye", ["khoda hafez"] = "goodbye", ["pore kotha hobe"] = "talk later, bye",
        ["accha thik ase"] = "ok", ["thik ase"] = "ok", ["kemon acho"] = "", ["kemon achen"] = "",
        ["helpful chilo"] = "was helpful",
        // What happened, what was said.
        ["ki hoise"] = "what happened", ["ki hoyeche"] = "what happened", ["ki holo"] = "what happened", ["ki hocchilo"] = "what was happening",
        ["ki hoisilo"] = "what happened", ["ki bolse"] = "what did say", ["ki bollo"] = "what did say", ["ki boleche"] = "what did say",
        ["ki bola ase"] = "what does say", ["sign kora"] = "signed", ["signing ta"] = "signing",
        ["ek kothay bolo"] = "in short tell", ["main kotha"] = "main point",
        ["kotha hoise"] = "talked", ["sign board"] = "sign",
        // The article's places.
        ["jinish ta ki"] = "what is", ["ta ki jinish"] = "what is", ["first time shunlam"] = "", ["ki thik korse"] = "was right",
        ["ke ba ki"] = "what is", ["dayitto kar ghare porlo"] = "who is responsible", ["korar por"] = "after", ["dariye gelo"] = "became",
        ["ektu details dao"] = "tell me details", ["details dao"] = "tell me details", ["bolo to"] = "tell me",
        ["ek e din e"] = "on the same day", ["ek i dine"] = "on the same day", ["ki statement dise"] = "what did say",
        ["ki kaaj kore"] = "what job does", ["ta ki chilo"] = "what was", ["ki alada desh"] = "is separate country", ["short e bolo"] = "summary", ["ar ki"] = "what else", ["korte parchi na"] = "can't",
        ["s ossetia"] = "South Ossetia", ["state dept"] = "State Department",
        // Guarding, writing, deciding, discussing, as chat says them.
        ["pahara dibe"] = "will guard", ["pahara debe"] = "will guard", ["pahara dey"] = "guards", ["pahara dicche"] = "is guarding",
        ["kar lekha"] = "who wrote", ["ki hobe"] = "what will happen", ["kar under e"] = "under whose", ["kar hate"] = "in whose hands",
        ["alochona holo"] = "was discussed", ["alochona hoise"] = "was discussed", ["alochona hoyechilo"] = "was discussed",
        ["alochona hoyeche"] = "was discussed", ["kon gula"] = "which are", ["kon gulo"] = "which are", ["concern dekhaise"] = "expressed concern",
        ["ber hoilo"] = "came out", ["ber holo"] = "came out", ["sesh e"] = "in the end", ["shesh e"] = "in the end", ["last e"] = "at the end",
        ["ki decision nilo"] = "what decision was made", ["porichoy ki"] = "who is", ["kon desher"] = "which country's",
        ["bar bar"] = "again and again", ["ki bolse ora"] = "what did they say", ["help holo"] = "it helped",
        ["tumi ki jano"] = "what do you know", ["ki jiggesh korbo"] = "what should I ask", ["ki vabe"] = "how", ["use korbo"] = "do I use",
        ["ki valo korlo"] = "was right", ["ki valo korse"] = "was right", ["ki valo koreche"] = "was right", ["ki thik korlo"] = "was right",
        ["join kore felbe"] = "will join", ["future e"] = "in the future", ["ki kora uchit"] = "what should do",
        ["ki type er"] = "what type of", ["naam ki bola ase"] = "what is it called", ["kon jaygay"] = "where", ["kon jaygae"] = "where",
        ["ki protikriya diyeche"] = "how did react", ["ki protikriya dise"] = "how did react", ["ki protikriya dilo"] = "how did react",
        ["ki reaction dise"] = "how did react", ["ki reaction dilo"] = "how did react", ["ki reaction diyeche"] = "how did react",
        ["ki proshno kora jay"] = "what can I ask", ["proshno kora jay"] = "can I ask", ["kotha keno eseche"] = "why is mentioned",
        ["kotha keno aslo"] = "why is mentioned", ["koto bosor"] = "how many years", ["kto bosor"] = "how many years",
        ["kto bochor"] = "how many years", ["e kara chilo"] = "who attended", ["te kara chilo"] = "who attended",
        ["summary dao"] = "give me a summary", ["ki warning dise"] = "what warning was given", ["ki warning dilo"] = "what warning was given", ["compare korle ki dekha jay"] = "how do compare", ["kemon daralo"] = "how became",
    }));

    // One word each, as chat spells it.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Question words.
        ["ki"] = "what", ["kii"] = "what", ["kara"] = "who", ["kader"] = "who", ["kar"] = "whose", ["kobe"] = "when",
        ["kokhon"] = "when", ["kothay"] = "where", ["kothai"] = "where", ["kothae"] = "where", ["kothao"] = "where",
        ["koto"] = "how much", ["koyta"] = "how many", ["keno"] = "why", ["kno"] = "why", ["kivabe"] = "how",
        ["kibhabe"] = "how", ["kemne"] = "how", ["kemon"] = "how", ["kon"] = "which", ["konta"] = "which", ["konti"] = "which",
        ["naki"] = "or", ["na"] = "or",
        // Being, happening, doing, saying.
        ["hoise"] = "happened", ["hoyeche"] = "happened", ["hoyse"] = "happened", ["hoisilo"] = "happened", ["hoyechilo"] = "happened",
        ["holo"] = "happened", ["hoilo"] = "happened", ["hoy"] = "is", ["hoye"] = "become", ["hocche"] = "is", ["hosse"] = "is",
        ["hocchilo"] = "was", ["hobe"] = "will be", ["chilo"] = "was", ["chhilo"] = "was", ["silo"] = "was", ["cilo"] = "was",
        ["ase"] = "is", ["ache"] = "is", ["achhe"] = "is", ["thakbe"] = "will be", ["thake"] = "is",
        ["korse"] = "did", ["koreche"] = "did", ["korlo"] = "did", ["korsilo"] = "did", ["korechilo"] = "did", ["korbe"] = "will do",
        ["kore"] = "does", ["kora"] = "done", ["korte"] = "to do", ["korar"] = "doing", ["koro"] = "do",
        ["dibe"] = "will give", ["debe"] = "will give", ["dise"] = "gave", ["diyeche"] = "gave", ["dilo"] = "gave", ["dicche"] = "is giving",
        ["deya"] = "given", ["dewa"] = "given", ["dao"] = "give", ["pabe"] = "will get", ["pelo"] = "got", ["peyeche"] = "got",
        ["bolse"] = "said", ["boleche"] = "said", ["bollo"] = "said", ["bolche"] = "says", ["bole"] = "call", ["bolo"] = "tell",
        ["bola"] = "said", ["likhse"] = "wrote", ["likheche"] = "wrote", ["likhlo"] = "wrote", ["dekhbe"] = "will look after",
        ["jabe"] = "will go", ["gele"] = "joins", ["aslo"] = "came up", ["eseche"] = "came up", ["ashche"] = "comes up",
        ["pathaisilo"] = "sent", ["pathiyechilo"] = "sent", ["boshbe"] = "will meet", ["dariye"] = "stands", ["dariyeche"] = "stands",
        ["porlo"] = "fell", ["banale"] = "build", ["khepe"] = "angry", ["bujhlam"] = "understand", ["shunlam"] = "heard",
        ["jiggesh"] = "ask", ["pari"] = "can I", ["parba"] = "can you", ["paro"] = "can you", ["chole"] = "go",
        // Function words.
        ["er"] = string.Empty, ["r"] = string.Empty, ["ta"] = "the", ["ti"] = "the", ["tar"] = "the", ["ei"] = "this",
        ["oi"] = "that", ["eta"] = "this", ["eita"] = "this", ["ota"] = "that", ["oita"] = "that", ["te"] = "in", ["e"] = "in",
        ["theke"] = "from", ["sathe"] = "with", ["shathe"] = "with", ["songe"] = "with", ["niye"] = "about", ["jonno"] = "for",
        ["jnno"] = "for", ["moddhe"] = "between", ["modhye"] = "between", ["age"] = "before", ["ager"] = "previous", ["por"] = "after",
        ["pore"] = "later", ["porer"] = "next", ["upor"] = "on", ["onujayi"] = "under", ["onujaye"] = "under", ["ekhon"] = "now",
        ["akhon"] = "now", ["ar"] = "and", ["o"] = string.Empty, ["kono"] = "any", ["kichu"] = "something", ["ektu"] = "a little",
        ["beshi"] = "more", ["alada"] = "different", ["eto"] = "so much", ["abar"] = "again", ["arekta"] = "another",
        ["ekta"] = "a", ["dui"] = "two", ["duita"] = "two", ["jon"] = "people", ["shesh"] = "finally", ["sobai"] = "all",
        ["sobar"] = "everyone", ["nije"] = "himself", ["gulo"] = string.Empty, ["gula"] = string.Empty, ["guli"] = string.Empty,
        ["ra"] = string.Empty, ["der"] = string.Empty, ["tumi"] = "you", ["apni"] = "you", ["tomar"] = "your", ["apnar"] = "your",
        ["ami"] = "I", ["amar"] = "my", ["ora"] = "they", ["tara"] = "they", ["oder"] = "their", ["tader"] = "their",
        ["bhai"] = string.Empty, ["ba"] = "or", ["mote"] = "view", ["onno"] = "other", ["kache"] = "to", ["gese"] = "became",
        ["jaoa"] = "joining", ["bolte"] = string.Empty, ["bujhaise"] = "means", ["bujhay"] = "means", ["bujhacche"] = "means",
        ["mane"] = "means", ["dariye"] = string.Empty, ["dariyeche"] = string.Empty, ["designation"] = "job", ["capital"] = "capital city",
        // The article's things.
        ["chukti"] = "treaty", ["chuktir"] = "treaty", ["chuktita"] = "treaty", ["chuktite"] = "treaty", ["taka"] = "money",
        ["poisa"] = "money", ["paisa"] = "money", ["desh"] = "country", ["naam"] = "name", ["nam"] = "name", ["tarikh"] = "date",
        ["din"] = "day", ["bochor"] = "years", ["bochhor"] = "years", ["bosor"] = "years", ["bochorer"] = "years", ["mash"] = "months",
        ["jaiga"] = "place", ["jayga"] = "place", ["lok"] = "people", ["manush"] = "human", ["pokkho"] = "side", ["dayitto"] = "responsibility",
        ["pahara"] = "guard", ["somossa"] = "problem", ["shomossha"] = "problem", ["obostha"] = "situation", ["obosta"] = "situation",
        ["bepar"] = "matter", ["kotha"] = "talk", ["mukhpatro"] = "spokeswoman", ["mukhopatro"] = "spokeswoman", ["lekhok"] = "author",
        ["duniya"] = "world", ["dunia"] = "world", ["prithibi"] = "world", ["meyad"] = "term", ["kaaj"] = "job", ["kaj"] = "job",
        ["uchcharon"] = "pronounce", ["nosto"] = "damage", ["jei"] = "that", ["oitar"] = "its", ["cheye"] = "than", ["daralo"] = "became",
        ["korle"] = "if", ["nibe"] = "will take", ["nirapotta"] = "security", ["gelo"] = "went", ["sena"] = "army", ["kase"] = "to",
        ["kto"] = "how much", ["cholbe"] = "will last", ["alochona"] = "talks", ["egula"] = "these", ["cochair"] = "co-chairs",
        ["tension"] = "concern", ["dekhaise"] = "showed", ["somporko"] = "relation", ["bhangar"] = "damaging", ["bhanga"] = "damaging",
        ["nilo"] = "took", ["bishoye"] = "matter", ["bosbe"] = "will meet", ["kake"] = "to whom", ["vai"] = string.Empty,
        ["porichoy"] = "identity", ["desher"] = "country's", ["asche"] = "comes up", ["khepse"] = "angry", ["tulse"] = "raised",
        ["onek"] = "a lot", ["jano"] = "know", ["korbo"] = "should I", ["tomake"] = "you", ["valo"] = "good", ["felbe"] = string.Empty,
        ["puro"] = "fully", ["uchit"] = "should", ["kbe"] = "when", ["jaygay"] = "where", ["jaygae"] = "where",
        ["protikriya"] = "reaction", ["proshno"] = "question", ["prosno"] = "question", ["lekha"] = "written", ["sal"] = string.Empty, ["jay"] = "can",
        ["stand"] = "stance",
        // Small talk.
        ["nomoskar"] = "hello", ["nomoshkar"] = "hello", ["namaskar"] = "hello", ["dhonnobad"] = "thanks", ["dhonnyobad"] = "thanks",
        ["dhonyobad"] = "thanks", ["donnobad"] = "thanks", ["dhanyabad"] = "thanks", ["tx"] = "thanks", ["accha"] = "ok",
    };

    // A message is Banglish when it has a word only Bengali writes, or two it shares with English, Hindi or the Romance
    // languages ("kobe" is a city, "ami" and "amar" French and Spanish, "tomar" Spanish, "oder" German, "apni" Hindi).
    private static readonly MarkerWords Markers = new(
    [
        "korse", "koreche", "korlo", "korsilo", "korechilo", "korbe", "korte", "korar", "hoise", "hoyeche", "hoisilo", "hoyechilo",
        "hocche", "hocchilo", "chilo", "chhilo", "kothay", "kothai", "kothae", "kothakar", "koto", "kotodin", "keno", "kivabe",
        "kibhabe", "kemne", "kemon", "kichu", "niye", "theke", "sathe", "shathe", "jonno", "moddhe", "ekhon", "akhon", "naki",
        "dibe", "debe", "dicche", "diyeche", "pabe", "jabe", "bolse", "bollo", "boleche", "bolche", "likhse", "likheche", "tumi",
        "chukti", "chuktir", "poisa", "bochor", "bochhor", "bochorer", "bosor", "dhonnobad", "dhonnyobad", "dhonyobad", "donnobad",
        "nomoskar", "nomoshkar", "dayitto", "somossa", "obostha", "bepar", "jinish", "bujhlam", "shunlam", "onujayi", "jiggesh",
        "parba", "manush", "ferot", "lagbe", "ashche", "aslo", "gelo", "hobe", "sobai", "sobar", "ekta", "duita", "arekta",
        "porer", "ektu", "beshi", "alada", "dekhbe", "pahara", "mukhpatro", "lekhok", "thakbe", "meyad", "boshbe", "pathaisilo",
        "uchcharon", "parchi", "pokkho", "dariye", "bujhay", "bujhacche", "bujhaise", "apnar", "hafez", "ase", "jaiga", "jayga",
        "kotha", "kaaj", "jaoa", "gese", "kache", "dise", "onno", "kbe", "jaygay", "jaygae", "desher", "bosbe", "cholbe", "khepse",
        "tulse", "onek", "felbe", "uchit", "porichoy", "alochona", "somporko", "nirapotta", "dekhaise", "bhangar", "egula", "nilo",
        "nibe", "korbo", "tomake", "protikriya", "proshno", "daralo", "korle", "cheye", "oitar",
    ],
    ["jano", "kake", "lekha", "kase", "valo", "jei", "kobe", "eta", "ei", "ache", "kono", "tomar", "apni", "ami", "amar", "oder", "taka", "pelo", "holo", "mane", "bole"]);

    // A word, or the English of a phrase, marked so that its words are not read again; a hyphenated word is one word.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+(?:-\\p{L}+)*")]
    private static partial Regex Word();

    // "South Ossetia r leader ke?", "abkhazia r status ki", "Tibilov ta ke bhai", "sign kora dui jon ke?": a noun with
    // Bengali's "of", "the" or "people" and the question word last; "Sokhumi ki?", "Tskhinvali mane ki?": a name and "what"
    // alone; "South Ossetia ki Georgia r part?", "date ta ki signing er?": "ki" with Bengali's "of" or "the" (not
    // "in": Hungarian asks "ki vagy te?"). No Hindi, English or other reader's question is made so: Hindi's "ki" is "of" and never ends a question.
    [GeneratedRegex(@"(?<!\p{L})(?:r|er|ta|tar|jon)\s+(?:\p{L}+\s+){0,3}(?:ki|ke|k|kon\s+(?:gula|gulo))(?:\s+(?:bhai|vai|bro))?\s*[?!.]*\s*$|^\W*\p{L}{4,}(?:\s+mane)?\s+ki(?:\s+(?:bhai|vai|bro))?\s*\?*\s*$|^\W*(?:eta|eita)\s+ki(?!\p{L})|(?<!\p{L})(?:thanks|tnx|thx|dao|bolo)\s+(?:vai|bhai)\s*[?!.]*\s*$|(?<!\p{L})(?:ki|kon\s+\p{L}+)\s+kore\s*[?!.]*\s*$|(?<!\p{L}|(?:in|to|from|at|of|and|visit)\s)(?-i:kobe)\s*\?+\s*$|(?<!\p{L})ki(?!\p{L}).*?(?<!\p{L})(?:r|er|ta|tar)(?!\p{L})|(?<!\p{L})(?:r|er|ta|tar)(?!\p{L}).*?(?<!\p{L})ki(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex EndsAsBengali();

    [GeneratedRegex(@"(?<who>(?<!\p{L})(?:\p{Lu}[\p{L}.]*)(?:\s+\p{Lu}[\p{L}.]*)*)\s+ki\s+(?:bollo|bolse|boleche|bolche)(?!\p{L})")]
    private static partial Regex WhatSaid();

    [GeneratedRegex(@"(?<!\p{L})(?<where>\p{L}+)\s+te\s+(?<about>\p{L}+)\s+niye\s+ki\s+(?:bola|lekha)\s+(?:ase|ache|hoyeche|hoise)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex SaidIn();

    [GeneratedRegex(@"(?<!\p{L})(?<year>(?:19|20)\d\d)\s+(?:er|r)\s+(?:moddhe|modhye)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex ByYear();

    [GeneratedRegex(@"(?<!\p{L})(?<word>ki|ke|kon|kara)\s+\k<word>(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Repeated();

    // Another question word than "ke", by which "ke" after a noun says to whom.
    [GeneratedRegex(@"(?<!\p{L})(?:ki|koto|kobe|kothay|kothai|keno|kivabe|kon|what|how|when|where|why)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex OtherQuestion();

    // An English verb and the Bengali verb that says it was done, will be or is done.
    [GeneratedRegex(@"(?<!\p{L})(?<verb>sign|defend|guard|condemn|recognize|recognise|protest|attend|complain|lead|chair|co-chair|allocate|promise|annex|merge|revise|change|deploy|join|publish|raise|notice|agree|decide|discuss|pledge|fund|support|react|say|give|meet|hold)\s+(?:(?<will>korbe|hobe)|korse|koreche|korlo|korsilo|korechilo|hoise|hoyeche|holo|hoy|hoisilo|hoyechilo|hoye|kore|kora|dilo|dise|diyeche)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex VerbDone();

    // "agreed hoise": an English participle with Bengali's "was", the participle alone.
    [GeneratedRegex(@"(?<!\p{L})(?<done>\p{L}{3,}ed)\s+(?:hoise|hoyeche|holo|hoilo|hoisilo|hoyechilo)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex DoneWas();

    // "putin er full name ki", "South Ossetia r leader ke?": asked last, with no other question word, asked first as English asks.
    [GeneratedRegex(@"^(?<rest>\p{L}[^\u0001\u0002?!.]*?)\s+(?<q>ki|ke|k)(?:\s+(?:bhai|vai|bro))?(?<end>\s*[?!.]*)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AskedLast();

    // "psaki kon job kore", "Tibilov ki kore": what someone does, asked as English asks it.
    [GeneratedRegex(@"^(?<who>\p{L}[^\u0001\u0002?!.]*?)\s+(?:ki|kon\s+(?<thing>job|kaaj|kaj))\s+kore(?<end>\s*[?!.]*)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatDoes();
}
