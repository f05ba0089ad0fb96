using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Romanian and Moldovan as they are mixed into English chat, from a word up to whole questions, and Bulgarian typed in
/// Latin letters (see the Bulgarian half of the class): "cine a semnat tratatul?" is "who signed the treaty?", "cât timp e
/// valabil tratatul?" how long the treaty is valid, "câți bani dă Rusia Osetiei de Sud?" how much money Russia gives
/// South Ossetia, "ce a zis Georgia despre tratat?" what Georgia said about the treaty, "deci 25 de ani, corect?" "so 25
/// years, right?", "ești om sau robot?" are you human or a robot, "mersi" thanks. Read word for word (the bot reads words,
/// not word order), with or without the diacritics ("cand", "cat", "granita", "intamplat"; "ş" and "ţ" with a cedilla as
/// "ș" and "ț"), a verb's clitics with it ("s-a întâmplat", "i-au spus") and the article Romanian writes at a word's end
/// with the word ("tratatul", "granițele", "Osetiei"): a word the table does not have is read by its longest stem
/// ("semnat", "semnează", "semnătura" all sign). Only in a message with a word English and the Romance languages have
/// not ("cine", "unde", "când", "despre", "tratatul", "mersi"), or two it shares with them ("cat", "si", "sau", "este"),
/// or a short question or goodbye that opens as only Romanian does ("ce e Abhazia?", "pa pa"), so that "a cat", "ce que",
/// Spanish "este" or Tagalog "pa" elsewhere keep their meaning and Italian "che" or French "qui" are never its.
/// </summary>
internal static partial class Romanian
{
    /// <summary><paramref name="text"/> with Romanian and Latin-letter Bulgarian words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        // Bulgarian first: "mersi mnogo" is its thanks, where Romanian would read "mersi" alone.
        if (BulgarianMarkers.AreIn(text) || (text.Length < 40 && BulgarianOpening().IsMatch(text)))
        {
            text = BulgarianInEnglish(text);
        }

        return RomanianMarkers.AreIn(text) || (text.Length < 60 && RomanianOpening().IsMatch(text)) ? RomanianInEnglish(text) : text;
    }

    private static string RomanianInEnglish(string text)
    {
        // "numeşte", "ţară": the cedilla that older keyboards type for the comma below.
        text = text.Replace('ş', 'ș').Replace('ţ', 'ț').Replace('Ş', 'Ș').Replace('Ţ', 'Ț').Replace('\u2019', '\'');
        // "deci 25 de ani, cand exact?": in an English sentence "are", "in" or "cat" are English.
        var english = EnglishWord().IsMatch(text);
        // "25 de ani, corect?", "a fost la Moscova, nu?": the tag that asks whether it is so.
        text = RomanianTag().Replace(text, ", right");
        // "25 de ani", "9 miliarde de ruble": a number's "de" is no word of the question; "9,2 miliarde" a decimal comma.
        text = NumberOf().Replace(text, string.Empty);
        text = DecimalComma().Replace(text, ".");
        text = RomanianPhrases.InEnglish(text);
        // "s-a întâmplat", "i-au spus", "l-a semnat": a pronoun and the past's auxiliary before their verb.
        text = Clitic().Replace(text, string.Empty);
        // The English of a phrase stays as it is; each other word is read.
        return Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && RomanianEnglishToo.Contains(m.Value) ? m.Value
            : RomanianWord(m.Value) ?? m.Value);
    }

    // The English of one word: as written or without its diacritics, else by its longest stem; an English word
    // ("promise", "crime", "turn") is no stem's. The article written at the end ("tratatul", "granițele", "discuțiilor")
    // is "the": "what is the article about" asks about this article, "what is article about" about any.
    private static string? RomanianWord(string word)
    {
        var plain = Accents.Strip(word.ToLowerInvariant());
        if (RomanianWords.TryGetValue(plain, out var english))
        {
            return english;
        }

        return EnglishWords.Contains(plain) || RomanianStems.EnglishOf(plain) is not { } stem ? null
            : DefiniteEnding().IsMatch(plain) ? $"the {stem}" : stem;
    }

    // Several words that mean one thing, read before the words one by one; each also without its diacritics, a hyphen
    // as a space ("s-a întâmplat").
    private static readonly Phrasebook RomanianPhrases = new(ReaderTables.MarkedWithUnaccented(new Dictionary<string, string>
    {
        // Question words.
        ["de ce"] = "why", ["de când"] = "since when", ["care e"] = "what is", ["care este"] = "what is",
        ["care sunt"] = "what are", ["care a fost"] = "what was", ["ce zice"] = "what does say", ["ce spune"] = "what does say",
        // "ce spune tratatul despre granițe?": what does the treaty say ("what says the treaty" reads as something it says).
        ["ce spune tratatul"] = "what does the treaty say", ["ce zice tratatul"] = "what does the treaty say",
        ["ce prevede tratatul"] = "what does the treaty say", ["ce scrie în tratat"] = "what does the treaty say",
        ["ce spune articolul"] = "what does the article say", ["ce zice articolul"] = "what does the article say",
        ["ce scrie în articol"] = "what does the article say",
        ["ce mai faci"] = "how are you", ["cât timp"] = "how long", ["pe cât timp"] = "for how long", ["pentru cât timp"] = "for how long",
        ["câți ani"] = "how many years", ["pe câți ani"] = "for how many years", ["pentru câți ani"] = "for how many years",
        ["câți bani"] = "how much money", ["cât bani"] = "how much money", ["câtă bani"] = "how much money",
        ["cât de mult"] = "how much", ["până când"] = "until when", ["din ce an"] = "since what year", ["în ce an"] = "what year",
        ["în ce zi"] = "what day", ["în ce dată"] = "what date", ["ce dată"] = "what date", ["ce zi"] = "what day",
        ["cu cine"] = "with whom", ["pentru cine"] = "for whom", ["de cine"] = "by whom", ["cui"] = "to whom",
        ["cine e"] = "who is", ["cine este"] = "who is", ["cine sunt"] = "who are", ["cine era"] = "who was",
        ["ce e"] = "what is", ["ce este"] = "what is", ["ce sunt"] = "what are",
        ["ce e cu"] = "what about", ["ce i cu"] = "what about", ["ce cu ele"] = "what about them", ["ce cu el"] = "what about it",
        ["și cu"] = "also with", ["ce fel de"] = "what kind of", ["în ce fel"] = "how",
        ["cum se numește"] = "what is the name of", ["cum se numea"] = "what is the name of", ["cum se cheamă"] = "what is the name of",
        ["cum e numit"] = "what is the name of", ["cum a fost numit"] = "what is the name of", ["se numește"] = "is called",
        ["ce înseamnă"] = "what does mean", ["ce vrea să zică"] = "what does mean", ["înseamnă"] = "means",
        ["despre ce e"] = "what is about", ["despre ce este"] = "what is about", ["despre ce vorbește"] = "what is about",
        ["despre ce"] = "what about", ["ce s a întâmplat"] = "what happened", ["ce se întâmplă"] = "what happens",
        ["ce o să se întâmple"] = "what will happen", ["ce va fi"] = "what will happen", ["s a întâmplat"] = "happened",
        ["ce legătură are"] = "what does have to do with", ["ce treabă are"] = "what does have to do with",
        ["ce are de a face"] = "what does have to do with", ["ce a zis"] = "what did say", ["ce a spus"] = "what did say",
        ["ce au zis"] = "what did say", ["ce au spus"] = "what did say", ["ce a declarat"] = "what did say",
        ["ce au declarat"] = "what did say", ["ce i a spus"] = "what was told", ["ce i au spus"] = "what was told",
        ["ce i a zis"] = "what was told", ["ce i au zis"] = "what was told", ["ce a făcut"] = "what did do",
        ["ce au făcut"] = "what did do", ["ce au decis"] = "what did decide", ["ce prevede"] = "what does say",
        ["ce scrie"] = "what does say",
        // Being and having been: "a fost semnat" was signed.
        ["a fost"] = "was", ["au fost"] = "were", ["a mai fost"] = "was", ["va fi"] = "will be", ["vor fi"] = "will be",
        ["o să fie"] = "will be", ["o să"] = "will", ["există"] = "is there", ["este vreo"] = "is there any",
        ["e vreo"] = "is there any", ["au loc"] = "take place", ["a avut loc"] = "took place", ["au avut loc"] = "took place",
        ["va avea loc"] = "will take place", ["vor avea loc"] = "will take place", ["are loc"] = "takes place",
        ["intră în vigoare"] = "enters into force", ["în vigoare"] = "in force", ["intră în"] = "join", ["intra în"] = "join",
        ["face parte"] = "is part", ["fac parte"] = "are part", ["vor face parte"] = "will be part",
        ["se ocupă"] = "is responsible", ["răspunde de"] = "is responsible for", ["s au plâns"] = "complained",
        ["s a plâns"] = "complained", ["de acord"] = "agree", ["au căzut de acord"] = "agreed", ["au convenit"] = "agreed",
        ["la fel"] = "the same", ["la fel ca"] = "the same as", ["același"] = "the same", ["aceeași"] = "the same",
        ["cel cu"] = "the one with", ["cea cu"] = "the one with", ["cel al"] = "the one of", ["cel din"] = "the one of",
        ["de la"] = "at", ["până la"] = "by", ["până la sfârșitul"] = "by the end of", ["la sfârșitul"] = "at the end of",
        ["la sfârșit"] = "at the end", ["în total"] = "in total", ["pe an"] = "per year", ["anul trecut"] = "last year",
        ["bani vorbind"] = "money", ["cu alte cuvinte"] = string.Empty, ["pe scurt"] = "in short", ["în rezumat"] = "summary",
        ["în câteva cuvinte"] = "in short", ["în două propoziții"] = "in short",
        // Asking to be told.
        ["spune mi"] = "tell me", ["zi mi"] = "tell me", ["poți să mi spui"] = "can you tell me", ["îmi poți spune"] = "can you tell me",
        ["îmi spui"] = "tell me", ["explică mi"] = "explain to me", ["aș vrea să știu"] = "I want to know",
        ["vreau să știu"] = "I want to know", ["ce pot să te întreb"] = "what can I ask you", ["ce pot întreba"] = "what can I ask",
        ["ce te pot întreba"] = "what can I ask you", ["ce poți face"] = "what can you do", ["ce știi să faci"] = "what can you do",
        ["ce faci"] = "how are you", ["cum funcționează"] = "how does it work", ["cum funcționezi"] = "how do you work",
        ["ce părere ai"] = "what do you think", ["ce părere ai tu"] = "what do you think", ["tu ce părere ai"] = "what do you think", ["ce crezi"] = "what do you think", ["tu ce crezi"] = "what do you think",
        ["după părerea ta"] = "in your opinion", ["părerea ta"] = "your opinion", ["ești un bot"] = "are you a bot",
        ["ești bot"] = "are you a bot", ["ești robot"] = "are you a robot", ["ești om"] = "are you human",
        ["ești o persoană reală"] = "are you a real person", ["inteligență artificială"] = "AI",
        // The people and places of the article.
        ["osetia de sud"] = "South Ossetia", ["osetiei de sud"] = "South Ossetia", ["osetia de nord"] = "North Ossetia",
        ["osetiei de nord"] = "North Ossetia", ["sud osetin"] = "South Ossetian", ["sud osetin"] = "South Ossetian",
        ["uniunea europeană"] = "EU", ["uniunii europene"] = "EU", ["statele unite"] = "US", ["statelor unite"] = "US",
        ["statele unite ale americii"] = "US", ["națiunile unite"] = "UN", ["casa albă"] = "White House",
        ["departamentul de stat"] = "State Department", ["secretarul de stat"] = "Secretary of State",
        ["ministerul de externe"] = "foreign ministry", ["ministerul afacerilor externe"] = "foreign ministry",
        ["ministrul de externe"] = "foreign minister", ["ministrul afacerilor externe"] = "foreign minister",
        ["afaceri externe"] = "foreign affairs", ["politică externă"] = "foreign policy", ["purtător de cuvânt"] = "spokeswoman",
        ["purtătoare de cuvânt"] = "spokeswoman", ["purtătorul de cuvânt"] = "spokeswoman",
        ["purtătoarea de cuvânt"] = "spokeswoman", ["înaltul reprezentant"] = "High Representative",
        ["înaltul reprezentant al ue"] = "EU High Representative", ["comunitatea internațională"] = "international community", ["la geneva"] = "in Geneva", ["la moscova"] = "in Moscow", ["la kremlin"] = "in the Kremlin",
        ["caucazul de sud"] = "South Caucasus",
        // The treaty, its clauses and its money.
        ["forțele armate"] = "armed forces", ["forțe armate"] = "armed forces", ["trupe de grăniceri"] = "border troops",
        ["trupele de grăniceri"] = "border troops", ["integritate teritorială"] = "territorial integrity",
        ["integritatea teritorială"] = "territorial integrity", ["drept internațional"] = "international law",
        ["dreptul internațional"] = "international law", ["semne de avertizare"] = "warning signs",
        ["indicatoare de frontieră"] = "border warning signs", ["exerciții militare"] = "military exercises",
        ["uniune vamală"] = "customs union", ["numele oficial"] = "official name", ["nume oficial"] = "official name",
        ["numele complet"] = "full name", ["social economică"] = "social-economic", ["socio economică"] = "social-economic",
        // Small talk.
        ["bună ziua"] = "good afternoon", ["bună dimineața"] = "good morning", ["bună seara"] = "good evening",
        ["noapte bună"] = "good night", ["la revedere"] = "goodbye", ["pe curând"] = "see you", ["pe mâine"] = "see you",
        ["numai bine"] = "goodbye", ["o zi bună"] = "have a nice day", ["mulțumesc frumos"] = "thank you very much",
        ["mulțumesc mult"] = "thank you very much", ["mersi mult"] = "thanks a lot", ["mersi frumos"] = "thanks a lot",
        ["vă mulțumesc"] = "thank you", ["îți mulțumesc"] = "thank you", ["cu plăcere"] = "you're welcome",
        ["te rog"] = "please", ["vă rog"] = "please", ["nu știu"] = "I don't know", ["pa pa"] = "bye",
        ["asta e tot"] = "that's all", ["cum se zice"] = "what is the word for",
        // Reader's everyday turns: a post asked by its title, being told, an opinion asked for, the talks met again.
        ["ce funcție are"] = "who is", ["ce post are"] = "who is", ["ce funcție ocupă"] = "who is",
        ["în fruntea"] = "head of", ["povestește mi"] = "tell me", ["povestește mi despre"] = "tell me about",
        ["dă mi"] = "give me", ["pot să ți pun"] = "can I ask you", ["ce întrebări"] = "what questions",
        ["cum te folosesc"] = "how do I use you", ["ce zici"] = "what do you think", ["zi sincer"] = "what do you think",
        ["după tine"] = "in your opinion", ["s au înțeles"] = "agreed",
        ["în ce loc"] = "where", ["federația rusă"] = "Russia", ["federației ruse"] = "Russia",
        ["departamentului de stat"] = "State Department", ["sau ce"] = string.Empty, ["de genul asta"] = "like this",
        ["copy paste după"] = "the same as", ["din partea"] = "for",
        ["ce nume are"] = "what is the name of", ["cum îi zice"] = "what is the name of", ["cum i se zice"] = "what is the name of",
        ["denumirea oficială"] = "official name",
    }), hyphens: true);

    // Words looked up whole, without their diacritics ("când" as "cand", "dă" as "da"): the short ones, and those a stem
    // would misread.
    private static readonly Dictionary<string, string> RomanianWords = new(StringComparer.Ordinal)
    {
        // Question words.
        ["cine"] = "who", ["ce"] = "what", ["cand"] = "when", ["unde"] = "where", ["cum"] = "how", ["cat"] = "how much",
        ["cata"] = "how much", ["cati"] = "how many", ["cate"] = "how many", ["care"] = "which", ["carei"] = "which",
        ["caror"] = "which", ["oare"] = string.Empty, ["dc"] = "why",
        // "a semnat", "a fost": the past's auxiliary; in an English sentence "a" is English.
        ["a"] = string.Empty,
        // Prepositions and conjunctions.
        ["si"] = "and", ["sau"] = "or", ["ori"] = "or", ["dar"] = "but", ["insa"] = "but", ["ca"] = "that", ["daca"] = "if",
        ["cu"] = "with", ["din"] = "from", ["de"] = "of", ["la"] = "to", ["pe"] = "on", ["pentru"] = "for", ["pt"] = "for",
        ["despre"] = "about", ["in"] = "in", ["intre"] = "between", ["dupa"] = "after", ["inainte"] = "before",
        ["fara"] = "without", ["conform"] = "according to", ["potrivit"] = "according to", ["impotriva"] = "against",
        ["contra"] = "against", ["asupra"] = "about", ["pana"] = "until", ["prin"] = "through", ["spre"] = "towards",
        ["catre"] = "to", ["decat"] = "than", ["al"] = "of", ["ale"] = "of", ["lui"] = "of",
        // Pronouns and articles.
        ["eu"] = "I", ["tu"] = "you", ["el"] = "he", ["ea"] = "she", ["ei"] = "they", ["ele"] = "they", ["noi"] = "we",
        ["voi"] = "you", ["te"] = "you", ["ti"] = "you", ["iti"] = "you", ["ma"] = "me", ["mi"] = "me", ["imi"] = "me",
        ["le"] = "them", ["lor"] = "their", ["sai"] = "its", ["sa"] = "to", ["se"] = string.Empty, ["il"] = "it",
        ["o"] = "a", ["un"] = "a", ["una"] = "one", ["unui"] = "a", ["unei"] = "a", ["niste"] = "some",
        ["asta"] = "this", ["asa"] = "so", ["acesta"] = "this", ["aceasta"] = "this", ["acest"] = "this", ["aceste"] = "these",
        ["acesti"] = "these", ["acel"] = "that", ["acea"] = "that", ["acela"] = "that", ["aceea"] = "that", ["cel"] = "the one",
        ["cea"] = "the one", ["cei"] = "the ones", ["cele"] = "the ones", ["ceva"] = "something", ["cineva"] = "anyone",
        ["nimic"] = "nothing", ["nimeni"] = "nobody", ["tot"] = "all", ["toti"] = "all", ["toate"] = "all", ["toata"] = "all",
        ["fiecare"] = "each", ["alt"] = "other", ["alta"] = "other", ["alti"] = "other", ["alte"] = "other",
        // Adverbs and particles.
        ["nu"] = "not", ["da"] = "gives", ["acum"] = "now", ["mai"] = "more", ["deja"] = "already", ["inca"] = "still",
        ["doar"] = "only", ["numai"] = "only", ["chiar"] = "really", ["exact"] = "exactly",
        ["deci"] = "so", ["amu"] = "now", ["adica"] = "that is", ["gen"] = "like", ["pai"] = string.Empty, ["bine"] = "well",
        ["foarte"] = "very", ["mult"] = "much", ["multi"] = "many", ["multe"] = "many",
        ["aici"] = "here", ["acolo"] = "there", ["azi"] = "today", ["astazi"] = "today", ["ieri"] = "yesterday",
        ["maine"] = "tomorrow", ["aseara"] = "last night", ["atunci"] = "then", ["apoi"] = "then", ["iar"] = "again",
        ["personal"] = "personally", ["oficial"] = "officially", ["totusi"] = "still",
        ["probabil"] = "probably", ["poate"] = "maybe", ["sigur"] = "sure", ["corect"] = "right", ["adevarat"] = "true",
        ["gresit"] = "wrong", ["vreo"] = "any", ["vreun"] = "any", ["cam"] = "about", ["aproximativ"] = "about",
        ["circa"] = "about", ["inapoi"] = "back", ["scurt"] = "short", ["internationale"] = "international",
        ["internationala"] = "international", ["internationali"] = "international",
        // Being, having, doing, saying.
        ["e"] = "is", ["este"] = "is", ["i"] = "is", ["sunt"] = "are", ["era"] = "was", ["erau"] = "were", ["fost"] = "been",
        ["fi"] = "be", ["fie"] = "be", ["va"] = "will", ["vor"] = "will", ["ar"] = "would", ["au"] = string.Empty,
        ["am"] = string.Empty, ["ai"] = "you have", ["are"] = "has", ["aveau"] = "had", ["avea"] = "had", ["avut"] = "had",
        ["esti"] = "are you", ["sunteti"] = "are you", ["face"] = "does", ["fac"] = "do", ["facut"] = "done", ["faci"] = "do",
        ["zis"] = "said", ["zice"] = "says", ["zic"] = "say", ["spus"] = "said", ["spune"] = "says", ["spun"] = "say",
        ["pot"] = "can", ["poti"] = "can you", ["putea"] = "could", ["trebuie"] = "must", ["vrea"] = "wants",
        ["vreau"] = "want", ["stiu"] = "know", ["stii"] = "know", ["stie"] = "knows", ["crezi"] = "think",
        ["cred"] = "think", ["dat"] = "given", ["dau"] = "give", ["dea"] = "give", ["luat"] = "taken",
        ["ia"] = "takes", ["pus"] = "put", ["pune"] = "puts", ["cerut"] = "asked", ["cere"] = "asks", ["ceri"] = "ask",
        ["intra"] = "joins", ["intrat"] = "joined", ["devine"] = "becomes", ["devin"] = "become", ["ramane"] = "remains",
        ["raman"] = "remain", ["trece"] = "passes", ["vine"] = "comes", ["merge"] = "goes",
        // Money and time.
        // "granițe" without its diacritics is English "granite".
        ["granite"] = "borders", ["bani"] = "money", ["banii"] = "money", ["banilor"] = "money", ["banuti"] = "money", ["lei"] = "lei",
        ["ani"] = "years", ["anii"] = "years", ["anul"] = "year", ["anului"] = "year", ["an"] = "year", ["luna"] = "month",
        ["luni"] = "months", ["zi"] = "day", ["zile"] = "days", ["ziua"] = "day", ["data"] = "date", ["timp"] = "time",
        ["ora"] = "time", ["pa"] = "bye", ["mersi"] = "thanks", ["mersii"] = "thanks", ["ms"] = "thanks", ["multam"] = "thanks", ["multumesc"] = "thanks",
        ["multamesc"] = "thanks", ["noroc"] = "hello", ["sal"] = "hello", ["cf"] = "how are you", ["nsh"] = "I don't know", ["salut"] = "hello", ["salutare"] = "hello", ["buna"] = "hello",
        ["neata"] = "good morning", ["servus"] = "hello", ["ciao"] = "bye", ["om"] = "human", ["robot"] = "robot",
        ["persoana"] = "person", ["parere"] = "opinion", ["ajutor"] = "help", ["intrebare"] = "question",
        ["intrebari"] = "questions", ["intreb"] = "ask", ["intreba"] = "ask", ["tara"] = "country", ["tari"] = "countries",
        ["tarii"] = "country", ["tarile"] = "countries", ["stat"] = "state", ["statul"] = "state", ["statului"] = "state",
        ["lume"] = "world", ["lumea"] = "world", ["sud"] = "south", ["nord"] = "north", ["vest"] = "west",
        ["vestul"] = "the West", ["occidentul"] = "the West", ["semne"] = "signs", ["semnele"] = "signs",
        ["semnelor"] = "signs", ["ue"] = "EU", ["sua"] = "US", ["onu"] = "UN", ["osce"] = "OSCE", ["nato"] = "NATO",
        ["mae"] = "foreign ministry", ["mamaliga"] = "polenta", ["reteta"] = "recipe", ["aniversare"] = "anniversary",
        ["ianuarie"] = "January", ["februarie"] = "February", ["martie"] = "March", ["aprilie"] = "April", 
        ["iunie"] = "June", ["iulie"] = "July", ["august"] = "August", ["septembrie"] = "September", ["octombrie"] = "October",
        ["noiembrie"] = "November", ["decembrie"] = "December", ["doi"] = "two", ["doua"] = "two", ["trei"] = "three",
        ["patru"] = "four", ["cinci"] = "five", ["zece"] = "ten", ["douazeci"] = "twenty", ["cincizeci"] = "fifty",
        ["suhumi"] = "Sokhumi", ["tbilisi"] = "Tbilisi", ["geneva"] = "Geneva", ["moscova"] = "Moscow", ["moscovei"] = "Moscow",
        ["rusia"] = "Russia", ["rusiei"] = "Russia", ["crimeea"] = "Crimea", ["crimeei"] = "Crimea",
        // A people in the plural is its side: "georgienii", "osetinii", "abhazii", "rușii".
        ["georgienii"] = "Georgia", ["georgienilor"] = "Georgia", ["osetinii"] = "South Ossetia",
        ["osetinilor"] = "South Ossetia", ["osetini"] = "South Ossetia", ["abhazii"] = "Abkhazia", ["abhazilor"] = "Abkhazia",
        ["rusii"] = "Russia", ["rusilor"] = "Russia", ["europenii"] = "EU", ["europenilor"] = "EU", ["crimeii"] = "Crimea",
        ["washingtonul"] = "Washington", ["sefa"] = "head", ["denumirea"] = "name", ["semnarii"] = "signing",
        ["semnarea"] = "signing", ["revad"] = "meet next", ["revedem"] = "meet next", ["revede"] = "meet next",
        ["vorbit"] = "discussed", ["exemple"] = "examples", ["koroce"] = string.Empty, ["slusai"] = string.Empty,
        ["ii"] = "them", ["thinvali"] = "Tskhinvali", ["tshinvali"] = "Tskhinvali", ["elvetia"] = "Switzerland", ["ruse"] = "Russian",
        ["pactul"] = "the pact",
    };

    // Stems, without their diacritics: a word the table has not is read by its longest stem here, down to three letters
    // ("tratatul", "tratatului" by "tratat"; "semnat", "semnează" by "semn").
    private static readonly Stems RomanianStems = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The treaty and its signing.
        ["tratat"] = "treaty", ["acord"] = "agreement", ["acordur"] = "agreements", ["intelegere"] = "agreement",
        ["pact"] = "pact", ["semn"] = "signed", ["semneaz"] = "signs", ["semnatur"] = "signature", ["semnatar"] = "signatories",
        ["parafa"] = "signed", ["alianta"] = "alliance", ["aliant"] = "alliance", ["integrar"] = "integration",
        ["integr"] = "integration", ["parteneriat"] = "partnership", ["strateg"] = "strategic", ["numes"] = "called",
        ["numi"] = "called", ["numel"] = "name", ["nume"] = "name", ["titl"] = "title", ["document"] = "document",
        ["text"] = "text", ["proiect"] = "draft", ["versiun"] = "version", ["valabil"] = "valid", ["valid"] = "valid",
        ["expir"] = "expire", ["dureaz"] = "last", ["dura"] = "last", ["termen"] = "term", ["perioad"] = "period",
        ["ratific"] = "ratified", ["ceremoni"] = "ceremony", ["kremlin"] = "Kremlin", ["cremlin"] = "Kremlin",
        ["clauz"] = "clause", ["prevede"] = "provides", ["prevazut"] = "provided",
        // Money.
        ["miliard"] = "billion", ["milioan"] = "million", ["mii"] = "thousand", ["rubl"] = "rubles", ["sum"] = "amount",
        ["finant"] = "funding", ["alocat"] = "allocated", ["aloc"] = "allocate", ["promi"] = "pledged", ["promit"] = "pledge",
        ["promisiun"] = "pledge", ["primes"] = "receives", ["primesc"] = "receive", ["primit"] = "received",
        ["primi"] = "receive", ["plat"] = "paid", ["platest"] = "pays", ["investi"] = "investment", ["ajut"] = "aid",
        ["dezvolt"] = "development", ["econom"] = "economic", ["social"] = "social", ["buget"] = "budget",
        ["cost"] = "cost", ["curs"] = "exchange rate", ["valut"] = "currency", ["moned"] = "currency", ["euro"] = "euro",
        // Defence and the army.
        ["apara"] = "defence", ["apar"] = "defend", ["securit"] = "security", ["siguranta"] = "security",
        ["protej"] = "protect", ["protecti"] = "protection", ["paz"] = "guard", ["paze"] = "guards", ["granit"] = "border",
        ["granicer"] = "border guards", ["frontier"] = "border", ["armat"] = "army", ["armata"] = "army", ["militar"] = "military",
        ["soldat"] = "soldiers", ["trup"] = "troops", ["fort"] = "forces", ["vama"] = "customs", ["vamal"] = "customs",
        ["politi"] = "police", ["agenti"] = "agencies", ["servicii"] = "services", ["suveran"] = "sovereignty",
        ["responsabil"] = "responsible", ["raspunzat"] = "responsible", ["independ"] = "independent", ["unitat"] = "units",
        ["unific"] = "merge", ["contopi"] = "merge", ["include"] = "includes", ["inclu"] = "include", ["pasapo"] = "passports",
        // The reactions.
        ["reacti"] = "reaction", ["reactii"] = "reactions", ["reactiona"] = "reacted", ["reactio"] = "reacted",
        ["declarat"] = "said", ["declarati"] = "statement", ["comunicat"] = "statement", ["condamn"] = "condemned",
        ["critic"] = "criticized", ["protest"] = "protest", ["recunoa"] = "recognize", ["recunos"] = "recognize",
        ["recunoscut"] = "recognized", ["sprijin"] = "support", ["sustin"] = "support", ["anexa"] = "annexation",
        ["anexe"] = "annexes", ["anexar"] = "annexation", ["anexat"] = "annexed", ["ocupa"] = "occupation",
        ["ocupati"] = "occupation", ["incalca"] = "violate", ["ilegal"] = "illegal", ["amenint"] = "threat",
        ["ingrijor"] = "concern", ["ingrijora"] = "worried", ["ingrijorat"] = "worried", ["plang"] = "complained",
        ["plans"] = "complained", ["pozitie"] = "position", ["pozitia"] = "position", ["raspuns"] = "response",
        ["regim"] = "regime", ["sanctiun"] = "sanctions", ["vot"] = "vote", ["internationa"] = "international",
        ["comunitat"] = "community", ["legatur"] = "connection", ["coincid"] = "coincide", ["aniversar"] = "anniversary",
        ["intampla"] = "happened", ["intampl"] = "happen", ["intamplat"] = "happened", ["decis"] = "decided",
        ["decid"] = "decide", ["convenit"] = "agreed", ["discut"] = "discussed", ["negoci"] = "negotiate",
        ["ridicat"] = "raised", ["cerere"] = "request", ["cerut"] = "asked", ["avertiz"] = "warning", ["avertis"] = "warning",
        ["indicato"] = "signs", ["panour"] = "signs", ["deterior"] = "damaged", ["distrus"] = "destroyed",
        // Who is who.
        ["guvern"] = "government", ["minister"] = "ministry", ["ministr"] = "minister", ["presedint"] = "president",
        ["presedin"] = "president", ["copresedint"] = "co-chairs", ["copresedin"] = "co-chairs", ["prezid"] = "chaired",
        ["lider"] = "leader", ["sef"] = "head", ["conduc"] = "led", ["condus"] = "led", ["condusa"] = "led",
        ["delega"] = "delegation", ["delegat"] = "delegation", ["reprezent"] = "representatives", ["mediat"] = "mediator",
        ["particip"] = "took part", ["participant"] = "participants", ["prezent"] = "present", ["autor"] = "author",
        ["jurnalist"] = "journalist", ["ziarist"] = "journalist", ["artic"] = "article", ["stir"] = "news", ["rezum"] = "summary",
        ["scris"] = "wrote", ["scri"] = "write", ["public"] = "published", ["mentiona"] = "mentioned", ["pomeni"] = "mentioned",
        ["secretar"] = "secretary", ["general"] = "general", ["parlament"] = "parliament", ["functi"] = "position",
        ["post"] = "position", ["lucr"] = "works", ["castig"] = "won", ["nascut"] = "born",
        // Countries, peoples and places.
        ["republic"] = "republic", ["regiun"] = "region", ["teritori"] = "territory", ["popor"] = "people",
        ["popula"] = "population", ["locuito"] = "inhabitants", ["oamen"] = "people", ["limb"] = "language",
        ["razboi"] = "war", ["conflict"] = "conflict", ["pace"] = "peace", ["capital"] = "capital", ["oras"] = "city",
        ["referendum"] = "referendum", ["separatis"] = "separatist", ["europ"] = "Europe", ["europe"] = "European",
        ["americ"] = "America", ["american"] = "American", ["americani"] = "Americans", ["rus"] = "Russian",
        ["rusi"] = "Russia", ["rusesc"] = "Russian", ["georgi"] = "Georgia", ["georgian"] = "Georgian",
        ["georgien"] = "Georgian", ["oseti"] = "Ossetia", ["osetin"] = "Ossetian", ["abhaz"] = "Abkhaz",
        ["abhazi"] = "Abkhazia", ["abkhazi"] = "Abkhazia", ["crime"] = "Crimea", ["ucrain"] = "Ukraine",
        ["moldov"] = "Moldova", ["transnistri"] = "Transnistria", ["romani"] = "Romania", ["roman"] = "Romanian",
        ["caucaz"] = "Caucasus", ["transcaucaz"] = "Transcaucasia", ["tskhinval"] = "Tskhinvali", ["tskinval"] = "Tskhinvali",
        ["tiblis"] = "Tbilisi", ["sohum"] = "Sokhumi", ["suhum"] = "Sokhumi", ["bruxel"] = "Brussels", ["washington"] = "Washington",
        ["turci"] = "Turkey", ["germani"] = "Germany", ["franta"] = "France", ["chin"] = "China",
        // Geneva.
        ["discuti"] = "discussions", ["negocier"] = "negotiations", ["tratative"] = "talks", ["dialog"] = "dialogue",
        ["intalni"] = "meeting", ["intaln"] = "meet", ["reuniun"] = "meeting", ["sedint"] = "session", ["sesiun"] = "session",
        ["rund"] = "round", ["tur"] = "round", ["urmato"] = "next", ["precedent"] = "previous", ["anterio"] = "previous",
        ["rezultat"] = "result", ["concluzi"] = "conclusion", ["exercit"] = "exercises", ["infrastructur"] = "infrastructure",
        ["situati"] = "situation", ["stabil"] = "stable", ["stabiliza"] = "stabilization", ["calm"] = "calm",
        ["tensiun"] = "tension", ["incident"] = "incidents", ["aderar"] = "accession", ["program"] = "scheduled",
        ["planific"] = "planned", ["diferent"] = "difference", ["difer"] = "differ", ["asemana"] = "similar",
        ["similar"] = "similar", ["compar"] = "compare", ["profund"] = "deeper", ["schimb"] = "changed",
        ["modific"] = "changed", ["revizu"] = "revised", ["initial"] = "original", ["original"] = "original",
        // The bot and the conversation.
        ["multum"] = "thanks", ["functio"] = "work", ["intreb"] = "ask", ["raspun"] = "answer", ["explic"] = "explain",
        ["coprezid"] = "co-chaired", ["diplomati"] = "diplomacy", ["deosebe"] = "differ", ["subiect"] = "topics",
        ["tablit"] = "signs", ["pomen"] = "mentioned", ["draft"] = "draft", ["inteleg"] = "understand", ["opini"] = "opinion", ["crede"] = "think", ["vreme"] = "weather", ["meci"] = "match",
    });

    // Words of the tables that English writes too, left as they are in an English sentence ("so 1 billion rubles in 2016,
    // cat exact?"): "are", "in", "a cat" keep theirs.
    private static readonly HashSet<string> RomanianEnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "in", "are", "am", "an", "cat", "care", "pot", "mai", "om", "data", "exact", "personal", "general", "post",
        "dc", "social", "text", "document", "cost", "euro", "robot", "lider", "tot", "august", "sud", "nord", "ms", "ciao", "i",
        "el", "ale", "pace", "gen", "tur", "calm", "stabil", "similar", "original", "initial", "public", "dialog", "sum",
        "fort", "plat", "scurt", "sigur", "ia", "ora", "era", "ce", "pe", "la", "de", "o", "e", "te", "ma", "mi", "le", "un",
        "da", "nu", "cu", "din", "sa", "ai", "au", "va", "vor", "pa", "tu", "eu", "ei",
    };

    // Words neither English nor the Romance languages write; those they share ("cat", "si", "este", "promis", "armata")
    // count with another only. French "ce", Spanish "Rusia" and "Osetia" and Tagalog "pa" are no sign of Romanian at all.
    private static readonly MarkerWords RomanianMarkers = new(
    [
        // Question words, function words and the verbs every question leans on.
        "cine", "când", "cand", "unde", "cât", "câți", "cati", "câte", "despre", "și", "şi", "sunt", "este", "ești",
        "esti", "fost", "deci", "acum", "intre", "între", "ceva", "spus", "zis", "întâmplat", "intamplat", "înseamnă",
        "inseamna", "numește", "numeste", "numeşte", "legătură", "legatura", "părere", "intreb", "întreb", "pentru",
        "după", "dupa", "conform", "sau", "rog",
        // The article's acts and things.
        "tratatul", "tratatului", "tratat", "semnat", "semnează", "semneaza", "acordul", "acordurile", "bani", "banii",
        "miliarde", "promis", "primește", "primeste", "granița", "granita", "granițele", "granitele", "armata", "armatei",
        "delegația", "delegatia", "delegației", "delegatiei", "discuțiile", "discutiile", "discuții", "discutii",
        "discuțiilor", "discutiilor", "rezultatul", "următoarea", "urmatoarea", "rundă", "autorul", "articolul",
        "recunoscut", "americanii", "reacțiile", "reactiile", "prezidat", "condus", "cerut", "valabil", "osetiei",
        "abhaziei", "moscova", "crimeea", "georgiei", "americii", "locuitori",
        // Small talk.
        "mersi", "mulțumesc", "multumesc", "mulțămesc", "multamesc", "noroc", "mulțumim", "multumim", "salutare", "bună", "buna", "ziua", "revedere",
        "dimineața", "dimineata", "seara", "ajutor", "niște", "niste", "întrebări", "intrebari", "orașul", "orasul",
        // Not "oras" alone: Tagalog "anong oras" asks the time.
        "oraș", "georgienii", "osetinii", "osetinilor", "abhazii", "rușii", "rusii", "europenii", "funcție", "functie",
        "denumirea", "semnării", "semnarii", "semnarea", "pactul", "zici", "șefa", "sefa", "washingtonul",
    ],
    ["cat", "si", "sau", "conform", "promis", "armata", "buna", "este"]);

    // "ce e Abhazia?", "cum se numește?", "ce părere ai?", "pa pa": how a short Romanian question or goodbye opens, with
    // words French ("ce"), Italian ("parere") or Tagalog ("pa") write too.
    [GeneratedRegex(@"^\W*(?:(?:și|si)\s+)?(?:ce|cat|cât|cum)\s+(?:e|a|au|este|sunt|s-a|i-au|se|înseamnă|inseamna|părere|parere|pot|poți|poti)(?!\p{L})|^\W*pa(?:[\s,]+pa)+\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex RomanianOpening();

    // A word, or the English of a phrase, marked so that its words are not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:the|is|was|were|did|does|do|what|who|when|where|how|which|why|of|to|and|it|they|this|that|with|for|about|you|can|will|has|have|on|his|her|their|signed|money|right|so|by|end)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    // "corect?", ", nu?", ", da?", ", așa e?", ", nu-i așa?", ", adevărat?" at the end: whether it is so.
    [GeneratedRegex(@"(?:[,\s]+(?:corect|adevărat|adevarat|nu-i\s+așa|nu-i\s+asa|nu\s+e\s+așa|nu\s+e\s+asa|așa\s+e|asa\s+e|așa|asa|da\s+sau\s+nu)|,\s*(?:nu|da|este|e))(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex RomanianTag();

    // "25 de ani", "9 miliarde de ruble": a number's "de".
    [GeneratedRegex(@"(?<=\d(?:\s+(?:de\s+)?(?:miliarde|milioane|mii|miliard|milion))?)\s+de(?=\s)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberOf();

    // "tratatul", "tratatului", "granițele", "discuțiilor": a noun with its article.
    [GeneratedRegex(@"(?:ul|ului|ele|elor|ile|ilor)$")]
    private static partial Regex DefiniteEnding();

    [GeneratedRegex(@"(?<=\d),(?=\d)")]
    private static partial Regex DecimalComma();

    // "s-a", "i-au", "l-a", "mi-a", "ți-au", "și-a": a pronoun and an auxiliary hyphenated before a verb.
    [GeneratedRegex(@"(?<!\p{L})(?:s|i|l|mi|ți|ti|și|si|ne|v|le|ni)-(?:a|au|am|ai|ar|o)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Clitic();
}
