using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Bulgarian typed in Latin letters, as Bulgarians and Moldova's Bulgarians write it in chat: "koi podpisa dogovora?" is
/// "who signed the treaty?", "kolko pari obeshta Putin na Yuzhna Osetia be" how much money Putin pledged South Ossetia,
/// "kak se kazva dogovora?" what the treaty is called, "kakvo stana v Zheneva?" what happened in Geneva, "koi si ti be"
/// who are you, "mersi mnogo" thanks a lot. Read word for word, the article Bulgarian writes at a word's end with the
/// word ("dogovora", "statiyata", "armiyata"); "be", "bre" and "li" add nothing. Only in a message with a word Russian
/// in Latin letters and the other readers' languages have not ("kakvo", "koga", "kade", "kolko", "pari", "tova"), or two
/// they share ("koi" is Hinglish too, "mnogo" and "dogovora" Russian), so that Latin Russian ("kto", "skolko", "kogda")
/// stays Russian's.
/// </summary>
internal static partial class Romanian
{
    private static string BulgarianInEnglish(string text)
    {
        // "do", "go" and "no" are English in an English sentence.
        var english = EnglishWord().IsMatch(text);
        // "25 godini, nali?", "v Moskva, pravilno?": the tag that asks whether it is so.
        text = BulgarianTag().Replace(text, ", right");
        text = BulgarianPhrases.InEnglish(text);
        return Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && BulgarianEnglishToo.Contains(m.Value) ? m.Value
            : BulgarianWords.GetValueOrDefault(m.Value.ToLowerInvariant()) ?? m.Value);
    }

    // Several words that mean one thing, read before the words one by one.
    private static readonly Phrasebook BulgarianPhrases = new(ReaderTables.MarkedWithUnaccented(new Dictionary<string, string>
    {
        // Question words.
        ["kak se kazva"] = "what is the name of", ["kak se kazvashe"] = "what is the name of", ["kak e imeto"] = "what is the name of",
        ["koi e"] = "who is", ["koya e"] = "who is", ["koi sa"] = "who are", ["kakvo e"] = "what is", ["kakvo sa"] = "what are",
        ["za kakvo e"] = "what is about", ["za kakvo stava vapros"] = "what is it about", ["za kakvo"] = "what about",
        ["kakvo stana"] = "what happened", ["kakvo se sluchi"] = "what happened", ["kakvo stava"] = "what happens",
        ["kakvo shte stane"] = "what will happen", ["kakvo kaza"] = "what did say", ["kakvo kazaha"] = "what did say",
        ["kakvo kazva"] = "what does say", ["kakvo napravi"] = "what did do", ["kakvo napraviha"] = "what did do",
        ["kolko vreme"] = "how long", ["za kolko vreme"] = "for how long", ["kolko godini"] = "how many years",
        ["za kolko godini"] = "for how many years", ["kolko pari"] = "how much money", ["do koga"] = "until when",
        ["s kogo"] = "with whom", ["ot koga"] = "since when",
        ["kakvo obshto ima"] = "what does have to do with", ["kakva e vrazkata"] = "what is the connection",
        ["e podpisan"] = "was signed", ["beshe podpisan"] = "was signed", ["sa podpisali"] = "signed",
        ["e bil"] = "was", ["e bila"] = "was", ["shte bade"] = "will be", ["shte ima"] = "will there be", ["ima li"] = "is there",
        ["sled tova"] = "after that", ["predi tova"] = "before that", ["na kratko"] = "in short", ["nakratko"] = "in short",
        ["v kratce"] = "in short", ["vav vrazka s"] = "in connection with",
        // The people and places of the article.
        ["yuzhna osetia"] = "South Ossetia", ["yuzhna osetiya"] = "South Ossetia", ["iuzhna osetia"] = "South Ossetia",
        ["severna osetia"] = "North Ossetia", ["evropeyskiya sayuz"] = "EU", ["evropeiskiya sayuz"] = "EU",
        ["evropeyskiyat sayuz"] = "EU", ["sashtinskite shtati"] = "US", ["obedinenite natsii"] = "UN",
        ["byaloto kashta"] = "White House", ["dardzhavniya departament"] = "State Department",
        ["ministerstvoto na vanshnite raboti"] = "foreign ministry", ["ministar na vanshnite raboti"] = "foreign minister",
        ["ministarat na vanshnite raboti"] = "foreign minister", ["vanshnite raboti"] = "foreign affairs",
        ["vanshno ministerstvo"] = "foreign ministry", ["mezhdunarodnata obshtnost"] = "international community",
        ["vaorazhenite sili"] = "armed forces", ["granichni voiski"] = "border troops",
        // Small talk.
        ["mersi mnogo"] = "thanks a lot", ["blagodarya mnogo"] = "thanks a lot", ["blagodaria mnogo"] = "thanks a lot",
        ["leka nosht"] = "good night", ["dobro utro"] = "good morning", ["dobar den"] = "good afternoon",
        ["dobur den"] = "good afternoon", ["dobar vecher"] = "good evening", ["do sreshta"] = "goodbye",
        ["vsichko hubavo"] = "goodbye", ["koi si ti"] = "who are you", ["ti koi si"] = "who are you",
        ["bot li si"] = "are you a bot", ["robot li si"] = "are you a robot", ["chovek li si"] = "are you human",
        ["kakvo moga da te pitam"] = "what can I ask you", ["kakvo moga da pitam"] = "what can I ask",
        ["kakvo mozhesh"] = "what can you do", ["kakvo mozhesh da pravish"] = "what can you do",
        ["kak raboti"] = "how does it work", ["kakvo mislish"] = "what do you think", ["ti kakvo mislish"] = "what do you think",
        ["tvoeto mnenie"] = "your opinion", ["kak si"] = "how are you", ["ne znam"] = "I don't know", ["moya te"] = "please",
    }));

    // Words looked up whole, lowercase: Bulgarian writes its article on the word ("dogovor", "dogovora", "dogovorat").
    private static readonly Dictionary<string, string> BulgarianWords = new(StringComparer.Ordinal)
    {
        // Question words.
        ["koi"] = "who", ["koya"] = "who", ["koe"] = "which", ["koito"] = "who", ["koyto"] = "who", ["kakvo"] = "what",
        ["kakva"] = "what", ["kakav"] = "what", ["kakuv"] = "what", ["kakvi"] = "what", ["koga"] = "when", ["kade"] = "where",
        ["kude"] = "where", ["kyde"] = "where", ["kolko"] = "how much", ["kak"] = "how", ["zashto"] = "why", ["zasto"] = "why",
        ["chii"] = "whose", ["chiya"] = "whose",
        // Prepositions, conjunctions, pronouns and particles.
        ["na"] = "of", ["za"] = "for", ["v"] = "in", ["vav"] = "in", ["s"] = "with", ["sas"] = "with", ["ot"] = "from",
        ["do"] = "to", ["sled"] = "after", ["predi"] = "before", ["sreshtu"] = "against", ["mezhdu"] = "between",
        ["spored"] = "according to", ["bez"] = "without", ["pri"] = "at", ["po"] = "on", ["i"] = "and", ["ili"] = "or",
        ["ama"] = "but", ["no"] = "but", ["che"] = "that", ["ako"] = "if", ["ne"] = "not", ["da"] = string.Empty,
        ["li"] = string.Empty, ["se"] = string.Empty, ["be"] = string.Empty, ["bre"] = string.Empty, ["ma"] = string.Empty,
        ["de"] = string.Empty, ["az"] = "I", ["ti"] = "you", ["te"] = "they", ["toy"] = "he", ["tya"] = "she",
        ["nie"] = "we", ["vie"] = "you", ["go"] = "it", ["ya"] = "it", ["gi"] = "them", ["mu"] = "him", ["im"] = "them",
        ["mi"] = "me", ["me"] = "me", ["tova"] = "this", ["toya"] = "this", ["tazi"] = "this", ["tezi"] = "these",
        ["onova"] = "that", ["tuk"] = "here", ["tam"] = "there", ["veche"] = "already", ["oshte"] = "still", ["sega"] = "now",
        ["dnes"] = "today", ["utre"] = "tomorrow", ["vchera"] = "yesterday", ["mnogo"] = "very", ["samo"] = "only",
        ["tochno"] = "exactly", ["nali"] = "right", ["nyakoy"] = "someone", ["nishto"] = "nothing", ["vsichko"] = "all",
        ["vsichki"] = "all", ["sledvashtiya"] = "next", ["sledvashtia"] = "next", ["sledvashtata"] = "next",
        ["sledvasht"] = "next", ["sledvashto"] = "next", ["predishniya"] = "previous", ["predishnata"] = "previous",
        ["validen"] = "valid", ["validna"] = "valid", ["deistvitelen"] = "valid",
        // Being, having, doing, saying.
        ["e"] = "is", ["sa"] = "are", ["si"] = "are you", ["beshe"] = "was", ["bil"] = "was", ["bila"] = "was",
        ["bilo"] = "was", ["bili"] = "were", ["shte"] = "will", ["ima"] = "has", ["imat"] = "have", ["nyama"] = "is not",
        ["moga"] = "can I", ["mozhe"] = "can", ["mozhesh"] = "can you", ["pitam"] = "ask", ["znaesh"] = "know",
        ["mislish"] = "think", ["podpisa"] = "signed", ["podpisaha"] = "signed", ["podpisal"] = "signed",
        ["podpisali"] = "signed", ["podpisan"] = "signed", ["podpisva"] = "signs", ["podpisvat"] = "sign",
        ["podpisaniyeto"] = "signing", ["podpisvaneto"] = "signing", ["obeshta"] = "pledged", ["obeshtaha"] = "pledged",
        ["obeshtal"] = "pledged", ["obeshtava"] = "pledges", ["dade"] = "gave", ["dadoha"] = "gave", ["dava"] = "gives",
        ["davat"] = "give", ["poluchi"] = "received", ["poluchava"] = "receives", ["plati"] = "paid", ["kaza"] = "said",
        ["kazaha"] = "said", ["kazva"] = "says", ["reagira"] = "reacted", ["reagiraha"] = "reacted", ["osadi"] = "condemned",
        ["osadiha"] = "condemned", ["prizna"] = "recognized", ["priznava"] = "recognizes", ["priznayat"] = "recognize",
        ["stana"] = "happened", ["stava"] = "happens", ["uchastvaha"] = "took part", ["uchastva"] = "takes part",
        ["uchastvashe"] = "took part", ["predsedatelstva"] = "chaired", ["vodi"] = "led", ["vodeshe"] = "led",
        ["napisa"] = "wrote", ["pishe"] = "writes", ["trae"] = "lasts", ["traye"] = "lasts", ["iztiche"] = "expires",
        ["pazi"] = "guards", ["zashtitava"] = "protects", ["znachi"] = "means", ["oznachava"] = "means",
        ["vkara"] = "scored", ["obsazhdaha"] = "discussed", ["obsadiha"] = "discussed",
        // The treaty, money and time.
        ["dogovor"] = "treaty", ["dogovora"] = "the treaty", ["dogovorat"] = "the treaty", ["dogovori"] = "treaties",
        ["sporazumenie"] = "agreement", ["sporazumenieto"] = "the agreement", ["sporazumeniya"] = "agreements",
        ["sayuz"] = "alliance", ["integratsiya"] = "integration", ["imeto"] = "the name", ["ime"] = "name", ["srok"] = "term",
        ["pari"] = "money", ["parite"] = "the money", ["pary"] = "money", ["miliarda"] = "billion", ["milliarda"] = "billion",
        ["miliardi"] = "billion", ["miliona"] = "million", ["rubli"] = "rubles", ["rubla"] = "rubles",
        ["godini"] = "years", ["godina"] = "year", ["godinata"] = "the year", ["mesets"] = "month", ["den"] = "day",
        ["data"] = "date", ["datata"] = "the date",
        // Defence and the army.
        ["granitsa"] = "border", ["granitsata"] = "the border", ["granitsite"] = "the borders", ["granitsi"] = "borders",
        ["armiya"] = "army", ["armiyata"] = "the army", ["armiata"] = "the army", ["voiski"] = "troops", ["voyski"] = "troops",
        ["sigurnost"] = "security", ["sigurnostta"] = "the security", ["otbrana"] = "defence", ["otbranata"] = "the defence",
        ["voenni"] = "military", ["voenen"] = "military",
        // Reactions, people and the article.
        ["reaktsiya"] = "reaction", ["reaktsiyata"] = "the reaction", ["reaktsii"] = "reactions", ["reaktsiite"] = "the reactions",
        ["sveta"] = "the world", ["svetat"] = "the world", ["zapada"] = "the West", ["zapadat"] = "the West",
        ["prezident"] = "president", ["prezidentat"] = "the president", ["ministar"] = "minister", ["ministarat"] = "the minister",
        ["ministerstvo"] = "ministry", ["ministerstvoto"] = "the ministry", ["mvnr"] = "foreign ministry", ["mvr"] = "ministry",
        ["pravitelstvo"] = "government", ["lider"] = "leader", ["liderat"] = "the leader", ["delegatsiya"] = "delegation",
        ["delegatsiyata"] = "the delegation", ["delegatsii"] = "delegations",
        ["uchastnitsi"] = "participants", ["uchastnitsite"] = "the participants", ["predsedatel"] = "chair",
        ["sapredsedateli"] = "co-chairs", ["sapredsedatelite"] = "the co-chairs", ["granichari"] = "border guards",
        ["granicharite"] = "the border guards", ["statiya"] = "article", ["statiyata"] = "the article",
        ["statia"] = "article", ["statiata"] = "the article", ["avtor"] = "author", ["avtorat"] = "the author", ["avtora"] = "the author",
        ["novinata"] = "the news", ["rezyume"] = "summary", ["chovek"] = "human", ["bot"] = "bot", ["mnenie"] = "opinion",
        // Geneva.
        ["razgovori"] = "talks", ["razgovorite"] = "the talks", ["pregovori"] = "negotiations", ["pregovorite"] = "the negotiations",
        ["sreshta"] = "meeting", ["sreshtata"] = "the meeting", ["sreshti"] = "meetings", ["rund"] = "round", ["runda"] = "round",
        ["rezultat"] = "result", ["rezultatat"] = "the result", ["uchenia"] = "exercises", ["ucheniya"] = "exercises",
        ["stabilna"] = "stable", ["situatsiyata"] = "the situation", ["razlika"] = "difference", ["razlikata"] = "the difference",
        // Countries, peoples and places.
        ["rusiya"] = "Russia", ["rusia"] = "Russia", ["ruski"] = "Russian", ["ruskata"] = "Russian", ["ruskiya"] = "Russian",
        ["ruskoto"] = "Russian", ["gruziya"] = "Georgia", ["gruzia"] = "Georgia", ["gruzinski"] = "Georgian",
        ["gruzinskata"] = "Georgian", ["gruzinskoto"] = "Georgian", ["gruzinskiya"] = "Georgian", ["gruzintsite"] = "Georgians",
        ["osetia"] = "Ossetia", ["osetiya"] = "Ossetia", ["abhaziya"] = "Abkhazia", ["abhazia"] = "Abkhazia",
        ["abhazki"] = "Abkhaz", ["zheneva"] = "Geneva", ["zhenava"] = "Geneva", ["moskva"] = "Moscow", ["kremal"] = "Kremlin",
        ["kremul"] = "Kremlin", ["krim"] = "Crimea", ["krima"] = "Crimea", ["amerika"] = "America",
        ["amerikantsite"] = "Americans", ["amerikanski"] = "American", ["evropa"] = "Europe", ["es"] = "EU", ["sasht"] = "US",
        ["oon"] = "UN", ["osse"] = "OSCE", ["balgariya"] = "Bulgaria", ["bulgaria"] = "Bulgaria", ["sofia"] = "Sofia",
        ["vremeto"] = "weather",
        // Small talk.
        ["zdravei"] = "hello", ["zdraveite"] = "hello", ["zdrasti"] = "hello", ["zdr"] = "hello", ["mersi"] = "thanks",
        ["blagodarya"] = "thanks", ["blagodaria"] = "thanks", ["chao"] = "bye",
    };

    // Words of the table that English writes too, left as they are in an English sentence ("and what about transnistria,
    // kolko pari?").
    private static readonly HashSet<string> BulgarianEnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "do", "go", "no", "be", "i", "me", "mi", "im", "e", "s", "v", "a", "na", "data", "den", "bot", "ima", "pri", "sa",
        "te", "ti", "ya", "sofia", "bulgaria", "ama", "de", "ma", "po",
    };

    // Words neither Russian in Latin letters nor the other readers' languages write; those they share ("koi" is
    // Hinglish, "mnogo" and "dogovora" Latin Russian, "chao" Spanish, "Moga-reeny" a name) count with another only.
    private static readonly MarkerWords BulgarianMarkers = new(
    [
        "kakvo", "kakva", "kakvi", "koga", "kade", "kolko", "koya", "koito", "koyto", "zashto", "pari", "parite", "tova",
        "toya", "tazi", "tezi", "statiyata", "statiata", "avtorat", "podpisa", "podpisaha", "obeshta", "obeshtaha",
        "kazva", "kazaha", "stana", "stava", "zdravei", "zdraveite", "zdrasti", "blagodarya", "nosht", "yuzhna",
        "uchastvaha", "sledvashtiya", "sledvashtia", "sledvashtata", "armiyata", "spored", "gruzinskoto", "gruzinskata",
        "godini", "validen", "pitam", "reagira", "reagiraha", "dogovorat", "razgovorite", "sreshtata", "mvnr",
        "koi", "mnogo", "dogovora", "dogovor", "chao", "sveta", "rund", "kak", "kaza", "abhaziya", "zheneva", "mersi",
    ],
    ["koi", "mnogo", "dogovora", "dogovor", "chao", "sveta", "rund", "kak", "kaza", "abhaziya", "zheneva", "mersi", "moga"]);

    // "koi si ti?", "koi e Tibilov?": who is, with a "koi" Hinglish writes too.
    [GeneratedRegex(@"^\W*(?:ti\s+)?koi\s+(?:e|si|sa)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex BulgarianOpening();

    // "nali?", "pravilno?", "tochno?", ", da?" at the end: whether it is so.
    [GeneratedRegex(@"(?:[,\s]+(?:nali|pravilno|tochno|vyarno|taka\s+li)|,\s*(?:da|ne))(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex BulgarianTag();
}
