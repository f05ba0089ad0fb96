using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Tanglish and Tenglish, Tamil and Telugu as South Indian readers type them in Latin letters and mix them with English,
/// from a word up to whole questions around English nouns: Tamil "treaty la yaaru sign pannanga?" asks who signed the
/// treaty, "russia evlo kuduthanga south ossetia ku?" how much Russia gave South Ossetia, "treaty eppo sign pannanga"
/// when it was signed, "EU enna sonnanga?" what the EU said; Telugu "evaru sign chesaru treaty ni?" who signed it,
/// "ossetia ki entha dabbu istunnaru?" how much money Ossetia gets, "ekkada sign chesaru?" where, "south ossetia ante
/// enti?" what South Ossetia is; "vanakkam", "namaskaram", "nandri" and "poitu varen" are small talk's hello, thanks and
/// goodbye. The two languages' own scripts are read into the same Latin spelling first (see Dravidian.Script). The bot
/// reads words, not word order, so the words are mostly rewritten one by one; but both put the question word last
/// ("treaty peru enna?", "leonid tibilov evaru") and a name before "na enna" or "ante enti" is what is asked about, so
/// those questions are turned around ("what is the treaty name?", "who is leonid tibilov"). An English verb with the
/// Tamil or Telugu verb that says it was done is that verb done ("sign pannanga", "sign chesaru", "sign aachu" signed;
/// "guard chestaru" will guard). Only in a message with a word no English and no other reader's language writes
/// ("enna", "yaaru", "evlo", "pannanga", "evaru", "chesaru", "gurinchi", "cheppu"), or two it shares with them ("ante",
/// "enti", "em", "lo", "la", "ku", "ki"), so that English, Spanish "ante", Arabizi "enti" or Portuguese "em" elsewhere
/// keep their meaning.
/// </summary>
internal static partial class Dravidian
{
    /// <summary><paramref name="text"/> with Tamil and Telugu words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        // "ఒప్పందం మీద ఎవరు సంతకం చేశారు?": the scripts, read in Latin letters first.
        var written = text;
        text = FromScript(text);
        if (ReferenceEquals(text, written) && !Markers.AreIn(text) && !WhatIsIt().IsMatch(text))
        {
            return text;
        }

        // "yaaru yaaru", "yaar yaar", "evarevaru": asked of several, once is enough in English.
        text = Repeated().Replace(text, "${word}");
        // "south ossetia na enna?", "tskhinvali ante enti", "abkhazia ante em place": what a name is.
        text = WhatIsIt().Replace(text, m => $"\u0001what is\u0002 {m.Groups["thing"].Value}{(m.Groups["noun"].Success ? " " + m.Groups["noun"].Value : string.Empty)}");
        // "nee yaaru", "enna sonnanga", "evlo varusham": phrases, before a question word last is read.
        text = Phrases.InEnglish(text);
        // "treaty peru enna?", "leonid tibilov evaru", "writer evaru": the question word last, asked first in English;
        // "spokesperson name enna" asks the name of the spokesperson.
        text = AskedLast().Replace(text, m =>
        {
            var asked = Words.GetValueOrDefault(m.Groups["q"].Value.ToLowerInvariant(), "what");
            var (lead, body, end) = (m.Groups["lead"].Value, m.Groups["body"].Value, m.Groups["end"].Value);
            return NameLast().Match(body) is { Success: true } name ? $"{lead}\u0001what is the name of\u0002 {name.Groups["whose"].Value}{end}"
                : HasVerb().IsMatch(body) ? $"{lead}\u0001{asked}\u0002 {body}{end}"
                : $"{lead}\u0001{asked} is\u0002 {body}{end}";
        });
        // "georgia oda part": Georgia's part; "border pathi": about the border.
        text = Possessive().Replace(text, "${noun}'s");
        text = About().Replace(text, "\u0001about\u0002 ${noun}");
        // "sign pannanga", "sign chesaru", "guard chestaru": an English verb with the verb that says it was or will be done.
        text = VerbDone().Replace(text, m => m.Groups["will"].Success ? $"\u0001will {m.Groups["verb"].Value}\u0002"
            : $"\u0001{ReaderTables.PastOf(m.Groups["verb"].Value)}\u0002");
        // Words that say nothing in English ("la" after a name, "ah", "ga") leave no gap behind.
        return ReaderTables.WithoutGaps(WordByWord(text));
    }

    // Each word in English; "aa" is "that" before a noun and only asks at the end.
    private static string WordByWord(string text) => Word().Replace(text, m =>
    {
        if (m.Groups["english"].Success)
        {
            return m.Groups["english"].Value;
        }

        var lower = m.Value.ToLowerInvariant();
        if (lower is "aa" or "ah" or "a")
        {
            var after = text.AsSpan(m.Index + m.Length).TrimStart();
            return lower == "aa" && !after.IsEmpty && char.IsLetter(after[0]) && m.Index == 0 ? "that" : string.Empty;
        }

        return Words.TryGetValue(lower, out var english) ? english : m.Value;
    });

    // Several words that mean one thing, read before the words one by one.
    private static readonly Phrasebook Phrases = new(ReaderTables.Marked(new Dictionary<string, string>
    {
        // Questions of amount, time and place.
        ["evlo varusham"] = "how many years", ["evalo varusham"] = "how many years", ["ethana varusham"] = "how many years",
        ["ethanai varusham"] = "how many years", ["enni samvatsaralu"] = "how many years", ["enni years"] = "how many years",
        ["evlo naal"] = "how long", ["evlo kaalam"] = "how long", ["entha kaalam"] = "how long", ["entha kalam"] = "how long",
        ["evlo panam"] = "how much money", ["evlo kaasu"] = "how much money", ["entha dabbu"] = "how much money",
        ["evlo rubles"] = "how many rubles", ["entha rubles"] = "how many rubles", ["endha thethi"] = "what date",
        ["endha date"] = "what date", ["ye date"] = "what date", ["ye thedi"] = "what date", ["ye roju"] = "what day",
        ["endha naal"] = "what day", ["enna date"] = "what date", ["em date"] = "what date",
        // What happened, what was said or done.
        ["enna matter"] = "what is the matter", ["enna visayam"] = "what is the matter", ["em jarigindi"] = "what happened",
        ["enna nadandhuchu"] = "what happened", ["enna nadanthathu"] = "what happened", ["enna aachu"] = "what happened",
        ["enna pannanga"] = "what did they do", ["em chesaru"] = "what did they do", ["em chesindi"] = "what did it do",
        ["enna sonnanga"] = "what did say", ["enna sonnaanga"] = "what did say", ["enna sonnaru"] = "what did say",
        ["enna sonnaaru"] = "what did say", ["em annaru"] = "what did say", ["em cheppindi"] = "what did say",
        ["em cheppaaru"] = "what did say", ["em chepparu"] = "what did say",
        ["enna decide pannanga"] = "what was decided", ["em decide chesaru"] = "what was decided",
        ["enna maarichu"] = "what changed", ["em maarindi"] = "what changed", ["enna aagum"] = "what will happen",
        ["em avutundi"] = "what will happen",
        // The bot, help and small talk.
        ["nee yaaru"] = "who are you", ["neenga yaaru"] = "who are you", ["nuvvu evaru"] = "who are you",
        ["meeru evaru"] = "who are you", ["nee enna"] = "what are you", ["enna kelvi kekalam"] = "what can I ask",
        ["enna kekalam"] = "what can I ask", ["em adagali"] = "what can I ask", ["em adagavachu"] = "what can I ask",
        ["nuvvu em cheyagalavu"] = "what can you do", ["em cheyagalavu"] = "what can you do", ["enna pannuva"] = "what can you do",
        ["enna panna mudiyum"] = "what can you do", ["un opinion"] = "your opinion", ["un karuthu"] = "your opinion",
        ["nee enna nenaikira"] = "what do you think", ["em anukuntunnav"] = "what do you think", ["nuvvu em anukuntunnav"] = "what do you think",
        ["poitu varen"] = "bye", ["poittu varen"] = "bye", ["poyittu varen"] = "bye", ["poi varen"] = "bye",
        ["vellostha"] = "bye", ["velthanu"] = "bye", ["romba nandri"] = "thanks a lot", ["chala thanks"] = "thanks a lot",
        ["chala thanks andi"] = "thanks a lot", ["romba thanks"] = "thanks a lot",
        // The article's things.
        ["short ga"] = "briefly", ["full ga"] = "in detail", ["detail ah"] = "in detail",
        ["daani kante"] = "than that", ["adha vida"] = "than that", ["first time kelvi padren"] = "",
        ["kelvi padren"] = "", ["kelvi pattadhu"] = "", ["pidikala pola"] = "did not like", ["idhu pidikala"] = "did not like it",
        ["kaiyezhuthu pottanga"] = "signed", ["kaiyezhuthu pottaanga"] = "signed", ["kaiyezhuthittargal"] = "signed",
        ["santhakam chesaru"] = "signed", ["santakam chesaru"] = "signed", ["santhakam chesindi"] = "signed",
        ["santhakam chesina"] = "signed", ["santhakam pettaru"] = "signed", ["kaaval pannuma"] = "will guard", ["kaaval pannum"] = "will guard",
        ["kaaval pannuvaanga"] = "will guard", ["kaaval kaakum"] = "will guard", ["kaapathuma"] = "will protect",
        ["um idhum same"] = "the same as this treaty", ["um idhuvum same"] = "the same as this treaty",
        ["ku idhu pidikala pola"] = "did not like it", ["idhu pidikala pola"] = "did not like it",
        ["yaaruku objection"] = "who objected", ["yaarukku objection"] = "who objected",
    }));

    // One word each, as chat spells it.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Question words, Tamil then Telugu.
        ["enna"] = "what", ["yenna"] = "what", ["ennaa"] = "what", ["yaaru"] = "who", ["yaru"] = "who", ["yaar"] = "who",
        ["evlo"] = "how much", ["evalo"] = "how much", ["evvalavu"] = "how much", ["evalavu"] = "how much",
        ["evlavu"] = "how much", ["ethana"] = "how many", ["ethanai"] = "how many", ["eppo"] = "when", ["epo"] = "when",
        ["eppothu"] = "when", ["eppozhudhu"] = "when", ["enga"] = "where", ["engae"] = "where", ["enge"] = "where",
        ["engey"] = "where", ["eppadi"] = "how", ["epdi"] = "how", ["eppidi"] = "how", ["edhu"] = "which", ["ethu"] = "which",
        ["endha"] = "which", ["edhukku"] = "why", ["ethukku"] = "why", ["yen"] = "why",
        ["em"] = "what", ["emi"] = "what", ["emiti"] = "what", ["enti"] = "what", ["yenti"] = "what", ["entidi"] = "what",
        ["evaru"] = "who", ["evru"] = "who", ["yevaru"] = "who", ["evari"] = "whose", ["evaridi"] = "whose",
        ["entha"] = "how much", ["yentha"] = "how much", ["enni"] = "how many", ["eppudu"] = "when", ["epudu"] = "when",
        ["yeppudu"] = "when", ["ekkada"] = "where", ["yekkada"] = "where", ["ekada"] = "where", ["ela"] = "how",
        ["elaa"] = "how", ["enduku"] = "why", ["yenduku"] = "why", ["ye"] = "which",
        // Doing, saying, giving, being (an English verb before them is read with them, see VerbDone).
        ["pannanga"] = "did", ["pannaanga"] = "did", ["pannadhu"] = "did", ["pannathu"] = "did", ["panniruku"] = "did",
        ["pannirukku"] = "did", ["pannirukka"] = "did", ["pannangala"] = "did", ["pannichu"] = "did", ["panninaanga"] = "did",
        ["panna"] = "did", ["pannuma"] = "will", ["pannum"] = "will", ["pannuvaanga"] = "will", ["pannu"] = "do",
        ["chesaru"] = "did", ["chesaaru"] = "did", ["chesindi"] = "did", ["chesina"] = "did", ["chesinda"] = "did",
        ["chesadu"] = "did", ["chestaru"] = "will", ["chestunda"] = "will", ["chestundi"] = "will", ["chesthundi"] = "will",
        ["aachu"] = "happened", ["aayiduchu"] = "happened", ["aagum"] = "will become", ["aaguma"] = "will",
        ["ayyaru"] = "did", ["ayyindi"] = "happened", ["ayindi"] = "happened", ["avutunda"] = "will become",
        ["avutundi"] = "will become", ["sonnanga"] = "said", ["sonnaanga"] = "said", ["sonnaru"] = "said",
        ["sonnaaru"] = "said", ["sonnadhu"] = "said", ["solraanga"] = "say", ["solranga"] = "say", ["sollu"] = "tell",
        ["sollunga"] = "tell", ["solunga"] = "tell", ["sollungal"] = "tell", ["cheppu"] = "tell", ["cheppandi"] = "tell",
        ["chepu"] = "tell", ["cheppindi"] = "said", ["cheppaaru"] = "said", ["chepparu"] = "said", ["annaru"] = "said",
        ["annadu"] = "said", ["kuduthanga"] = "gave", ["kuduthaanga"] = "gave", ["koduthanga"] = "gave",
        ["koduthaanga"] = "gave", ["kudutha"] = "gave", ["kudukkum"] = "will give", ["kudupaanga"] = "will give",
        ["istunnaru"] = "are giving", ["isthunnaru"] = "are giving", ["icharu"] = "gave", ["ichharu"] = "gave",
        ["ichindi"] = "gave", ["istaru"] = "will give", ["pettaru"] = "gave", ["ezhudhinadhu"] = "wrote",
        ["ezhudhunadhu"] = "wrote", ["ezhuthinathu"] = "wrote", ["ezhudhiyadhu"] = "wrote", ["ezhudhinaar"] = "wrote",
        ["rasindi"] = "wrote", ["raasindi"] = "wrote", ["rasaru"] = "wrote", ["raasaru"] = "wrote",
        ["nadandhuchu"] = "happened", ["nadanthuchu"] = "happened", ["nadandhadhu"] = "happened", ["nadanthathu"] = "happened",
        ["jarigindi"] = "happened", ["jarigindhi"] = "happened", ["irukku"] = "is", ["iruku"] = "is", ["irukkum"] = "will be",
        ["irukanga"] = "are", ["irukaanga"] = "are", ["irundhucha"] = "was there", ["irundhuchu"] = "was",
        ["untundi"] = "will be", ["undi"] = "is", ["unda"] = "is", ["vandhaanga"] = "came", ["vandhanga"] = "came",
        ["edhirthaanga"] = "opposed", ["kaiyezhuthittargal"] = "signed",
        ["evarevaru"] = "who", ["yaaruku"] = "to whom", ["yaarukku"] = "to whom", ["udaikiradhu"] = "damaging",
        ["udaikradhu"] = "damaging", ["udachadhu"] = "damaged", ["edhirthanga"] = "opposed", ["paathukuvaanga"] = "will take care of",
        ["paathukuvanga"] = "will take care of", ["kalustaya"] = "will join", ["kalusthayi"] = "will join",
        ["maarichu"] = "changed", ["spandinchindi"] = "reacted", ["spandincharu"] = "reacted", ["bhayapaddaru"] = "worried",
        ["theriyuma"] = "do you know", ["kekalam"] = "can I ask",
        // Cases and particles: to, in, with, about, of.
        ["ku"] = "to", ["kku"] = "to", ["ki"] = "to", ["la"] = "in", ["lo"] = "in", ["kooda"] = "with", ["kuda"] = "with",
        ["tho"] = "with", ["pathi"] = "about", ["patthi"] = "about", ["gurinchi"] = "about", ["mela"] = "on", ["meeda"] = "on",
        ["kitta"] = "to", ["prakaram"] = "under", ["kante"] = "than", ["vida"] = "than", ["um"] = "and", ["illa"] = "or",
        ["ni"] = string.Empty, ["nu"] = string.Empty, ["ga"] = string.Empty, ["da"] = string.Empty, ["ra"] = string.Empty,
        ["machan"] = string.Empty, ["machi"] = string.Empty, ["andi"] = string.Empty, ["asalu"] = "actually",
        ["ee"] = "this", ["indha"] = "this", ["intha"] = "this", ["idhu"] = "this", ["ithu"] = "this", ["idhum"] = "this",
        ["andha"] = "that", ["antha"] = "that", ["adhu"] = "it", ["athu"] = "it", ["oru"] = "a", ["oka"] = "a",
        ["ipo"] = "now", ["ippo"] = "now", ["ippudu"] = "now", ["ini"] = "from now", ["aprom"] = "after", ["appuram"] = "after",
        ["taruvata"] = "after", ["munnadi"] = "before", ["mundu"] = "before", ["adutha"] = "next", ["tadupari"] = "next",
        ["ekkuva"] = "more", ["adhigama"] = "more", ["edhachum"] = "anything", ["emaina"] = "anything", ["romba"] = "very",
        ["chala"] = "very", ["same"] = "same",
        // You, I, they.
        ["nee"] = "you", ["neenga"] = "you", ["nuvvu"] = "you", ["meeru"] = "you", ["un"] = "your", ["unga"] = "your",
        ["unkitta"] = "you", ["ungakitta"] = "you", ["naan"] = "I", ["nenu"] = "I", ["enakku"] = "me", ["naaku"] = "me",
        ["avanga"] = "they", ["vaallu"] = "they",
        // The article's things.
        ["peru"] = "name", ["peyar"] = "name", ["varusham"] = "years", ["varusam"] = "years", ["varudam"] = "years",
        ["samvatsaralu"] = "years", ["kaalam"] = "time", ["thethi"] = "date", ["thedhi"] = "date", ["thedi"] = "date",
        ["tedi"] = "date", ["roju"] = "day", ["naal"] = "day", ["panam"] = "money", ["kaasu"] = "money", ["dabbu"] = "money",
        ["naadu"] = "country", ["desam"] = "country", ["sainyam"] = "army", ["raanuvam"] = "army", ["ranuvam"] = "army",
        ["ellai"] = "border", ["sarihaddu"] = "border", ["kaaval"] = "guard", ["rakshana"] = "defence", ["raksha"] = "defence",
        ["paadhukappu"] = "security", ["badhyata"] = "responsibility", ["poruppu"] = "responsibility",
        ["oppandham"] = "treaty", ["oppandam"] = "treaty", ["oppantham"] = "treaty", ["santhakam"] = "signature",
        ["kaiyezhuthu"] = "signature", ["koottam"] = "meeting", ["kootam"] = "meeting", ["samavesam"] = "meeting",
        ["charchalu"] = "talks", ["pechuvaarthai"] = "talks", ["seidhi"] = "news", ["vartha"] = "news",
        ["katturai"] = "article", ["thalaivar"] = "leader", ["nayakudu"] = "leader", ["sambandham"] = "connection",
        ["bhaagam"] = "part", ["bhagam"] = "part", ["pakudhi"] = "part", ["karuthu"] = "opinion", ["abhiprayam"] = "opinion",
        ["kelvi"] = "question", ["nalladha"] = "good", ["kettadha"] = "bad", ["ulagam"] = "world", ["prapancham"] = "world",
        ["amerika"] = "America",
        // Small talk.
        ["vanakkam"] = "hello", ["namaskaram"] = "hello", ["namaskaaram"] = "hello", ["nandri"] = "thanks",
        ["dhanyavadalu"] = "thanks", ["dhanyavaadalu"] = "thanks", ["sari"] = "ok", ["seri"] = "ok",
    };

    // A message is Tanglish or Tenglish when it has a word only Tamil or Telugu writes, or two it shares with English and
    // the other readers' languages ("ante" is Spanish, "peru" a country, "kuda" Malay). The short words they share with
    // many ("la", "ki", "ku", "da", "ra", "em", "un", "ye", "yaar") are no sign at all: a French, Hindi, Bengali, Arabizi
    // or Georgian message repeats them. Telugu's "ante enti" (what is) is (see WhatIsIt).
    private static readonly MarkerWords Markers = new(
    [
        "enna", "yenna", "yaaru", "yaru", "evlo", "evalo", "evvalavu", "evalavu", "evlavu", "ethanai", "eppo", "eppothu",
        "engae", "eppadi", "epdi", "edhu", "endha", "edhukku", "ethukku", "emiti", "yenti", "entidi", "evaru", "evru",
        "yevaru", "evaridi", "entha", "yentha", "enni", "eppudu", "yeppudu", "ekkada", "yekkada", "enduku", "yenduku",
        "pannanga", "pannaanga", "pannadhu", "pannathu", "panniruku", "pannirukku", "pannirukka", "pannangala", "pannichu",
        "panninaanga", "pannuma", "pannuvaanga", "chesaru", "chesaaru", "chesindi", "chesina", "chesinda", "chesadu",
        "chestaru", "chestunda", "chestundi", "chesthundi", "aachu", "aayiduchu", "aagum", "aaguma", "ayyaru", "ayyindi",
        "avutunda", "avutundi", "sonnanga", "sonnaanga", "sonnaru", "sonnaaru", "sonnadhu", "solraanga", "solranga",
        "sollu", "sollunga", "solunga", "sollungal", "cheppu", "cheppandi", "cheppindi", "cheppaaru", "chepparu", "annaru",
        "kuduthanga", "kuduthaanga", "koduthanga", "koduthaanga", "kudukkum", "istunnaru", "isthunnaru", "icharu",
        "ichharu", "pettaru", "ezhudhinadhu", "ezhudhunadhu", "ezhuthinathu", "ezhudhiyadhu", "rasindi", "raasindi",
        "nadandhuchu", "nadanthuchu", "nadandhadhu", "nadanthathu", "jarigindi", "jarigindhi", "irukku", "irukkum",
        "irukanga", "irukaanga", "irundhucha", "irundhuchu", "untundi", "vandhaanga", "edhirthaanga", "edhirthanga",
        "paathukuvaanga", "kalustaya", "kaiyezhuthittargal", "evarevaru", "yaaruku", "yaarukku", "maarichu", "spandinchindi", "bhayapaddaru", "kekalam", "gurinchi", "prakaram",
        "indha", "idhu", "idhum", "adhu", "aprom", "munnadi", "adutha", "tadupari", "ekkuva", "edhachum",
        "emaina", "romba", "nuvvu", "neenga", "meeru", "unkitta", "ungakitta", "enakku", "naaku", "avanga", "varusham",
        "varudam", "samvatsaralu", "thethi", "dabbu", "kaasu", "naadu", "sainyam", "raanuvam", "oppandham", "oppandam",
        "oppantham", "santhakam", "kaiyezhuthu", "koottam", "samavesam", "katturai", "sambandham", "bhaagam", "karuthu",
        "kettadha", "nalladha", "vanakkam", "namaskaram", "namaskaaram", "nandri", "dhanyavadalu", "dhanyavaadalu",
        "machan", "kaaval", "badhyata", "rakshana", "poitu", "poittu", "anukuntunnav", "cheyagalavu", "kelvi", "ipo",
        "ippudu", "kooda", "pathi", "patthi", "kitta", "asalu", "daani", "kante", "pidikala", "ekkada", "elaa",
    ],
    ["ante", "peru", "enga", "illa", "oru", "naan", "chala", "kuda", "andi"]);

    // A word, or the English of a phrase, marked so that its words are not read again; a hyphenated word is one word.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+(?:-\\p{L}+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<!\p{L})(?<word>yaaru|yaar|yaru|evaru|enna|evar)(?:\s+|e)\k<word>(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Repeated();

    // "south ossetia na enna", "tskhinvali ante enti", "abkhazia ante em place": up to three words before "na"/"ante".
    [GeneratedRegex(@"(?<thing>(?<!\p{L})\p{L}+(?:\s+\p{L}+){0,2}?)\s+(?:na|nna|ante|endral|enral)\s+(?:enna|yenna|enti|emiti|em|emi|yenti)(?:\s+(?<noun>place|city|country|person|post))?(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIsIt();

    // "treaty peru enna?", "leonid tibilov evaru bro", "karasin post enna": a question word last in its sentence.
    [GeneratedRegex(@"(?<lead>(?:^|[.?!]\s*))(?<body>(?![^.?!]*(?<!\p{L})(?:enna|yenna|enti|emiti|em|emi|yaaru|yaru|evaru|evru|evlo|entha|eppo|eppudu|enga|ekkada|who|what|when|where|how|which)\s+\p{L})[^.?!\u0001]*?\p{L})\s+(?<q>enna|yenna|enti|emiti|yaaru|yaru|evaru|evru)(?<end>(?:\s+(?:bro|sir|da|ra|machan|andi|ji|pls|please))?\s*[?!.]*\s*)(?=$|[^?!.\s])", RegexOptions.IgnoreCase)]
    private static partial Regex AskedLast();

    // A verb in the words before a question word: "who signed with putin", not "who is".
    [GeneratedRegex(@"(?<!\p{L})(?:pann\p{L}*|ches\p{L}*|sonn\p{L}*|ezhudh\p{L}*|ezhuth\p{L}*|rasindi|raasindi|kudutha\p{L}*|aachu|vandh\p{L}*|annaru|said|signed|wrote)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex HasVerb();

    [GeneratedRegex(@"(?<noun>(?<!\p{L})\p{L}+)\s+(?:oda|yoda|voda)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    // "border pathi", "crimea annexation gurinchi": about what comes before, the noun no Tamil or Telugu word.
    [GeneratedRegex(@"(?<!\p{L})(?<noun>(?!(?:enna|em|idhu|adhu|ee|aa|indha|andha|ku|ki|la|lo)\b)\p{L}+)\s+(?:pathi|patthi|gurinchi)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex About();

    // "ossetia de facto leader peru", "spokesperson name": a name asked of what comes before it.
    [GeneratedRegex(@"^(?<whose>.*\p{L})\s+(?:peru|peyar|name)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameLast();

    // An English verb and the Tamil or Telugu verb that says it was done or will be done.
    [GeneratedRegex(@"(?<!\p{L})(?<verb>sign|defend|guard|condemn|recognize|recognise|accept|protest|attend|oppose|lead|chair|co-chair|allocate|promise|annex|merge|revise|change|join|publish|raise|agree|decide|discuss|pledge|fund|support|react|give|meet|hold|write|integrate)\s+(?:(?<will>pannuma|pannum|pannuvaanga|pannuvanga|chestaru|chestunda|chestundi|chesthundi|aagum|aaguma|avutunda|avutundi|avvutundi)|pann\p{L}*|ches\p{L}*|aachu|aayiduchu|ayyaru|ayyindi|ayindi)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex VerbDone();
}
