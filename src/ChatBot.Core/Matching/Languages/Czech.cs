using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Czech as Czechs mix it into their English chat, from a word up to whole Czech questions: "kdo podepsal smlouvu?" is
/// "who signed the treaty?", "kolik peněz dá Rusko Jižní Osetii?" how much money Russia gives South Ossetia, "kdy to
/// podepsali?" when they signed it, "na jak dlouho platí smlouva?" for how long the treaty is valid, "co je Jižní
/// Osetie?" what is South Ossetia, "jak reagovala Gruzie?" how Georgia reacted, "kdo jsi? robot?" who are you, "díky
/// moc" thanks a lot. Read word for word, like Polish (see <see cref="Polish"/>), whose spelling and lookup it shares: a
/// word whole, then by its longest known stem ("smlouva", "smlouvu", "smlouvou" are the treaty; "podepsal", "podepsána"
/// signed), with or without its diacritics ("penez", "diky", "Zeneve"). A question with no English word asks yes or no
/// by its mark alone ("má Rusko smlouvu i s Abcházií?"). Only in a message with a word only Czech writes ("kdo", "kdy",
/// "kde", "kolik", "smlouva", "díky"), two it shares with Polish, French or English ("co", "jak", "je", "jaká"), or a
/// follow-up it opens ("a kde?", "a kdo ho napsal?"); after Polish, which has read a Polish message's shared words.
/// </summary>
internal static partial class Czech
{
    /// <summary><paramref name="text"/> with Czech words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!Markers.AreIn(text) && !(text.Length < 40 && FollowUp().IsMatch(text)))
        {
            return text;
        }

        // "which day the signing happened, prosím": in an English sentence "a", "i", "to" and "do" are English.
        var english = EnglishWord().IsMatch(text);
        // "podepsal to Medveděv, že?", "25 let, správně?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        text = Phrases.InEnglish(text);
        text = Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && EnglishToo.Contains(m.Value) ? m.Value
            : Polish.EnglishOf(m.Value, Words, StemTable) ?? m.Value);
        text = Polish.InEnglishOrder(text);
        // "Abcházie je stát?": asked by its question mark alone.
        return english ? text : Russian.AskedByItsMark(text);
    }

    // Several words that mean one thing, read before the words one by one; each also typed plain.
    private static readonly Phrasebook Phrases = new(Polish.Marked(new Dictionary<string, string>
    {
        // Question words.
        ["kdo je"] = "who is", ["kdo to je"] = "who is", ["kdo jsou"] = "who are", ["kdo byl"] = "who was", ["kdo jsi"] = "who are you",
        ["co je"] = "what is", ["co je to"] = "what is", ["co to je"] = "what is", ["co to jsou"] = "what are", ["co jsou"] = "what are",
        ["co znamená"] = "what does mean", ["o čem je"] = "what is about", ["o čem"] = "what about", ["o co jde"] = "what is it about",
        ["jak se jmenuje"] = "what is the name of", ["jak se to jmenuje"] = "what is the name of", ["jak se jmenovala"] = "what was the name of",
        ["na jak dlouho"] = "for how long", ["jak dlouho"] = "how long", ["na kolik let"] = "for how many years",
        ["kolik let"] = "how many years", ["kolik peněz"] = "how much money", ["kolik lidí"] = "how many people",
        ["v kolik"] = "what time", ["kterého dne"] = "what day", ["v jakém roce"] = "what year", ["s kým"] = "with whom",
        ["pro koho"] = "for whom",
        // What happened, what was done and said: "co řekla EU?" what did the EU say.
        ["co se dělo"] = "what happened", ["co se stalo"] = "what happened", ["co se děje"] = "what is happening",
        ["co bude s"] = "what will happen to", ["co se stane s"] = "what will happen to", ["co se stane"] = "what will happen",
        ["co bylo s"] = "what about", ["co bylo"] = "what happened", ["co řekl"] = "what did say", ["co řekla"] = "what did say",
        ["co řekli"] = "what did say", ["co říká"] = "what does say", ["co říkali"] = "what did say", ["co na to"] = "what did say about it",
        ["co udělala"] = "what did do", ["co udělal"] = "what did do", ["co udělali"] = "what did do",
        ["co se dohodlo"] = "what was agreed", ["se účastnil"] = "took part", ["se účastnili"] = "took part",
        // Asking to be told, and the bot.
        ["řekni mi"] = "tell me", ["můžeš mi říct"] = "can you tell me", ["chci vědět"] = "I want to know", ["nevím"] = "I don't know",
        ["co umíš"] = "what can you do", ["co dokážeš"] = "what can you do", ["co se tě můžu zeptat"] = "what can I ask you",
        ["jak tě používat"] = "how do I use you", ["jak to funguje"] = "how does it work", ["co si myslíš"] = "what do you think",
        ["co myslíš"] = "what do you think", ["podle tebe"] = "in your opinion", ["tvůj názor"] = "your opinion",
        ["jsi bot"] = "are you a bot", ["jsi robot"] = "are you a robot", ["jsi člověk"] = "are you human", ["jsi tu"] = "are you there",
        ["jsi tady"] = "are you there", ["ve zkratce"] = "in short", ["stručně"] = "briefly",
        // Small talk.
        ["dobrý den"] = "good afternoon", ["dobré ráno"] = "good morning", ["dobrý večer"] = "good evening",
        ["na shledanou"] = "goodbye", ["měj se"] = "bye", ["mějte se"] = "bye", ["díky moc"] = "thanks a lot",
        ["děkuji moc"] = "thanks a lot", ["děkuju moc"] = "thanks a lot", ["moc díky"] = "thanks a lot", ["není zač"] = "you're welcome",
        // The people and places of the article.
        ["jižní osetie"] = "South Ossetia", ["jižní osetii"] = "South Ossetia", ["jižní osetií"] = "South Ossetia",
        ["severní osetie"] = "North Ossetia", ["spojené státy"] = "US", ["spojených států"] = "US", ["evropská unie"] = "EU",
        ["evropské unie"] = "EU", ["evropskou unii"] = "EU", ["ministerstvo zahraničí"] = "foreign ministry",
        ["ministr zahraničí"] = "foreign minister", ["ministerstvo zahraničních věcí"] = "foreign ministry",
        ["ministr zahraničních věcí"] = "foreign minister", ["bílý dům"] = "White House", ["generální tajemník"] = "secretary general",
        ["za rusko"] = "for Russia", ["za osetii"] = "for Ossetia",
        // The treaty, its clauses and the talks.
        ["ozbrojené síly"] = "armed forces", ["ozbrojených sil"] = "armed forces", ["bezpečnostní složky"] = "security agencies",
        ["varovné značky"] = "warning signs", ["hraniční značky"] = "border warning signs", ["hraničními značkami"] = "border warning signs",
        ["hraničních značek"] = "border warning signs", ["strategické partnerství"] = "strategic partnership",
        ["územní celistvost"] = "territorial integrity", ["mezinárodní právo"] = "international law", ["o rok dříve"] = "a year before",
        ["rok předtím"] = "a year before", ["ve stejný den"] = "same day", ["do konce"] = "by the end of", ["v roce"] = "in",
        // Chat phrasing: who someone is, what was said and told, who heads, what belongs and goes with what.
        ["co jsi zač"] = "who are you", ["co je zač"] = "who is", ["co to je za osoba"] = "who is", ["co je to za osoba"] = "who is",
        ["co to za osoba"] = "who is", ["co to je za"] = "what is", ["co je to za"] = "what is", ["co to za"] = "what is",
        ["co řeklo"] = "what did say", ["co bylo řečeno"] = "what was told", ["bylo řečeno"] = "was told",
        ["stojí v čele"] = "heads", ["v čele"] = "at the head of", ["patří ke"] = "belongs to", ["patří k"] = "belongs to",
        ["co má s tím společného"] = "what does have to do with it", ["co mají společného"] = "what is connected",
        ["má společného s"] = "is connected with", ["s tím společného"] = "to do with it", ["se tam píše"] = "mentioned in the article", ["ze srpna"] = "from August",
        ["myslíš že"] = "do you think", ["gruzínské ministerstvo zahraničí"] = "Georgian Foreign Ministry",
        ["americké ministerstvo zahraničí"] = "State Department",
        // Leaving: "tak zatím ahoj, musím jít".
        ["tak zatím"] = "bye", ["zatím ahoj"] = "bye", ["musím jít"] = "I have to go", ["musím už jít"] = "I have to go",
    }), hyphens: true);

    // One word each, as written and typed plain: the short words, and those a stem would misread.
    private static readonly Dictionary<string, string> Words = Polish.WithPlain(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Question words.
        ["kdo"] = "who", ["koho"] = "who", ["komu"] = "who", ["kým"] = "who", ["co"] = "what", ["čeho"] = "what", ["čem"] = "what",
        ["čím"] = "what", ["kdy"] = "when", ["kde"] = "where", ["odkud"] = "where from", ["kolik"] = "how much", ["jak"] = "how",
        ["proč"] = "why", ["který"] = "which", ["která"] = "which", ["které"] = "which", ["kteří"] = "which", ["jaký"] = "what",
        ["jaká"] = "what", ["jaké"] = "what", ["jakou"] = "what", ["jakým"] = "what", ["zda"] = string.Empty, ["jestli"] = "whether",
        // Being, having, doing.
        ["je"] = "is", ["jsou"] = "are", ["byl"] = "was", ["byla"] = "was", ["bylo"] = "was", ["byli"] = "were", ["byly"] = "were",
        ["bude"] = "will", ["budou"] = "will", ["jsem"] = "am", ["jsi"] = "are you", ["jste"] = "are you", ["není"] = "is not",
        ["má"] = "has", ["mají"] = "have", ["měl"] = "had", ["měla"] = "had", ["měli"] = "had", ["se"] = string.Empty,
        ["si"] = string.Empty, ["dá"] = "gives", ["dal"] = "gave", ["dala"] = "gave", ["dali"] = "gave", ["dává"] = "gives",
        ["dát"] = "give", ["dají"] = "give", ["může"] = "can", ["můžu"] = "can I", ["můžeš"] = "can you", ["lze"] = "can",
        // Function words.
        ["to"] = "it", ["ten"] = "the", ["ta"] = "the", ["tu"] = "the", ["tom"] = "the", ["toho"] = "the", ["té"] = "the",
        ["této"] = "the", ["tento"] = "the", ["tato"] = "the", ["toto"] = "this", ["tohle"] = "this", ["tenhle"] = "this",
        ["tahle"] = "this", ["těmi"] = "these", ["těch"] = "these", ["ty"] = "you", ["ne"] = "no", ["ano"] = "yes", ["jo"] = "yes",
        ["a"] = "and", ["i"] = "also", ["nebo"] = "or", ["ale"] = "but", ["o"] = "about", ["v"] = "in", ["ve"] = "in",
        ["na"] = "on", ["s"] = "with", ["z"] = "from", ["ze"] = "from", ["do"] = "to", ["od"] = "from", ["pro"] = "for",
        ["po"] = "after", ["před"] = "before", ["za"] = "for", ["mezi"] = "between", ["pod"] = "under", ["u"] = "at",
        ["při"] = "at", ["bez"] = "without", ["podle"] = "according to", ["také"] = "also", ["taky"] = "also", ["ještě"] = "still",
        ["už"] = "already", ["pouze"] = "only", ["mi"] = "me", ["mně"] = "me", ["mě"] = "me", ["já"] = "I", ["tebe"] = "you",
        ["tě"] = "you", ["tobě"] = "you", ["on"] = "he", ["ona"] = "she", ["ono"] = "it", ["oni"] = "they", ["jeho"] = "his",
        ["její"] = "her", ["jejich"] = "their", ["ho"] = "it", ["ji"] = "her", ["jim"] = "them", ["tvůj"] = "your",
        ["tvoje"] = "your", ["že"] = "that", ["když"] = "when", ["protože"] = "because", ["tak"] = "so", ["takže"] = "so",
        ["no"] = string.Empty, ["dobře"] = "ok", ["něco"] = "something", ["někdo"] = "anyone", ["nějaký"] = "some",
        ["nějaká"] = "some", ["nic"] = "nothing", ["nikdo"] = "nobody", ["všechno"] = "all", ["všichni"] = "all",
        ["další"] = "next", ["příští"] = "next", ["předchozí"] = "previous", ["jiný"] = "other", ["přesně"] = "exactly",
        ["opravdu"] = "really", ["oficiálně"] = "officially", ["osobně"] = "personally", ["teď"] = "now", ["dnes"] = "today",
        ["dříve"] = "before", ["předtím"] = "before", ["později"] = "later", ["pak"] = "then", ["víc"] = "more", ["více"] = "more",
        ["moc"] = "a lot", ["hodně"] = "a lot", ["velmi"] = "very", ["upřímně"] = "honestly", ["pravda"] = "true",
        ["správně"] = "right",
        // The bot and small talk.
        ["ahoj"] = "hello", ["nazdar"] = "hello", ["čau"] = "bye", ["čus"] = "hi", ["zdravím"] = "hello", ["díky"] = "thanks",
        ["děkuji"] = "thank you", ["děkuju"] = "thank you", ["končím"] = "bye", ["prosím"] = "please", ["pomoc"] = "help",
        ["člověk"] = "human", ["názor"] = "opinion", ["shrnutí"] = "summary",
        // Money, time and numbers.
        ["prachy"] = "money", ["mld"] = "billion", ["mil"] = "million", ["rok"] = "year", ["roku"] = "year", ["let"] = "years",
        ["roky"] = "years", ["letech"] = "years", ["den"] = "day", ["dne"] = "day", ["datum"] = "date", ["název"] = "name",
        ["leden"] = "January", ["ledna"] = "January", ["únor"] = "February", ["února"] = "February", ["březen"] = "March",
        ["března"] = "March", ["duben"] = "April", ["dubna"] = "April", ["květen"] = "May", ["května"] = "May",
        ["červen"] = "June", ["června"] = "June", ["červenec"] = "July", ["července"] = "July", ["srpen"] = "August",
        ["srpna"] = "August", ["září"] = "September", ["říjen"] = "October", ["října"] = "October", ["listopad"] = "November",
        ["listopadu"] = "November", ["prosinec"] = "December", ["prosince"] = "December",
        // Names the stems would misread, and initials.
        ["rusko"] = "Russia", ["ruska"] = "Russia", ["rusku"] = "Russia", ["ruskem"] = "Russia", ["usa"] = "US", ["eu"] = "EU",
        ["osn"] = "UN", ["obse"] = "OSCE", ["nato"] = "NATO", ["čína"] = "China", ["číny"] = "China", ["čínu"] = "China",
        ["jižní"] = "South", ["severní"] = "North", ["medveděv"] = "Medvedev", ["lavrov"] = "Lavrov", ["grigorij"] = "Grigory",
        ["kolo"] = "round", ["kola"] = "round", ["kole"] = "round", ["stát"] = "state", ["státem"] = "state", ["státu"] = "state",
        ["státní"] = "state", ["být"] = "be", ["znovu"] = "again", ["ke"] = "to", ["k"] = "to", ["ruští"] = "Russian",
        ["roli"] = "role", ["role"] = "role", ["hrají"] = "play", ["hraje"] = "plays", ["nějak"] = string.Empty,
        ["oproti"] = "compared to", ["úplně"] = "completely", ["zatím"] = "for now", ["jakých"] = "what", ["jakém"] = "what",
        ["nashle"] = "bye", ["nashledanou"] = "goodbye", ["vadí"] = "concerns", ["psakiová"] = "Psaki",
        ["mogheriniová"] = "Mogherini", ["osoba"] = "person",
    });

    // Stems, as written (each also typed plain): a word no whole entry has is read by its longest stem, down to three letters.
    private static readonly Stems StemTable = Polish.PlainStems(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The treaty and its signing.
        ["smlouv"] = "treaty", ["smluv"] = "treaties", ["dohod"] = "agreement", ["pakt"] = "pact", ["spojenectv"] = "alliance",
        ["integrac"] = "integration", ["partnerstv"] = "partnership", ["strategick"] = "strategic", ["podeps"] = "signed",
        ["podepíš"] = "sign", ["podpis"] = "signing", ["jmenu"] = "called", ["názv"] = "name", ["text"] = "text", ["návrh"] = "draft",
        ["verz"] = "version", ["platí"] = "is valid", ["platn"] = "valid", ["trv"] = "lasts", ["vyprš"] = "expires",
        ["prodlouž"] = "extended", ["ratifik"] = "ratified", ["kreml"] = "Kremlin",
        // The clauses.
        ["obran"] = "defence", ["brán"] = "defend", ["ubrán"] = "defend", ["chrán"] = "protect", ["ochran"] = "protection",
        ["zajist"] = "ensure", ["hlíd"] = "guard", ["bezpečnost"] = "security", ["hranic"] = "border", ["hraničn"] = "border",
        ["armád"] = "army", ["vojsk"] = "troops", ["vojensk"] = "military", ["voják"] = "soldiers", ["vojác"] = "soldiers",
        ["ozbrojen"] = "armed", ["složk"] = "agencies", ["celn"] = "customs", ["odpovědn"] = "responsible", ["začlen"] = "incorporated",
        ["slouč"] = "merged", ["vstoup"] = "join", ["součást"] = "part",
        // Money.
        ["peníz"] = "money", ["peněz"] = "money", ["penězí"] = "money", ["miliard"] = "billion", ["milion"] = "million",
        ["rubl"] = "rubles", ["korun"] = "crowns", ["dolar"] = "dollars", ["rozpoč"] = "budget", ["slíbi"] = "pledged",
        ["slib"] = "pledge", ["dostan"] = "get", ["dosta"] = "got", ["obdrž"] = "receive", ["zaplat"] = "pay", ["plat"] = "pay",
        ["financ"] = "funding", ["investic"] = "investment", ["rozvoj"] = "development",
        // Russia, the Caucasus and the Crimea.
        ["rusk"] = "Russian", ["moskv"] = "Moscow", ["moskevsk"] = "Moscow", ["oseti"] = "Ossetia",
        ["osetsk"] = "Ossetian", ["abcház"] = "Abkhazia", ["abcházsk"] = "Abkhaz", ["gruzi"] = "Georgia", ["gruzínsk"] = "Georgian",
        ["gruzínc"] = "Georgians", ["cchinval"] = "Tskhinvali", ["suchum"] = "Sokhumi", ["tbilis"] = "Tbilisi", ["krym"] = "Crimea",
        ["ukrajin"] = "Ukraine", ["ameri"] = "America", ["američan"] = "Americans", ["americk"] = "American", ["evrop"] = "Europe",
        ["evropsk"] = "European", ["brusel"] = "Brussels", ["washington"] = "Washington", ["ženev"] = "Geneva",
        ["ženevsk"] = "Geneva", ["kavkaz"] = "Caucasus", ["anex"] = "annexation", ["anekt"] = "annexed", ["okupac"] = "occupation",
        ["okupovan"] = "occupied", ["zabra"] = "annexed", ["výročí"] = "anniversary", ["válk"] = "war", ["válc"] = "war",
        ["konflikt"] = "conflict", ["zem"] = "country", ["region"] = "region", ["měst"] = "city", ["svět"] = "world",
        ["republik"] = "republic", ["nezávisl"] = "independence", ["obyvatel"] = "inhabitants", ["žij"] = "live", ["jazyk"] = "language",
        ["vládn"] = "leads", ["vlád"] = "government", ["zemřel"] = "died",
        // The reactions.
        ["reakc"] = "reaction", ["reagov"] = "reacted", ["zareagov"] = "reacted", ["reaguj"] = "reacts", ["řekl"] = "said",
        ["říká"] = "says", ["mluv"] = "spoke", ["prohlás"] = "stated", ["prohlášen"] = "statement", ["oznámi"] = "announced",
        ["komentov"] = "commented", ["odsoudi"] = "condemned", ["odsuzuj"] = "condemns", ["kritizov"] = "criticized",
        ["uzn"] = "recognize", ["podpoř"] = "support", ["podporuj"] = "supports", ["protestov"] = "protested",
        ["stěžov"] = "complained", ["varov"] = "warning", ["požadov"] = "demanded", ["žáda"] = "asked", ["požád"] = "asked",
        ["postoj"] = "position", ["pozic"] = "position", ["sankc"] = "sanctions", ["udělal"] = "did",
        // Geneva.
        ["jednán"] = "talks", ["rozhovor"] = "talks", ["vyjednáv"] = "negotiations", ["schůz"] = "meeting", ["setkán"] = "meeting",
        ["zasedán"] = "session", ["delegac"] = "delegation", ["předsedal"] = "chaired", ["předsed"] = "chair",
        ["spolupředsed"] = "co-chaired", ["vedl"] = "led", ["vede"] = "leads", ["účastn"] = "took part", ["značk"] = "signs",
        ["situac"] = "situation", ["stabiln"] = "stable", ["stabilizac"] = "stabilization", ["výsled"] = "outcome",
        ["dohodl"] = "agreed", ["cvičen"] = "exercises", ["hrozb"] = "threat", ["obav"] = "concerns", ["bojí"] = "fear",
        ["plánov"] = "planned", ["konat"] = "held", ["koná"] = "held",
        // The article and the people in it.
        ["článk"] = "article", ["článek"] = "article", ["autor"] = "author", ["napsa"] = "wrote", ["píše"] = "writes",
        ["novinář"] = "journalist", ["novin"] = "newspaper", ["zmiňuj"] = "mentions", ["zmíni"] = "mentioned", ["znamen"] = "mean",
        ["ministr"] = "minister", ["ministerstv"] = "ministry", ["prezident"] = "president", ["premiér"] = "prime minister",
        ["vůdc"] = "leader", ["lídr"] = "leader", ["šéf"] = "head", ["mluvčí"] = "spokeswoman", ["tajemn"] = "secretary",
        ["funkc"] = "job", ["politik"] = "politician", ["pracuj"] = "works", ["naroz"] = "born",
        // The bot and the conversation.
        ["děkuj"] = "thanks", ["použív"] = "use", ["mysl"] = "think", ["umí"] = "can", ["zeptat"] = "ask", ["změn"] = "changed",
        ["srovn"] = "compare", ["podrobn"] = "details", ["detail"] = "details", ["liší"] = "differ", ["rozdíl"] = "difference", ["podobn"] = "similar", ["hlubší"] = "deeper",
        ["polsk"] = "Poland",
        // Geneva's and the treaty's words: concluded, revised, ensures, units, resolved, held, meet, border guards.
        ["uzavř"] = "signed", ["upravov"] = "revised", ["upraven"] = "revised", ["původn"] = "initial",
        ["jednotk"] = "units", ["řeši"] = "discussed", ["řešen"] = "resolved", ["probíh"] = "took place", ["proběh"] = "took place",
        ["sejd"] = "meet", ["pohranič"] = "border guards", ["otázk"] = "issues", ["poškoz"] = "damage", ["přibližuj"] = "moves closer",
        ["tibilov"] = "Tibilov", ["anektuj"] = "annex",
    });

    // Words of the table English writes too, left as they are in an English sentence ("which day the signing, prosím").
    private static readonly HashSet<string> EnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "i", "to", "do", "no", "on", "ten", "ho", "u", "v", "s", "z", "mi", "ta", "tu", "po", "pod", "den", "let", "jo",
        "ale", "pro", "moc", "eu", "usa", "nato",
    };

    // Words only Czech writes (as typed with and without diacritics, where the plain form is no other language's word);
    // those Polish, French, Russian in Latin letters or English share ("co", "jak", "je", "jaka", "byl") count only with
    // a second; Malay's "tak" not at all.
    private static readonly MarkerWords Markers = new(
    [
        // Question words, function words and the verbs every question leans on.
        "kdo", "kdy", "kde", "kolik", "proč", "proc", "který", "která", "kteří", "jaký", "jaká", "jaké", "jakou", "čem", "čeho",
        "jsou", "jsi", "jste", "jsem", "není", "neni", "bude", "budou", "také", "taky", "ještě", "jeste", "už", "nebo", "podle",
        "tvůj", "tvuj", "něco", "neco", "nějaký", "nejaky", "tenhle", "tohle", "těmi", "této", "když", "protože", "protoze",
        "přesně", "opravdu", "stručně", "strucne", "upřímně", "myslíš", "myslis", "umíš", "umis",
        // Small talk.
        "ahoj", "nazdar", "čau", "díky", "diky", "děkuji", "dekuji", "děkuju", "dekuju", "končím", "koncim", "prosím", "prosim",
        "shledanou",
        // The article's acts and things.
        "smlouva", "smlouvu", "smlouvy", "smlouvou", "smlouvě", "smlouve", "smlouvami", "podepsal", "podepsala", "podepsali",
        "podepsána", "podepsana", "podepsáno", "podepsano", "podpisu", "peněz", "penez", "peníze", "penize", "slíbila",
        "slibila", "slíbil", "dohody", "dohoda", "článek", "clanek", "článku", "clanku", "řekl", "řekla", "řekli", "rekla",
        "znamená", "znamena", "jmenuje", "dlouho", "platí", "plati", "výsledek", "vysledek", "další", "dalsi", "kolo",
        "hranice", "hranicích", "hranicich", "svět", "delegace", "delegaci", "situace", "předsedal", "predsedal", "účastnil",
        "ucastnil", "vedl", "jednání", "jednani", "armádou", "armadou", "zemřelo", "obyvatel", "válce", "srpna",
        "požadovala", "pozadovala", "reagovala", "reagoval", "zmiňuje", "zminuje", "chránit", "chranit", "dělo",
        // Places and people as Czech writes them.
        "rusko", "ruska", "ruskem", "rusku", "ruskou", "jižní", "jizni", "osetie", "osetií", "abcházie", "abchazie", "abcházii",
        "abchazii", "abcházií", "gruzie", "gruzií", "gruzínská", "gruzinska", "gruzínskou", "ženevě", "zeneve", "ženeva",
        "zeneva", "moskvě", "cchinvali", "čína", "medveděv",
        // Chat and Geneva's words no other reader writes.
        "říkali", "rikali", "řeklo", "reklo", "zahraničí", "zahranici", "nashle", "zač", "musím", "společného", "spolecneho",
        "vadí", "přibližuje", "priblizuje", "řečeno", "poškozování", "poskozovani", "otázky", "řešeny", "resilo", "řešilo",
        "sejdou", "rublů", "slíbil", "slibil", "čele", "stojí", "psakiová", "psakiova", "mogheriniová", "mogheriniova",
        "patří", "úplně", "uplne", "anektuje", "jakých", "jakych", "dohodách", "dohodach", "uzavřela", "uzavrela",
        "upravován", "upravovan", "původnímu", "puvodnimu", "zajišťuje", "zajistuje", "jednotky", "součástí", "soucasti",
        "probíhala", "probihala", "pohraničníci", "pohranicnici", "hrají", "ruští", "zatím",
    ],
    ["co", "jak", "je", "jaka", "byl", "byla", "bylo", "osetii", "osoba", "musim", "receno", "pise", "rublu", "znovu", "zatim", "krym", "krymu", "kremlu", "dobry", "ano", "rok", "tebe", "moskva", "amerika", "ameriky", "americe"]);

    // A word, or the English of a phrase, marked so that its words are not read again; a hyphenated word ("co-chair") is
    // one word, no Czech "co".
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+(?:-\\p{L}+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:the|is|are|was|were|did|does|what|who|when|where|how|which|why|of|and|it|they|this|that|with|for|about|you|can|will|has|have|his|her|their|signed|money|right|name|treaty|please|pls|thanks|bye|hello|hi|happened|day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    // "že?", "ne?", "správně?", "pravda?" at the end: whether it is so.
    [GeneratedRegex(@"(?:[,\s]+(?:správně|spravne|pravda|viď|vid|nebo\s+ne|že\s+jo|ze\s+jo)|,\s*(?:že|ze|ne|jo|ano))(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    // "a kde?", "a kdo ho napsal?", "a Abcházie?": a follow-up only Czech opens so.
    [GeneratedRegex(@"^\W*(?:a|i)\s+(?:kde|kdy|kdo|koho|kolik|proč|proc|jak|co|který|která|které|jaký|jaká|jaké)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();
}
