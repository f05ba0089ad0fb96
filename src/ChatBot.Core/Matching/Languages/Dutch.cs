using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Dutch and Flemish as readers from the Netherlands and Belgium mix them into their English chat, from a few words up
/// to whole Dutch questions: "wie heeft het verdrag getekend?" is "who the treaty signed?", "hoeveel geld krijgt
/// Zuid-Ossetië van Rusland?" how much money South Ossetia gets from Russia, "wanneer werd het getekend?" when was it
/// signed, "Abkhazia got 1 billion rubles too, hè?" "..., right?" (as "toch?", "klopt dat?" and "of niet?" ask too),
/// "wat zei de EU?" what the EU said, "ben jij een bot?" are you a bot, "dank je wel", "doei" thanks and bye. Read word
/// for word (the bot reads words, not word order, so a participle at the end is read as well), with or without its
/// diaeresis ("Georgie", "Abchazie"), Flemish ("ge", "zijt", "da's", "allez") and chat shorthand ("wa", "nie", "ff"),
/// the verbs of the article's topics in their forms ("teken", "tekent", "tekende", "getekend"), and the names of its
/// places and people as Dutch writes them ("Zuid-Ossetië", "Abchazië", "Genève", "Poetin", "de NAVO", "de Krim"). Only
/// in a message with a word English, German and Afrikaans have not ("heeft", "getekend", "hoeveel", "wanneer", "zijn",
/// "eigenlijk") or two it shares with them ("wie", "wat", "het", "waar", "hoe"), so that "wat is this artical about",
/// "wie viel Geld" or "met" elsewhere keep their meaning; Afrikaans ("wie het die ding geteken?") is
/// <see cref="RegionalEnglish"/>'s. A follow-up it opens ("en waar?", "en over de NAVO?") is enough too.
/// </summary>
internal static partial class Dutch
{
    /// <summary><paramref name="text"/> with Dutch words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!IsDutch(text))
        {
            return text;
        }

        text = text.Replace('\u2019', '\'').Replace('`', '\'');
        // "dag!" alone greets; in a sentence it is a day.
        if (Greeting().IsMatch(text))
        {
            return "hello";
        }

        // "bedankt hè": thanks, not a question whether it is so.
        text = ThanksTag().Replace(text, "$1");
        // "Putin and Tibilov signed it, toch?": in an English sentence "is", "over", "met" and "of" are English.
        var english = EnglishWord().IsMatch(text);
        // "getekend in Moskou, toch?", "1 billion too, hè?", "klopt dat?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "wie heeft het verdrag getekend?": the past, as English says it ("signed"), without "has".
        text = Auxiliary().Replace(text, string.Empty);
        // "waar werd het getekend?", "wie heeft het geschreven trouwens?": "het" before a participle or alone is it.
        text = It().Replace(text, "\u0001it\u0002");
        // "wat zei de EU?", "wat vond Amerika ervan?": what the EU said, in English order ("what said" reads as something said).
        text = WhatSaid().Replace(text, WhatWasDone);
        // "wie zat de gesprekken in Genève voor?": the separable verb, its "voor" at the end.
        text = ChairedBy().Replace(text, "\u0001chaired\u0002 $1");
        text = Phrases.InEnglish(text);
        // The English of a phrase stays as it is; each other word is read.
        return Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && EnglishToo.Contains(m.Value) ? m.Value
            : English(m.Value) ?? m.Value);
    }

    /// <summary>
    /// Whether <paramref name="text"/> has Dutch's marker words, or opens or closes as only Dutch does ("wie is Karasin?",
    /// "en waar?", "..., hè?"), and no word only Afrikaans or a Scandinavian language writes ("hvornår er næste runde i
    /// Genève?").
    /// </summary>
    public static bool IsDutch(string text) =>
        (Markers.AreIn(text) || (text.Length < 40 && FollowUp().IsMatch(text)) || WhoIs().IsMatch(text) || DutchTag().IsMatch(text)
            || DutchOnly().IsMatch(text))
        && !Afrikaans.AreIn(text) && !Scandinavian.IsIn(text);

    // "zei" asks what one did say, "zegt" what one does say: the auxiliary before the subject, the verb after it.
    private static string WhatWasDone(Match m)
    {
        var (auxiliary, verb) = m.Groups["verb"].Value.ToLowerInvariant() switch
        {
            "zei" or "zeiden" => ("did", "say"),
            "zegt" or "zeggen" => ("does", "say"),
            "vond" or "vonden" => ("did", "think"),
            "vindt" or "vinden" => ("does", "think"),
            "deed" or "deden" => ("did", "do"),
            _ => ("does", "do"),
        };
        return $"\u0001what {auxiliary}\u0002 {m.Groups["who"].Value} \u0001{verb}\u0002";
    }

    // The English of one word: as written, else without its diaeresis or accent ("Georgie", "Geneve", "ideeen").
    private static string? English(string word)
    {
        var lower = word.ToLowerInvariant();
        return Words.TryGetValue(lower, out var english) || Unaccented.TryGetValue(Accents.Strip(lower), out english) ? english : null;
    }

    // Several words that mean one thing, read before the words one by one; each also without its diaeresis.
    private static readonly Phrasebook Phrases = new(ReaderTables.MarkedWithUnaccented(new Dictionary<string, string>
    {
        // Question words.
        ["hoe lang"] = "how long", ["hoelang"] = "how long", ["voor hoe lang"] = "how long", ["hoeveel jaar"] = "how many years",
        ["hoe veel"] = "how much", ["tot wanneer"] = "until when", ["sinds wanneer"] = "since when", ["welke dag"] = "what day",
        ["op welke dag"] = "what day", ["welke datum"] = "what date", ["op welke datum"] = "what date", ["in welk jaar"] = "what year",
        ["wat voor"] = "what kind of", ["wat is er met"] = "what about", ["wat is er aan de hand met"] = "what about",
        ["hoe zit het met"] = "what about", ["hoe zit dat met"] = "what about", ["en hoe zit het met"] = "and what about",
        ["wat gebeurt er met"] = "what happens to", ["wat gebeurde er met"] = "what happened to", ["wat gebeurde er"] = "what happened",
        ["wat is er gebeurd"] = "what happened", ["wat gebeurt er"] = "what happens", ["wat betekent"] = "what does mean",
        ["wat wil zeggen"] = "what does mean", ["wil zeggen"] = "means", ["waar gaat"] = "what is", ["gaat over"] = "is about",
        ["gaat het over"] = "is it about", ["waar gaat het over"] = "what is it about", ["waar komt"] = "where does come",
        ["wie waren er"] = "who was there", ["wie was er"] = "who was there", ["wie zaten er"] = "who was there",
        ["wat is het verschil"] = "what is the difference", ["wat zijn de verschillen"] = "what are the differences",
        ["te maken"] = "to do", ["ermee te maken"] = "to do with it", ["mee te maken"] = "to do with it",
        ["te maken met"] = "to do with", ["wat vind jij"] = "what do you think", ["wat vind je"] = "what do you think",
        ["wat vindt u"] = "what do you think",
        ["vind jij"] = "do you think", ["vind je"] = "do you think", ["hoe heet"] = "what is the name of", ["hoe heette"] = "what was the name of",
        ["hoe noem je"] = "what is the name of", ["hoe wordt genoemd"] = "what is called", ["hoe reageerde"] = "how did react",
        ["hoe reageerden"] = "how did react", ["hoe heeft gereageerd"] = "how did react", ["waar werd"] = "where was",
        ["waar is"] = "where was",
        // Being and having been: "is getekend" was signed.
        ["is getekend"] = "was signed", ["werd getekend"] = "was signed", ["is ondertekend"] = "was signed",
        ["werd ondertekend"] = "was signed", ["is er"] = "is there", ["zijn er"] = "are there", ["was er"] = "was there",
        ["waren er"] = "were there", ["komt er"] = "will there be", ["er is"] = "there is", ["er zijn"] = "there are",
        ["er waren"] = "there were", ["was voorzitter"] = "chaired", ["zat voor"] = "chaired", ["zaten voor"] = "chaired", ["zit voor"] = "chairs",
        ["nam deel"] = "took part", ["namen deel"] = "took part", ["neemt deel"] = "takes part", ["waren aanwezig"] = "attended",
        ["was aanwezig"] = "attended", ["zegde toe"] = "pledged", ["zegt toe"] = "pledges", ["liep af"] = "expired", ["loopt af"] = "expires",
        ["maakten zich zorgen"] = "worried", ["maakt zich zorgen"] = "worries", ["waren voorzitter"] = "chaired", ["de leiding"] = "led",
        ["onder leiding van"] = "led by", ["deel uit"] = "part", ["maakt deel uit"] = "is part", ["deel van"] = "part of",
        ["in werking"] = "in force", ["van kracht"] = "in force", ["geldig voor"] = "valid for", ["akkoord gaan"] = "agree",
        ["ging akkoord"] = "agreed", ["gingen akkoord"] = "agreed", ["eens geworden"] = "agreed", ["afgesproken"] = "agreed",
        ["besproken"] = "discussed", ["op tafel"] = "discussed",
        // Asking to be told.
        ["vertel me"] = "tell me", ["vertel eens"] = "tell me", ["kun je me vertellen"] = "can you tell me",
        ["kan je me vertellen"] = "can you tell me", ["kun je uitleggen"] = "can you explain", ["leg uit"] = "explain",
        ["in het kort"] = "in short", ["kort samengevat"] = "in short", ["ik wil weten"] = "I want to know",
        ["wat kan je"] = "what can you do", ["wat kun je"] = "what can you do", ["wat kan jij"] = "what can you do",
        ["wat kun jij"] = "what can you do", ["wat kan ik vragen"] = "what can I ask", ["wat kan ik je vragen"] = "what can I ask you",
        ["hoe werkt dit"] = "how does this work", ["hoe werkt het"] = "how does it work", ["hoe werkt dat"] = "how does it work",
        ["hoe werk jij"] = "how do you work", ["waarmee kun je helpen"] = "what can you help with",
        ["waarmee kan je helpen"] = "what can you help with", ["ben jij"] = "are you", ["ben je"] = "are you",
        ["bent u"] = "are you", ["zijt gij"] = "are you", ["zijde gij"] = "are you", ["ben jij een bot"] = "are you a bot",
        ["ben je een bot"] = "are you a bot", ["ben jij een mens"] = "are you a human", ["ben je een mens"] = "are you a human",
        ["ben je echt"] = "are you real", ["een echt mens"] = "a real person", ["wie ben jij"] = "who are you",
        ["wie ben je"] = "who are you", ["wat ben jij"] = "what are you", ["wat ben je"] = "what are you",
        ["jouw mening"] = "your opinion", ["je mening"] = "your opinion", ["wat denk jij"] = "what do you think",
        ["wat denk je"] = "what do you think",
        // The people and places of the article.
        ["zuid ossetië"] = "South Ossetia", ["zuid osseti"] = "South Ossetia", ["zuid-ossetisch"] = "South Ossetian",
        ["zuid osseetse"] = "South Ossetian", ["zuid ossetische"] = "South Ossetian", ["zuid osseten"] = "South Ossetians",
        ["noord ossetië"] = "North Ossetia", ["verenigde staten"] = "US", ["europese unie"] = "EU", ["verenigde naties"] = "UN",
        ["witte huis"] = "White House", ["het witte huis"] = "White House", ["buitenlandse zaken"] = "foreign affairs",
        ["ministerie van buitenlandse zaken"] = "foreign ministry", ["minister van buitenlandse zaken"] = "foreign minister",
        ["state department"] = "State Department", ["de krim"] = "Crimea", ["de navo"] = "NATO", ["de vs"] = "US",
        ["de eu"] = "EU", ["de vn"] = "UN", ["de ovse"] = "OSCE",
        // The article's things.
        ["verdrag inzake bondgenootschap en integratie"] = "alliance and integration treaty",
        ["bondgenootschap en integratie"] = "alliance and integration", ["strategisch partnerschap"] = "strategic partnership",
        ["sociaal economische"] = "social-economic", ["sociaal economisch"] = "social-economic",
        ["gewapende troepen"] = "armed forces", ["strijdkrachten"] = "armed forces", ["veiligheid en defensie"] = "security and defence",
        ["internationale reacties"] = "international reaction", ["de wereld"] = "the world", ["de rest van de wereld"] = "the world",
        ["volgende ronde"] = "next round", ["aan de grens"] = "at the border", ["aan de grenzen"] = "at the borders", ["de volgende"] = "the next", ["territoriale integriteit"] = "territorial integrity",
        ["internationaal recht"] = "international law", ["officiële naam"] = "official name", ["volledige naam"] = "full name",
        ["ieder jaar"] = "every year", ["per jaar"] = "per year", ["elk jaar"] = "every year", ["hetzelfde als"] = "the same as",
        ["hetzelfde"] = "the same", ["dezelfde"] = "the same", ["dit artikel"] = "the article", ["het artikel"] = "the article",
        // Small talk.
        ["goedemorgen"] = "good morning", ["goedemiddag"] = "good afternoon", ["goedenavond"] = "good evening",
        ["goede morgen"] = "good morning", ["goede middag"] = "good afternoon", ["goeie middag"] = "good afternoon",
        ["goeiemorgen"] = "good morning", ["goeiemiddag"] = "good afternoon", ["goeienavond"] = "good evening",
        ["hallo allemaal"] = "hello everyone", ["hoi allemaal"] = "hello everyone", ["hey allemaal"] = "hello everyone",
        ["dag allemaal"] = "hello everyone", ["goedemiddag allemaal"] = "good afternoon everyone",
        ["goedemorgen allemaal"] = "good morning everyone", ["hoe gaat het"] = "how are you", ["hoe is het"] = "how are you",
        ["alles goed"] = "how are you", ["dank je wel"] = "thank you", ["dank u wel"] = "thank you", ["dank je"] = "thank you",
        ["dank u"] = "thank you", ["heel erg bedankt"] = "thanks a lot", ["super bedankt"] = "thanks a lot",
        ["tot ziens"] = "goodbye", ["tot later"] = "see you later", ["tot de volgende keer"] = "see you",
        ["fijne avond"] = "have a nice evening", ["fijne dag"] = "have a nice day", ["nog een fijne dag"] = "have a nice day",
        ["dat was het"] = "that's all", ["dat is alles"] = "that's all", ["alsjeblieft"] = "please", ["alstublieft"] = "please",
        ["graag gedaan"] = "no problem", ["geen idee"] = "no idea", ["weet ik niet"] = "I don't know", ["ik weet het niet"] = "I don't know",
        ["kunstmatige intelligentie"] = "AI",
        // Everyday turns of phrase around the article's topics.
        ["zette zijn handtekening"] = "signed", ["zette zn handtekening"] = "signed", ["zetten hun handtekening"] = "signed",
        ["nog meer"] = "else", ["wie nog meer"] = "who else", ["ergens anders"] = "somewhere else", ["het tekenen"] = "the signing",
        ["vond plaats"] = "took place", ["waar vond"] = "where did", ["tot wanneer loopt"] = "until when is valid",
        ["wat staat er in"] = "what is in", ["staat er"] = "is there", ["in zijn werk"] = "happen", ["hoe ging"] = "how did",
        ["leg eens uit"] = "explain", ["leg ff uit"] = "explain", ["erin pompen"] = "give", ["daar naartoe"] = "there",
        ["gaat verder dan"] = "goes further than", ["gaan verder dan"] = "go further than", ["lijkt op"] = "is similar to",
        ["iets vergelijkbaars"] = "something similar", ["wie is dat"] = "who is", ["wie is die"] = "who is",
        ["hoort bij"] = "belongs to", ["wie was er allemaal"] = "who was", ["wie waren er allemaal"] = "who was",
        ["aan tafel"] = string.Empty, ["aan de hand"] = string.Empty,
        ["zich zorgen"] = "worried", ["bang voor"] = "afraid of", ["van wie is"] = "who wrote", ["de journalist achter"] = "the author of",
        ["waarvoor kan ik je gebruiken"] = "what can you do", ["waarvoor kan ik jou gebruiken"] = "what can you do",
        ["zit er een mens achter"] = "are you a human", ["denk je dat"] = "do you think", ["denk jij dat"] = "do you think",
        ["op in"] = "become part of",
    }), hyphens: true);

    // One word each, as written; English finds those written without their diaeresis.
    private static readonly Dictionary<string, string> Words = ReaderTables.WithVerbForms(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Question words.
        ["wie"] = "who", ["wat"] = "what", ["wa"] = "what", ["wanneer"] = "when", ["wnr"] = "when", ["waar"] = "where",
        ["waarom"] = "why", ["wrm"] = "why", ["hoezo"] = "why", ["hoe"] = "how", ["hoeveel"] = "how much", ["welk"] = "which",
        ["welke"] = "which", ["waarover"] = "about what", ["waarmee"] = "with what", ["waarvoor"] = "what for",
        ["waarheen"] = "where", ["vanwaar"] = "where from",
        // Articles, prepositions, pronouns and their contractions.
        ["de"] = "the", ["het"] = "the", ["'t"] = "the", ["een"] = "a", ["'n"] = "a", ["ne"] = "a", ["nen"] = "a",
        ["van"] = "of", ["voor"] = "for", ["met"] = "with", ["aan"] = "to", ["naar"] = "to", ["tot"] = "until", ["op"] = "on",
        ["in"] = "in", ["bij"] = "at", ["uit"] = "from", ["over"] = "about", ["om"] = "about", ["tegen"] = "against",
        ["tussen"] = "between", ["zonder"] = "without", ["na"] = "after", ["sinds"] = "since", ["tijdens"] = "during",
        ["volgens"] = "according to", ["door"] = "by", ["per"] = "per", ["onder"] = "under", ["rond"] = "around",
        ["en"] = "and", ["of"] = "or", ["maar"] = "but", ["als"] = "if", ["dan"] = "then", ["dus"] = "so", ["want"] = "because",
        ["omdat"] = "because", ["dat"] = "that", ["da"] = "that", ["die"] = "that", ["dit"] = "this", ["deze"] = "this",
        ["er"] = string.Empty, ["ervan"] = "about it", ["erover"] = "about it", ["ermee"] = "with it", ["eraan"] = "about it",
        ["erbij"] = "there", ["ik"] = "I", ["jij"] = "you", ["je"] = "you", ["ge"] = "you", ["gij"] = "you", ["u"] = "you",
        ["jullie"] = "you", ["hij"] = "he", ["zij"] = "they", ["ze"] = "they", ["we"] = "we", ["wij"] = "we",
        ["mij"] = "me", ["me"] = "me", ["mijn"] = "my", ["jouw"] = "your", ["zijn"] = "are", ["haar"] = "her", ["hun"] = "their",
        ["ons"] = "us", ["iets"] = "something", ["iemand"] = "anyone", ["niemand"] = "nobody", ["niets"] = "nothing",
        ["niks"] = "nothing", ["alles"] = "everything", ["allemaal"] = "all", ["ander"] = "other", ["andere"] = "other",
        // Adverbs and particles.
        ["ook"] = "also", ["nog"] = "still", ["al"] = "already", ["niet"] = "not", ["nie"] = "not", ["geen"] = "no",
        ["wel"] = string.Empty, ["eigenlijk"] = string.Empty, ["trouwens"] = string.Empty, ["even"] = string.Empty,
        ["ff"] = string.Empty, ["nou"] = string.Empty, ["toch"] = string.Empty, ["zo"] = "so", ["nu"] = "now",
        ["precies"] = "exactly", ["echt"] = "really", ["ongeveer"] = "about", ["meer"] = "more", ["veel"] = "much",
        ["samen"] = "together", ["alleen"] = "alone", ["weer"] = "again", ["opnieuw"] = "again", ["daar"] = "there",
        ["hier"] = "here", ["toen"] = "then", ["later"] = "later", ["straks"] = "later", ["allez"] = string.Empty,
        ["amai"] = string.Empty, ["hè"] = string.Empty, ["he"] = string.Empty, ["ja"] = "yes", ["nee"] = "no", ["neen"] = "no",
        ["oké"] = "ok", ["ok"] = "ok", ["eens"] = string.Empty, ["waarschijnlijk"] = "probably",
        // Being, having and the verbs every question leans on.
        ["is"] = "is", ["ben"] = "am", ["bent"] = "are", ["zijt"] = "are", ["was"] = "was", ["waren"] = "were",
        ["wordt"] = "is", ["worden"] = "are", ["werd"] = "was", ["werden"] = "were", ["heeft"] = "has",
        ["hebben"] = "have", ["heb"] = "have", ["hebt"] = "have", ["had"] = "had", ["hadden"] = "had", ["zal"] = "will",
        ["zullen"] = "will", ["zou"] = "would", ["zouden"] = "would", ["kan"] = "can", ["kun"] = "can", ["kunnen"] = "can",
        ["moet"] = "must", ["moeten"] = "must", ["wil"] = "want", ["willen"] = "want", ["gaat"] = "goes", ["gaan"] = "go",
        ["ging"] = "went", ["gingen"] = "went", ["komt"] = "comes", ["kwam"] = "came", ["doet"] = "does", ["doen"] = "do",
        ["deed"] = "did", ["deden"] = "did", ["gedaan"] = "done", ["geworden"] = "become",
        // The article's things.
        ["verdrag"] = "treaty", ["verdragen"] = "treaties", ["akkoord"] = "agreement", ["overeenkomst"] = "agreement",
        ["overeenkomsten"] = "agreements", ["afspraak"] = "agreement", ["afspraken"] = "agreements", ["deal"] = "deal",
        ["pact"] = "pact", ["geld"] = "money", ["miljard"] = "billion", ["miljoen"] = "million", ["roebel"] = "roubles",
        ["roebels"] = "roubles", ["jaar"] = "years", ["jaren"] = "years", ["grens"] = "border", ["grenzen"] = "borders",
        ["leger"] = "army", ["legers"] = "armies", ["militairen"] = "military", ["militair"] = "military",
        ["soldaten"] = "soldiers", ["troepen"] = "troops", ["defensie"] = "defence", ["verdediging"] = "defence",
        ["veiligheid"] = "security", ["gesprekken"] = "talks", ["onderhandelingen"] = "negotiations", ["overleg"] = "talks",
        ["besprekingen"] = "talks", ["vergadering"] = "meeting", ["vergaderingen"] = "meetings", ["ronde"] = "round",
        ["voorzitter"] = "chair", ["voorzitters"] = "chairs", ["covoorzitter"] = "co-chair", ["delegatie"] = "delegation",
        ["delegaties"] = "delegations", ["reactie"] = "reaction", ["reacties"] = "reactions", ["artikel"] = "article",
        ["artikeltje"] = "article", ["stuk"] = "piece", ["tekst"] = "text", ["auteur"] = "author", ["schrijver"] = "author",
        ["journalist"] = "journalist", ["naam"] = "name", ["datum"] = "date", ["dag"] = "day", ["plaats"] = "place",
        ["stad"] = "city", ["land"] = "country", ["landen"] = "countries", ["regio"] = "region", ["hoofdstad"] = "capital",
        ["president"] = "president", ["minister"] = "minister", ["ministerie"] = "ministry", ["regering"] = "government",
        ["woordvoerder"] = "spokesperson", ["woordvoerster"] = "spokesperson", ["buitenlandminister"] = "foreign minister",
        ["annexatie"] = "annexation", ["inlijving"] = "annexation", ["integratie"] = "integration", ["bondgenootschap"] = "alliance",
        ["verschil"] = "difference", ["verschillen"] = "differences", ["uitkomst"] = "outcome", ["resultaat"] = "result",
        ["resultaten"] = "results", ["besluit"] = "decision", ["situatie"] = "situation", ["stabiliteit"] = "stability",
        ["stabiel"] = "stable", ["rustig"] = "calm", ["waarschuwingsborden"] = "warning signs", ["borden"] = "signs",
        ["bord"] = "sign", ["grensborden"] = "border signs", ["oefeningen"] = "exercises", ["zorgen"] = "concerns",
        ["wereld"] = "world", ["mensen"] = "people", ["inwoners"] = "inhabitants", ["ding"] = "thing", ["dingen"] = "things",
        ["vraag"] = "question", ["vragen"] = "questions", ["mening"] = "opinion", ["samenvatting"] = "summary",
        ["bot"] = "bot", ["robot"] = "robot", ["mens"] = "human", ["persoon"] = "person", ["pagina's"] = "pages",
        ["eerste"] = "first", ["volgende"] = "next", ["vorige"] = "previous", ["laatste"] = "last", ["nieuwe"] = "new",
        ["nieuw"] = "new", ["oud"] = "old", ["groot"] = "big", ["lang"] = "long", ["goed"] = "good", ["slecht"] = "bad",
        ["officieel"] = "official", ["officiële"] = "official", ["internationale"] = "international",
        ["internationaal"] = "international", ["sociaal"] = "social", ["economisch"] = "economic", ["economische"] = "economic",
        // The places and people of the article, and what Dutch calls them.
        ["rusland"] = "Russia", ["ruslands"] = "Russia's", ["russische"] = "Russian", ["russisch"] = "Russian",
        ["russen"] = "Russians", ["georgië"] = "Georgia", ["georgiës"] = "Georgia's", ["georgische"] = "Georgian",
        ["georgisch"] = "Georgian", ["georgiërs"] = "Georgians", ["abchazië"] = "Abkhazia", ["abchazie"] = "Abkhazia",
        ["abkhazië"] = "Abkhazia", ["abchazische"] = "Abkhaz", ["abchazen"] = "Abkhaz", ["ossetië"] = "Ossetia",
        ["osseten"] = "Ossetians", ["osseetse"] = "Ossetian", ["ossetische"] = "Ossetian", ["zuid"] = "South",
        ["genève"] = "Geneva", ["moskou"] = "Moscow", ["brussel"] = "Brussels", ["tbilisi"] = "Tbilisi",
        ["tsjchinvali"] = "Tskhinvali", ["tschinvali"] = "Tskhinvali", ["tsinvali"] = "Tskhinvali", ["soechoemi"] = "Sukhumi",
        ["soekhoemi"] = "Sukhumi", ["krim"] = "Crimea", ["oekraïne"] = "Ukraine", ["amerika"] = "America",
        ["amerikaanse"] = "American", ["amerikanen"] = "Americans", ["vs"] = "US", ["navo"] = "NATO", ["vn"] = "UN",
        ["ovse"] = "OSCE", ["europese"] = "European", ["kremlin"] = "Kremlin", ["poetin"] = "Putin", ["medvedev"] = "Medvedev",
        ["medvedjev"] = "Medvedev", ["tibilov"] = "Tibilov", ["karasin"] = "Karasin", ["mogherini"] = "Mogherini",
        ["psaki"] = "Psaki", ["lavrov"] = "Lavrov",
        // Months.
        ["januari"] = "January", ["februari"] = "February", ["maart"] = "March", ["april"] = "April", ["mei"] = "May",
        ["juni"] = "June", ["juli"] = "July", ["augustus"] = "August", ["september"] = "September", ["oktober"] = "October",
        ["november"] = "November", ["december"] = "December",
        // Small talk.
        ["hoi"] = "hi", ["hallo"] = "hello", ["hey"] = "hey", ["goeiedag"] = "hello", ["goedendag"] = "hello", ["doei"] = "bye",
        ["doeg"] = "bye", ["dankjewel"] = "thank you", ["dankuwel"] = "thank you", ["bedankt"] = "thanks", ["dank"] = "thanks",
        ["merci"] = "thanks", ["top"] = "great", ["super"] = "great", ["mooi"] = "great", ["sorry"] = "sorry",
        ["helpen"] = "help", ["hulp"] = "help", ["salut"] = string.Empty,
        // Words of the article's topics as readers write them.
        ["ondertekening"] = "signing", ["ondertekenaars"] = "signatories", ["handtekening"] = "signature",
        ["titel"] = "title", ["volledige"] = "full", ["looptijd"] = "term", ["hiermee"] = "with this", ["toevallig"] = string.Empty,
        ["speciale"] = "special", ["ingepikt"] = "annexed", ["inpikken"] = "annex", ["naartoe"] = "to", ["voorzien"] = "allocated",
        ["uitgetrokken"] = "allocated", ["qua"] = "in", ["zo'n"] = "such a", ["sloot"] = "signed", ["sloten"] = "signed",
        ["eerder"] = "before", ["vergelijkbaar"] = "similar", ["vergelijkbaars"] = "similar",
        ["verder"] = "further", ["eindtekst"] = "final text", ["vraagje"] = "question", ["functie"] = "role",
        ["domme"] = "stupid", ["gebied"] = "region", ["probleem"] = "issue", ["europa"] = "Europe", ["wss"] = "probably",
        ["onderwerpen"] = "topics", ["onderwerp"] = "topic", ["aanwezig"] = "present", ["bang"] = "afraid",
        ["rustiger"] = "calmer", ["uitgekomen"] = "outcome", ["sessie"] = "session", ["achter"] = "behind", ["oorlog"] = "war",
        ["samenvatten"] = "summarize", ["zich"] = string.Empty,
    },
    // The verbs of the article's topics: what one does ("sign"), what one did ("signed"), and their Dutch forms now and
    // before ("teken", "tekent", "tekenen"; "tekende", "tekenden", "getekend").
    [
        ("sign", "signed", "teken tekent tekenen onderteken ondertekent ondertekenen", "tekende tekenden getekend ondertekende ondertekenden ondertekend"),
        ("pledge", "pledged", "beloof belooft beloven toezeggen", "beloofde beloofden beloofd toegezegd"),
        ("give", "gave", "geef geeft geven", "gaf gaven gegeven"),
        ("get", "got", "krijg krijgt krijgen ontvangt ontvangen", "kreeg kregen gekregen ontving ontvingen"),
        ("pay", "paid", "betaal betaalt betalen", "betaalde betaalden betaald"),
        ("send", "sent", "stuur stuurt sturen", "stuurde stuurden gestuurd"),
        ("spend", "spent", "besteed besteedt besteden", "besteedde besteedden"),
        ("react", "reacted", "reageer reageert reageren", "reageerde reageerden gereageerd"),
        ("say", "said", "zeg zegt zeggen", "zei zeiden gezegd"),
        ("think", "thought", "vind vindt vinden denk denkt denken", "vond vonden gevonden dacht dachten gedacht"),
        ("last", "lasted", "duur duurt duren", "duurde duurden geduurd"),
        ("last", "lasted", "geldt gelden", "gold golden gegolden"),
        ("meet", "met", "ontmoet ontmoeten vergader vergadert vergaderen", "ontmoette ontmoetten vergaderde vergaderden vergaderd"),
        ("chair", "chaired", "voorzitten", "voorgezeten"),
        ("lead", "led", "leid leidt leiden", "leidde leidden geleid"),
        ("write", "wrote", "schrijf schrijft schrijven", "schreef schreven geschreven"),
        ("happen", "happened", "gebeurt gebeuren", "gebeurde gebeurden gebeurd"),
        ("discuss", "discussed", "bespreek bespreekt bespreken", "besprak bespraken"),
        ("talk", "talked", "praat praten", "praatte praatten gepraat"),
        ("annex", "annexed", "annexeer annexeert annexeren", "annexeerde annexeerden geannexeerd"),
        ("condemn", "condemned", "veroordeel veroordeelt veroordelen", "veroordeelde veroordeelden veroordeeld"),
        ("recognize", "recognized", "erken erkent erkennen", "erkende erkenden erkend"),
        ("defend", "defended", "verdedig verdedigt verdedigen", "verdedigde verdedigden verdedigd"),
        ("protect", "protected", "bescherm beschermt beschermen", "beschermde beschermden beschermd"),
        ("guard", "guarded", "bewaak bewaakt bewaken", "bewaakte bewaakten"),
        ("mean", "meant", "betekent betekenen bedoel bedoelt bedoelen", "betekende betekenden bedoelde bedoelden bedoeld"),
        ("ensure", "ensured", "zorgt garandeer garandeert garanderen", "zorgde zorgden gezorgd garandeerde garandeerden gegarandeerd"),
        ("refer", "referred", "verwijs verwijst verwijzen", "verwees verwezen"),
        ("call", "called", "heet heten noem noemt noemen", "heette heetten noemde noemden genoemd"),
        ("take part", "took part", "deelnemen", "deelgenomen"),
        ("worry", "worried", "bezorgd", "verontrust"),
        ("warn", "warned", "waarschuw waarschuwt waarschuwen", "waarschuwde waarschuwden gewaarschuwd"),
        ("damage", "damaged", "beschadig beschadigt beschadigen", "beschadigde beschadigden beschadigd"),
        ("complain", "complained", "klaag klaagt klagen", "klaagde klaagden geklaagd"),
        ("join", "joined", "aansluiten", "aangesloten"),
        ("agree", "agreed", "afspreken", "afgesproken"),
        ("help", "helped", "help helpt", "hielp hielpen geholpen"),
        ("work", "worked", "werk werkt werken", "werkte werkten gewerkt"),
        ("live", "lived", "woon woont wonen", "woonde woonden gewoond"),
        ("know", "knew", "weet weten ken kent kennen", "wist wisten"),
        ("mention", "mentioned", "noemt vermeldt", "vermeld vermeldde"),
        ("renew", "renewed", "verleng verlengt verlengen", "verlengde verlengden verlengd"),
        ("expire", "expired", "aflopen", "afgelopen"),
        ("integrate", "integrated", "integreer integreert integreren", "integreerde integreerden geïntegreerd"),
        ("merge", "merged", "fuseert fuseren", "fuseerde gefuseerd"),
    ]);

    // The words written without their diaeresis or accent ("Georgie", "Geneve"), where that is no other word of the table.
    private static readonly Dictionary<string, string> Unaccented = Words
        .Select(entry => (Key: Accents.Strip(entry.Key), entry.Value))
        .Where(entry => !Words.ContainsKey(entry.Key))
        .GroupBy(entry => entry.Key, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First().Value, StringComparer.Ordinal);

    // Words of the table that English writes too, left as they are in an English sentence ("Putin and Tibilov signed it,
    // toch?", "wat is het geld situation, how much is moscow paying"): "of", "over" and "me" keep their English meaning.
    private static readonly HashSet<string> EnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "is", "was", "of", "over", "me", "we", "had", "op", "per", "top", "super", "deal", "pact", "bot", "hey", "ok",
        "sorry", "help", "president", "minister", "journalist", "land", "april", "september", "november", "december",
        "dan", "want", "al", "die", "he", "ben", "even", "dag", "u", "door", "been", "hier", "nu",
    };

    // Words neither English, German nor Afrikaans writes; those one of them, a chat typo or a name shares ("wie", "wat",
    // "het", "hoe", "van", "ben", "allez") count with another only. "de", "en", "met", "is", "dat", "dit" and
    // German's "Geld", "Artikel", "Krim" and "waren" are no sign at all.
    private static readonly MarkerWords Markers = new(
    [
        // Question words, function words and the verbs every question leans on.
        "wie", "wat", "wanneer", "waar", "waarom", "hoe", "hoeveel", "hoelang", "welke", "waarover", "het", "een", "van",
        "niet", "ook", "heeft", "hebben", "hebt", "zijn", "zijt", "werd", "werden", "wordt", "worden", "zal", "zullen", "kun",
        "kunnen", "jij", "jullie", "gij", "ik", "mij", "mijn", "jouw", "hij", "zij", "ze", "ervan", "ermee", "erover",
        "eigenlijk", "trouwens", "allemaal", "toch", "klopt", "nog", "naar", "bij", "uit", "deze", "voor", "maar", "hè",
        "allez", "amai", "zei", "zeiden", "zegt", "gebeurt", "gebeurde", "gebeurd", "vind", "vindt", "vond", "vonden",
        "krijgt", "krijgen", "kreeg", "kregen", "geldt", "betekent", "gaat", "heet", "werkt", "vertel",
        // The article's acts and things.
        "getekend", "ondertekend", "tekende", "tekenden", "beloofd", "beloofde", "betaald", "betaalde", "gegeven",
        "gereageerd", "reageerde", "reageerden", "geschreven", "geannexeerd", "verdrag", "verdragen", "overeenkomst",
        "afspraken", "roebels", "roebel", "miljard", "leger", "grens", "grenzen", "gesprekken", "onderhandelingen",
        "voorzitter", "delegatie", "volgende", "ronde", "uitkomst", "verschil", "waarschuwingsborden", "zuid", "rusland",
        "georgië", "georgie", "abchazië", "abchazie", "genève", "moskou", "poetin", "navo",
        // Small talk.
        "doei", "dankjewel", "bedankt", "goedemorgen", "goedemiddag", "goedenavond", "goeiemorgen", "goeiemiddag",
        "alsjeblieft", "fijne", "ben", "bent", "dank",
        // Words of the article's topics only Dutch writes.
        "troepen", "strijdkrachten", "looptijd", "ondertekening", "ondertekenaars", "handtekening", "veroordeelt", "erkent",
        "eerder", "vergelijkbaars", "hetzelfde", "eindtekst", "vraagje", "grensborden", "reacties", "waarvoor", "achter",
        "ingepikt", "samenvatten", "aangekaart", "bedoelen", "zat", "zaten",
    ],
    ["wie", "wat", "hoe", "het", "een", "van", "zal", "ik", "hij", "ze", "nog", "voor", "hè", "allez", "zuid",
        "rusland", "georgië", "georgie", "genève", "ben", "bent", "dank", "maar", "ronde", "achter", "erkent", "zat", "zaten"]);

    // Words only Afrikaans writes ("wie het die ding geteken?", "hoe lank is die verdrag geldig?"): RegionalEnglish reads them.
    private static readonly MarkerWords Afrikaans = new(
        ["geteken", "gesê", "sê", "lank", "jy", "ek", "hoekom", "baie", "dankie", "julle", "weermag", "belowe", "ooreenkoms", "nie"], []);

    // A word, or the English of a phrase, marked so that its words are not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+(?:'\\p{L}+)?|'[tn]\\b")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:the|are|did|does|do|what|who|when|where|how|which|why|it|they|this|with|about|you|can|will|has|have|his|her|their|signed|money|right|too|much|many)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    // "toch?", "hè?", "klopt dat?", "of niet?", "niet?", "ja?" at the end: whether it is so.
    [GeneratedRegex(@"[,\s]+(?:toch|hè|he|klopt\s+dat|klopt\s+het|of\s+niet|of\s+nie|niet\s+dan|niet|nie|ja|right)(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    // "the next round is in september, hè?", "klopt dat?": a tag only Dutch puts after an English sentence.
    [GeneratedRegex(@",\s*(?:hè|toch|klopt\s+dat|klopt\s+het|niet\s+dan)\s*[?!.]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DutchTag();

    // "heeft getekend", "hebben gezegd": the past, as the English past says it ("signed", "said"), without "has".
    [GeneratedRegex(@"\b(?:heeft|hebben|hebt|heb)\s+(?=(?:\p{L}+\s+){0,4}(?:ge\p{L}{3,}|ondertekend|beloofd|besproken|vermeld|erkend|veroordeeld|verdedigd|verlengd)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();

    // "wat zei de EU?", "wat zeiden Abchazië en Zuid-Ossetië over de NAVO?", "wat vond Amerika ervan?": the one who said
    // it runs up to what it was about, or to the end.
    [GeneratedRegex(@"\b(?:wat|wa)\s+(?<verb>zei|zeiden|zegt|zeggen|vond|vonden|vindt|vinden|deed|deden|doet|doen)\s+(?<who>[^?.!,;]+?)(?=\s+(?:over|in|op|van(?!\s+buitenlandse)|tegen|bij|aan|met|tijdens|na|ervan|erover|daarover|daarvan|toen|dan|nu|eigenlijk|trouwens|precies)\b|\s*[?.!,;]|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex WhatSaid();

    // "wie is Leonid Tibilov?", "wie was voorzitter?": German asks "wer ist", and "wie ist" how it is.
    [GeneratedRegex(@"^\W*(?:en\s+)?wie\s+(?:is|was|zijn|waren|heeft|hebben)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoIs();

    [GeneratedRegex(@"(?<![\p{L}'])(?:het|'t)(?=\s*(?:[?!.,]|$)|\s+(?:ge\p{L}{3,}|ondertekend|besproken|trouwens|eigenlijk|ook|nog|niet|nie|allemaal|dan|nu|precies)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex It();

    // "tot later", "denk je dat ...", "Karasin, wie is dat?": what only Dutch writes, though each word is another's too.
    [GeneratedRegex(@"\b(?:tot\s+(?:later|ziens|straks)|denk\s+(?:je|jij)\s+dat|wie\s+is\s+(?:dat|die)\s*[?!.]*\s*$)|^\W*dag\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex DutchOnly();

    [GeneratedRegex(@"^\W*dag\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(\W*(?:bedankt|dankjewel|dank\s+je(?:\s+wel)?|dank\s+u(?:\s+wel)?|merci)),?\s+(?:hè|he)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThanksTag();

    [GeneratedRegex(@"\b(?:zat|zaten)\s+((?:[^\s?!.,]+\s+){0,5}?[^\s?!.,]+)\s+voor(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ChairedBy();

    // "en waar?", "en wanneer is de volgende?", "en over de NAVO?": a follow-up only Dutch opens so.
    [GeneratedRegex(@"^\W*[Ee]n\s+(?:waar|wanneer|wie|wat|hoe|waarom|hoeveel|over|de|het|toen|nu)\b")]
    private static partial Regex FollowUp();
}
