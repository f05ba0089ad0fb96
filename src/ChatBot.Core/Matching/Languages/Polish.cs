using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Polish as Poles mix it into their English chat, from a word up to whole Polish questions: "kto podpisał tę umowę?" is
/// "who signed this treaty?", "ile kasy dostanie Osetia?" how much money Ossetia gets, "kiedy podpisano umowę?" when was
/// the treaty signed, "podpisał to Putin, tak?" "Putin signed it, right?", "co to jest Osetia Południowa?" what is South
/// Ossetia, "jak zareagowała Gruzja?" how Georgia reacted, "jesteś botem?" are you a bot, "dzięki wielkie" thanks a lot.
/// Read word for word (the bot reads words, not word order). Polish inflects: a word is looked up whole, then by its
/// longest known stem ("umowa", "umowę", "umowy" and "umową" are all the treaty; "podpisał", "podpisali", "podpisano"
/// all signed), with or without its diacritics ("umowe", "dziekuje", "podpisal": "ł" typed as "l"). "czy" opening a
/// question only asks it; inside one it is "or" ("człowiekiem czy AI?"). A question with no English word asks yes or no
/// by its mark alone ("Suchumi to miasto?"), as Russian does. Only in a message with a word only Polish writes ("jest",
/// "się", "czy", "gdzie", "umowę", "dzięki"), two it shares with English, Czech, Russian or Turkish ("co", "jak", "kto",
/// "ile", "nie"), or a follow-up it opens ("a gdzie?", "i co z wojskiem?"), so that "co-chair", Russian "kto podpisal
/// dogovor" and Czech "co je" stay theirs. Czech is read by <see cref="Czech"/>, with this reader's stems and spelling.
/// </summary>
internal static partial class Polish
{
    /// <summary><paramref name="text"/> with Polish words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        // "ł" is no other language's letter: "współprzewodniczył", "łamie" are Polish words, known or not.
        if (!Markers.AreIn(text) && !text.Contains('ł') && !text.Contains('Ł') && !Alone().IsMatch(text)
            && !(text.Length < 40 && (FollowUp().IsMatch(text) || ShortAsk().IsMatch(text)))
            && !(text.Contains(" lat", StringComparison.OrdinalIgnoreCase) && Years().IsMatch(text)))
        {
            return text;
        }

        // "name of the umowa with Osetia?": in an English sentence "a", "i", "to", "do" and "no" are English.
        var english = EnglishWord().IsMatch(text);
        // "podpisał to Putin i Tibiłow, tak?", "25 lat, prawda?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "czy Rosja będzie bronić Osetii?": "czy" opening a question only asks it.
        text = OpeningCzy().Replace(text, "${before}");
        // "co na to USA?", "co Tbilisi na to?": how they reacted; "Suchumi to co?": what it is.
        text = HowReacted().Replace(text, "\u0001how did\u0002 ${who} \u0001react\u0002");
        text = WhatIsIt().Replace(text, "co to ${what}");
        // "ile Abchazja dostała?": how much money, as "ile" with getting and going asks.
        text = HowMuchGot().Replace(text, "ile kasy");
        text = Phrases.InEnglish(text);
        text = Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && EnglishToo.Contains(m.Value) ? m.Value
            : English(m.Value) ?? m.Value);
        text = InEnglishOrder(text);
        // "Suchumi to miasto?": asked by its question mark alone.
        return english ? text : Russian.AskedByItsMark(text);
    }

    /// <summary>
    /// <paramref name="lower"/> as it is typed without its diacritics: "umowę" as "umowe", "Ženeva" as "Zeneva", and "ł",
    /// which is no accented "l" to Unicode, as "l" ("podpisał" as "podpisal").
    /// </summary>
    internal static string Plain(string lower) => Accents.Strip(lower).Replace('ł', 'l').Replace('Ł', 'L');

    /// <summary>
    /// <paramref name="text"/>, read word for word, with a subject the Slavic order puts after its verb before it, as
    /// English asks: "co powiedziała UE?" reads "what did say EU?", which is "what did EU say?"; "podpisał to Putin i
    /// Tibiłow" reads "signed it Putin and Tibilov", which is "Putin and Tibilov signed it".
    /// </summary>
    internal static string InEnglishOrder(string text)
    {
        text = SaidBy().Replace(text, "what did ${who} ${verb}");
        return DoneBy().Replace(text, "${who} ${verb} it");
    }

    /// <summary>Each phrase as written and as typed plain (see <see cref="Plain"/>), its English marked as read.</summary>
    internal static Dictionary<string, string> Marked(Dictionary<string, string> phrases) =>
        ReaderTables.WithPlainForms(ReaderTables.MarkedWithUnaccented(phrases), Plain);

    /// <summary>Each word as written and as typed plain; the word as written where two fall together ("że", "ze").</summary>
    internal static Dictionary<string, string> WithPlain(Dictionary<string, string> words) => ReaderTables.WithPlainForms(words, Plain);

    /// <summary>The stems, each as typed plain, as a word is looked up by its plain form.</summary>
    internal static Stems PlainStems(Dictionary<string, string> stems) =>
        new(stems.ToDictionary(stem => Plain(stem.Key), stem => stem.Value, StringComparer.Ordinal));

    /// <summary>
    /// The English of a word of <paramref name="words"/>, as written or typed plain; else, unless English has the word
    /// ("chin", "rok", "pod"), of its longest stem. Null when unknown.
    /// </summary>
    internal static string? EnglishOf(string word, Dictionary<string, string> words, Stems stems)
    {
        var lower = word.ToLowerInvariant();
        if (words.TryGetValue(lower, out var english))
        {
            return english;
        }

        var plain = Plain(lower);
        return words.TryGetValue(plain, out english) ? english
            : EnglishWords.Contains(lower) ? null
            : stems.EnglishOf(plain);
    }

    private static string? English(string word) => EnglishOf(word, Words, StemTable);

    // Several words that mean one thing, read before the words one by one; each also typed plain.
    private static readonly Phrasebook Phrases = new(Marked(new Dictionary<string, string>
    {
        // Question words.
        ["kto to jest"] = "who is", ["kto to"] = "who is", ["kim jest"] = "who is", ["kim są"] = "who are", ["kim był"] = "who was",
        ["kim była"] = "who was", ["kim ty jesteś"] = "who are you", ["kim jesteś"] = "who are you", ["co to jest"] = "what is",
        ["co to są"] = "what are", ["co to"] = "what is", ["czym jest"] = "what is", ["czym są"] = "what are",
        ["co to znaczy"] = "what does it mean", ["co znaczy"] = "what does mean", ["co oznacza"] = "what does mean",
        ["o czym jest"] = "what is about", ["o czym"] = "what about", ["o co chodzi"] = "what is it about",
        ["jak się nazywa"] = "what is the name of", ["jak się nazywał"] = "what was the name of", ["jak brzmi nazwa"] = "what is the name of",
        ["na jak długo"] = "for how long", ["jak długo"] = "how long", ["na ile lat"] = "for how many years", ["ile lat"] = "how many years",
        ["w którym roku"] = "what year", ["którego dnia"] = "what day", ["jakiego dnia"] = "what day", ["po co"] = "what for",
        ["z kim"] = "with whom", ["dla kogo"] = "for whom", ["od kogo"] = "from whom", ["ile osób"] = "how many people",
        ["ile ludzi"] = "how many people", ["na rozmowach"] = "at the talks", ["na spotkaniu"] = "at the meeting",
        ["na krymie"] = "in Crimea", ["na ukrainie"] = "in Ukraine", ["na kaukazie"] = "in the Caucasus",
        // What happened, what was done and said: "co powiedziała UE?" what did the EU say.
        ["co się stanie z"] = "what will happen to", ["co się stanie"] = "what will happen", ["co się dzieje teraz"] = "what is happening currently", ["co się teraz dzieje"] = "what is happening currently",
        ["co się dzieje"] = "what is happening",
        ["co się działo"] = "what happened", ["co się stało"] = "what happened", ["co było"] = "what happened",
        ["co zrobiła"] = "what did do", ["co zrobił"] = "what did do", ["co zrobili"] = "what did do", ["co zrobiły"] = "what did do",
        ["co powiedziała"] = "what did say", ["co powiedział"] = "what did say", ["co powiedzieli"] = "what did say",
        ["co powiedziały"] = "what did say", ["co powiedziano"] = "what was said", ["co mówili"] = "what did say",
        ["co mówiła"] = "what did say", ["co mówił"] = "what did say", ["co mówi"] = "what does say", ["co na to"] = "what did say about it",
        ["co ustalono"] = "what was agreed", ["co uzgodniono"] = "what was agreed", ["podpisano"] = "was signed",
        ["został podpisany"] = "was signed", ["została podpisana"] = "was signed", ["wziął udział"] = "took part",
        ["wzięli udział"] = "took part", ["brał udział"] = "took part", ["brali udział"] = "took part",
        // Asking to be told, and the bot.
        ["powiedz mi"] = "tell me", ["możesz mi powiedzieć"] = "can you tell me", ["chcę wiedzieć"] = "I want to know",
        ["nie wiem"] = "I don't know", ["nie mam czasu"] = "no time", ["nie wiem co pisać"] = "what can I ask",
        ["nie wiem co napisać"] = "what can I ask", ["nie wiem o co pytać"] = "what can I ask", ["o co mogę zapytać"] = "what can I ask", ["o co mogę pytać"] = "what can I ask",
        ["co umiesz"] = "what can you do", ["co potrafisz"] = "what can you do", ["co możesz"] = "what can you do",
        ["jak tego używać"] = "how do I use this", ["jak cię używać"] = "how do I use you", ["jak to działa"] = "how does it work",
        ["jak działasz"] = "how do you work", ["co myślisz"] = "what do you think", ["co sądzisz"] = "what do you think",
        ["twoim zdaniem"] = "in your opinion", ["twoja opinia"] = "your opinion", ["jesteś botem"] = "are you a bot",
        ["jesteś robotem"] = "are you a robot", ["jesteś człowiekiem"] = "are you human", ["jesteś prawdziwy"] = "are you real",
        ["jesteś tu"] = "are you there", ["w skrócie"] = "in short", ["w kilku słowach"] = "in short", ["krótko mówiąc"] = "in short",
        // Small talk.
        ["dzień dobry"] = "good morning", ["dobry wieczór"] = "good evening", ["dobranoc"] = "good night", ["na razie"] = "bye",
        ["do widzenia"] = "goodbye", ["do zobaczenia"] = "see you", ["pa pa"] = "bye", ["dzięki wielkie"] = "thanks a lot",
        ["wielkie dzięki"] = "thanks a lot", ["dziękuję bardzo"] = "thank you very much", ["bardzo dziękuję"] = "thank you very much",
        ["nie ma za co"] = "you're welcome",
        // The people and places of the article.
        ["osetia południowa"] = "South Ossetia", ["osetii południowej"] = "South Ossetia", ["osetię południową"] = "South Ossetia",
        ["osetią południową"] = "South Ossetia", ["osetia płd"] = "South Ossetia", ["osetii płd"] = "South Ossetia",
        ["osetia północna"] = "North Ossetia", ["osetii północnej"] = "North Ossetia", ["stany zjednoczone"] = "US",
        ["stanów zjednoczonych"] = "US", ["stanach zjednoczonych"] = "US", ["unia europejska"] = "EU", ["unii europejskiej"] = "EU",
        ["unię europejską"] = "EU", ["departament stanu"] = "State Department", ["sekretarz stanu"] = "Secretary of State",
        ["ministerstwo spraw zagranicznych"] = "foreign ministry", ["minister spraw zagranicznych"] = "foreign minister",
        ["biały dom"] = "White House", ["białego domu"] = "White House", ["sekretarz generalny"] = "secretary general",
        ["wysoka przedstawiciel"] = "High Representative", ["wysoki przedstawiciel"] = "High Representative",
        // The treaty, its clauses and the talks.
        ["siły zbrojne"] = "armed forces", ["sił zbrojnych"] = "armed forces", ["siłami zbrojnymi"] = "armed forces",
        ["służby bezpieczeństwa"] = "security agencies", ["znaki ostrzegawcze"] = "warning signs", ["znakach ostrzegawczych"] = "warning signs",
        ["znaki graniczne"] = "border warning signs", ["znakach granicznych"] = "border warning signs", ["straż graniczna"] = "border guards",
        ["partnerstwo strategiczne"] = "strategic partnership", ["integralność terytorialna"] = "territorial integrity",
        ["prawo międzynarodowe"] = "international law", ["społeczność międzynarodowa"] = "international community",
        ["rok wcześniej"] = "a year before", ["tego samego dnia"] = "same day", ["w tym samym dniu"] = "same day",
        ["do końca"] = "by the end of", ["pod koniec"] = "by the end of",
        // Chat phrasing: "w ogóle" is a filler; a question of belonging, likeness, the people and the talks.
        ["w ogóle"] = "", ["w jakim miejscu"] = "where", ["doszło do"] = "happened", ["jak doszło do"] = "how did happen",
        ["złożyli podpisy"] = "signed", ["złożył podpis"] = "signed", ["złożyli podpis"] = "signed", ["ze strony"] = "for",
        ["jak brzmi"] = "what is", ["ma coś wspólnego z"] = "is connected with", ["zbiegło się w czasie"] = "coincided",
        ["zbiegło w czasie"] = "coincided", ["ten sam dzień"] = "same day", ["taka sama jak"] = "the same as",
        ["taki sam jak"] = "the same as", ["takie same jak"] = "the same as", ["w skład"] = "part of",
        ["okres obowiązywania"] = "term", ["na zawsze"] = "forever", ["określony czas"] = "a fixed term",
        ["należy do"] = "belongs to", ["przewodniczył rosyjskiej delegacji"] = "headed the Russian delegation",
        ["przewodniczył delegacji"] = "headed the delegation", ["stał na czele"] = "headed", ["uważa to za"] = "considers it",
        ["uważa za"] = "considers", ["poruszyli tę sprawę"] = "raised the issue", ["poruszyła tę sprawę"] = "raised the issue",
        ["poruszyli sprawę"] = "raised the issue", ["z kimś"] = "with anyone", ["do kogo"] = "to whom",
        ["brały udział"] = "took part", ["brała udział"] = "took part", ["siedział przy stole"] = "took part",
        ["siedzieli przy stole"] = "took part", ["w sprawie"] = "about", ["zwrócono uwagę"] = "were told",
        ["zwrócili uwagę"] = "told", ["w końcu"] = "finally", ["nie wiem co wpisać"] = "what can I ask",
        ["rozmawiam z"] = "am I talking to", ["ma rację"] = "is right", ["ma racje"] = "is right", ["dobrze czy źle"] = "good or bad",
        ["jakieś newsy"] = "any latest news", ["co ty za"] = "what are you, a", ["o czym rozmawiali"] = "what did they discuss",
        // How the talks ended ("co je Suchumi" is Czech's "what is", sharing Polish's "co" and "Suchumi"), what things have to do with each other, how a thing looks, what is to be done.
        ["czym się skończyły"] = "what was the outcome of", ["czym się zakończyły"] = "what was the outcome of",
        ["jak się skończyły"] = "what was the outcome of", ["jak się zakończyły"] = "what was the outcome of",
        ["co mają wspólnego"] = "what is connected", ["co ma wspólnego"] = "what is connected", ["z sierpnia"] = "from August",
        ["jak wygląda"] = "what is", ["co je"] = "what is", ["mają być"] = "should be", ["ma być"] = "should be",
    }), hyphens: true);

    // One word each, as written and typed plain: the short words, and those a stem would misread.
    private static readonly Dictionary<string, string> Words = WithPlain(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Question words.
        ["kto"] = "who", ["kogo"] = "who", ["komu"] = "who", ["kim"] = "who", ["co"] = "what", ["czego"] = "what", ["czym"] = "what",
        ["kiedy"] = "when", ["gdzie"] = "where", ["skąd"] = "where from", ["ile"] = "how much", ["jak"] = "how", ["dlaczego"] = "why",
        ["czemu"] = "why", ["który"] = "which", ["która"] = "which", ["które"] = "which", ["którzy"] = "which", ["której"] = "which",
        ["którego"] = "which", ["których"] = "which", ["jaki"] = "what", ["jaka"] = "what", ["jakie"] = "what", ["jakiej"] = "what",
        ["jakiego"] = "what", ["jakich"] = "what", ["czy"] = "or",
        // Being, having, doing.
        ["jest"] = "is", ["są"] = "are", ["był"] = "was", ["była"] = "was", ["było"] = "was", ["byli"] = "were", ["były"] = "were",
        ["będzie"] = "will", ["będą"] = "will", ["jestem"] = "am", ["jesteś"] = "are you", ["jesteście"] = "are you", ["ma"] = "has",
        ["mają"] = "have", ["miał"] = "had", ["miała"] = "had", ["mieli"] = "had", ["się"] = string.Empty, ["sobie"] = string.Empty,
        ["da"] = "gives", ["dał"] = "gave", ["dała"] = "gave", ["dali"] = "gave", ["daje"] = "gives", ["dają"] = "give",
        ["dadzą"] = "give", ["dać"] = "give", ["może"] = "can", ["można"] = "can", ["możesz"] = "can you", ["mogę"] = "can I",
        ["mam"] = "have", ["masz"] = "have", ["mamy"] = "have", ["chce"] = "wants", ["chcę"] = "want", ["wiem"] = "know", ["wiesz"] = "know",
        // Function words.
        ["to"] = "it", ["ten"] = "the", ["ta"] = "the", ["te"] = "the", ["tę"] = "the", ["tego"] = "the", ["tej"] = "the",
        ["tym"] = "the", ["tych"] = "the", ["tą"] = "the", ["tamten"] = "that", ["nie"] = "not", ["tak"] = "yes",
        ["i"] = "and", ["a"] = "and", ["oraz"] = "and", ["albo"] = "or", ["lub"] = "or", ["ale"] = "but", ["o"] = "about",
        ["w"] = "in", ["we"] = "in", ["na"] = "on", ["z"] = "with", ["ze"] = "with", ["do"] = "to", ["od"] = "from", ["dla"] = "for",
        ["po"] = "after", ["przez"] = "by", ["przed"] = "before", ["za"] = "for", ["między"] = "between", ["pod"] = "under",
        ["nad"] = "over", ["u"] = "at", ["przy"] = "at", ["bez"] = "without", ["wobec"] = "towards", ["według"] = "according to",
        ["też"] = "also", ["także"] = "also", ["również"] = "also", ["jeszcze"] = "still", ["już"] = "already", ["tylko"] = "only",
        ["mi"] = "me", ["mnie"] = "me", ["ja"] = "I", ["ty"] = "you", ["ciebie"] = "you", ["cię"] = "you", ["tobie"] = "you",
        ["on"] = "he", ["ona"] = "she", ["ono"] = "it", ["oni"] = "they", ["one"] = "they", ["ich"] = "their", ["jego"] = "his",
        ["jej"] = "her", ["go"] = "him", ["ją"] = "her", ["im"] = "them", ["nich"] = "them", ["twój"] = "your", ["twoja"] = "your",
        ["twoje"] = "your", ["twoim"] = "your", ["że"] = "that", ["jeśli"] = "if", ["jeżeli"] = "if", ["bo"] = "because",
        ["więc"] = "so", ["no"] = string.Empty, ["dobra"] = "ok", ["dobrze"] = "ok", ["okej"] = "ok", ["wszystko"] = "all",
        ["wszystkie"] = "all", ["wszyscy"] = "all", ["coś"] = "something", ["ktoś"] = "anyone", ["nic"] = "nothing",
        ["nikt"] = "nobody", ["inne"] = "other", ["inny"] = "other", ["inna"] = "other", ["dokładnie"] = "exactly",
        ["naprawdę"] = "really", ["właściwie"] = "actually", ["oficjalnie"] = "officially", ["osobiście"] = "personally",
        ["teraz"] = "now", ["dzisiaj"] = "today", ["dziś"] = "today", ["wcześniej"] = "before", ["później"] = "later",
        ["potem"] = "then", ["więcej"] = "more", ["bardzo"] = "very", ["szczerze"] = "honestly", ["prawda"] = "true",
        ["następna"] = "next", ["następny"] = "next", ["następne"] = "next", ["poprzedni"] = "previous", ["poprzednia"] = "previous",
        ["taki"] = "such", ["taka"] = "such", ["takie"] = "such", ["każdy"] = "each",
        ["sam"] = "same", ["sama"] = "same", ["samo"] = "same", ["pierwszy"] = "first", ["pełna"] = "full", ["pełny"] = "full",
        ["przeciw"] = "against", ["przeciwko"] = "against", ["wg"] = "under", ["jakim"] = "what", ["jakaś"] = "some",
        ["jakiś"] = "some", ["jakieś"] = "some", ["babka"] = "woman", ["stany"] = "US", ["nimi"] = "them",
        ["źle"] = "bad", ["stało"] = "happened", ["miejscu"] = "place", ["tekście"] = "text", ["literówka"] = "typo",
        ["chciał"] = "wanted", ["chciała"] = "wanted", ["chcieli"] = "wanted", ["widzę"] = "see", ["widzą"] = "see",
        ["czas"] = "time", ["czasie"] = "time", ["opowiedz"] = "tell me", ["wytłumaczy"] = "explain", ["wytłumacz"] = "explain",
        ["pełni"] = "holds", ["piszą"] = "say", ["pisza"] = "say", ["stron"] = "parties", ["strony"] = "parties",
        ["politycy"] = "politicians", ["jednostki"] = "units", ["racje"] = "right", ["tymi"] = "these", ["być"] = "be",
        // The bot and small talk.
        ["cześć"] = "hello", ["siema"] = "hi", ["hejka"] = "hi", ["elo"] = "hi", ["witam"] = "hello", ["dzięki"] = "thanks",
        ["dziękuję"] = "thank you", ["dziękuje"] = "thank you", ["dzięks"] = "thanks", ["spadam"] = "bye", ["nara"] = "bye",
        ["narka"] = "bye", ["pa"] = "bye", ["proszę"] = "please", ["pomoc"] = "help", ["pomocy"] = "help", ["pomóż"] = "help",
        ["botem"] = "bot", ["człowiek"] = "human", ["człowiekiem"] = "human", ["opinia"] = "opinion", ["zdanie"] = "opinion",
        ["streszczenie"] = "summary", ["krótko"] = "briefly", ["czasu"] = "time", ["czytać"] = "read",
        // Money, time and numbers.
        ["kasa"] = "money", ["kasy"] = "money", ["kasę"] = "money", ["kasą"] = "money", ["hajs"] = "money", ["hajsu"] = "money",
        ["forsa"] = "money", ["forsy"] = "money", ["mld"] = "billion", ["mln"] = "million", ["zł"] = "zloty", ["rok"] = "year",
        ["roku"] = "year", ["lat"] = "years", ["lata"] = "years", ["latach"] = "years", ["dzień"] = "day", ["dnia"] = "day",
        ["data"] = "date", ["daty"] = "date", ["nazwa"] = "name", ["nazwy"] = "name", ["nazwę"] = "name",
        ["styczeń"] = "January", ["stycznia"] = "January", ["luty"] = "February", ["lutego"] = "February", ["marzec"] = "March",
        ["marca"] = "March", ["marcu"] = "March", ["kwiecień"] = "April", ["kwietnia"] = "April", ["maj"] = "May", ["maja"] = "May",
        ["czerwiec"] = "June", ["czerwca"] = "June", ["lipiec"] = "July", ["lipca"] = "July", ["sierpień"] = "August",
        ["sierpnia"] = "August", ["sierpniu"] = "August", ["wrzesień"] = "September", ["września"] = "September",
        ["wrześniu"] = "September", ["październik"] = "October", ["października"] = "October", ["listopad"] = "November",
        ["listopada"] = "November", ["grudzień"] = "December", ["grudnia"] = "December",
        // Names the stems would misread, and initials.
        ["usa"] = "US", ["ue"] = "EU", ["onz"] = "UN", ["obwe"] = "OSCE", ["nato"] = "NATO", ["msz"] = "foreign ministry",
        ["chiny"] = "China", ["chin"] = "China", ["polska"] = "Poland", ["polski"] = "Polish", ["tibiłow"] = "Tibilov",
        ["tybiłow"] = "Tibilov", ["grigorij"] = "Grigory", ["grzegorz"] = "Grigory", ["miedwiediew"] = "Medvedev",
        ["ławrow"] = "Lavrov", ["płd"] = "South",
    });

    // Stems, as written (each also typed plain): a word no whole entry has is read by its longest stem, down to three letters.
    private static readonly Stems StemTable = PlainStems(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The treaty and its signing.
        ["umow"] = "treaty", ["traktat"] = "treaty", ["porozumie"] = "agreement", ["układ"] = "pact",
        ["sojusz"] = "alliance", ["integracj"] = "integration", ["partnerstw"] = "partnership", ["strategiczn"] = "strategic",
        ["podpis"] = "signed", ["podpisani"] = "signing", ["podpisuj"] = "signs", ["podpisz"] = "sign", ["sygnatariusz"] = "signatories",
        ["nazyw"] = "called", ["tytuł"] = "name", ["tekst"] = "text", ["projekt"] = "draft", ["wersj"] = "version",
        ["trwa"] = "lasts", ["obowiązuj"] = "valid", ["ważn"] = "valid", ["wygas"] = "expires",
        ["przedłuż"] = "extended", ["ratyfik"] = "ratified", ["kreml"] = "Kremlin",
        // The clauses.
        ["obron"] = "defence", ["broni"] = "defend", ["bronić"] = "defend", ["chroni"] = "protect", ["zapewni"] = "ensure",
        ["pilnow"] = "guard", ["strzeg"] = "guard", ["bezpieczeństw"] = "security", ["granic"] = "border", ["graniczn"] = "border",
        ["armi"] = "army", ["wojsk"] = "army", ["wojskow"] = "military", ["żołnierz"] = "soldiers", ["zbrojn"] = "armed",
        ["służb"] = "services", ["celn"] = "customs", ["odpowiedzialn"] = "responsible", ["włącz"] = "incorporated",
        ["połącz"] = "merged", ["wejdzie"] = "join", ["wejdą"] = "join", ["wstąpi"] = "join", ["część"] = "part",
        // Money.
        ["pieniądz"] = "money", ["pieniędz"] = "money", ["miliard"] = "billion", ["milion"] = "million", ["rubl"] = "rubles",
        ["rubel"] = "rubles", ["dolar"] = "dollars", ["budżet"] = "budget", ["obieca"] = "pledged", ["obiecuj"] = "pledges",
        ["przyrzek"] = "pledged", ["zobowiąza"] = "pledged", ["dostan"] = "get", ["dosta"] = "got", ["otrzyma"] = "receive",
        ["płac"] = "pay", ["zapłac"] = "pay", ["wypłac"] = "paid", ["przekaz"] = "transfer", ["przezna"] = "allocate",
        ["finans"] = "funding", ["inwestycj"] = "investment", ["rozwo"] = "development",
        // Russia, the Caucasus and the Crimea.
        ["rosj"] = "Russia", ["rosyjsk"] = "Russian", ["rosjan"] = "Russians", ["moskw"] = "Moscow", ["moskiewsk"] = "Moscow",
        ["oseti"] = "Ossetia", ["osetyjsk"] = "Ossetian", ["osetyj"] = "Ossetian", ["osety"] = "Ossetians",
        ["południow"] = "South", ["północn"] = "North", ["abchaz"] = "Abkhazia", ["abchask"] = "Abkhaz",
        ["gruzj"] = "Georgia", ["gruzin"] = "Georgians", ["gruzińsk"] = "Georgian", ["cchinwal"] = "Tskhinvali",
        ["suchum"] = "Sokhumi", ["tbilis"] = "Tbilisi", ["krym"] = "Crimea", ["ukrain"] = "Ukraine", ["ameryk"] = "America",
        ["amerykan"] = "Americans", ["amerykańsk"] = "American", ["europ"] = "Europe", ["europejsk"] = "European",
        ["bruksel"] = "Brussels", ["waszyngton"] = "Washington", ["genew"] = "Geneva", ["genewsk"] = "Geneva",
        ["kaukaz"] = "Caucasus", ["aneksj"] = "annexation", ["anekt"] = "annexed", ["okupacj"] = "occupation",
        ["okupowan"] = "occupied", ["zaję"] = "took", ["zabra"] = "took", ["rocznic"] = "anniversary", ["wojn"] = "war",
        ["konflikt"] = "conflict", ["państw"] = "state", ["kraj"] = "country", ["region"] = "region", ["miast"] = "city",
        ["stolic"] = "capital", ["świat"] = "world", ["republik"] = "republic", ["niepodległ"] = "independence",
        ["ludnoś"] = "population", ["mieszkańc"] = "inhabitants", ["mieszka"] = "live", ["język"] = "language", ["walut"] = "currency",
        ["rządz"] = "leads", ["rząd"] = "government", ["zgin"] = "died",
        // The reactions.
        ["reakcj"] = "reaction", ["reagow"] = "reacted", ["zareagow"] = "reacted", ["reaguj"] = "reacts", ["powiedzia"] = "said",
        ["mówi"] = "say", ["mówił"] = "said", ["oświadcz"] = "stated", ["stwierdz"] = "said", ["ogłosi"] = "announced",
        ["komentow"] = "commented", ["potępi"] = "condemned", ["potępia"] = "condemns", ["skrytykow"] = "criticized",
        ["krytyk"] = "criticized", ["uzna"] = "recognize", ["uznaj"] = "recognize", ["popiera"] = "supports", ["poprze"] = "support",
        ["sprzeciw"] = "opposed", ["protest"] = "protested", ["skarż"] = "complained", ["poskarż"] = "complained",
        ["ostrzeg"] = "warned", ["ostrzegawcz"] = "warning", ["domaga"] = "demanded", ["żąda"] = "demanded", ["zażąda"] = "demanded",
        ["prosi"] = "asked", ["poprosi"] = "asked", ["zapyta"] = "asked", ["pyta"] = "asks", ["stanowisk"] = "position",
        ["oświadczeni"] = "statement", ["sankcj"] = "sanctions", ["zrobi"] = "did",
        // Geneva.
        ["rozmow"] = "talks", ["negocjacj"] = "negotiations", ["rokowa"] = "talks", ["rund"] = "round",
        ["spotka"] = "meet", ["spotkani"] = "meeting", ["sesj"] = "session", ["delegacj"] = "delegation",
        ["przewodnicz"] = "chaired", ["przewodniczą"] = "chair", ["współprzewodnicz"] = "co-chaired", ["prowadzi"] = "led",
        ["kierowa"] = "led", ["uczestnicz"] = "took part", ["uczestni"] = "participants", ["udział"] = "part",
        ["znak"] = "signs", ["sytuacj"] = "situation", ["stabiln"] = "stable", ["stabilizacj"] = "stabilization",
        ["wynik"] = "outcome", ["rezultat"] = "result", ["ustal"] = "agreed", ["uzgodni"] = "agreed", ["ćwicze"] = "exercises",
        ["zagroże"] = "threat", ["obaw"] = "concerns", ["boi"] = "fear", ["boją"] = "fear", ["niepokoj"] = "concerns",
        ["zaplanow"] = "planned", ["planow"] = "planned", ["odbędzie"] = "held", ["odbył"] = "held",
        // The article and the people in it.
        ["artykuł"] = "article", ["autor"] = "author", ["napisa"] = "wrote", ["pisa"] = "write", ["pisze"] = "writes",
        ["dziennikar"] = "journalist", ["gazet"] = "newspaper", ["wspomin"] = "mentions", ["wspomnia"] = "mentioned",
        ["znacz"] = "mean", ["oznacz"] = "mean", ["ministr"] = "minister", ["minister"] = "minister", ["ministerstw"] = "ministry",
        ["prezydent"] = "president", ["premier"] = "prime minister", ["przywódc"] = "leader", ["lider"] = "leader",
        ["szef"] = "head", ["rzeczni"] = "spokeswoman", ["sekretarz"] = "secretary", ["funkcj"] = "job",
        ["prac"] = "work", ["urodzi"] = "born",
        // The bot and the conversation.
        ["dzięk"] = "thanks", ["używa"] = "use", ["myśl"] = "think", ["sądz"] = "think", ["umie"] = "can", ["potrafi"] = "can",
        ["zmieni"] = "changed", ["zmian"] = "change", ["porówn"] = "compare", ["różni"] = "differ",
        ["różnic"] = "difference", ["podobn"] = "similar", ["głębsz"] = "deeper", ["szczegół"] = "details",
        ["pakt"] = "pact", ["traktac"] = "treaty", ["projekc"] = "draft", ["zawar"] = "signed", ["zaanekt"] = "annexed",
        ["zaanektuj"] = "annex", ["aneks"] = "annexation", ["obchodzi"] = "marked", ["pilnuj"] = "guards",
        ["odpowiada"] = "responsible", ["rusk"] = "Russian", ["tibilov"] = "Tibilov", ["tibilow"] = "Tibilov",
        ["tybilow"] = "Tibilov", ["miesi"] = "months", ["kwot"] = "amount of money", ["pójdzie"] = "go",
        ["poszł"] = "went", ["międzynarodow"] = "international", ["rozmawia"] = "discussed", ["temat"] = "topics",
        ["poruszan"] = "discussed", ["porusz"] = "raised", ["spraw"] = "issue", ["zwróci"] = "called on", ["dyskusj"] = "discussions",
        ["przeszkadz"] = "concerns", ["martw"] = "concerned", ["sprzeczn"] = "contrary", ["ustaleni"] = "agreements",
        ["spokojn"] = "stable", ["oceni"] = "assessed", ["popraw"] = "improvement", ["niszcz"] = "damage", ["dotycz"] = "about",
        ["skończy"] = "ended", ["zakończ"] = "ended", ["kolejn"] = "next", ["następn"] = "next", ["wpisa"] = "write",
        // Geneva's words: representatives, border guards, damaged signs, a revised first version, a broken agreement.
        ["przedstawiciel"] = "representatives", ["pogranicz"] = "border guards", ["rosyjsc"] = "Russian", ["pomogł"] = "helped",
        ["stabiliz"] = "stabilize", ["ustabiliz"] = "stabilize", ["zniszcz"] = "damaged", ["rozwiąz"] = "resolved",
        ["państwow"] = "state", ["pierwsz"] = "first", ["zmienian"] = "revised", ["zmienion"] = "revised",
        ["łami"] = "violates", ["złama"] = "violated", ["narusz"] = "violates", ["reżim"] = "regime",
        ["okupacyjn"] = "occupation", ["jednostk"] = "units", ["wygląd"] = "looks",
    });

    // Words of the table English writes too, left as they are in an English sentence ("name of the umowa, a treaty?").
    private static readonly HashSet<string> EnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "i", "to", "do", "no", "on", "one", "ten", "go", "im", "u", "w", "we", "ma", "pa", "data", "ok", "okej", "pod",
        "nad", "te", "ta", "mi", "ja", "da", "ale", "po", "bo", "elo", "nara",
    };

    // Words only Polish writes (as typed with and without diacritics, where the plain form is no other language's word);
    // those Czech, Russian in Latin letters, Turkish, Danish or English share ("co", "jak", "kto", "ile", "nie",
    // "podpisali", "traktat", "tak") count only with a second; "kim", Turkish "who" and a Korean name, not at all.
    private static readonly MarkerWords Markers = new(
    [
        // Question words, function words and the verbs every question leans on.
        "czy", "czym", "czego", "kogo", "gdzie", "kiedy", "dlaczego", "czemu", "który", "która", "które",
        "którzy", "ktory", "ktora", "ktore", "jaki", "jakie", "jakiej", "jest", "są", "się", "był", "była", "było", "były",
        "będzie", "bedzie", "będą", "jestem", "jesteś", "jestes", "jesteście", "tę", "tej", "tego", "też", "także", "takze",
        "również", "rowniez", "już", "juz", "tylko", "jeszcze", "oraz", "według", "wedlug", "między", "miedzy", "dla", "że",
        "więc", "wiec", "twoim", "myślisz", "myslisz", "szczerze", "wiem", "czasu", "czytać", "czytac", "pisać", "pisac",
        "używać", "uzywac", "człowiekiem", "czlowiekiem", "chodzi", "stanie", "działo", "dzialo", "stało", "stalo",
        // Small talk.
        "cześć", "czesc", "siema", "hejka", "dzięki", "dzieki", "dziękuję", "dziekuje", "dziękuje", "spadam", "narka",
        "proszę", "prosze", "dzień", "dzien", "widzenia", "zobaczenia",
        // The article's acts and things.
        "podpisał", "podpisała", "podpisano", "podpisania", "podpisany", "podpisana", "umowa", "umowę", "umowe", "umowy",
        "umowie", "umową", "traktatu", "porozumienie", "porozumienia", "pieniędzy", "pieniedzy",
        "pieniądze", "pieniadze", "hajs", "kasy", "dostanie", "dostała", "dostala", "dostał", "obiecała", "obiecala",
        "obiecał", "zareagowała", "zareagowala", "zareagował", "zareagowal", "zareagowały", "zareagowaly", "zareagowali",
        "powiedział", "powiedziała", "powiedziano", "powiedzial", "powiedziala", "mówili", "mowili", "napisał",
        "przewodniczył", "przewodniczyl", "rozmowach", "rozmowy", "rozmów", "rozmow", "następna", "nastepna", "następny",
        "nastepny", "sytuacja", "granicy", "granica", "granicach", "wojskiem", "wojsko", "wojska",
        "żołnierzy", "zolnierzy", "bronić", "bronic", "delegacja", "zrobiła", "zrobila", "znakach", "granicznych",
        "artykuł", "artykule", "artykułu", "artykul", "rządzi", "rzadzi", "mieszka", "ludzi", "wejdzie", "funkcja",
        "miasto", "sierpnia", "września", "wrzesnia",
        "ktorzy", "dokładnie", "dokladnie", "doszło", "doszlo", "widzę", "widze", "tekście", "tekscie", "znaczy",
        "powiedziało", "powiedzialo", "sądzisz", "sadzisz", "umiesz", "aneksji", "aneksja", "aneksję", "aneksje",
        "potępiła", "potepila", "końca", "konca", "odpowiada", "częścią", "czescia", "rosyjskich", "rosyjskiej", "rosyjska",
        "rosyjski", "zbrojnych", "obowiązywania", "obowiazywania", "zawsze", "zawarła", "zawarla", "należy", "nalezy",
        "uważa", "uwaza", "sprawę", "sprawe", "sprawie", "poruszyli", "prowadził", "prowadzil", "dyskusje", "genewskie",
        "reakcje", "reakcja", "reakcji", "funkcję", "funkcje", "pełni", "pelni", "jakaś", "jakas", "nara", "zaanektował",
        "zaanektowal", "onz", "gruzińskie", "gruzinskie", "bruksela", "przeszkadza", "martwi", "skończyły", "skonczyly",
        "uzgodnili", "kolejna", "następnego", "nastepnego", "wpisać", "wpisac", "rozmawiam", "racje", "rację",
        "streszczenie", "skrócie", "skrocie", "rozmowom", "genewskim", "genewskich", "przedstawiciele",
        "przedstawicieli", "pogranicznicy", "rosyjscy", "zniszczonymi", "rozwiązywane", "rozwiazywane", "państwowej",
        "panstwowej", "wspólnego", "wspolnego", "wygląda", "wyglada", "okupacyjny", "zmieniana", "zmieniona",
        // Places and people as Polish writes them.
        "rosja", "rosji", "rosję", "rosje", "rosją", "abchazja", "abchazji", "abchazją", "abchazję", "gruzja", "gruzji",
        "gruzją", "gruzję", "gruzinom", "gruzińska", "gruzinska", "gruziński", "genewie", "genewa", "genewy", "moskwa",
        "moskwie", "moskwy", "krymie", "cchinwali", "południowa", "poludniowa", "południowej", "poludniowej", "płd",
        "tibiłow", "tybiłow", "miedwiediew", "ławrow", "ameryka", "chiny", "polska",
    ],
    ["co", "jak", "kto", "ile", "nie", "tak", "jaka", "kasa", "podpisali", "podpisanie", "osetii", "suchumi", "krym",
     "kremlu", "data", "dobra", "dobry", "ten", "lat", "tibilow", "traktat", "runda", "rundy", "beda", "rubli", "wg", "kwota"]);

    // A word, or the English of a phrase, marked so that its words are not read again; a hyphenated word ("co-chair") is
    // one word, no Polish "co".
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+(?:-\\p{L}+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:the|is|are|was|were|did|does|do|what|who|when|where|how|which|why|of|and|it|they|this|that|with|for|about|you|can|will|has|have|his|her|their|signed|money|right|name|treaty|please|pls|thanks|bye|hello|hi)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    // "tak?", "prawda?", "nie?", "zgadza się?" at the end: whether it is so.
    [GeneratedRegex(@"(?:[,\s]+(?:prawda|nieprawdaż|nieprawdaz|zgadza\s+się|zgadza\s+sie|tak\s+czy\s+nie|czy\s+nie|czy\s+jak)|,\s*(?:tak|nie|co|dobrze))(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    // "what did say EU", "what did do Georgia and the US": the named subject of a question the Slavic order asks.
    [GeneratedRegex(@"\bwhat did (?<verb>say|do) (?<who>\p{Lu}\p{L}*(?: (?:and )?\p{Lu}\p{L}*)*)")]
    private static partial Regex SaidBy();

    // "signed it Putin and Tibilov": the named subject of a verb that opens the sentence.
    [GeneratedRegex(@"(?<=^\W*)(?<verb>\p{Ll}+ed) it (?<who>\p{Lu}\p{L}*(?: (?:and )?\p{Lu}\p{L}*)*)")]
    private static partial Regex DoneBy();

    // "25 lat", "na 49 lat": years after a number, as only Polish writes them.
    [GeneratedRegex(@"\d\s+lat\b", RegexOptions.IgnoreCase)]
    private static partial Regex Years();

    // "czy" opening a question, or a sentence in it.
    [GeneratedRegex(@"(?<before>(?:^|[.?!;:(])\W*)czy\s+", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningCzy();

    // "co na to USA?", "co Tbilisi na to?", "Suchumi to co?", "co ty za bot?": short questions only Polish asks so.
    [GeneratedRegex(@"^\W*(?:co\s+na\s+to\s+\p{L}+(?:\s+\p{L}+)?|co\s+\p{L}+(?:\s+\p{L}+)?\s+na\s+to|\p{L}+\s+to(?:\s+w\s+og[oó]le)?\s+co|co\s+ty\s+za\s+\p{L}+)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortAsk();

    // "co na to USA", "co Unia Europejska na to": who reacted.
    [GeneratedRegex(@"^\W*co\s+(?:na\s+to\s+(?<who>\p{L}+(?:\s+\p{L}+)?)|(?<who>\p{L}+(?:\s+\p{L}+)?)\s+na\s+to)(?=\W*$)", RegexOptions.IgnoreCase)]
    private static partial Regex HowReacted();

    // "Suchumi to co?", "Abchazja to w ogóle co?": what it is.
    [GeneratedRegex(@"^(?<what>\p{L}+)\s+to(?:\s+w\s+og[oó]le)?\s+co(?=\W*$)", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIsIt();

    // "ile ... dostała", "ile poszło do Suchumi": "ile" before a verb of getting or going, no money word between.
    [GeneratedRegex(@"\bile(?=\s+(?:(?!kas|pieni|hajs|fors|rubl|dolar|mld|mln|miliard|milion|lat|miesi|os[oó]b|ludzi)\p{L}+\s+){0,3}(?:dost|otrzyma|posz[lł]|p[oó]jdzie|dał|dal|obieca))", RegexOptions.IgnoreCase)]
    private static partial Regex HowMuchGot();

    // "pomoc", "pomocy!": a call for help, Polish, Czech or Slovak, as a whole message.
    [GeneratedRegex(@"^\W*pomocy?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Alone();

    // "a gdzie?", "i co z wojskiem?", "a kto ją napisał?": a follow-up only Polish opens so.
    [GeneratedRegex(@"^\W*(?:a|i|no\s+a)\s+(?:gdzie|kiedy|kto|kogo|ile|dlaczego|czemu|jak|co|który|która|które|jaki|jaka|jakie|czy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();
}
