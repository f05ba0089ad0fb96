using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Swedish, Danish and Norwegian as Scandinavian readers mix them into their English chat, from a few words up to whole
/// questions, read with one table since the three share most of their words: "vem skrev under avtalet?" and "hvem
/// underskrev aftalen?" are "who signed the agreement?", "hur mycket pengar fick Abchazien?" how much money Abkhazia got,
/// "hvornår blev aftalen underskrevet?" when the agreement was signed, "var skrevs avtalet under?" where it was signed,
/// "vad heter avtalet?" what the agreement is called, "hvad sagde Georgiens udenrigsministerium?" what Georgia's foreign
/// ministry said, "är du en människa?" are you a human, "hva kan du hjelpe meg med?" what you can help with. Read word
/// for word (the bot reads words, not word order), with or without their letters å, ä, ö, æ, ø ("nar", "hvornar"),
/// nouns with their article at the end ("avtalet", "aftalen", "gränsen" the agreement, the border), the verbs of the
/// article's topics in their forms ("undertecknade", "underskrevet", "lovade", "sagde", "reagerte") and the names of its
/// places and people as the three write them ("Sydossetien", "Sør-Ossetia", "Abchazien", "Abkhasien", "Ryssland",
/// "Genève"). Only in a message with a word English, German and Dutch have not ("vad", "hvad", "hvem", "är", "också",
/// "avtalet") or two it shares with them ("vem", "hej", "tack", "om", "med"), so that "tack", "hej" or Portuguese "vem"
/// elsewhere keep their meaning; a follow-up it closes ("och Sokhumi då?") is enough too.
/// </summary>
internal static partial class Scandinavian
{
    /// <summary>Whether <paramref name="text"/> has the marker words of Swedish, Danish or Norwegian.</summary>
    public static bool IsIn(string text) => Markers.AreIn(text);

    /// <summary><paramref name="text"/> with Swedish, Danish and Norwegian words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!Markers.AreIn(text))
        {
            return text;
        }

        text = text.Replace('\u2019', '\'');
        // "the treaty lasts 25 years, ikke?": in an English sentence "at", "her", "men" and "under" are English.
        var english = EnglishWord().IsMatch(text);
        // "the treaty lasts 25 years, eller hur?", "25 år, ikke?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "var skrevs avtalet under?": Swedish "var" opens a question of where; elsewhere it is "was".
        text = OpeningVar().Replace(text, "${before}\u0001where\u0002");
        // "vem skrev under avtalet?", "var skrevs avtalet under?": Swedish signs "under", before or after what is signed.
        text = SignedUnder().Replace(text, m => (m.Groups["passive"].Success ? "\u0001was signed\u0002" : "\u0001signed\u0002") + m.Groups["what"].Value);
        // "vad sa EU om avtalet?", "hvad sagde Georgiens udenrigsministerium?": what the EU said, in English order ("what
        // said" reads as something said).
        text = WhatSaid().Replace(text, WhatWasDone);
        text = Phrases.InEnglish(text);
        // The English of a phrase stays as it is; each other word is read.
        return Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && EnglishToo.Contains(m.Value) ? m.Value
            : English(m.Value) ?? m.Value);
    }

    // "sa" asks what one did say, "säger" what one does say: the auxiliary before the subject, the verb after it.
    private static string WhatWasDone(Match m)
    {
        var (auxiliary, verb) = m.Groups["verb"].Value.ToLowerInvariant() switch
        {
            "sa" or "sade" or "sagde" => ("did", "say"),
            "säger" or "siger" or "sier" => ("does", "say"),
            "tyckte" or "mente" or "syntes" => ("did", "think"),
            "tycker" or "mener" or "synes" => ("does", "think"),
            _ => ("did", "do"),
        };
        return $"\u0001what {auxiliary}\u0002 {m.Groups["who"].Value} \u0001{verb}\u0002";
    }

    // The English of one word: as written, else without its å, ä, ö ("nar", "hvornar", "arme").
    private static string? English(string word)
    {
        var lower = word.ToLowerInvariant();
        return Words.TryGetValue(lower, out var english) || Unaccented.TryGetValue(Plain(lower), out english) ? english : null;
    }

    // "æ" and "ø" are letters of their own, which Accents leaves: typed without them they are "ae" and "o".
    private static string Plain(string word) => Accents.Strip(word.Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "o", StringComparison.Ordinal));

    // Several words that mean one thing, read before the words one by one; each also without its å, ä, ö.
    private static readonly Phrasebook Phrases = new(ReaderTables.MarkedWithUnaccented(new Dictionary<string, string>
    {
        // Question words.
        ["hur mycket"] = "how much", ["hur många"] = "how many", ["hur länge"] = "how long", ["hur lång"] = "how long",
        ["hvor meget"] = "how much", ["hvor mye"] = "how much", ["hvor mange"] = "how many", ["hvor længe"] = "how long",
        ["hvor lenge"] = "how long", ["hvor lang"] = "how long", ["hvor lange"] = "how long", ["hur gammal"] = "how old",
        ["hvor gammel"] = "how old", ["hur stor"] = "how big", ["hvor stor"] = "how big", ["vad för"] = "what kind of",
        ["vilken dag"] = "what day", ["hvilken dag"] = "what day", ["vilket datum"] = "what date", ["hvilken dato"] = "what date",
        ["vad heter"] = "what is the name of", ["hvad hedder"] = "what is the name of", ["hva heter"] = "what is the name of",
        ["vad hette"] = "what was the name of", ["hvad hed"] = "what was the name of", ["hva het"] = "what was the name of",
        ["vad betyder"] = "what does mean", ["hvad betyder"] = "what does mean", ["hva betyr"] = "what does mean",
        ["vad händer med"] = "what happens to", ["hvad sker der med"] = "what happens to", ["hva skjer med"] = "what happens to",
        ["vad hände med"] = "what happened to", ["hvad skete der med"] = "what happened to", ["hva skjedde med"] = "what happened to",
        ["vad hände"] = "what happened", ["hvad skete der"] = "what happened", ["hvad skete"] = "what happened",
        ["hva skjedde"] = "what happened", ["vad händer"] = "what happens", ["hvad sker der"] = "what happens",
        ["hva skjer"] = "what happens", ["handlar om"] = "is about", ["handler om"] = "is about", ["vad oroar"] = "what worries",
        ["hvad bekymrer"] = "what worries", ["hva bekymrer"] = "what worries",
        ["med saken att göra"] = "to do with it", ["med det at gøre"] = "to do with it", ["med det å gjøre"] = "to do with it",
        ["med saken å gjøre"] = "to do with it", ["att göra med"] = "to do with", ["at gøre med"] = "to do with",
        ["å gjøre med"] = "to do with", ["för något"] = string.Empty, ["for noget"] = string.Empty, ["for noe"] = string.Empty,
        ["adskiller sig"] = "differs", ["skiljer sig"] = "differs", ["skiller seg"] = "differs",
        ["skrev på"] = "signed",
        ["blev underskrevet"] = "was signed", ["ble underskrevet"] = "was signed", ["ble signert"] = "was signed",
        ["blev undertecknat"] = "was signed", ["blev underskrivet"] = "was signed", ["vad kan du hjälpa mig med"] = "what can you help me with", ["hvad kan du hjælpe mig med"] = "what can you help me with",
        ["hva kan du hjelpe meg med"] = "what can you help me with", ["vad kan du"] = "what can you do",
        ["hvad kan du"] = "what can you do", ["hva kan du"] = "what can you do", ["kan du hjälpa mig med"] = "can you help me with",
        ["kan du hjælpe mig med"] = "can you help me with", ["kan du hjelpe meg med"] = "can you help me with",
        ["hur fungerar"] = "how does work", ["hvordan virker"] = "how does work", ["hvordan fungerer"] = "how does work",
        ["är du"] = "are you", ["er du"] = "are you", ["tycker du"] = "do you think", ["synes du"] = "do you think",
        ["mener du"] = "do you think",
        ["berätta om"] = "tell me about", ["fortæl om"] = "tell me about", ["fortell om"] = "tell me about",
        // Being, having been, and what it comes to.
        ["finns det"] = "is there", ["fanns det"] = "was there", ["er der"] = "is there", ["var der"] = "was there",
        ["finnes det"] = "is there", ["var ordförande"] = "chaired", ["var formand"] = "chaired", ["var leder"] = "led",
        ["ledde förhandlingarna"] = "led the talks", ["i kraft"] = "in force", ["varje år"] = "every year", ["hvert år"] = "every year",
        ["per år"] = "per year", ["om året"] = "a year",
        // The people and places of the article.
        ["sør ossetia"] = "South Ossetia", ["syd ossetien"] = "South Ossetia", ["södra ossetien"] = "South Ossetia",
        ["nord ossetien"] = "North Ossetia", ["förenta staterna"] = "US", ["de forente stater"] = "US", ["europeiska unionen"] = "EU",
        ["den europæiske union"] = "EU", ["förenta nationerna"] = "UN", ["de forenede nationer"] = "UN",
        ["vita huset"] = "White House", ["det hvide hus"] = "White House", ["det hvite hus"] = "White House",
        // The article's things.
        ["augusti 2008 avtalen"] = "August 2008 agreements", ["august 2008 aftalerne"] = "August 2008 agreements",
        ["allians och integration"] = "alliance and integration", ["alliance og integration"] = "alliance and integration",
        ["strategiskt partnerskap"] = "strategic partnership", ["strategisk partnerskab"] = "strategic partnership",
        ["sikkerhed og forsvar"] = "security and defence", ["säkerhet och försvar"] = "security and defence",
        ["väpnade styrkor"] = "armed forces", ["væbnede styrker"] = "armed forces", ["væpnede styrker"] = "armed forces",
        // What a question is after, as the three say it ("hvad er det for en aftale": what the agreement is).
        ["er det for en"] = "is the", ["er det for et"] = "is the", ["er det for ei"] = "is the", ["var det for en"] = "was the",
        ["var det for et"] = "was the", ["är det för en"] = "is the", ["är det för ett"] = "is the", ["var det för en"] = "was the",
        ["var det för ett"] = "was the", ["för nåt"] = string.Empty, ["for nåt"] = string.Empty,
        ["går ut på"] = "is about", ["går ut"] = "expires", ["hvem mer"] = "who else", ["vem mer"] = "who else",
        ["hvem mere"] = "who else", ["vem mera"] = "who else", ["hva kalles"] = "what is the name of",
        ["vad kallas"] = "what is the name of", ["hvad kaldes"] = "what is the name of",
        ["fandt sted"] = "took place", ["fant sted"] = "took place", ["ägde rum"] = "took place",
        ["samma dag som"] = "the same day as", ["samme dag som"] = "the same day as",
        ["kommit överens"] = "agreed", ["kommet overens"] = "agreed", ["blev enige"] = "agreed", ["ble enige"] = "agreed",
        ["blev de enige"] = "did they agree", ["ble de enige"] = "did they agree",
        ["kom de fram till"] = "did they agree on", ["kom de frem til"] = "did they agree on", ["kom fram till"] = "agreed on",
        ["kom frem til"] = "agreed on", ["fram till"] = "until", ["frem til"] = "until",
        ["en del av"] = "part of", ["en del af"] = "part of", ["slås ihop"] = "merged", ["slås samman"] = "merged",
        ["slås sammen"] = "merged", ["for alltid"] = "forever", ["för alltid"] = "forever", ["for altid"] = "forever",
        ["for evigt"] = "forever", ["samma sak"] = "the same thing", ["samme sak"] = "the same thing",
        ["samme ting"] = "the same thing", ["eget land"] = "own country", ["egen stat"] = "own state",
        ["vad menas med"] = "what is meant by", ["hva menes med"] = "what is meant by", ["hvad menes med"] = "what is meant by",
        ["tog sagen op"] = "raised the issue", ["tog saken opp"] = "raised the issue", ["tog upp frågan"] = "raised the issue",
        ["tog upp saken"] = "raised the issue", ["vände sig till"] = "turned to", ["vendte sig til"] = "turned to",
        ["vendte seg til"] = "turned to", ["var med på"] = "took part in", ["var med i"] = "took part in",
        ["strider mot"] = "contradicts", ["strider imod"] = "contradicts", ["passer på"] = "guards",
        ["bedt om"] = "asked", ["ombedt om"] = "asked", ["kommer att"] = "will", ["kommer til å"] = "will",
        ["kommer til at"] = "will", ["har rätt"] = "is right", ["har ret"] = "is right", ["har rett"] = "is right",
        ["tror du"] = "do you think", ["mødes de"] = "do they meet", ["møtes de"] = "do they meet", ["möts de"] = "do they meet",
        ["träffas de"] = "do they meet", ["siger man"] = "do you say", ["säger man"] = "do you say", ["sier man"] = "do you say",
        ["fått löfte om"] = "been promised", ["fået løfte om"] = "been promised", ["fått løfte om"] = "been promised",
        ["andre lande"] = "other countries", ["andra länder"] = "other countries", ["andre land"] = "other countries",
        ["vi hörs"] = "talk to you later", ["vi høres"] = "talk to you later", ["vi snakkes"] = "talk to you later",
        ["jag drar"] = "I'm leaving", ["jeg drar"] = "I'm leaving", ["jeg smutter"] = "I'm leaving",
        ["på mötet"] = "at the meeting", ["på mødet"] = "at the meeting", ["på møtet"] = "at the meeting",
        ["sor ossetia"] = "South Ossetia", ["sor ossetien"] = "South Ossetia", ["sør ossetien"] = "South Ossetia",
        ["amerikanska utrikesdepartementet"] = "US State Department", ["amerikanske utenriksdepartementet"] = "US State Department",
        ["amerikanske udenrigsministerium"] = "US State Department", ["amerikanske udenrigsministerie"] = "US State Department",
        // Small talk.
        ["god morgon"] = "good morning", ["god morgen"] = "good morning", ["god dag"] = "hello", ["god kväll"] = "good evening",
        ["god aften"] = "good evening", ["god kveld"] = "good evening", ["hej då"] = "goodbye", ["hej hej"] = "hello",
        ["ha det"] = "goodbye", ["ha det bra"] = "goodbye", ["ha det godt"] = "goodbye", ["vi ses"] = "see you",
        ["tack så mycket"] = "thanks a lot", ["tusen tack"] = "thanks a lot", ["tusen takk"] = "thanks a lot",
        ["mange tak"] = "thanks a lot", ["tack tack"] = "thanks", ["takk skal du ha"] = "thank you", ["tak skal du have"] = "thank you",
        ["hur mår du"] = "how are you", ["hvordan har du det"] = "how are you", ["hvordan går det"] = "how are you",
        ["hur är läget"] = "how are you", ["läget"] = "how are you",
    }), hyphens: true);

    // One word each, as written; English finds those written without their å, ä, ö, æ, ø.
    private static readonly Dictionary<string, string> Words = ReaderTables.WithVerbForms(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Question words.
        ["vem"] = "who", ["hvem"] = "who", ["vilka"] = "who", ["hvilke"] = "which", ["vad"] = "what", ["hvad"] = "what",
        ["hva"] = "what", ["när"] = "when", ["hvornår"] = "when", ["når"] = "when", ["hvor"] = "where", ["varför"] = "why",
        ["hvorfor"] = "why", ["hur"] = "how", ["hvordan"] = "how", ["vilken"] = "which", ["vilket"] = "which",
        ["hvilken"] = "which", ["hvilket"] = "which", ["varifrån"] = "where from", ["hvorfra"] = "where from",
        // Articles, prepositions, pronouns.
        ["en"] = "a", ["ett"] = "a", ["et"] = "a", ["ei"] = "a", ["den"] = "the", ["det"] = "it", ["de"] = "the",
        ["dem"] = "them", ["detta"] = "this", ["denna"] = "this", ["dette"] = "this", ["denne"] = "this", ["i"] = "in",
        ["på"] = "on", ["om"] = "about", ["med"] = "with", ["mot"] = "against", ["mod"] = "against", ["till"] = "to",
        ["til"] = "to", ["från"] = "from", ["fra"] = "from", ["av"] = "of", ["af"] = "of", ["för"] = "for", ["for"] = "for",
        ["efter"] = "after", ["etter"] = "after", ["under"] = "under", ["mellan"] = "between", ["mellem"] = "between",
        ["mellom"] = "between", ["ved"] = "at", ["vid"] = "at", ["sig"] = string.Empty, ["seg"] = string.Empty, ["utan"] = "without", ["uden"] = "without", ["uten"] = "without", ["och"] = "and",
        ["og"] = "and", ["eller"] = "or", ["men"] = "but", ["att"] = "that", ["at"] = "that", ["å"] = "to", ["som"] = "that",
        ["der"] = string.Empty, ["man"] = "they", ["jag"] = "I", ["jeg"] = "I", ["eg"] = "I", ["du"] = "you", ["dig"] = "you",
        ["deg"] = "you", ["mig"] = "me", ["meg"] = "me", ["han"] = "he", ["hon"] = "she", ["hun"] = "she", ["vi"] = "we",
        ["ni"] = "you", ["dere"] = "you", ["deras"] = "their",
        ["deres"] = "their", ["något"] = "something", ["noget"] = "something", ["noe"] = "something", ["någon"] = "anyone",
        ["nogen"] = "anyone", ["noen"] = "anyone",
        // Adverbs and particles.
        ["också"] = "also", ["også"] = "too", ["inte"] = "not", ["ikke"] = "not", ["ikkje"] = "not", ["nu"] = "now",
        ["nå"] = "now", ["då"] = "then", ["så"] = "so", ["egentligen"] = string.Empty, ["egentlig"] = string.Empty,
        ["ens"] = "even", ["bara"] = "only", ["bare"] = "only", ["ja"] = "yes", ["nej"] = "no", ["nei"] = "no",
        ["igen"] = "again", ["igjen"] = "again", ["där"] = "there", ["här"] = "here", ["her"] = "here", ["väl"] = string.Empty,
        ["jo"] = string.Empty, ["vel"] = string.Empty, ["mycket"] = "much", ["meget"] = "much", ["mye"] = "much",
        ["många"] = "many", ["mange"] = "many", ["nästa"] = "next", ["næste"] = "next", ["neste"] = "next",
        ["första"] = "first", ["første"] = "first", ["sista"] = "last", ["sidste"] = "last", ["siste"] = "last",
        ["samma"] = "same", ["samme"] = "same", ["tillsammans"] = "together", ["sammen"] = "together",
        // Being, having and the verbs every question leans on.
        ["är"] = "is", ["er"] = "is", ["var"] = "was", ["varit"] = "been", ["været"] = "been", ["vært"] = "been", ["blev"] = "was",
        ["ble"] = "was", ["blir"] = "will be", ["bliver"] = "will be", ["har"] = "has", ["hade"] = "had", ["havde"] = "had",
        ["hadde"] = "had", ["ska"] = "will", ["skal"] = "will", ["skall"] = "will", ["kommer"] = "will", ["vil"] = "will",
        ["kan"] = "can", ["kunde"] = "could", ["kunne"] = "could", ["måste"] = "must", ["må"] = "must", ["skulle"] = "would",
        ["gör"] = "does", ["gjorde"] = "did", ["gør"] = "does", ["gjør"] = "does", ["finns"] = "is", ["fanns"] = "was",
        ["finnes"] = "is", ["göra"] = "do", ["gøre"] = "do", ["gjøre"] = "do",
        // The article's things; a noun's article stands at its end ("avtalet", "aftalen": the agreement).
        ["avtal"] = "agreement", ["avtalet"] = "the agreement", ["avtalen"] = "the agreement", ["avtale"] = "agreement",
        ["aftale"] = "agreement", ["aftalen"] = "the agreement", ["aftaler"] = "agreements", ["aftalerne"] = "the agreements",
        ["fördrag"] = "treaty", ["fördraget"] = "the treaty", ["traktat"] = "treaty", ["traktaten"] = "the treaty",
        ["överenskommelse"] = "agreement", ["överenskommelsen"] = "the agreement", ["pengar"] = "money", ["pengarna"] = "the money",
        ["penge"] = "money", ["pengene"] = "the money", ["penger"] = "money", ["miljarder"] = "billion", ["miljard"] = "billion",
        ["milliarder"] = "billion", ["milliard"] = "billion", ["miljoner"] = "million", ["millioner"] = "million",
        ["rubel"] = "roubles", ["rubler"] = "roubles", ["år"] = "years", ["året"] = "the year", ["gräns"] = "border",
        ["gränsen"] = "the border", ["gränserna"] = "the borders", ["grænse"] = "border", ["grænsen"] = "the border",
        ["grænserne"] = "the borders", ["grense"] = "border", ["grensen"] = "the border", ["grensene"] = "the borders",
        ["gränsskyltarna"] = "the border signs", ["gränsskyltar"] = "border signs", ["skyltar"] = "signs", ["skyltarna"] = "the signs",
        ["skilte"] = "signs", ["skiltene"] = "the signs", ["armé"] = "army", ["armén"] = "the army",
        ["hær"] = "army", ["hæren"] = "the army", ["militär"] = "military", ["militæret"] = "the military",
        ["militären"] = "the military", ["styrkor"] = "forces", ["styrker"] = "forces", ["styrkerne"] = "the forces",
        ["soldater"] = "soldiers", ["försvar"] = "defence", ["forsvar"] = "defence", ["säkerhet"] = "security",
        ["sikkerhed"] = "security", ["sikkerhet"] = "security", ["förhandlingar"] = "negotiations",
        ["förhandlingarna"] = "the negotiations", ["forhandlinger"] = "negotiations", ["forhandlingerne"] = "the negotiations",
        ["samtal"] = "talks", ["samtalen"] = "the talks", ["samtaler"] = "talks", ["samtalene"] = "the talks",
        ["møder"] = "meetings", ["møderne"] = "the meetings", ["møtene"] = "the meetings", ["möte"] = "meeting",
        ["mötet"] = "the meeting", ["mötena"] = "the meetings", ["runda"] = "round", ["rundan"] = "the round",
        ["förhandlingsrunda"] = "round of talks", ["runde"] = "round", ["runden"] = "the round", ["ordförande"] = "chair",
        ["formand"] = "chair", ["formænd"] = "chairs", ["delegation"] = "delegation", ["delegationen"] = "the delegation",
        ["delegasjonen"] = "the delegation", ["reaktion"] = "reaction", ["reaktionen"] = "the reaction", ["reaksjon"] = "reaction",
        ["reaksjonen"] = "the reaction", ["artikel"] = "article", ["artikeln"] = "the article", ["artiklen"] = "the article",
        ["artikkel"] = "article", ["artikkelen"] = "the article", ["texten"] = "the text", ["teksten"] = "the text",
        ["författare"] = "author", ["forfatter"] = "author", ["forfatteren"] = "the author", ["namn"] = "name",
        ["navn"] = "name", ["namnet"] = "the name", ["navnet"] = "the name", ["datum"] = "date", ["dato"] = "date",
        ["dag"] = "day", ["dagen"] = "the day", ["plats"] = "place", ["sted"] = "place", ["stad"] = "city",
        ["byen"] = "the city", ["staden"] = "the city", ["land"] = "country", ["landet"] = "the country",
        ["huvudstad"] = "capital", ["hovedstad"] = "capital", ["hovedstaden"] = "the capital", ["huvudstaden"] = "the capital",
        ["president"] = "president", ["presidenten"] = "the president", ["regering"] = "government", ["regeringen"] = "the government",
        ["regjeringen"] = "the government", ["utrikesministeriet"] = "foreign ministry", ["udenrigsministeriet"] = "foreign ministry", ["udenrigsministerium"] = "foreign ministry",
        ["utrikesdepartementet"] = "foreign ministry", ["udenrigsministeriums"] = "foreign ministry's",
        ["utenriksdepartementet"] = "foreign ministry", ["utrikesminister"] = "foreign minister", ["udenrigsminister"] = "foreign minister",
        ["talesperson"] = "spokesperson", ["talesmand"] = "spokesperson", ["talesmann"] = "spokesperson",
        ["annektering"] = "annexation", ["annekteringen"] = "the annexation", ["annektion"] = "annexation",
        ["skillnad"] = "difference", ["skillnaden"] = "the difference", ["forskel"] = "difference", ["forskellen"] = "the difference",
        ["forskjell"] = "difference", ["forskjellen"] = "the difference", ["resultat"] = "result", ["resultatet"] = "the result",
        ["handlar"] = "is about", ["handler"] = "is about", ["utfall"] = "outcome", ["utfallet"] = "the outcome", ["beslut"] = "decision", ["beslutning"] = "decision",
        ["situation"] = "situation", ["situationen"] = "the situation", ["situasjonen"] = "the situation",
        ["läget"] = "the situation", ["omvärlden"] = "the world", ["verden"] = "the world", ["världen"] = "the world",
        ["övningar"] = "exercises", ["øvelser"] = "exercises", ["människa"] = "human", ["menneske"] = "human",
        ["person"] = "person", ["folk"] = "people", ["invånare"] = "inhabitants", ["indbyggere"] = "inhabitants",
        ["innbyggere"] = "inhabitants", ["språk"] = "language", ["sprog"] = "language", ["bot"] = "bot",
        ["ai"] = "AI", ["sak"] = "thing", ["saken"] = "it", ["sagen"] = "it", ["ting"] = "thing", ["åsikt"] = "opinion",
        ["mening"] = "opinion", ["bra"] = "good", ["godt"] = "good", ["dålig"] = "bad", ["stor"] = "big",
        ["gammal"] = "old", ["gammel"] = "old", ["ny"] = "new", ["nya"] = "new", ["nye"] = "new", ["nytt"] = "new",
        ["officiella"] = "official", ["officielle"] = "official", ["offisielle"] = "official", ["internationella"] = "international",
        ["internationale"] = "international", ["internasjonale"] = "international",
        // The places and people of the article, and what the three call them.
        ["ryssland"] = "Russia", ["rysslands"] = "Russia's", ["rusland"] = "Russia", ["ruslands"] = "Russia's",
        ["russland"] = "Russia", ["russlands"] = "Russia's", ["ryska"] = "Russian", ["ryske"] = "Russian", ["russiske"] = "Russian",
        ["russisk"] = "Russian", ["ryssarna"] = "the Russians", ["russerne"] = "the Russians",
        ["sydossetien"] = "South Ossetia", ["sydossetiens"] = "South Ossetia's", ["sydossetiska"] = "South Ossetian",
        ["sydossetiske"] = "South Ossetian", ["sørossetiske"] = "South Ossetian", ["ossetien"] = "Ossetia", ["ossetia"] = "Ossetia",
        ["osseterna"] = "the Ossetians", ["osseterne"] = "the Ossetians", ["abchazien"] = "Abkhazia", ["abchaziens"] = "Abkhazia's",
        ["abkhasien"] = "Abkhazia", ["abkhasiens"] = "Abkhazia's", ["abkhasia"] = "Abkhazia", ["abkhasias"] = "Abkhazia's",
        ["abchaziska"] = "Abkhaz", ["abkhasiske"] = "Abkhaz", ["georgien"] = "Georgia", ["georgiens"] = "Georgia's",
        ["georgias"] = "Georgia's", ["georgiska"] = "Georgian", ["georgiske"] = "Georgian", ["georgierna"] = "the Georgians",
        ["georgierne"] = "the Georgians", ["genève"] = "Geneva", ["genéve"] = "Geneva",
        ["moskva"] = "Moscow", ["bryssel"] = "Brussels", ["bruxelles"] = "Brussels", ["tbilisi"] = "Tbilisi",
        ["tschinvali"] = "Tskhinvali", ["tskhinvali"] = "Tskhinvali", ["suchumi"] = "Sukhumi", ["sukhumi"] = "Sukhumi",
        ["krim"] = "Crimea", ["krimhalvön"] = "Crimea", ["ukraina"] = "Ukraine", ["usa"] = "US", ["usas"] = "US's",
        ["amerikanska"] = "American", ["amerikanske"] = "American", ["amerikanerna"] = "the Americans",
        ["amerikanerne"] = "the Americans", ["nato"] = "NATO", ["natos"] = "NATO's", ["eu"] = "EU", ["eus"] = "EU's", ["fn"] = "UN",
        ["osse"] = "OSCE", ["ossce"] = "OSCE", ["kreml"] = "Kremlin", ["putin"] = "Putin", ["medvedev"] = "Medvedev",
        ["medvedjev"] = "Medvedev", ["tibilov"] = "Tibilov", ["karasin"] = "Karasin", ["mogherini"] = "Mogherini",
        ["psaki"] = "Psaki", ["lavrov"] = "Lavrov",
        // Words of the story's questions: what it is about, the signing, the term, the money, Geneva, the reactions.
        ["sammanfattning"] = "summary", ["sammenfatning"] = "summary", ["sammendrag"] = "summary", ["resumé"] = "summary",
        ["opsummere"] = "summarize", ["oppsummere"] = "summarize", ["sammanfatta"] = "summarize", ["sammenfatte"] = "summarize",
        ["kort"] = "briefly", ["kortfattat"] = "briefly", ["offisielt"] = "officially", ["officiellt"] = "officially",
        ["officielt"] = "officially", ["underskrivelsen"] = "the signing", ["undertegningen"] = "the signing",
        ["signeringen"] = "the signing", ["undertecknandet"] = "the signing", ["byggnad"] = "building", ["bygning"] = "building",
        ["bygningen"] = "the building", ["byggnaden"] = "the building", ["koblingen"] = "the connection",
        ["kopplingen"] = "the connection", ["forbindelsen"] = "the connection", ["sambandet"] = "the connection",
        ["nåt"] = "something", ["speciellt"] = "special", ["spesielt"] = "special", ["specielt"] = "special",
        ["særligt"] = "special", ["tilfällighet"] = "coincidence", ["tilfældighed"] = "coincidence", ["tilfeldighet"] = "coincidence",
        ["slump"] = "coincidence", ["grejen"] = "the thing", ["greia"] = "the thing", ["tingen"] = "the thing",
        ["fortæl"] = "tell", ["fortell"] = "tell", ["berätta"] = "tell", ["enligt"] = "according to", ["ifølge"] = "according to",
        ["ansvar"] = "responsibility", ["ansvarig"] = "responsible", ["ansvarlig"] = "responsible",
        ["sikkerheten"] = "the security", ["säkerheten"] = "the security", ["sikkerheden"] = "the security",
        ["militær"] = "military", ["sikkerhedstjenester"] = "security agencies", ["säkerhetstjänster"] = "security agencies",
        ["sikkerhetstjenester"] = "security agencies", ["säkerhetsstyrkor"] = "security forces", ["sikkerhetsstyrker"] = "security forces",
        ["sikkerhedsstyrker"] = "security forces", ["enheter"] = "units", ["enheder"] = "units", ["ossetiske"] = "Ossetian",
        ["ossetiska"] = "Ossetian", ["hären"] = "the army",
        ["tidsbegränsat"] = "temporary", ["tidsbegrænset"] = "temporary", ["tidsbegrenset"] = "temporary",
        ["løbetiden"] = "the term", ["löptiden"] = "the term", ["løpetiden"] = "the term", ["varigheten"] = "the duration",
        ["varigheden"] = "the duration", ["mkt"] = "much", ["utvikling"] = "development", ["udvikling"] = "development",
        ["utveckling"] = "development", ["økonomisk"] = "economic", ["ekonomisk"] = "economic", ["stöd"] = "support",
        ["støtte"] = "support", ["sydossetierna"] = "South Ossetia", ["sydosseterne"] = "South Ossetia",
        ["löfte"] = "promise", ["løfte"] = "promise", ["lignende"] = "similar", ["liknande"] = "similar", ["liknende"] = "similar",
        ["tidligere"] = "before", ["tidigare"] = "before", ["lik"] = "similar to", ["lika"] = "similar to",
        ["utkastet"] = "the draft", ["udkastet"] = "the draft", ["än"] = "than",
        ["regimet"] = "regime", ["hovedbyen"] = "the main city", ["huvudorten"] = "the main city", ["fanden"] = string.Empty,
        ["faen"] = string.Empty, ["utenrikssjef"] = "foreign policy chief", ["utrikeschef"] = "foreign policy chief",
        ["udenrigschef"] = "foreign policy chief", ["mann"] = "man", ["reaksjonene"] = "the reactions",
        ["reaktionerna"] = "the reactions", ["reaktionerne"] = "the reactions", ["imot"] = "against", ["emot"] = "against",
        ["imod"] = "against", ["møde"] = "meeting", ["mødet"] = "the meeting", ["møtet"] = "the meeting", ["møte"] = "meeting",
        ["diskussionerne"] = "the discussions", ["diskusjonene"] = "the discussions", ["diskussionerna"] = "the discussions",
        ["snakken"] = "the talks", ["lande"] = "countries", ["länder"] = "countries", ["handlet"] = "was about",
        ["delegasjoner"] = "delegations", ["delegationer"] = "delegations", ["medformænd"] = "co-chairs",
        ["medordförande"] = "co-chairs", ["medformenn"] = "co-chairs", ["inblandat"] = "involved", ["inblandad"] = "involved",
        ["involveret"] = "involved", ["involvert"] = "involved", ["bekymring"] = "concern", ["bekymringer"] = "concerns",
        ["oro"] = "concern", ["natoövningar"] = "NATO exercises", ["trussel"] = "threat", ["utbryterregionene"] = "the breakaway regions",
        ["utbrytarregionerna"] = "the breakaway regions", ["udbryderregionerne"] = "the breakaway regions", ["avtalene"] = "the agreements",
        ["planerna"] = "the plans", ["planene"] = "the plans", ["planerne"] = "the plans", ["bedre"] = "better",
        ["bättre"] = "better", ["mere"] = "more", ["stabil"] = "stable", ["stabilare"] = "more stable", ["lugnare"] = "calmer",
        ["roligere"] = "calmer", ["grænsetropper"] = "border troops", ["gränstrupper"] = "border troops",
        ["grensetropper"] = "border troops", ["varningsskyltarna"] = "the warning signs", ["varningsskyltar"] = "warning signs",
        ["advarselsskilte"] = "warning signs", ["advarselsskiltene"] = "the warning signs", ["varselskilt"] = "warning signs",
        ["grenseskilt"] = "border signs", ["grænseskilte"] = "border signs", ["ødelagte"] = "damaged", ["förstörda"] = "damaged",
        ["ang"] = "about", ["angående"] = "about", ["kritik"] = "criticism", ["kritikk"] = "criticism",
        ["udfaldet"] = "the outcome", ["enige"] = "agreed", ["journalisten"] = "the journalist", ["journalist"] = "journalist",
        ["skribenten"] = "the writer", ["skribent"] = "writer", ["bakom"] = "behind", ["bag"] = "behind", ["bak"] = "behind",
        ["helt"] = "completely", ["rätt"] = "right", ["kina"] = "China", ["georgisk"] = "Georgian", ["russiske"] = "Russian",
        ["lavet"] = "made", ["gjort"] = "done", ["ryssarna"] = "the Russians", ["geneve"] = "Geneva",
        // Months.
        ["januari"] = "January", ["januar"] = "January", ["februari"] = "February", ["februar"] = "February",
        ["mars"] = "March", ["marts"] = "March", ["april"] = "April", ["maj"] = "May", ["mai"] = "May", ["juni"] = "June",
        ["juli"] = "July", ["augusti"] = "August", ["august"] = "August", ["september"] = "September", ["oktober"] = "October",
        ["november"] = "November", ["december"] = "December", ["desember"] = "December",
        // Small talk.
        ["hej"] = "hi", ["hei"] = "hi", ["hallå"] = "hello", ["hallo"] = "hello", ["tjena"] = "hi", ["tjenare"] = "hi",
        ["halløj"] = "hello", ["tack"] = "thanks", ["tak"] = "thanks", ["takk"] = "thanks", ["tacksam"] = "thankful",
        ["farväl"] = "goodbye", ["farvel"] = "goodbye", ["adjö"] = "goodbye", ["hjälp"] = "help", ["hjælp"] = "help",
        ["hjelp"] = "help", ["snälla"] = "please", ["hejsa"] = "hi", ["hejsan"] = "hi", ["tja"] = "hi",
    },
    // The verbs of the article's topics: what one does ("sign"), what one did ("signed"), and their Swedish, Danish and
    // Norwegian forms now and before ("undertecknar", "underskriver"; "undertecknade", "underskrev", "underskrevet").
    [
        ("sign", "signed", "undertecknar underteckna underskriver underskrive signerar signerer signere", "signerades signertes undertecknade undertecknat undertecknades underskrev underskrevet underskrevs signerade signerat signerte signert signeret undertegnet undertegnede"),
        ("pledge", "pledged", "lovar lover love lova", "lovade lovat lovede lovet lovte utlovat"),
        ("give", "gave", "ger giver gir ge give gi", "gav gett givet gitt"),
        ("get", "got", "får få", "fick fått fik fået fikk"),
        ("pay", "paid", "betalar betaler betala betale", "betalade betalat betalte betalt"),
        ("send", "sent", "skickar sender skicka sende", "skickade skickat sendte sendt"),
        ("react", "reacted", "reagerar reagerer reagera reagere", "reagerade reagerat reagerede reageret reagerte reagert"),
        ("say", "said", "säger siger sier säga sige si", "sa sade sagt sagde"),
        ("last", "lasted", "varar varer vara vare", "varade varede varte"),
        ("last", "lasted", "gäller gælder gjelder", "gällde gjaldt"),
        ("meet", "met", "träffas mötas mødes møtes", "träffades möttes mødtes møttes"),
        ("lead", "led", "leder leda lede", "ledde lett ledede ledet"),
        ("write", "wrote", "skriver skriva skrive", "skrev skrivit skrevet skrevs"),
        ("happen", "happened", "händer sker skjer", "hände hänt skete sket skjedde skjedd"),
        ("discuss", "discussed", "diskuterar diskuterer diskutera diskutere", "diskuterade diskuterat diskuterede diskuteret diskuterte diskutert diskuterades"),
        ("annex", "annexed", "annekterar annekterer annektere annektera", "annekterade annekterat annekterede annekteret annekterte annektert"),
        ("condemn", "condemned", "fördömer fordømmer", "fördömde fördömt fordømte fordømt"),
        ("recognize", "recognized", "erkänner anerkender anerkjenner erkänna anerkende anerkjenne", "erkände erkänt anerkendte anerkendt anerkjente anerkjent"),
        ("defend", "defended", "försvarar forsvarer försvara forsvare", "försvarade forsvarede forsvarte"),
        ("protect", "protected", "skyddar beskytter skydda beskytte", "skyddade beskyttede beskyttet"),
        ("mean", "meant", "betyder betyr", "betydde betød"),
        ("call", "called", "heter hedder kallas kaldes kalles", "hette hed het kallades kaldtes"),
        ("take part", "took part", "deltar deltager deltaker delta deltage", "deltog deltok deltagit deltaget deltatt"),
        ("worry", "worried", "oroar bekymrer oroa", "oroade bekymrede bekymret"),
        ("warn", "warned", "varnar advarer", "varnade advarede advarte"),
        ("damage", "damaged", "skadar skader", "skadade skadat skadede skadet"),
        ("complain", "complained", "klagar klager", "klagade klagede klaget"),
        ("think", "thought", "tycker synes mener tror", "tyckte syntes mente trodde troede"),
        ("help", "helped", "hjälper hjælper hjelper hjälpa hjælpe hjelpe", "hjälpte hjalp"),
        ("live", "lived", "bor bo", "bodde boede"),
        ("talk", "talked", "talar taler pratar snakker", "talade talte pratade snakket"),
        ("differ", "differed", "skiljer adskiller skiller", "skilde adskilte"),
        ("chair", "chaired", "leder", "ledde"),
        ("make", "made", "laver lave", "lavede"),
        ("mention", "mentioned", "nævner nämner nevner", "nævnte nämnde nevnte"),
        ("is mentioned", "was mentioned", "nævnes nämns nevnes", "nævntes nämndes"),
        ("coincide", "coincided", "sammanfaller", "sammanföll"),
        ("guard", "guarded", "vakta bevaka bevogte vokte vokter bevakar", "vaktade bevakade bevogtede voktet"),
        ("spend", "spent", "bruke bruge använda spendera", "brukte brugte använde"),
        ("change", "changed", "endrer ændrer ändrar", "endret endra ændrede ændret ändrade ändrat"),
        ("govern", "governed", "styrer styr", "styrte"),
        ("is meant", "was meant", "menas menes", "menades"),
        ("ask", "asked", "spørre spørge fråga frågar spør spørger", "spurte spurgte frågade"),
        ("call", "called", "kallar kalder kaller", "kallade kaldte kalte"),
        ("represent", "represented", "representerar repræsenterer representerer", "representerade repræsenteret representert representerte"),
        ("integrate", "integrated", "integrerer integrerar", "innlemmet indlemmet integreret integrert integrerade införlivade"),
        ("become", "become", "blitt", "blivit"),
    ]);

    // The words written without their å, ä, ö, æ, ø ("nar", "hvornar", "sydossetiske"), where that is no other word of the table.
    private static readonly Dictionary<string, string> Unaccented = Words
        .Select(entry => (Key: Plain(entry.Key), entry.Value))
        .Where(entry => !Words.ContainsKey(entry.Key))
        .GroupBy(entry => entry.Key, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First().Value, StringComparer.Ordinal);

    // Words of the table that English writes too, left as they are in an English sentence.
    private static readonly HashSet<string> EnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "her", "men", "man", "under", "for", "land", "person", "president", "situation", "delegation", "bot", "ai", "mars",
        "april", "september", "november", "december", "august", "folk", "ting", "ja", "dag", "stor", "bra", "ny", "i", "den",
        "de", "om", "var", "har", "sa", "bare", "ens", "hun", "ni", "vi", "gave", "give", "lover", "love", "sender", "send",
        "leder", "bor", "sin", "even", "fire", "handler",
    };

    [GeneratedRegex(@"\b(?:the|is|are|did|does|do|what|who|when|where|how|which|why|it|they|this|with|about|you|can|will|has|have|his|their|signed|money|right|too|much|many|was|were)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    // Words neither English, German nor Dutch writes; those one of them or another reader shares ("vem", "hej", "tack",
    // "om", "med", "till", "och", "morgen") count with another only. "en", "de", "den", "der", "er", "i", "tak" and the
    // names German writes too ("Georgien", "Krim", "Runde", "Militär") are no sign at all: Polish writes "tak", English
    // "I", Dutch and Romance "en" and "de".
    private static readonly MarkerWords Markers = new(
    [
        // Question words, function words and the verbs every question leans on.
        "vem", "hvem", "vad", "hvad", "hva", "när", "hvornår", "hvornar", "når", "hvor", "varför", "varfor", "hvorfor", "hur",
        "hvordan", "vilken", "vilket", "vilka", "hvilken", "hvilket", "hvilke", "är", "också", "også", "inte", "ikke", "ikkje",
        "och", "og", "på", "från", "för", "eller", "jag", "jeg", "mig", "meg", "dig", "deg", "något", "noget", "noe", "blev",
        "ble", "har", "hade", "havde", "då", "nästa", "næste", "neste", "skrev", "skrevs", "om", "med", "till", "til", "det",
        "att", "heter", "hedder", "hette", "sagde", "siger", "säger", "sier", "fick", "fik", "fikk", "får", "hände", "händer",
        "skete", "sker", "skjedde", "skjer", "handlar", "gäller", "gælder", "varer", "lovade", "lovede", "deltog", "deltok",
        // The article's acts and things.
        "avtalet", "avtalen", "aftalen", "aftale", "avtal", "fördraget", "traktaten", "pengar", "penge", "penger", "miljarder",
        "milliarder", "rubler", "gränsen", "gränserna", "grænsen", "grænserne", "grensen", "undertecknade", "undertecknades",
        "underskrev", "underskrevet", "reagerade", "reagerede", "reagerte", "försvar", "forsvar", "sikkerhed", "ordförande",
        "formand", "förhandlingsrunda", "artikeln", "artiklen", "artikkelen", "skillnaden", "resultatet", "omvärlden",
        "sydossetien", "sydossetiens", "sydossetiske", "abchazien", "abkhasien", "ryssland", "rysslands", "styrker", "ryska",
        "delegationen", "gränsskyltarna", "människa", "udenrigsministeriet", "annekterade",
        // Small talk.
        "hej", "hei", "tack", "takk", "tycker", "synes", "hjälpa", "hjælpe", "hjelpe", "hjälpen", "hjælpen", "hjelpen",
        "morgon", "morgen", "farvel", "hejsa", "hejsan", "tror", "egentlig", "egentligen",
        // Words of the story none of the others writes.
        "deres", "blir", "blitt", "russiske", "hæren", "georgierne", "georgierna", "ryssarna", "nogen", "sagen", "ledde",
        "grensene", "situasjonen", "signerades", "signerte", "signert", "inblandat", "samtalen", "natoövningar", "kallar",
        "annektering", "annektere", "hörs", "fråga", "spørre", "enligt", "ifølge", "reaksjonene", "nævnes", "nevnes",
        "fandt", "sammanfattning", "sammenfatning", "sammendrag", "opsummere", "oppsummere", "tidsbegränsat", "løbetiden", "gjelder", "sør", "nåt", "medformænd", "udfaldet", "avtalene",
    ],
    ["vem", "och", "om", "med", "till", "til", "har", "det", "hej", "hei", "tack", "og", "mig", "meg", "deg", "får", "för",
        "sker", "varer", "heter", "att", "dig", "ble", "morgen", "bra", "sig", "tja", "geneve", "kina"]);

    // A word, or the English of a phrase, marked so that its words are not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+")]
    private static partial Regex Word();

    // "eller hur?", "ikke?", "ikke sandt?", "ik?", "visst?", "va?" at the end: whether it is so.
    [GeneratedRegex(@"[,\s]+(?:eller\s+hur|eller\s+hva|ikke\s+sandt|ikke\s+sant|ikke|ik|inte\s+sant|visst|va|vel|right)(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    // "var skrevs avtalet under?", "var hölls mötet?": Swedish "var" that opens a question asks where; "var det Putin?"
    // asks whether it was.
    [GeneratedRegex(@"(?<before>(?:^|[.?!,;:(]|\b(?:och|och\s+så)\b)\s*)var\b(?!\s+(?:det|den|de|du|han|hon|hun|detta|dette|ni)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningVar();

    // "vad sa EU om avtalet?", "vad sa man till georgierna?": the one who said it runs up to what it was about, or to the end.
    [GeneratedRegex(@"\b(?:vad|hvad|hva)\s+(?<verb>sa|sade|sagde|säger|siger|sier|tyckte|mente|syntes|tycker|mener|synes|gjorde)\s+(?<who>[^?.!,;]+?)(?=\s+(?:om|i|på|till|til|med|efter|etter|efterpå|da|då|nu|nå|egentligen|egentlig|för|for|ved|vid|av|af)\b|\s*[?.!,;]|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex WhatSaid();

    // "skrev under avtalet", "skrevs avtalet under": signed, was signed.
    [GeneratedRegex(@"\b(?:skrev|skriver|(?<passive>skrevs))(?<what>(?:\s+\p{L}+){0,3}?)\s+under\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignedUnder();
}
