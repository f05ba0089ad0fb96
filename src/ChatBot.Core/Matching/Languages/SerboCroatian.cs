using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Serbian, Croatian and Bosnian as their speakers mix them into English chat, in Latin letters, from a word up to whole
/// questions: "ko je potpisao ugovor?" (Croatian "tko") is "who signed the treaty?", "koliko para dobija Južna Osetija?"
/// how much money South Ossetia gets, "kad je potpisan ugovor?" when the treaty was signed, "gdje je potpisan?" (ekavian
/// "gde", chat "di") where, "šta je rekla Mogherini?" what did Mogherini say, "ugovor važi 25 godina, jel tako?" "the
/// treaty is valid 25 years, right?", "jesi ti bot?" are you a bot, "hvala brate" thanks. Read word for word, like Czech
/// (see <see cref="Czech"/>), with Polish's lookup: a word whole, then by its longest known stem ("ugovor", "ugovora",
/// "ugovoru" are the treaty; "potpisao", "potpisana", "potpisivanje" signing), with or without its diacritics ("sta",
/// "zasto", "Zenevi"; "đ" typed "dj"). The past is "je" or "su" with a participle ("je potpisao" signed), so that "je"
/// goes before one and is "is" elsewhere; "jel", "je li" and "da li" only ask ("jel Rusija dala?" did Russia give). Only
/// in a message with a word only these standards write ("šta", "gdje", "koliko", "ugovor", "potpisao", "hvala", "jel"),
/// two they share with Italian, Czech, Russian or Portuguese ("sta", "gde", "Moskva", "fala"), a question they open
/// ("ko je", "šta je", "di su"), or a follow-up ("a gdje?", "i koliko dugo?"), so that Hinglish "ko", French or Czech
/// "je" and Bulgarian "kakvo" stay theirs; Cyrillic is left to the Russian reader.
/// </summary>
internal static partial class SerboCroatian
{
    /// <summary><paramref name="text"/> with Serbian, Croatian or Bosnian words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!Markers.AreIn(text) && !Opening().IsMatch(text) && !(text.Length < 40 && FollowUp().IsMatch(text)))
        {
            return text;
        }

        // "međunarodni", "Đukanović": "đ" as it is typed without its stroke.
        text = text.Replace("đ", "dj", StringComparison.Ordinal).Replace("Đ", "Dj", StringComparison.Ordinal);
        // "was it 9.2 billion for South Ossetia? jel tako": in an English sentence "a", "i", "to" and "do" are English.
        var english = EnglishWord().IsMatch(text);
        // "potpisano u Moskvi, jel tako?", "25 godina, zar ne?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "that's all, ćao": bye, where opening a message it is hello.
        text = ClosingCiao().Replace(text, "\u0001bye\u0002");
        // "šta je Psaki rekla?": what did Psaki say; "šta su rekli gruzijskim predstavnicima?": what did they tell them.
        text = WhatSaid().Replace(text, "\u0001what did\u0002 ${who} \u0001say\u0002");
        text = WhatTold().Replace(text, "\u0001what did they tell\u0002 ");
        // "jel Rusija dala?": did Russia give; "jel bio sastanak?": was there a meeting, as "bio" says.
        text = AskedPast().Replace(text, m => m.Groups["was"].Success ? string.Empty : "\u0001did\u0002 ");
        // "ko je potpisao", "su potpisali", "je Rusija dala": the past, as English says it, without its "je" or "su";
        // "je potpisan", "su potpisani": was, were.
        text = Auxiliary().Replace(text, string.Empty);
        text = Passive().Replace(text, m => m.Value[0] is 's' or 'S' ? "were " : "was ");
        text = Phrases.InEnglish(text);
        text = Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && EnglishToo.Contains(m.Value) ? m.Value
            : m.Value == "SAD" ? "US"
            : Polish.EnglishOf(m.Value, Words, StemTable) ?? m.Value);
        text = Polish.InEnglishOrder(text);
        // "Abhazija je dio Gruzije?": asked by its question mark alone; "a Gruzija?" follows up on the question before.
        return english || text.StartsWith("and ", StringComparison.Ordinal) ? text : Russian.AskedByItsMark(text);
    }

    // Several words that mean one thing, read before the words one by one; each also typed plain.
    private static readonly Phrasebook Phrases = new(Polish.Marked(new Dictionary<string, string>
    {
        // Question words.
        ["ko je"] = "who is", ["tko je"] = "who is", ["ko su"] = "who are", ["tko su"] = "who are", ["ko si ti"] = "who are you",
        ["tko si ti"] = "who are you", ["ko je to"] = "who is", ["ko je sve"] = "who", ["ko sve"] = "who", ["šta je"] = "what is",
        ["što je"] = "what is", ["šta su"] = "what are", ["što su"] = "what are", ["šta je to"] = "what is", ["što je to"] = "what is",
        ["šta je uopšte"] = "what even is", ["šta je uopće"] = "what even is", ["šta je sa"] = "what about", ["šta je s"] = "what about",
        ["šta je to sa"] = "what about", ["šta je to s"] = "what about", ["o čemu je članak"] = "what is the article about",
        ["o čemu govori članak"] = "what is the article about", ["šta piše u ugovoru"] = "what does the treaty say",
        ["šta piše u članku"] = "what does the article say",
        ["šta ima"] = "what has", ["šta znači"] = "what does mean", ["što znači"] = "what does mean", ["o čemu je"] = "what is about",
        ["o čemu se radi"] = "what is it about", ["o čemu"] = "what about",
        ["kako se zove"] = "what is the name of", ["kako se zvao"] = "what was the name of", ["kako se zovu"] = "what are the names of",
        ["kako se razlikuje"] = "how does it differ", ["po čemu se razlikuje"] = "how does it differ", ["po čemu"] = "how",
        ["koliko dugo"] = "how long", ["koliko traje"] = "how long does last", ["na koliko godina"] = "for how many years",
        ["koliko godina"] = "how many years", ["koliko para"] = "how much money", ["koliko novca"] = "how much money",
        ["koliko love"] = "how much money", ["koliko kinte"] = "how much money", ["koliko ljudi"] = "how many people",
        ["koliko je"] = "how much", ["koliki je"] = "how big is", ["u koliko sati"] = "what time", ["do kad"] = "until when",
        ["do kada"] = "until when", ["od kad"] = "since when", ["od kada"] = "since when", ["koji dan"] = "what day",
        ["kojeg dana"] = "what day", ["kog dana"] = "what day", ["kojeg datuma"] = "what date", ["koje godine"] = "what year",
        ["s kim"] = "with whom", ["sa kim"] = "with whom", ["za koga"] = "for whom", ["od koga"] = "from whom",
        ["na koga misle"] = "who do they mean", ["zbog čega"] = "why", ["iz kojeg razloga"] = "why", ["je li"] = "is",
        ["da li"] = "is", ["da li će"] = "will", ["hoće li"] = "will", ["neće li"] = "will", ["ima li"] = "is there",
        ["veze sa"] = "to do with", ["veze s"] = "to do with", ["za šta"] = "what for", ["za što"] = "what for",
        ["koliko godina ima"] = "how old is", ["koliko ima godina"] = "how old is", ["isto što i"] = "the same as",
        ["isto kao"] = "the same as", ["isti kao"] = "the same as", ["po funkciji"] = "by job", ["stavio potpis"] = "signed", ["stavila potpis"] = "signed",
        ["stavili potpis"] = "signed",
        // What happened, what was done and said: "šta kaže Gruzija?" what did Georgia say.
        ["šta se desilo"] = "what happened", ["šta se dogodilo"] = "what happened", ["što se dogodilo"] = "what happened",
        ["šta se dešavalo"] = "what happened", ["šta se događalo"] = "what happened", ["što se događalo"] = "what happened",
        ["šta se dešava"] = "what is happening", ["šta će biti sa"] = "what will happen to", ["šta će biti s"] = "what will happen to",
        ["što će biti s"] = "what will happen to", ["šta će biti"] = "what will happen", ["šta kaže"] = "what did say",
        ["što kaže"] = "what did say", ["šta kažu"] = "what did say", ["šta rekla"] = "what did say", ["šta rekao"] = "what did say",
        ["šta rekli"] = "what did say", ["što rekla"] = "what did say", ["što rekao"] = "what did say", ["šta piše"] = "what does say",
        ["što piše"] = "what does say", ["šta uradila"] = "what did do", ["šta uradio"] = "what did do",
        ["šta uradili"] = "what did do", ["šta se dogovorili"] = "what was agreed", ["se dogovorili"] = "agreed",
        ["se našli"] = "did they meet", ["se sastaju"] = "meet", ["se sastali"] = "did they meet", ["u sastav"] = "part of", ["ući u sastav"] = "become part of", ["u pravu"] = "right",
        ["dala izjavu"] = "made a statement", ["dao izjavu"] = "made a statement", ["boje se"] = "fear", ["se boje"] = "fear",
        // Asking to be told, and the bot.
        ["reci mi"] = "tell me", ["kaži mi"] = "tell me", ["daj mi"] = "give me", ["objasni mi"] = "explain to me",
        ["zanima me"] = "I want to know", ["ne znam"] = "I don't know", ["šta znaš"] = "what can you do", ["šta ti znaš"] = "what can you do",
        ["šta možeš"] = "what can you do", ["šta sve možeš"] = "what can you do", ["šta mogu da te pitam"] = "what can I ask you",
        ["šta te mogu pitati"] = "what can I ask you", ["što te mogu pitati"] = "what can I ask you", ["kako ovo radi"] = "how does this work",
        ["kako radiš"] = "how do you work", ["šta misliš"] = "what do you think", ["šta ti misliš"] = "what do you think",
        ["što misliš"] = "what do you think", ["po tebi"] = "in your opinion", ["po tvom mišljenju"] = "in your opinion",
        ["tvoje mišljenje"] = "your opinion", ["jesi li bot"] = "are you a bot", ["jesi ti bot"] = "are you a bot",
        ["jesi bot"] = "are you a bot", ["jesi li čovjek"] = "are you human", ["jesi li čovek"] = "are you human",
        ["s kim ja pričam"] = "who am I talking to", ["s kim pričam"] = "who am I talking to", ["sa kim pričam"] = "who am I talking to",
        ["ima li koga"] = "anyone there", ["zbunjen sam"] = string.Empty, ["zbunjena sam"] = string.Empty,
        // Small talk.
        ["dobar dan"] = "good afternoon", ["dobro jutro"] = "good morning", ["dobro veče"] = "good evening",
        ["dobra večer"] = "good evening", ["laku noć"] = "good night", ["hvala puno"] = "thanks a lot", ["hvala lijepa"] = "thanks a lot",
        ["hvala lepo"] = "thanks a lot", ["hvala ti"] = "thank you", ["hvala vam"] = "thank you", ["puno hvala"] = "thanks a lot",
        ["vidimo se"] = "see you", ["ajde ćao"] = "bye", ["ajd ćao"] = "bye", ["ajde zdravo"] = "bye", ["ajd zdravo"] = "bye",
        ["hajde ćao"] = "bye", ["to je to"] = "that's all", ["to je sve"] = "that's all", ["nema na čemu"] = "you're welcome",
        // The people and places of the article.
        ["južna osetija"] = "South Ossetia", ["južne osetije"] = "South Ossetia", ["južnoj osetiji"] = "South Ossetia",
        ["južnu osetiju"] = "South Ossetia", ["sjeverna osetija"] = "North Ossetia", ["severna osetija"] = "North Ossetia",
        ["sjedinjene države"] = "US", ["sjedinjene američke države"] = "US", ["sjedinjenih država"] = "US",
        ["evropska unija"] = "EU", ["europska unija"] = "EU", ["evropske unije"] = "EU", ["europske unije"] = "EU",
        ["ujedinjene nacije"] = "UN", ["ujedinjenih nacija"] = "UN", ["ujedinjeni narodi"] = "UN", ["bijela kuća"] = "White House",
        ["bela kuća"] = "White House", ["stejt department"] = "State Department", ["state department"] = "State Department",
        ["ministarstvo vanjskih poslova"] = "foreign ministry", ["ministarstvo spoljnih poslova"] = "foreign ministry",
        ["ministarstvo inostranih poslova"] = "foreign ministry", ["ministar vanjskih poslova"] = "foreign minister",
        ["ministar spoljnih poslova"] = "foreign minister", ["ministar inostranih poslova"] = "foreign minister",
        ["vanjskih poslova"] = "foreign affairs", ["spoljnih poslova"] = "foreign affairs", ["generalni sekretar"] = "secretary general",
        ["ruska federacija"] = "Russia", ["ruske federacije"] = "Russia",
        // The treaty, its clauses and the talks.
        ["oružane snage"] = "armed forces", ["oružanim snagama"] = "armed forces", ["oružanih snaga"] = "armed forces",
        ["službe bezbjednosti"] = "security agencies", ["službi bezbjednosti"] = "security agencies",
        ["službe bezbednosti"] = "security agencies", ["službi bezbednosti"] = "security agencies",
        ["službe sigurnosti"] = "security agencies", ["službi sigurnosti"] = "security agencies",
        ["znakovi upozorenja"] = "warning signs", ["znakova upozorenja"] = "warning signs", ["znakovima upozorenja"] = "warning signs",
        ["granični znakovi"] = "border signs", ["strateško partnerstvo"] = "strategic partnership",
        ["teritorijalni integritet"] = "territorial integrity", ["međunarodno pravo"] = "international law",
        ["godinu dana ranije"] = "a year before", ["godinu dana prije"] = "a year before", ["isti dan"] = "same day",
        ["istog dana"] = "same day", ["do kraja"] = "by the end of", ["na kraju"] = "in the end",
        // "a sledeći put?": the next one, where English "next time" says goodbye.
        ["sledeći put"] = "the next one", ["sljedeći put"] = "the next one",
    }), hyphens: true);

    // One word each, as written and typed plain: the short words, and those a stem would misread.
    private static readonly Dictionary<string, string> Words = Polish.WithPlain(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Question words.
        ["ko"] = "who", ["tko"] = "who", ["koga"] = "whom", ["kome"] = "whom", ["komu"] = "whom", ["šta"] = "what", ["što"] = "what",
        ["sto"] = "what", ["kad"] = "when", ["kada"] = "when", ["gdje"] = "where", ["gde"] = "where", ["di"] = "where", ["dje"] = "where",
        ["gdi"] = "where", ["zašto"] = "why", ["koliko"] = "how much", ["koliki"] = "how big", ["kako"] = "how", ["koji"] = "which",
        ["koja"] = "which", ["koje"] = "which", ["kojeg"] = "which", ["kojem"] = "which", ["kojoj"] = "which", ["kojim"] = "which",
        ["kojih"] = "which", ["kakav"] = "what", ["kakva"] = "what", ["kakvo"] = "what", ["kakve"] = "what", ["kakvi"] = "what",
        ["jel"] = "is", ["jeli"] = "is", ["zar"] = string.Empty,
        // Being, having, doing.
        ["je"] = "is", ["su"] = "are", ["sam"] = "am", ["si"] = "are you", ["smo"] = "are", ["ste"] = "are", ["nije"] = "is not",
        ["nisu"] = "are not", ["jeste"] = "is", ["jesu"] = "are", ["jesi"] = "are you", ["bio"] = "was", ["bila"] = "was",
        ["bilo"] = "was", ["bili"] = "were", ["bile"] = "were", ["biti"] = "be", ["bude"] = "will be", ["će"] = "will", ["ću"] = "will",
        ["ćemo"] = "will", ["ćeš"] = "will", ["hoće"] = "will", ["neće"] = "will not", ["bi"] = "would", ["ima"] = "has",
        ["imaju"] = "have", ["imala"] = "had", ["imao"] = "had", ["imali"] = "had", ["nema"] = "there is no", ["se"] = string.Empty,
        ["li"] = string.Empty, ["dao"] = "gave", ["dala"] = "gave", ["dali"] = "gave", ["daje"] = "gives", ["daju"] = "give",
        ["dati"] = "give", ["potpišu"] = "sign", ["potpiše"] = "sign", ["daće"] = "will give", ["može"] = "can", ["mogu"] = "can", ["možeš"] = "can you", ["mora"] = "must",
        ["treba"] = "should", ["ide"] = "goes", ["idu"] = "go", ["radi"] = "works", ["rade"] = "work", ["piše"] = "says",
        ["pisao"] = "wrote", ["pisala"] = "wrote", ["rekao"] = "said", ["rekla"] = "said", ["rekli"] = "said", ["reko"] = "said",
        ["kaže"] = "says", ["kažu"] = "say", ["kazao"] = "said", ["kazala"] = "said", ["reći"] = "say", ["reci"] = "tell",
        ["misle"] = "mean", ["znaš"] = "know", ["znam"] = "know", ["vodio"] = "led", ["vodila"] = "led", ["vodili"] = "led",
        ["vodi"] = "leads", ["uzela"] = "took", ["uzeo"] = "took", ["uzeli"] = "took", ["ući"] = "join", ["uci"] = "join",
        // Function words.
        ["to"] = "it", ["taj"] = "the", ["ta"] = "the", ["te"] = "the", ["ti"] = "you", ["tog"] = "the", ["toga"] = "the",
        ["tom"] = "the", ["tu"] = "there", ["ovaj"] = "this", ["ova"] = "this", ["ovo"] = "this", ["ove"] = "these",
        ["ovi"] = "these", ["ovog"] = "this", ["ovoga"] = "this", ["ovom"] = "this", ["ovim"] = "this", ["onaj"] = "that",
        ["on"] = "he", ["ona"] = "she", ["ono"] = string.Empty, ["oni"] = "they", ["ja"] = "I", ["me"] = "me", ["mi"] = "me",
        ["mene"] = "me", ["tebe"] = "you", ["tebi"] = "you", ["ga"] = "him", ["mu"] = "him", ["joj"] = "her", ["ih"] = "them",
        ["im"] = "them", ["njima"] = "them", ["njih"] = "them", ["njegov"] = "his", ["njen"] = "her", ["njihov"] = "their",
        ["a"] = "and", ["i"] = "and", ["ili"] = "or", ["ali"] = "but", ["o"] = "about", ["u"] = "in", ["na"] = "at", ["s"] = "with",
        ["sa"] = "with", ["za"] = "for", ["od"] = "from", ["do"] = "until", ["po"] = "under", ["iz"] = "from", ["kod"] = "at",
        ["prema"] = "towards", ["nakon"] = "after", ["poslije"] = "after", ["posle"] = "after", ["prije"] = "before",
        ["pre"] = "before", ["između"] = "between", ["izmedju"] = "between", ["bez"] = "without", ["pod"] = "under",
        ["oko"] = "about", ["zbog"] = "because of", ["osim"] = "besides", ["protiv"] = "against", ["da"] = "to", ["ne"] = "not",
        ["pa"] = "so", ["jer"] = "because", ["ako"] = "if", ["kao"] = "as", ["onda"] = "then", ["sve"] = "all", ["svi"] = "all",
        ["nešto"] = "something", ["neko"] = "anyone", ["netko"] = "anyone", ["niko"] = "nobody", ["nitko"] = "nobody",
        ["ništa"] = "nothing", ["neki"] = "some", ["neka"] = "some", ["neku"] = "some", ["nekog"] = "some", ["još"] = "else",
        ["već"] = "already", ["samo"] = "only", ["sad"] = "now", ["sada"] = "now", ["tamo"] = "there", ["ovde"] = "here",
        ["ovdje"] = "here", ["isto"] = "the same", ["isti"] = "the same", ["ista"] = "the same",
        ["opet"] = "again", ["uopšte"] = "even", ["uopće"] = "even", ["ukratko"] = "in short",
        ["stvarno"] = "really", ["baš"] = "really", ["također"] = "also", ["takođe"] = "also", ["takodje"] = "also",
        ["mnogo"] = "a lot", ["puno"] = "a lot", ["malo"] = "a little", ["više"] = "more", ["manje"] = "less", ["dugo"] = "long",
        ["prvi"] = "first", ["prvo"] = "first", ["prvom"] = "first", ["zadnji"] = "last", ["tako"] = "so", ["danas"] = "today",
        ["jučer"] = "yesterday", ["juče"] = "yesterday", ["sinoć"] = "last night", ["ranije"] = "earlier", ["kasnije"] = "later",
        ["dobro"] = "good", ["dobar"] = "good", ["možda"] = "maybe", ["strana"] = "side", ["strane"] = "side",
        ["strani"] = "side",
        // Fillers: how a chat sounds, no words of the question.
        ["brate"] = string.Empty, ["brt"] = string.Empty, ["brale"] = string.Empty, ["bre"] = string.Empty, ["ba"] = string.Empty,
        ["ajde"] = string.Empty, ["ajd"] = string.Empty, ["hajde"] = string.Empty, ["ma"] = string.Empty, ["mislim"] = string.Empty,
        ["znači"] = string.Empty, ["jbg"] = string.Empty, ["skroz"] = string.Empty, ["lik"] = "guy",
        // The bot and small talk.
        ["zdravo"] = "hello", ["ćao"] = "hi", ["čao"] = "hi", ["cao"] = "hi", ["pozdrav"] = "hello", ["bok"] = "hi", ["hej"] = "hey",
        ["hvala"] = "thanks", ["fala"] = "thanks", ["doviđenja"] = "goodbye", ["dovidjenja"] = "goodbye", ["dovidenja"] = "goodbye",
        ["pomoć"] = "help", ["bot"] = "bot", ["čovjek"] = "human", ["čovek"] = "human", ["ljudi"] = "people", ["super"] = "great",
        ["ok"] = "ok", ["pls"] = "please", ["molim"] = "please", ["tačan"] = "correct", ["tačno"] = "exactly",
        // Money, time and numbers.
        ["novac"] = "money", ["pare"] = "money", ["para"] = "money", ["parama"] = "money", ["lova"] = "money", ["lovu"] = "money",
        ["love"] = "money", ["kinta"] = "money", ["kinte"] = "money", ["kintu"] = "money", ["keš"] = "cash", ["mlrd"] = "billion",
        ["mld"] = "billion", ["dan"] = "day", ["dana"] = "days", ["datum"] = "date", ["sati"] = "hours", ["put"] = "time",
        ["jan"] = "January", ["maj"] = "May", ["maja"] = "May", ["jun"] = "June", ["juna"] = "June", ["juni"] = "June",
        ["junu"] = "June", ["marta"] = "March", ["martu"] = "March", ["augusta"] = "August", ["avgusta"] = "August",
        ["augustu"] = "August", ["avgustu"] = "August", ["jul"] = "July", ["jula"] = "July", ["juli"] = "July", ["julu"] = "July",
        // Names the stems would misread, and initials.
        ["kina"] = "China", ["kine"] = "China", ["kini"] = "China", ["kinu"] = "China", ["eu"] = "EU", ["un"] = "UN",
        ["nato"] = "NATO", ["oebs"] = "OSCE", ["oess"] = "OSCE", ["dio"] = "part", ["deo"] = "part", ["dijelom"] = "part",
        ["beč"] = "Vienna", ["beča"] = "Vienna", ["beču"] = "Vienna", ["rusi"] = "Russians", ["rusa"] = "Russians",
        ["psaki"] = "Psaki", ["džen"] = "Jen", ["dzen"] = "Jen",
    });

    // Stems, as written (each also typed plain): a word no whole entry has is read by its longest stem, down to three letters.
    private static readonly Stems StemTable = Polish.PlainStems(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The treaty and its signing.
        ["ugovor"] = "treaty", ["sporazum"] = "agreement", ["dogovor"] = "agreement", ["dogovoril"] = "agreed", ["pakt"] = "pact",
        ["savez"] = "alliance", ["integracij"] = "integration", ["partnerstv"] = "partnership", ["strateš"] = "strategic",
        ["potpis"] = "signed", ["potpisivanj"] = "signing", ["potpisnik"] = "signatories", ["potpisnic"] = "signatories",
        ["naziv"] = "name", ["ime"] = "name", ["imena"] = "names", ["zove"] = "called", ["tekst"] = "text", ["nacrt"] = "draft",
        ["verzij"] = "version", ["traj"] = "lasts", ["trajanj"] = "duration", ["važi"] = "is valid", ["važe"] = "are valid",
        ["vrijedi"] = "is valid", ["vredi"] = "is valid", ["ističe"] = "expires", ["istek"] = "expires", ["produž"] = "extended",
        ["ratifik"] = "ratified", ["kremlj"] = "Kremlin", ["ceremonij"] = "ceremony", ["dokument"] = "document",
        ["referendum"] = "referendum", ["prisajedinj"] = "annexation", ["pripojen"] = "annexation", ["predviđ"] = "provide",
        ["predvidj"] = "provide", ["predlož"] = "proposed", ["predlag"] = "proposed",
        // The clauses.
        ["odbran"] = "defence", ["obran"] = "defence", ["bran"] = "defend", ["čuva"] = "guard",
        ["štit"] = "protect", ["zaštit"] = "protection", ["bezbjednost"] = "security", ["bezbednost"] = "security",
        ["bezbjednosn"] = "security", ["bezbednosn"] = "security", ["sigurnost"] = "security", ["sigurnosn"] = "security",
        ["granic"] = "border", ["graničar"] = "border guards", ["vojsk"] = "army", ["vojn"] = "military",
        ["vojnik"] = "soldiers", ["vojnic"] = "soldiers", ["armij"] = "army", ["trup"] = "troops", ["snag"] = "forces",
        ["oružan"] = "armed", ["služb"] = "agencies", ["jedinic"] = "units", ["odgovorn"] = "responsible",
        ["odgovori"] = "answered", ["odgovara"] = "answers", ["sastav"] = "part", ["postat"] = "become", ["postaj"] = "becomes",
        ["carin"] = "customs", ["nezavisn"] = "independence", ["samostaln"] = "independent", ["suverenit"] = "sovereignty",
        ["teritorij"] = "territory", ["integritet"] = "integrity",
        // Money.
        ["novc"] = "money", ["milijard"] = "billion", ["milion"] = "million", ["milijun"] = "million", ["rubal"] = "rubles",
        ["rublj"] = "rubles", ["dolar"] = "dollars", ["eur"] = "euros", ["budžet"] = "budget", ["proračun"] = "budget",
        ["obeća"] = "pledged", ["obećanj"] = "pledge", ["dobi"] = "get", ["dobiv"] = "get",
        ["plać"] = "pays", ["plat"] = "pay", ["isplat"] = "payments", ["investic"] = "investment", ["ulag"] = "invest",
        ["finansij"] = "funding", ["financij"] = "funding", ["finansir"] = "finance", ["financir"] = "finance",
        ["razvoj"] = "development", ["ekonom"] = "economic", ["socijal"] = "social", ["namijenjen"] = "earmarked",
        ["namenjen"] = "earmarked", ["otiš"] = "went", ["otišl"] = "went", ["košt"] = "cost", ["kompenzacij"] = "compensation",
        ["odštet"] = "compensation", ["pomoć"] = "aid",
        // Russia, the Caucasus and the Crimea.
        ["rus"] = "Russian", ["rusij"] = "Russia", ["moskv"] = "Moscow", ["moskovsk"] = "Moscow", ["osetij"] = "Ossetia",
        ["oset"] = "Ossetian", ["osetin"] = "Ossetian", ["južn"] = "South", ["sjevern"] = "North", ["severn"] = "North",
        ["abhazij"] = "Abkhazia", ["abhaz"] = "Abkhaz", ["abhask"] = "Abkhaz", ["gruzij"] = "Georgia", ["gruzin"] = "Georgians",
        ["gruzijsk"] = "Georgian", ["tbilis"] = "Tbilisi", ["cinval"] = "Tskhinvali", ["chinval"] = "Tskhinvali",
        ["suhum"] = "Sokhumi", ["krim"] = "Crimea", ["krims"] = "Crimean", ["ukrajin"] = "Ukraine", ["amerik"] = "America",
        ["američk"] = "American", ["amerikan"] = "Americans", ["evrop"] = "Europe", ["europ"] = "Europe", ["evropsk"] = "European",
        ["europsk"] = "European", ["brisel"] = "Brussels", ["vašington"] = "Washington", ["ženev"] = "Geneva",
        ["ženevsk"] = "Geneva", ["kavkaz"] = "Caucasus", ["zakavkaz"] = "Transcaucasia", ["kinesk"] = "Chinese",
        ["njemač"] = "Germany", ["nemač"] = "Germany", ["turs"] = "Turkey", ["pridnjestrov"] = "Transnistria",
        ["aneksij"] = "annexation", ["anektir"] = "annexed", ["okupacij"] = "occupation", ["okupir"] = "occupied",
        ["godišnjic"] = "anniversary", ["rat"] = "war", ["sukob"] = "conflict", ["zemlj"] = "country",
        ["držav"] = "state", ["region"] = "region", ["regij"] = "region", ["grad"] = "city",
        ["svijet"] = "world", ["svet"] = "world", ["republik"] = "republic", ["stanovni"] = "inhabitants", ["živi"] = "live",
        ["jezik"] = "language", ["valut"] = "currency", ["vlad"] = "government", ["poginul"] = "died",
        // The reactions.
        ["reakcij"] = "reaction", ["reagov"] = "reacted", ["reagir"] = "reacted", ["izjav"] = "statement", ["izjavi"] = "stated",
        ["osud"] = "condemned", ["prizna"] = "recognize", ["priznanj"] = "recognition", ["podrž"] = "support",
        ["kritik"] = "criticized", ["protest"] = "protest", ["žali"] = "complained",
        ["optuž"] = "accusations", ["upozor"] = "warned", ["upozorenj"] = "warning", ["zahtjev"] = "demand", ["zahtev"] = "demand",
        ["traž"] = "asked", ["brin"] = "worry", ["zabrinut"] = "concerned", ["strah"] = "fear", ["prijetnj"] = "threat",
        ["pretnj"] = "threat", ["sankcij"] = "sanctions", ["stav"] = "position", ["stavi"] = "put", ["uradi"] = "did",
        ["učini"] = "did", ["napravi"] = "did", ["odusta"] = "gave up", ["otkaz"] = "cancelled", ["odbi"] = "refused",
        // Geneva.
        ["pregovor"] = "talks", ["razgovor"] = "talks", ["diskusij"] = "discussions", ["sastan"] = "meeting", ["sastaj"] = "meet",
        ["sastal"] = "met", ["sjednic"] = "session", ["sednic"] = "session", ["delegacij"] = "delegation",
        ["predsjedava"] = "chaired", ["predsedava"] = "chaired", ["kopredsjedava"] = "co-chaired", ["kopredsedava"] = "co-chaired",
        ["supredsjedava"] = "co-chaired", ["predsjedni"] = "president", ["predsedni"] = "president", ["predvod"] = "led",
        ["učestvov"] = "took part", ["sudjelov"] = "took part", ["učesni"] = "participants", ["sudionic"] = "participants", ["urad"] = "do",
        ["znak"] = "signs", ["situacij"] = "situation", ["stanj"] = "situation", ["stabil"] = "stable", ["smiri"] = "calmer",
        ["mirn"] = "calm", ["rezultat"] = "outcome", ["ishod"] = "outcome", ["zaključ"] = "outcome", ["vježb"] = "exercises",
        ["vežb"] = "exercises", ["infrastruktur"] = "infrastructure", ["rund"] = "round", ["krug"] = "round",
        ["sledeć"] = "next", ["sljedeć"] = "next", ["slijedeć"] = "next", ["iduć"] = "next", ["prošl"] = "last",
        ["održ"] = "held", ["dešava"] = "happening", ["događa"] = "happening", ["dogadja"] = "happening", ["desi"] = "happened",
        ["dogodi"] = "happened", ["lom"] = "break", ["uništ"] = "destroyed", ["oštećen"] = "damaged", ["predstavni"] = "representatives",
        ["nadgled"] = "monitor", ["prat"] = "monitor", ["sprovod"] = "implemented", ["provod"] = "implemented",
        // The article and the people in it.
        ["članak"] = "article", ["članku"] = "article", ["članka"] = "article", ["članc"] = "articles", ["autor"] = "author",
        ["novinar"] = "journalist", ["novin"] = "newspaper", ["napisa"] = "wrote", ["objavlj"] = "published",
        ["spominj"] = "mentioned", ["spomen"] = "mentioned", ["pominj"] = "mentioned", ["ministr"] = "minister",
        ["ministar"] = "minister", ["ministarstv"] = "ministry", ["premijer"] = "prime minister", ["lider"] = "leader",
        ["vođ"] = "leader", ["vodj"] = "leader", ["šef"] = "head", ["portparol"] = "spokeswoman", ["glasnogovorni"] = "spokeswoman",
        ["funkcij"] = "job", ["političar"] = "politician", ["putin"] = "Putin", ["medvedev"] = "Medvedev", ["tibilov"] = "Tibilov",
        ["mogerin"] = "Mogherini", ["mogherin"] = "Mogherini", ["psakij"] = "Psaki", ["karasin"] = "Karasin", ["lavrov"] = "Lavrov",
        ["bokhu"] = "Bokhua", ["federik"] = "Federica", ["grigorij"] = "Grigory",
        // The bot and the conversation.
        ["pita"] = "ask", ["prič"] = "talked", ["pitanj"] = "question", ["mož"] = "can", ["misli"] = "think", ["mišljenj"] = "opinion",
        ["sažet"] = "summary", ["rezime"] = "summary", ["objasn"] = "explain", ["robot"] = "robot", ["osob"] = "person",
        ["vještačk"] = "artificial", ["veštačk"] = "artificial", ["umjetn"] = "artificial", ["inteligencij"] = "intelligence",
        ["razlik"] = "difference", ["razlikuj"] = "differ", ["sličn"] = "similar", ["dublj"] = "deeper", ["promijen"] = "changed",
        ["promen"] = "changed", ["mjesec"] = "month", ["mesec"] = "month", ["godin"] = "years", ["vrijem"] = "weather",
        ["vrem"] = "weather",
        // The months, Serbian and Bosnian, then Croatian.
        ["januar"] = "January", ["februar"] = "February", ["mart"] = "March", ["april"] = "April", ["avgust"] = "August",
        ["august"] = "August", ["septemb"] = "September", ["oktob"] = "October", ["novemb"] = "November", ["decemb"] = "December",
        ["siječ"] = "January", ["veljač"] = "February", ["ožuj"] = "March", ["travanj"] = "April", ["travnj"] = "April",
        ["svib"] = "May", ["lipanj"] = "June", ["lipnj"] = "June", ["srpanj"] = "July", ["srpnj"] = "July", ["kolovoz"] = "August",
        ["rujan"] = "September", ["rujn"] = "September", ["listopad"] = "October", ["studen"] = "November", ["prosin"] = "December",
    });

    // Words of the table English writes too, left as they are in an English sentence ("pledge to abkhazia, jel tako?").
    private static readonly HashSet<string> EnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "i", "to", "do", "on", "sad", "pa", "me", "mi", "u", "put", "love", "super", "ok", "pls", "bot", "dan", "sam", "ma",
        "eu", "un", "nato", "im", "pre", "ide", "ja",
    };

    // Words only Serbian, Croatian and Bosnian write (as typed with and without diacritics, where the plain form is no other
    // language's word); those Italian, Czech, Russian in Latin letters, Portuguese or a name written their way share
    // ("sta", "gde", "Moskva", "reagovala", "fala", "Suhumi") count only with a second. Hinglish "ko", Czech and French
    // "je", Bulgarian "kakvo", "kakva" and "koga" are no sign of them at all: "ko je" opening a question is (see Opening).
    private static readonly MarkerWords Markers = new(
    [
        // Question words, function words and the verbs every question leans on.
        "šta", "što", "tko", "gdje", "zašto", "zasto", "koliko", "koliki", "kad", "kada", "kako", "koji", "koje", "kojeg", "kojem",
        "kojoj", "kakav", "kakve", "jel", "nije", "nisu", "jesi", "hoće", "hoce", "će", "još", "nešto",
        "nesto", "može", "moze", "možeš", "mozes", "uopšte", "uopste", "uopće", "uopce", "ukratko", "tačno", "tacno", "ovaj",
        "desilo", "dešavalo", "desavalo", "dogodilo", "kaže", "kaze", "kažu", "kazu", "rekao", "rekla", "rekli", "piše", "baš", "brate", "brt", "ajde", "hajde", "ajd", "dobija", "dobila", "dobio", "dobili", "mislis", "misliš",
        "pričam", "pricam", "pricali", "pričali", "misle",
        // Small talk.
        "hvala", "zdravo", "pozdrav", "ćao", "čao", "dovidjenja", "doviđenja", "dovidenja", "laku",
        // The article's acts and things.
        "ugovor", "ugovora", "ugovoru", "ugovorom", "ugovori", "sporazum", "sporazuma", "sporazumu", "sporazumi",
        "sporazumima", "potpisao", "potpisala", "potpisali", "potpisan", "potpisana", "potpisano", "potpisani", "potpisivanje",
        "potpisivanja", "potpisivanju", "potpisnici", "potpis", "potpišu", "potpisu", "potpiše", "potpise", "novac", "novca", "pare", "lova", "kinte", "milijarda",
        "milijarde", "milijardi", "milijardu", "rubalja", "rublji", "rublja", "godina", "godine", "godinu", "obećala",
        "obecala", "obećali", "obecali", "obećao", "obecao", "izjavio", "izjavila", "izjavu", "reagovali", "reagirala", "reagirao", "reagirali", "reakcije", "pregovori", "pregovora", "pregovorima", "razgovori",
        "razgovora", "razgovorima", "granice", "granici", "granicu", "granicama", "vojska", "vojske", "vojsku", "vojskom",
        "odbrani", "odbrana", "obrana", "bezbjednost", "bezbednost", "bezbjednosti", "bezbednosti", "sigurnost", "sigurnosti",
        "članak", "clanak", "članku", "clanku", "članka", "clanka", "predsjednik", "predsednik", "predsjedavao",
        "kopredsjedavao", "predsjedavajuci", "kopredsjedavajuci", "sledeća", "sledeca", "sledeći", "sledeci", "sljedeća",
        "sljedeca", "sljedeći", "sljedeci", "ministarstvo", "ministar", "vanjskih", "spoljnih", "delegaciju", "sazetak",
        "sažetak",
        // Places and people as they write them.
        "rusija", "rusije", "rusiji", "rusiju", "gruzija", "gruzije", "gruziji", "gruziju", "gruzijska", "gruzijsko",
        "gruzijske", "gruzijskim", "gruzini", "abhazija", "abhazije", "abhaziji", "abhaziju", "abhazijom", "osetija", "osetije",
        "osetiji", "osetiju", "osetijom", "južna", "juzna", "južne", "juzne", "južnoj", "juznoj", "zenevi", "ženevi", "kremlju",
        "krimom", "tbilisiju", "amerikanaca",
    ],
    ["sta", "sto", "gde", "sve", "moskva", "amerika", "amerikanci", "suhumi", "cinvali", "fala", "cao", "dobro",
     "jutro", "noc", "jos", "mogu", "radi", "ovo", "taj", "zeneva", "ženeva", "krim", "psaki", "reci", "pise", "reagovala",
     "reagovao"]);

    // A word, or the English of a phrase, marked so that its words are not read again; "that's" is one English word.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+(?:'\\p{L}+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:the|is|are|was|were|did|does|what|who|when|where|how|which|why|of|and|it|they|this|that|with|for|about|you|can|will|has|have|his|her|their|signed|money|right|name|treaty|please|thanks|bye|hello|happened|yes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    // "jel tako?", "je li tako?", "zar ne?", "jel da?", "jel?", "tačno?", "istina?" at the end: whether it is so.
    [GeneratedRegex(@"(?:[,\s]+(?:jel\s+tako|je\s+li\s+tako|jel\s+da|jel\s+istina|zar\s+ne|tačno|tacno|istina|jel)|,\s*(?:ne|a|da|jel))(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    // "šta je Psaki rekla?", "šta su Gruzini rekli?": what the named one said.
    [GeneratedRegex(@"(?<!\p{L})[ŠšSs]t[ao]\s+(?:je|su)\s+(?<who>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)\s+(?:rekao|rekla|rekli|kazao|kazala|izjavio|izjavila|izjavili)(?!\p{L})")]
    private static partial Regex WhatSaid();

    // "šta su rekli Gruzinima", "šta su rekli gruzijskim predstavnicima": said to someone, in the dative.
    [GeneratedRegex(@"(?<!\p{L})[ŠšSs]t[ao]\s+(?:su\s+)?(?:rekli|rekla|rekao)\s+(?=\p{L}+(?:ima|skim|čkim|ckim)(?!\p{L}))")]
    private static partial Regex WhatTold();

    // "that's all, ćao", "hvala, čao": a closing "ćao".
    [GeneratedRegex(@"(?<=\p{L}\W*[,.!]\s*)(?:ćao|čao|cao)(?=\W*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingCiao();

    // "je", "su" before a participle, up to two words on ("je potpisao", "je Rusija dala", "su se dogovorili"): the past.
    [GeneratedRegex(@"(?<!\p{L})(?:[Jj]e|[Ss]u)\s+(?=(?:\p{L}+\s+){0,3}" + Participle + ")")]
    private static partial Regex Auxiliary();

    // "jel", "je li", "da li" before a participle in the same clause: whether it was done.
    [GeneratedRegex(@"(?<!\p{L})(?:[Jj]el|[Jj]e\s+li|[Dd]a\s+li)\s+(?=(?:\p{L}+\s+){0,5}(?:(?<was>bio|bila|bilo|bili|bile)(?!\p{L})|" + Participle + "))")]
    private static partial Regex AskedPast();

    // A past participle: "potpisao", "rekla", "dali", "bio"; not "dio" or "deo" (a part).
    private const string Participle = @"(?:\p{Ll}{2,}(?:ao|la|li|lo|le|io|eo|uo)|bio|bila|bilo|bili|bile)(?!\p{L})";

    // "je potpisan", "su potpisani", "je objavljen": the passive, was or were.
    [GeneratedRegex(@"(?<!\p{L})(?:[Jj]e|[Ss]u)\s+(?=\p{Ll}{3,}(?:an|ana|ano|ani|en|ena|eno|eni)(?!\p{L}))")]
    private static partial Regex Passive();

    // "ko je Tibilov?", "šta je Abhazija?", "di su se našli?", "ima li koga?": how a question asks, with words Hinglish ("ko"), Italian ("sta")
    // and French or Czech ("je") write too.
    [GeneratedRegex(@"(?<!\p{L})(?:(?:ko|tko|sta|šta|što|gde|gdje)\s+(?:je|su|si|ste|se|ce|će|mu|ti|ima|radi|kaze|kaže|znaci|znači)|di\s+(?:je|su)|ima\s+li\s+koga)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    // "a gdje?", "a kad?", "i koliko dugo?", "a ko je ona?": a follow-up only these standards open so.
    [GeneratedRegex(@"^\W*(?:a|i)\s+(?:po\s+)?(?:gdje|gde|di|kad|kada|ko|tko|šta|sta|što|koliko|zašto|zasto|kako|koji|koja|koje|kome|koga|čemu|cemu)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();
}
