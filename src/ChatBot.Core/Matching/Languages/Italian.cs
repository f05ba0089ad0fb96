using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Italian as Italians mix it into their English chat, from a few words up to whole Italian questions: "chi ha firmato
/// il trattato?" is "who signed the treaty?", "quanti soldi dà la Russia all'Ossezia del Sud?" how much money Russia
/// gives to South Ossetia, "quando è stato firmato?" when was it signed, "l'ha firmato Medvedev, vero?" "Medvedev
/// signed it, right?", "cos'è l'Abkhazia?" what is Abkhazia, "sei un bot?" are you a bot, "grazie mille" thanks. Read
/// word for word (the bot reads words, not word order), elided words with their word ("l'articolo", "dell'Ossezia",
/// "c'è", "com'è"), with or without their accents ("perche", "piu"), chat shorthand ("cmq", "xké", "nn", "raga") and
/// the verbs of the article's topics in their regular forms ("firma", "firmano", "firmato", "firmò", "firmerà"); "ha
/// firmato" is the English past ("signed"), "cosa ha detto" what did it say. An article before a name goes ("la
/// Russia", "l'Abkhazia"): English names countries and people without one. Only in a message with a word English,
/// Spanish, Portuguese and French have not ("chi", "è", "sono", "della", "perché", "quanti", "firmato"), or two it
/// shares with English or French ("il", "ha", "per", "come", "dove"), so that "per year", "come on", "ha ha" or a
/// French "il" elsewhere keep their meaning, and Spanish "quién", Portuguese "quanto" or French "qui" are never its; an
/// elision only Italian writes ("c'è", "dell'", "cos'è") or a follow-up it opens ("e dove?") is enough too.
/// </summary>
internal static partial class Italian
{
    /// <summary><paramref name="text"/> with Italian words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!IsItalian(text))
        {
            return text;
        }

        text = text.Replace('\u2019', '\'').Replace('`', '\'');
        // "l articolo", "dell ossezia": an elision typed with a space; "la russia": a name typed in small letters.
        text = SpacedElision().Replace(text, "$1'");
        text = SmallName().Replace(text, m => char.ToUpperInvariant(m.Value[0]) + m.Value[1..]);
        // "chi e?", "l'articolo di chi e", "karasin chi e, un ministro?": "è" without its accent; "and" ends no clause.
        text = EndingE().Replace(text, "è");
        // "Putin e chi altro?", "il nome mi suona": in an English sentence "a", "come", "dove" or "per" are English.
        var english = EnglishWord().IsMatch(text);
        // "firmato il 17 marzo, vero?", "a Mosca, no?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "l'ha firmato Putin?": it; "la Russia", "l'Ossezia", "della Georgia": the article before a name goes.
        // "come l'ha presa la Georgia?": how Georgia took it, reacted.
        text = TookIt().Replace(text, "\u0001how did react\u0002");
        text = ItDoneBy().Replace(text, "${name} ${verb} it");
        text = ElidedIt().Replace(text, "it ");
        text = InPlace().Replace(text, "in ");
        text = ArticleBeforeName().Replace(text, m => m.Groups["prep"].Success ? $"{Prepositions[m.Groups["prep"].Value.TrimEnd('\'').ToLowerInvariant()]} " : string.Empty);
        // "è stato firmato", "dov'è stato firmato?", "sei stato utile": was, were.
        text = Been().Replace(text, m => m.Groups["are"].Success ? "were" : "was");
        // "cosa ha detto la Georgia?": what did it say ("what said" reads as something said).
        text = WhatDid().Replace(text, "\u0001what did\u0002 ");
        text = Phrases.InEnglish(text);
        text = Auxiliary().Replace(text, string.Empty);
        // "che giorno?", "..., che storia è?": what, where a sentence starts; elsewhere "che" is "that".
        text = OpeningChe().Replace(text, "${before}\u0001what\u0002");
        // "l'articolo", "dell'accordo", "un'altra": an elided word, read as its own word.
        text = Elided().Replace(text, m => Elisions.TryGetValue(m.Groups["word"].Value.ToLowerInvariant(), out var word) ? $"\u0001{word}\u0002 " : m.Value);
        // The English of a phrase stays as it is; each other word is read.
        return Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && EnglishToo.Contains(m.Value) ? m.Value
            : English(m.Value) ?? m.Value);
    }

    // One of its marker words; else an elision only Italian writes ("c'è", "dell'Ossezia"), a follow-up it opens ("e
    // dove?") or "sei un bot?", whose words English, Portuguese and French share ("sei", "un").
    private static bool IsItalian(string text) =>
        Markers.AreIn(text)
        || (text.Contains('\'') && ItalianElision().IsMatch(text))
        || (text.Length < 40 && FollowUp().IsMatch(text))
        || (text.Contains("sei ", StringComparison.OrdinalIgnoreCase) && SmallTalk().IsMatch(text))
        || (text.Length < 25 && Alone().IsMatch(text));

    // "ehi bot", "aiuto!": a whole message of a word English, Spanish and Portuguese do not write. Not "ciao": a part of
    // "ciao, we will talk another time" would be a greeting.
    [GeneratedRegex(@"^\W*(?:ehi|ehila|ehilà|aiuto)(?:\s+(?:bot|a\s+tutti|raga|ragazzi))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Alone();

    [GeneratedRegex(@"^\W*(?:(?:ma|e|tu)\s+)?sei\s+(?:un|una|umano|umana|vero|reale|chatgpt|gpt|un'ia|un'ai)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SmallTalk();

    // The English of one word: as written, else without its accents ("perche", "piu", "citta").
    private static string? English(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Words.TryGetValue(lower, out var english))
        {
            return english;
        }

        var plain = Accents.Strip(lower);
        return Words.TryGetValue(plain, out english) || Unaccented.TryGetValue(plain, out english) ? english : null;
    }

    // An elided word and its English ("dell'" is "of the"); before a name the article goes ("dell'Ossezia" is "of Ossetia").
    private static readonly Dictionary<string, string> Elisions = new(StringComparer.Ordinal)
    {
        ["l"] = "the", ["lo"] = "the", ["la"] = "the", ["dell"] = "of the", ["all"] = "to the", ["nell"] = "in the",
        ["sull"] = "about the", ["dall"] = "from the", ["coll"] = "with the", ["un"] = "a", ["quest"] = "this", ["quell"] = "that",
        ["c"] = "there", ["ce"] = "there", ["cos"] = "what", ["cosa"] = "what", ["com"] = "how", ["dov"] = "where", ["qual"] = "what",
        ["d"] = "of", ["s"] = string.Empty, ["m"] = "me", ["t"] = "you", ["n"] = string.Empty, ["v"] = string.Empty,
        ["anch"] = "also", ["nient"] = "nothing", ["tutt"] = "all", ["quant"] = "how much", ["dev"] = "must",
        ["sett"] = string.Empty, ["sant"] = string.Empty, ["po"] = "bit", ["mo"] = "now", ["de"] = "of",
    };

    // "della Russia" is "of Russia", "alla Georgia" "to Georgia": a preposition joined to its article, before a name.
    private static readonly Dictionary<string, string> Prepositions = new(StringComparer.Ordinal)
    {
        ["del"] = "of", ["dello"] = "of", ["della"] = "of", ["dei"] = "of", ["degli"] = "of", ["delle"] = "of", ["dell"] = "of",
        ["al"] = "to", ["allo"] = "to", ["alla"] = "to", ["ai"] = "to", ["agli"] = "to", ["alle"] = "to", ["all"] = "to",
        ["nel"] = "in", ["nello"] = "in", ["nella"] = "in", ["nei"] = "in", ["negli"] = "in", ["nelle"] = "in", ["nell"] = "in",
        ["sul"] = "about", ["sullo"] = "about", ["sulla"] = "about", ["sui"] = "about", ["sugli"] = "about", ["sulle"] = "about",
        ["sull"] = "about",
        ["dal"] = "from", ["dallo"] = "from", ["dalla"] = "from", ["dai"] = "from", ["dagli"] = "from", ["dalle"] = "from",
        ["dall"] = "from", ["col"] = "with", ["coi"] = "with", ["coll"] = "with",
    };

    // Several words that mean one thing, read before the words one by one; each also without its accents. A phrase's
    // apostrophes are spaces here, as the elisions are read before it ("c'è" is "c è" when the phrases are read).
    private static readonly Phrasebook Phrases = new(ReaderTables.MarkedWithUnaccented(new Dictionary<string, string>
    {
        // Question words.
        ["che cosa"] = "what", ["che cos'è"] = "what is", ["cosa è"] = "what is", ["cos'è"] = "what is", ["che è"] = "what is",
        ["qual è"] = "what is", ["quale è"] = "what is", ["quali sono"] = "what are", ["quali erano"] = "what were",
        ["chi è"] = "who is", ["chi era"] = "who was", ["chi sono"] = "who are", ["chi erano"] = "who were",
        ["chi sei"] = "who are you", ["chi sei tu"] = "who are you", ["tu chi sei"] = "who are you", ["ma chi sei"] = "who are you",
        ["come si chiama"] = "what is the name of", ["come si chiamava"] = "what is the name of",
        ["come si chiamano"] = "what are the names of", ["in che"] = "in what", ["di che tipo"] = "what kind",
        ["che incarico"] = "what position", ["che carica"] = "what position", ["che roba è"] = "what is", ["che roba"] = "what",
        ["chi comanda"] = "who leads", ["a chi vanno"] = "who gets", ["a chi va"] = "who gets", ["quanti soldi da"] = "how much money gives",
        ["si intende"] = "is meant", ["si parla"] = "is mentioned", ["si fa riferimento"] = "mentions", ["fa riferimento"] = "mentions",
        ["con chi sto parlando"] = "who am I talking to", ["con chi parlo"] = "who am I talking to",
        ["che domande posso fare"] = "what questions can I ask", ["domande posso fare"] = "questions can I ask",
        ["secondo lei"] = "what do you think", ["secondo voi"] = "what do you think",
        ["si è presa"] = "took", ["si è preso"] = "took", ["si sono presi"] = "took",
        ["si rivedono"] = "meet again", ["si rivedranno"] = "meet again", ["di preciso"] = "exactly",
        ["del genere"] = "similar", ["rispetto a"] = "compared to", ["rispetto al"] = "compared to the",
        ["va più in là"] = "goes further", ["vanno più in là"] = "go further", ["in pratica"] = string.Empty,
        ["per cortesia"] = "please", ["sta roba"] = "this thing", ["questa roba"] = "this thing",
        ["fanno la guardia"] = "guard", ["fa la guardia"] = "guards", ["fatto notare"] = "pointed out",
        ["vanno risolte"] = "must be resolved", ["vanno risolti"] = "must be resolved", ["al tavolo"] = "at the table",
        ["è avvenuta"] = "took place", ["è avvenuto"] = "took place", ["mai sentita"] = "never heard of", ["mai sentito"] = "never heard of",
        ["segnali di avvertimento"] = "warning signs", ["linea di confine"] = "border line",
        ["perché dice"] = "why does it say", ["perchè dice"] = "why does it say", ["xké dice"] = "why does it say",
        ["un'altra"] = "another", ["un altro"] = "another", ["accordo simile"] = "similar agreement", ["patto simile"] = "similar pact",
        ["trattato simile"] = "similar treaty",
        ["firma questo articolo"] = "wrote this article", ["firma l'articolo"] = "wrote the article",
        ["ha firmato l'articolo"] = "wrote the article", ["ha firmato questo articolo"] = "wrote this article", ["come viene chiamato"] = "what is the name of",
        ["come è chiamato"] = "what is the name of", ["si chiama"] = "is called", ["com'è"] = "how is", ["come è"] = "how is",
        ["dove è"] = "where is", ["dov'è"] = "where is", ["quanto tempo"] = "how long", ["per quanto tempo"] = "how long",
        ["per quanti anni"] = "how many years", ["quanto dura"] = "how long does it last", ["quanto durerà"] = "how long will it last",
        ["fino a quando"] = "until when", ["entro quando"] = "by when", ["da quando"] = "since when", ["in che anno"] = "what year",
        ["che giorno"] = "what day", ["in che giorno"] = "what day", ["in che data"] = "what date", ["che data"] = "what date",
        ["in che mese"] = "what month", ["a che ora"] = "what time", ["per cosa"] = "what for", ["a cosa servono"] = "what are for",
        ["a cosa serve"] = "what is for", ["a quanto ammonta"] = "how much is", ["a quanto ammontano"] = "how much are",
        ["ammonta a"] = "amounts to", ["a che serve"] = "what is for", ["di cosa"] = "about what", ["di che"] = "about what",
        ["su cosa"] = "about what", ["di cosa parla"] = "what is about", ["di che parla"] = "what is about",
        ["di cosa tratta"] = "what is about", ["di che tratta"] = "what is about", ["di cosa si tratta"] = "what is it about",
        ["di che si tratta"] = "what is it about", ["si tratta di"] = "it is about", ["tratta di"] = "is about",
        ["che fine fa"] = "what happens to", ["che fine fanno"] = "what happens to", ["che fine farà"] = "what will happen to",
        ["che succede"] = "what happens", ["cosa succede"] = "what happens", ["che è successo"] = "what happened",
        ["cosa è successo"] = "what happened", ["cos'è successo"] = "what happened", ["è successo"] = "happened",
        ["che c'entra"] = "what has to do with it", ["cosa c'entra"] = "what has to do with it", ["c'entra"] = "has to do with it",
        ["che vuol dire"] = "what does mean", ["cosa vuol dire"] = "what does mean", ["vuol dire"] = "means",
        ["vuole dire"] = "means", ["che significa"] = "what does mean", ["cosa significa"] = "what does mean",
        ["per chi"] = "for whom", ["da chi"] = "by whom", ["a chi"] = "to whom", ["con chi"] = "with whom", ["di chi"] = "whose",
        ["chi altro"] = "who else", ["in che modo"] = "how", ["che tipo di"] = "what kind of", ["che ruolo"] = "what role",
        ["a che punto"] = "where",
        // Being and having been: "è stato firmato" was signed.
        ["è stato"] = "was", ["è stata"] = "was", ["sono stati"] = "were", ["sono state"] = "were", ["è stato mai"] = "was ever",
        ["è mai stato"] = "was ever", ["ci sono stati"] = "there were", ["ci sono state"] = "there were", ["ci sono"] = "there are",
        ["c'è"] = "is there", ["c'era"] = "was there", ["c'erano"] = "were there", ["ci sarà"] = "will there be",
        ["ci saranno"] = "will there be", ["dove e stato"] = "where was", ["quando e stato"] = "when was",
        ["chi e stato"] = "who was", ["e stato firmato"] = "was signed", ["e stata firmata"] = "was signed", ["ci sono"] = "are there", ["viene citato"] = "is mentioned", ["viene citata"] = "is mentioned",
        ["viene"] = "is", ["vengono"] = "are", ["verrà"] = "will be", ["verranno"] = "will be", ["è vista"] = "is seen",
        ["è visto"] = "is seen", ["si è parlato"] = "was discussed", ["si sono tenuti"] = "were held", ["si è tenuto"] = "was held",
        ["si sono svolti"] = "were held", ["si è svolto"] = "was held", ["si terrà"] = "will be held", ["si terranno"] = "will be held",
        ["si tiene"] = "is held", ["si tengono"] = "are held", ["ha luogo"] = "takes place", ["ha avuto luogo"] = "took place",
        ["hanno avuto luogo"] = "took place", ["si sono lamentati"] = "complained", ["si è lamentata"] = "complained",
        ["si è lamentato"] = "complained", ["si occupa"] = "is responsible for", ["si occupano"] = "are responsible for",
        ["si occuperà"] = "will be responsible for", ["si è dimesso"] = "resigned", ["fa parte"] = "is part",
        ["fanno parte"] = "are part", ["farà parte"] = "will be part", ["far parte"] = "be part", ["da che parte"] = "on which side",
        ["d'accordo"] = "agree", ["è d'accordo"] = "agrees", ["era d'accordo"] = "agreed", ["sono d'accordo"] = "agree",
        ["messo la firma"] = "signed", ["mettere la firma"] = "sign", ["ha messo la firma"] = "signed",
        ["hanno raggiunto un accordo"] = "agreed", ["raggiunto un accordo"] = "agreed", ["è andata"] = "went", ["è andato"] = "went",
        ["è finita"] = "ended", ["è finito"] = "ended", ["sono finiti"] = "ended",
        // Asking to be told.
        ["mi dici"] = "tell me", ["dimmi"] = "tell me", ["mi puoi dire"] = "can you tell me", ["puoi dirmi"] = "can you tell me",
        ["mi sai dire"] = "can you tell me", ["sai dirmi"] = "can you tell me", ["mi spieghi"] = "explain to me",
        ["spiegami"] = "explain to me", ["mi fai un riassunto"] = "give me a summary", ["fammi un riassunto"] = "give me a summary",
        ["in breve"] = "in short", ["in sintesi"] = "in short", ["in poche parole"] = "in short", ["mi serve"] = "I need",
        ["mi servono"] = "I need", ["vorrei sapere"] = "I want to know", ["volevo sapere"] = "I want to know",
        ["posso chiederti"] = "can I ask you", ["posso chiedere"] = "can I ask", ["cosa posso chiederti"] = "what can I ask you", ["cosa posso chiedere"] = "what can I ask",
        ["cosa sai fare"] = "what can you do", ["che sai fare"] = "what can you do", ["cosa puoi fare"] = "what can you do",
        ["come funziona"] = "how does it work", ["come funzioni"] = "how do you work", ["secondo te"] = "what do you think",
        ["tu cosa ne pensi"] = "what do you think", ["cosa ne pensi"] = "what do you think", ["che ne pensi"] = "what do you think",
        ["la tua opinione"] = "your opinion", ["tua opinione"] = "your opinion", ["sei un bot"] = "are you a bot",
        ["sei un robot"] = "are you a robot", ["sei umano"] = "are you human", ["sei una persona"] = "are you a person",
        ["sei una persona vera"] = "are you a real person", ["sei vero"] = "are you real",
        // The people and places of the article.
        ["ossezia del sud"] = "South Ossetia", ["ossezia meridionale"] = "South Ossetia", ["ossezia del nord"] = "North Ossetia",
        ["sud osseto"] = "South Ossetian", ["sud osseta"] = "South Ossetian", ["sud osseti"] = "South Ossetian",
        ["sud ossete"] = "South Ossetian", ["stati uniti"] = "US", ["unione europea"] = "EU", ["nazioni unite"] = "UN",
        ["casa bianca"] = "White House", ["dipartimento di stato"] = "State Department", ["segretario di stato"] = "Secretary of State",
        ["ministero degli esteri"] = "foreign ministry", ["ministero degli affari esteri"] = "foreign ministry",
        ["ministro degli esteri"] = "foreign minister", ["ministro degli affari esteri"] = "foreign minister",
        ["ministra degli esteri"] = "foreign minister", ["viceministro degli esteri"] = "deputy foreign minister",
        ["vice ministro"] = "deputy minister", ["affari esteri"] = "foreign affairs", ["politica estera"] = "foreign policy",
        ["alto rappresentante"] = "High Representative", ["alta rappresentante"] = "High Representative",
        ["capo della diplomazia"] = "foreign policy chief", ["comunità internazionale"] = "international community",
        ["caucaso meridionale"] = "South Caucasus", ["co presidente"] = "co-chair", ["co presidenti"] = "co-chairs",
        ["portavoce"] = "spokeswoman",
        // The treaty, its clauses and its money.
        ["forze armate"] = "armed forces", ["agenzie di sicurezza"] = "security agencies", ["servizi di sicurezza"] = "security services",
        ["truppe di frontiera"] = "border troops", ["guardie di frontiera"] = "border guards", ["guardie di confine"] = "border guards",
        ["cartelli di confine"] = "border warning signs", ["cartelli di avvertimento"] = "warning signs",
        ["segnali di confine"] = "border warning signs", ["esercitazioni militari"] = "military exercises",
        ["integrità territoriale"] = "territorial integrity", ["diritto internazionale"] = "international law",
        ["cessate il fuoco"] = "ceasefire", ["nome ufficiale"] = "official name", ["nome completo"] = "full name",
        ["in vigore"] = "in force", ["per sempre"] = "forever", ["socio economico"] = "social-economic",
        ["un anno prima"] = "a year before", ["un anno fa"] = "a year ago", ["l'anno scorso"] = "last year",
        ["uguale a quello"] = "the same as the one", ["uguale a quello con"] = "the same as the one with", ["quello con"] = "the one with",
        ["quello dell'"] = "the one of", ["quella con"] = "the one with", ["lo stesso"] = "the same", ["la stessa"] = "the same",
        ["più profondo"] = "deeper", ["più profonda"] = "deeper", ["più avanti"] = "further", ["stesso giorno"] = "same day", ["stessa data"] = "same date", ["di nuovo"] = "again", ["un'altra volta"] = "again",
        ["alla fine"] = "at the end", ["in totale"] = "in total", ["in tutto"] = "in total",
        // Small talk.
        ["buon giorno"] = "good morning", ["buona sera"] = "good evening", ["buona notte"] = "good night",
        ["salve a tutti"] = "hello everyone", ["ciao a tutti"] = "hello everyone",
        ["come va"] = "how are you", ["come stai"] = "how are you", ["tutto bene"] = "how are you", ["grazie mille"] = "thanks a lot",
        ["grazie tante"] = "thanks a lot", ["ti ringrazio"] = "thank you", ["vi ringrazio"] = "thank you",
        ["alla prossima"] = "goodbye", ["a presto"] = "goodbye", ["ci vediamo"] = "see you", ["ci sentiamo"] = "see you",
        ["a dopo"] = "see you", ["a posto così"] = "that's all", ["basta così"] = "that's all", ["per favore"] = "please",
        ["per piacere"] = "please", ["di niente"] = "no problem", ["non lo so"] = "I don't know", ["non so"] = "I don't know",
        ["intelligenza artificiale"] = "AI", ["scusate l'ignoranza"] = string.Empty, ["scusa l'ignoranza"] = string.Empty,
        ["scusate la domanda"] = string.Empty, ["scusa la domanda"] = string.Empty, ["come si dice"] = "what is the word for", ["per chi scrive"] = "for which newspaper does write",
        ["per chi lavora"] = "who does work for",
        // "cosa dice il trattato sulla difesa?": what does it say ("what says the treaty" reads as something it says).
        ["cosa dice il trattato"] = "what does the treaty say", ["che dice il trattato"] = "what does the treaty say",
        ["cosa dice l'articolo"] = "what does the article say", ["cosa dice l'accordo"] = "what does the agreement say",
        ["cosa prevede il trattato"] = "what does the treaty say", ["cosa prevede l'accordo"] = "what does the agreement say",
        ["cosa dice"] = "what does say", ["che dice"] = "what does say", ["cosa dicono"] = "what do say",
        ["detto ai"] = "told the", ["detto agli"] = "told the", ["detto alla"] = "told the", ["detto al"] = "told the",
        ["detto alle"] = "told the", ["com'è andata"] = "how did go", ["come è andata"] = "how did go",
        ["com'è finita"] = "how did end", ["come è finita"] = "how did end", ["come sono andati"] = "how did go",
        ["come sono finiti"] = "how did end",
    }), hyphens: true);

    // The irregular past participles of the verbs above.
    private static readonly (string Word, string English)[] Participles =
    [
        ("promesso", "pledged"), ("promessi", "pledged"), ("scritto", "wrote"), ("scritta", "written"), ("risposto", "answered"),
        ("successo", "happened"), ("successa", "happened"), ("difeso", "defended"), ("protetto", "protected"),
        ("presieduto", "chaired"), ("presiedeva", "chaired"), ("presiedevano", "chaired"), ("annesso", "annexed"),
        ("annessa", "annexed"), ("sostenuto", "supported"), ("previsto", "planned"), ("prevista", "planned"),
        ("speso", "spent"), ("chiesto", "asked"), ("concluso", "concluded"), ("conclusi", "concluded"), ("svolto", "held"),
        ("svolti", "held"), ("tenuto", "held"), ("tenuti", "held"), ("tenute", "held"), ("rimosso", "removed"),
        ("rimossi", "removed"), ("riassunto", "summary"), ("discusso", "discussed"), ("ricevuto", "received"),
        ("riconosciuto", "recognized"), ("riconosciuta", "recognized"), ("riconosce", "recognizes"),
        ("riconoscono", "recognize"), ("rivisto", "revised"), ("raggiunto", "reached"), ("messo", "put"), ("visto", "seen"),
        ("vista", "seen"), ("preso", "taken"), ("aperto", "opened"), ("deciso", "decided"), ("fatto", "done"),
    ];

    // One word each, as written; English finds those written without their accents.
    private static readonly Dictionary<string, string> Words = WithVerbs(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Question words.
        ["chi"] = "who", ["che"] = "that", ["ke"] = "that", ["cosa"] = "what", ["cos"] = "what", ["cose"] = "things", ["quale"] = "which",
        ["quali"] = "which", ["qual"] = "which", ["quanto"] = "how much", ["quanta"] = "how much", ["quanti"] = "how many",
        ["quante"] = "how many", ["quando"] = "when", ["qnd"] = "when", ["dove"] = "where", ["come"] = "how",
        ["perché"] = "why", ["perchè"] = "why", ["xké"] = "why", ["xche"] = "why", ["xchè"] = "why", ["xké"] = "why",
        ["xk"] = "why", ["pk"] = "why",
        // Articles, prepositions and their contractions.
        ["il"] = "the", ["lo"] = "the", ["la"] = "the", ["i"] = "the", ["gli"] = "the", ["le"] = "the", ["un"] = "a", ["uno"] = "a",
        ["una"] = "a", ["di"] = "of", ["del"] = "of the", ["dello"] = "of the", ["della"] = "of the", ["dei"] = "of the",
        ["degli"] = "of the", ["delle"] = "of the", ["a"] = "to", ["al"] = "to the", ["allo"] = "to the", ["alla"] = "to the",
        ["ai"] = "to the", ["agli"] = "to the", ["alle"] = "to the", ["da"] = "from", ["dal"] = "from the", ["dallo"] = "from the",
        ["dalla"] = "from the", ["dai"] = "from the", ["dagli"] = "from the", ["dalle"] = "from the", ["in"] = "in",
        ["nel"] = "in the", ["nello"] = "in the", ["nella"] = "in the", ["nei"] = "in the", ["negli"] = "in the",
        ["nelle"] = "in the", ["su"] = "about", ["sul"] = "about the", ["sullo"] = "about the", ["sulla"] = "about the",
        ["sui"] = "about the", ["sugli"] = "about the", ["sulle"] = "about the", ["con"] = "with", ["col"] = "with the", ["coi"] = "with the",
        ["per"] = "for", ["x"] = "for", ["tra"] = "between", ["fra"] = "between", ["senza"] = "without", ["verso"] = "towards",
        ["contro"] = "against", ["dopo"] = "after", ["prima"] = "before", ["durante"] = "during", ["entro"] = "by",
        ["secondo"] = "according to", ["circa"] = "about", ["riguardo"] = "about", ["sopra"] = "about", ["oltre"] = "beyond",
        // Conjunctions, pronouns and adverbs.
        ["e"] = "and", ["ed"] = "and", ["o"] = "or", ["oppure"] = "or", ["ma"] = "but", ["però"] = "but", ["pero"] = "but",
        ["se"] = "if", ["si"] = string.Empty, ["sì"] = "yes", ["ne"] = string.Empty, ["mi"] = "me", ["ti"] = "you",
        ["ci"] = string.Empty, ["vi"] = string.Empty, ["gli"] = "the", ["li"] = "them", ["lei"] = "she", ["lui"] = "he",
        ["loro"] = "they", ["io"] = "I", ["tu"] = "you", ["te"] = "you", ["me"] = "me", ["noi"] = "we", ["voi"] = "you",
        ["questo"] = "this", ["questa"] = "this", ["questi"] = "these", ["queste"] = "these", ["quello"] = "that",
        ["quella"] = "that", ["quelli"] = "those", ["quelle"] = "those", ["quel"] = "that", ["quei"] = "those",
        ["sto"] = "this", ["sta"] = "is", ["suo"] = "its", ["sua"] = "its", ["suoi"] = "its", ["sue"] = "its",
        ["loro"] = "their", ["mio"] = "my", ["mia"] = "my", ["tuo"] = "your", ["tua"] = "your", ["qualcosa"] = "something",
        ["qualcuno"] = "anyone", ["qualche"] = "some", ["nessuno"] = "nobody", ["niente"] = "nothing", ["nulla"] = "nothing",
        ["tutto"] = "all", ["tutti"] = "all", ["tutta"] = "all", ["tutte"] = "all", ["altro"] = "other", ["altra"] = "other",
        ["altri"] = "other", ["altre"] = "other", ["ogni"] = "each", ["non"] = "not", ["nn"] = "not", ["no"] = "no",
        ["anche"] = "too", ["pure"] = "too", ["già"] = "already", ["ancora"] = "still", ["solo"] = "only", ["soltanto"] = "only",
        ["più"] = "more", ["piu"] = "more", ["meno"] = "less", ["molto"] = "very", ["molti"] = "many", ["molte"] = "many",
        ["tanto"] = "much", ["tanti"] = "many", ["tantissimo"] = "a lot", ["poco"] = "little", ["bene"] = "well",
        ["male"] = "badly", ["qui"] = "here", ["qua"] = "here", ["lì"] = "there", ["là"] = "there", ["ora"] = "now",
        ["adesso"] = "currently", ["oggi"] = "today", ["ieri"] = "yesterday", ["domani"] = "tomorrow", ["sempre"] = "always",
        ["mai"] = "ever", ["così"] = "so", ["quindi"] = "so", ["allora"] = "so", ["poi"] = "then", ["invece"] = string.Empty,
        ["insieme"] = "together", ["esattamente"] = "exactly", ["esatto"] = "exact", ["esatta"] = "exact",
        ["veramente"] = "really", ["davvero"] = "really", ["ufficialmente"] = "officially", ["personalmente"] = "personally",
        ["finalmente"] = "finally", ["primo"] = "first", ["ultimo"] = "last", ["ultima"] = "last",
        ["prossimo"] = "next", ["prossima"] = "next", ["prossimi"] = "next", ["successivo"] = "next", ["precedente"] = "previous",
        ["nuovo"] = "new", ["nuova"] = "new", ["vecchio"] = "old", ["iniziale"] = "initial", ["finale"] = "final",
        ["genere"] = "kind", ["mesi"] = "months", ["senso"] = "sense", ["roba"] = "stuff", ["tavolo"] = "table",
        ["estate"] = "summer", ["linea"] = "line", ["rotti"] = "broken", ["rotto"] = "broken", ["avvertimento"] = "warning",
        ["timori"] = "fears", ["timore"] = "fear", ["espressi"] = "expressed", ["espresso"] = "expressed", ["espresse"] = "expressed",
        ["riferimento"] = "reference", ["contesto"] = "context", ["legame"] = "link", ["collegamento"] = "link", ["luogo"] = "place",
        ["denominazione"] = "name", ["incarico"] = "position", ["carica"] = "position", ["ricopre"] = "holds",
        ["responsabilità"] = "responsibility", ["attribuisce"] = "gives", ["guardia"] = "guard", ["comanda"] = "leads",
        ["sottoscritto"] = "signed", ["sottoscritta"] = "signed", ["avvenuta"] = "took place", ["avvenuto"] = "took place",
        ["copresiedute"] = "co-chaired", ["copresieduti"] = "co-chaired", ["copresieduto"] = "co-chaired", ["copresiedevano"] = "co-chaired",
        ["previste"] = "scheduled", ["contribuito"] = "helped", ["indica"] = "means", ["indicano"] = "mean",
        ["riassumermi"] = "summarize", ["raccontami"] = "tell me about", ["raccontarmi"] = "tell me about", ["spiegarmi"] = "explain to me",
        ["rispondi"] = "answer", ["rispondimi"] = "answer", ["muoviti"] = string.Empty, ["oh"] = string.Empty, ["ehi"] = "hey",
        ["ehilà"] = "hey", ["sentita"] = "heard", ["sentito"] = "heard", ["prossime"] = "next", ["risolte"] = "resolved", ["risolti"] = "resolved",
        ["prevede"] = "envisages", ["previsti"] = "planned", ["prevedono"] = "envisage", ["diventano"] = "become", ["diventa"] = "becomes",
        ["circa"] = "about", ["quasi"] = "almost", ["veloce"] = "quick", ["breve"] = "short", ["uguale"] = "same", ["profondo"] = "deep", ["profonda"] = "deep", ["arrabbiati"] = "angry",
        ["uguali"] = "the same", ["stesso"] = "same", ["stessa"] = "same", ["simile"] = "similar", ["diverso"] = "different",
        ["diversa"] = "different", ["differenza"] = "difference", ["differenze"] = "differences",
        // Fillers: how a chat sounds, no words of the question.
        ["cmq"] = string.Empty, ["comunque"] = string.Empty, ["tipo"] = string.Empty, ["boh"] = string.Empty,
        ["beh"] = string.Empty, ["mah"] = string.Empty, ["dai"] = string.Empty, ["raga"] = string.Empty, ["ragaa"] = string.Empty,
        ["ragazzi"] = string.Empty, ["ragà"] = string.Empty, ["scusa"] = "sorry", ["scusate"] = "sorry", ["scusami"] = "sorry",
        ["allora"] = string.Empty, ["senti"] = string.Empty, ["insomma"] = string.Empty, ["praticamente"] = string.Empty,
        ["esempio"] = "example", ["magari"] = "maybe", ["forse"] = "maybe", ["vero"] = "true", ["vera"] = "real",
        ["giusto"] = "right", ["giusta"] = "right", ["sbagliato"] = "wrong", ["falso"] = "false", ["certo"] = "sure",
        ["ok"] = "ok", ["okay"] = "ok", ["perfetto"] = "perfect", ["ottimo"] = "great", ["bravo"] = "great", ["ah"] = string.Empty,
        ["eh"] = string.Empty, ["ehm"] = string.Empty, ["lol"] = "lol", ["pls"] = "please", ["plz"] = "please",
        ["grazie"] = "thanks", ["thx"] = "thanks", ["salve"] = "hello", ["buongiorno"] = "good morning",
        ["buonasera"] = "good evening", ["buonanotte"] = "good night", ["arrivederci"] = "goodbye", ["addio"] = "goodbye",
        ["aiuto"] = "help", ["domanda"] = "question", ["domande"] = "questions", ["bot"] = "bot", ["umano"] = "human",
        ["persona"] = "person", ["macchina"] = "machine", ["opinione"] = "opinion", ["parere"] = "opinion",
        // Being, having, going, doing, saying.
        ["è"] = "is", ["é"] = "is", ["e'"] = "is", ["sono"] = "are", ["era"] = "was", ["erano"] = "were", ["sarà"] = "will be",
        ["saranno"] = "will be", ["sarebbe"] = "would be", ["essere"] = "be", ["sei"] = "are you", ["siete"] = "are",
        ["siamo"] = "are", ["stato"] = "state", ["stati"] = "states", ["stata"] = "been", ["state"] = "been",
        ["ha"] = "has", ["hanno"] = "have", ["ho"] = "have", ["hai"] = "have", ["abbiamo"] = "have", ["avete"] = "have",
        ["aveva"] = "had", ["avevano"] = "had", ["avuto"] = "had", ["avrà"] = "will have", ["avere"] = "have",
        ["fa"] = "does", ["fanno"] = "do", ["fare"] = "do", ["fatto"] = "done", ["fatta"] = "made", ["faceva"] = "did",
        ["farà"] = "will do", ["dice"] = "says", ["dicono"] = "say", ["dire"] = "say", ["detto"] = "said", ["detta"] = "said",
        ["disse"] = "said", ["dissero"] = "said", ["diceva"] = "said", ["dicevano"] = "said", ["va"] = "goes", ["vanno"] = "go",
        ["andare"] = "go", ["andato"] = "went", ["andata"] = "went", ["andati"] = "went", ["andrà"] = "will go",
        ["dà"] = "gives", ["da'"] = "gives", ["danno"] = "give", ["dare"] = "give", ["dato"] = "given", ["dati"] = "given",
        ["diede"] = "gave", ["darà"] = "will give", ["daranno"] = "will give", ["può"] = "can", ["puo"] = "can",
        ["possono"] = "can", ["posso"] = "can I", ["puoi"] = "can you", ["potrebbe"] = "could", ["deve"] = "must",
        ["devono"] = "must", ["dovrebbe"] = "should", ["vuole"] = "wants", ["vogliono"] = "want", ["voglio"] = "want",
        ["so"] = "know", ["sai"] = "know", ["sa"] = "knows", ["sapere"] = "know", ["conosco"] = "know", ["ricordo"] = "remember",
        ["sembra"] = "seems", ["pensi"] = "think", ["penso"] = "think", ["credi"] = "think", ["stai"] = "are you",
        ["messo"] = "put", ["mette"] = "puts", ["resta"] = "remains", ["rimane"] = "remains", ["stanno"] = "are",
        // Signing, money and time.
        ["trattato"] = "treaty", ["trattati"] = "treaties", ["trattao"] = "treaty", ["tratato"] = "treaty",
        ["accordo"] = "agreement", ["accordi"] = "agreements", ["intesa"] = "agreement", ["patto"] = "pact",
        ["alleanza"] = "alliance", ["integrazione"] = "integration", ["partenariato"] = "partnership",
        ["partnership"] = "partnership", ["strategico"] = "strategic", ["strategica"] = "strategic", ["firma"] = "signature",
        ["firme"] = "signatures", ["firmatario"] = "signatory", ["firmatari"] = "signatories", ["firmatary"] = "signatories",
        ["cerimonia"] = "ceremony", ["documento"] = "document", ["testo"] = "text", ["clausola"] = "clause",
        ["clausole"] = "clauses", ["bozza"] = "draft", ["versione"] = "version", ["rivista"] = "revised",
        ["nome"] = "name", ["titolo"] = "title", ["data"] = "date", ["giorno"] = "day", ["giorni"] = "days", ["mese"] = "month",
        ["anno"] = "year", ["anni"] = "years", ["durata"] = "duration", ["scadenza"] = "expiry", ["validità"] = "validity",
        ["vale"] = "is valid", ["valgono"] = "are valid", ["utile"] = "useful", ["gentile"] = "kind", ["valido"] = "valid", ["valida"] = "valid", ["soldi"] = "money", ["denaro"] = "money", ["fondi"] = "funds",
        ["finanziamenti"] = "funding", ["finanziamento"] = "funding", ["aiuti"] = "aid", ["cifra"] = "amount", ["somma"] = "sum",
        ["importo"] = "amount", ["rubli"] = "rubles", ["rublo"] = "ruble", ["miliardi"] = "billion", ["miliardo"] = "billion",
        ["mld"] = "billion", ["milioni"] = "million", ["milione"] = "million", ["mila"] = "thousand", ["sviluppo"] = "development",
        ["economico"] = "economic", ["economica"] = "economic", ["economia"] = "economy", ["promessa"] = "pledge",
        ["promesse"] = "pledges", ["promesso"] = "pledged", ["promette"] = "pledges", ["promettono"] = "pledge",
        ["promise"] = "pledged", ["obiettivi"] = "goals", ["investimenti"] = "investment",
        // Defence and the army.
        ["difesa"] = "defence", ["sicurezza"] = "security", ["protezione"] = "protection", ["confine"] = "border",
        ["confini"] = "borders", ["frontiera"] = "border", ["frontiere"] = "borders", ["esercito"] = "army", ["eserciti"] = "armies",
        ["forze"] = "forces", ["militare"] = "military", ["militari"] = "military", ["soldati"] = "soldiers", ["truppe"] = "troops",
        ["guardie"] = "guards", ["dogana"] = "customs", ["dogane"] = "customs", ["polizia"] = "police", ["agenzie"] = "agencies",
        ["sovranità"] = "sovereignty", ["base"] = "base", ["responsabile"] = "responsible", ["responsabili"] = "responsible",
        ["indipendente"] = "independent", ["indipendenza"] = "independence", ["protegge"] = "protects",
        ["proteggere"] = "protect", ["difende"] = "defends", ["difendere"] = "defend",
        // Reactions.
        ["reazione"] = "reaction", ["reazioni"] = "reactions", ["risposta"] = "response", ["posizione"] = "stance",
        ["dichiarazione"] = "statement", ["dichiarazioni"] = "statements", ["comunicato"] = "statement", ["critica"] = "criticism",
        ["critiche"] = "criticism", ["condanna"] = "condemnation", ["protesta"] = "protest", ["riconoscimento"] = "recognition",
        ["annessione"] = "annexation", ["occupazione"] = "occupation", ["violazione"] = "violation", ["illegale"] = "illegal",
        ["minaccia"] = "threat", ["minacce"] = "threats", ["preoccupazione"] = "concern", ["preoccupazioni"] = "concerns",
        ["problema"] = "problem", ["problemi"] = "problems", ["questione"] = "issue", ["questioni"] = "issues",
        ["tema"] = "topic", ["storia"] = "story", ["regime"] = "regime",
        // Who is who.
        ["governo"] = "government", ["ministero"] = "ministry", ["ministro"] = "minister", ["ministra"] = "minister",
        ["presidente"] = "president", ["presidenti"] = "presidents", ["leader"] = "leader", ["capo"] = "head", ["capa"] = "head",
        ["ruolo"] = "role", ["lavoro"] = "job", ["delegazione"] = "delegation", ["delegazioni"] = "delegations",
        ["delegati"] = "delegates", ["rappresentante"] = "representative", ["rappresentanti"] = "representatives",
        ["mediatore"] = "mediator", ["mediatori"] = "mediators", ["moderatore"] = "moderator", ["copresidente"] = "co-chair",
        ["copresidenti"] = "co-chairs", ["partecipanti"] = "participants", ["autore"] = "author", ["autrice"] = "author",
        ["giornalista"] = "journalist", ["articolo"] = "article", ["articoli"] = "articles", ["pezzo"] = "article", ["notizia"] = "news",
        ["notizie"] = "news", ["riassunto"] = "summary", ["riassuntino"] = "summary", ["sintesi"] = "summary",
        ["parlamento"] = "parliament", ["segretario"] = "secretary", ["generale"] = "general", ["portavoce"] = "spokeswoman",
        // Countries, peoples and places.
        ["paese"] = "country", ["paesi"] = "countries", ["mondo"] = "world", ["repubblica"] = "republic", ["regione"] = "region",
        ["territorio"] = "territory", ["stato"] = "state", ["popolo"] = "people", ["popolazione"] = "population",
        ["abitanti"] = "inhabitants", ["persone"] = "people", ["lingua"] = "language", ["moneta"] = "currency",
        ["valuta"] = "currency", ["guerra"] = "war", ["conflitto"] = "conflict", ["pace"] = "peace", ["capitale"] = "capital",
        ["città"] = "city", ["anniversario"] = "anniversary", ["referendum"] = "referendum", ["internazionale"] = "international",
        ["internazionali"] = "international", ["separatista"] = "separatist", ["europeo"] = "European", ["europea"] = "European",
        ["europei"] = "Europeans", ["americano"] = "American", ["americana"] = "American", ["americani"] = "Americans",
        ["russo"] = "Russian", ["russa"] = "Russian", ["russi"] = "Russians", ["russe"] = "Russian", ["georgiano"] = "Georgian",
        ["georgiana"] = "Georgian", ["georgiani"] = "Georgians", ["georgiane"] = "Georgian", ["osseto"] = "Ossetian",
        ["osseta"] = "Ossetian", ["osseti"] = "Ossetians", ["ossete"] = "Ossetian", ["abcaso"] = "Abkhaz", ["abcasa"] = "Abkhaz",
        ["abcasi"] = "Abkhaz", ["abkhazo"] = "Abkhaz", ["abkhazi"] = "Abkhaz", ["italiano"] = "Italian", ["italiana"] = "Italian",
        ["italiani"] = "Italians", ["sud"] = "south", ["nord"] = "north", ["russia"] = "Russia", ["georgia"] = "Georgia",
        ["ossezia"] = "Ossetia", ["abcasia"] = "Abkhazia", ["abkhazia"] = "Abkhazia", ["crimea"] = "Crimea",
        ["ucraina"] = "Ukraine", ["mosca"] = "Moscow", ["cremlino"] = "Kremlin", ["ginevra"] = "Geneva", ["svizzera"] = "Switzerland",
        ["tbilisi"] = "Tbilisi", ["tiflis"] = "Tbilisi", ["sukhumi"] = "Sukhumi", ["caucaso"] = "Caucasus",
        ["transcaucasia"] = "Transcaucasia", ["italia"] = "Italy", ["europa"] = "Europe", ["bruxelles"] = "Brussels",
        ["turchia"] = "Turkey", ["germania"] = "Germany", ["francia"] = "France", ["cina"] = "China", ["onu"] = "UN",
        ["ue"] = "EU", ["usa"] = "US", ["nato"] = "NATO", ["osce"] = "OSCE",
        // Geneva.
        ["colloqui"] = "talks", ["colloquio"] = "talk", ["negoziati"] = "negotiations", ["negoziato"] = "negotiation",
        ["trattative"] = "negotiations", ["discussioni"] = "discussions", ["discussione"] = "discussion", ["dialogo"] = "dialogue",
        ["incontro"] = "meeting", ["incontri"] = "meetings", ["riunione"] = "meeting", ["riunioni"] = "meetings",
        ["round"] = "round", ["turno"] = "round", ["sessione"] = "session", ["sessioni"] = "sessions", ["agenda"] = "agenda",
        ["risultato"] = "result", ["risultati"] = "results", ["esito"] = "outcome", ["conclusione"] = "conclusion",
        ["esercitazioni"] = "exercises", ["cartelli"] = "signs", ["cartello"] = "sign", ["segnali"] = "signs",
        ["situazione"] = "situation", ["stabilità"] = "stability", ["stabile"] = "stable", ["stabili"] = "stable",
        ["calma"] = "calm", ["tranquilla"] = "calm", ["tensione"] = "tension", ["incidenti"] = "incidents",
        ["adesione"] = "accession", ["ingresso"] = "accession", ["avvicinamento"] = "rapprochement", ["presenti"] = "present",
        ["presente"] = "present", ["tesina"] = "essay", ["post"] = "post",
        // Months and numbers.
        ["gennaio"] = "January", ["febbraio"] = "February", ["marzo"] = "March", ["aprile"] = "April", ["maggio"] = "May",
        ["giugno"] = "June", ["luglio"] = "July", ["agosto"] = "August", ["settembre"] = "September", ["ottobre"] = "October",
        ["novembre"] = "November", ["dicembre"] = "December", ["due"] = "two", ["tre"] = "three", ["quattro"] = "four",
        ["cinque"] = "five", ["sette"] = "seven", ["otto"] = "eight", ["nove"] = "nine", ["dieci"] = "ten",
        ["quindici"] = "fifteen", ["venti"] = "twenty", ["venticinque"] = "twenty-five", ["trenta"] = "thirty",
        ["cinquanta"] = "fifty", ["cento"] = "hundred",
    },
    // The verbs of the article's topics: stem, what it does ("sign"), what it did ("signed"), each read in its regular
    // forms ("firma", "firmano", "firmato", "firmò", "firmarono", "firmerà"), but the word of the table where one has it.
    are:
    [
        ("firm", "sign", "signed"), ("sigl", "sign", "signed"), ("pens", "think", "thought"), ("pag", "pay", "paid"), ("stanzi", "allocate", "allocated"), ("destin", "allocate", "allocated"),
        ("invi", "send", "sent"), ("mand", "send", "sent"), ("finanzi", "finance", "financed"), ("dur", "last", "lasted"),
        ("rinnov", "renew", "renewed"), ("prolung", "extend", "extended"), ("ratific", "ratify", "ratified"),
        ("approv", "approve", "approved"), ("chiam", "call", "called"), ("signific", "mean", "meant"),
        ("condann", "condemn", "condemned"), ("critic", "criticize", "criticized"), ("appoggi", "support", "supported"),
        ("rifiut", "reject", "rejected"), ("accett", "accept", "accepted"), ("accus", "accuse", "accused"),
        ("dichiar", "declare", "declared"), ("afferm", "state", "stated"), ("comment", "comment", "commented"),
        ("parl", "talk", "talked"), ("raccont", "tell", "told"), ("spieg", "explain", "explained"), ("lament", "complain", "complained"),
        ("protest", "protest", "protested"), ("consider", "consider", "considered"), ("viol", "violate", "violated"),
        ("preoccup", "worry", "worried"), ("minacci", "threaten", "threatened"), ("danneggi", "damage", "damaged"),
        ("install", "install", "installed"), ("stabilizz", "stabilize", "stabilized"), ("miglior", "improve", "improved"),
        ("peggior", "worsen", "worsened"), ("valut", "assess", "assessed"), ("integr", "integrate", "integrated"),
        ("incorpor", "incorporate", "incorporated"), ("entr", "join", "joined"), ("sorvegli", "guard", "guarded"),
        ("pattugli", "patrol", "patrolled"), ("controll", "control", "controlled"), ("occup", "occupy", "occupied"),
        ("partecip", "participate", "participated"), ("negozi", "negotiate", "negotiated"), ("incontr", "meet", "met"),
        ("termin", "end", "ended"), ("guid", "lead", "led"), ("ospit", "host", "hosted"), ("cambi", "change", "changed"),
        ("confront", "compare", "compared"), ("lavor", "work", "worked"), ("aiut", "help", "helped"), ("rest", "remain", "remained"),
        ("cit", "mention", "mentioned"), ("menzion", "mention", "mentioned"), ("pubblic", "publish", "published"),
        ("arriv", "arrive", "arrived"), ("divent", "become", "became"), ("conferm", "confirm", "confirmed"),
        ("sollev", "raise", "raised"), ("annunci", "announce", "announced"), ("organizz", "organize", "organized"),
        ("domand", "ask", "asked"), ("ricord", "remember", "remembered"), ("riassum", "summarize", "summarized"),
        ("ringrazi", "thank", "thanked"), ("celebr", "mark", "marked"), ("programm", "schedule", "scheduled"),
        ("pian", "plan", "planned"), ("fiss", "schedule", "scheduled"), ("rappresent", "represent", "represented"),
        ("chied", "ask", "asked"),
    ],
    ere:
    [
        ("promett", "pledge", "pledged"), ("tem", "fear", "feared"), ("ricev", "receive", "received"), ("riconosc", "recognize", "recognized"),
        ("scriv", "write", "wrote"), ("rispond", "answer", "answered"), ("succed", "happen", "happened"),
        ("accad", "happen", "happened"), ("difend", "defend", "defended"), ("protegg", "protect", "protected"),
        ("presied", "chair", "chaired"), ("annett", "annex", "annexed"), ("sosten", "support", "supported"),
        ("preved", "provide", "provided"), ("scad", "expire", "expired"), ("spend", "spend", "spent"),
        ("coincid", "coincide", "coincided"), ("chied", "ask", "asked"), ("conclud", "conclude", "concluded"),
        ("svolg", "hold", "held"), ("ten", "hold", "held"), ("rimuov", "remove", "removed"), ("viv", "live", "lived"),
        ("rived", "revise", "revised"), ("discut", "discuss", "discussed"),
    ],
    ire:
    [
        ("reag", "react", "reacted"), ("garant", "guarantee", "guaranteed"), ("avvert", "warn", "warned"), ("fin", "end", "ended"),
        ("un", "unite", "united"), ("serv", "serve", "served"), ("fornisc", "provide", "provided"), ("rius", "manage", "managed"),
        ("riun", "meet", "met"), ("gest", "manage", "managed"), ("costru", "build", "built"), ("condivid", "share", "shared"),
    ]);

    // The words written without their accents ("perche", "citta", "firmera"), where that is no other word of the table
    // ("e" is "and", not "è"; "da" is "from", not "dà").
    private static readonly Dictionary<string, string> Unaccented = Words
        .Select(entry => (Key: Accents.Strip(entry.Key), entry.Value))
        .Where(entry => !Words.ContainsKey(entry.Key))
        .GroupBy(entry => entry.Key, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First().Value, StringComparer.Ordinal);

    // Words of the table that English writes too, left as they are in an English sentence ("who signed this thing? Putin e
    // chi altro?"): "a treaty" keeps its "a".
    private static readonly HashSet<string> EnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "in", "no", "come", "dove", "per", "data", "me", "i", "so", "post", "round", "leader", "base", "agenda", "ok",
        "okay", "lol", "bot", "partnership", "referendum", "regime", "fine", "pure", "promise", "state", "x", "ai", "solo", "ha",
        "male",
    };

    // Words neither English, Spanish, Portuguese nor French writes; those English, French or a name shares ("il", "per",
    // "ha", "come", "dove", "ciao") count with another only. Words Spanish or Portuguese share ("quanto", "quando", "con",
    // "del", "una", "nome", "presidente", "governo", "sempre") are no sign of Italian at all: the message is theirs.
    private static readonly MarkerWords Markers = new(
    [
        // Question words, function words and the verbs every question leans on.
        "chi", "che", "cos", "perché", "perchè", "perche", "xké", "xche", "xchè", "quanti", "quante", "quale", "quali",
        "dov", "gli", "degli", "della", "delle", "dello", "dell", "alla", "alle", "nella", "nelle",
        "nello", "nell", "negli", "sulla", "sulle", "sullo", "sull", "sugli", "dalla", "dalle", "dagli", "dall", "è", "sono",
        "hanno", "abbiamo", "stato", "stata", "stati", "essere", "erano", "sarà", "saranno", "anche", "ancora", "già", "più",
        "questo", "questa", "questi", "queste", "quello", "quella", "quelli", "qualcosa", "qualcuno", "invece", "dopo",
        "secondo", "senza", "cmq", "comunque", "raga", "ragazzi", "scusa", "scusate", "grazie", "vero", "giusto", "dimmi",
        "puoi", "vuol", "tutti", "tutto", "vediamo", "chiederti", "chiedere", "funziona", "pensi", "penso", "ammonta", "sto", "lavora", "dimmi", "articoli",
        // The article's acts and things.
        "firmato", "firmata", "firmati", "firmò", "firmarono", "firmatari", "firmatario", "trattato", "trattati", "trattao",
        "accordo", "accordi", "soldi", "miliardi", "miliardo", "rubli", "promesso", "reagito", "detto", "dichiarato",
        "condannato", "ricevuto", "scritto", "articolo", "autore", "colloqui", "negoziati", "confini", "esercito",
        "difesa", "sicurezza", "forze", "reazione", "reazioni", "delegazione", "delegazioni", "presiedeva", "guidava",
        "partecipato", "prossimo", "prossima", "anni", "anno", "durata", "scade", "ossezia", "abcasia", "ginevra", "cremlino",
        "mosca", "riassunto", "riassuntino", "ministero", "esteri", "buongiorno", "buonasera", "buonanotte", "arrivederci",
        "successo", "chiama", "differenze", "qualche", "anniversario", "intende", "funzioni", "aiuto", "diventano", "soldati",
        "russi", "sottoscritto", "copresiedute", "avvenuta", "avvenuto", "denominazione", "incarico", "raccontami", "riassumermi",
    ],
    ["il", "per", "ha", "come", "dove", "ciao", "prima", "sai", "fare", "nn", "dei", "sei", "cosa", "confine"]);

    // A word, or the English of a phrase, marked so that its words are not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:the|is|are|was|were|did|does|do|what|who|when|where|how|which|why|of|to|and|it|they|this|that|with|for|about|you|can|will|has|have|on|his|her|their|signed|money|right)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    // "vero?", "giusto?", "no?", "non è vero?", "o no?", "confermi?", "corretto?" at the end: whether it is so.
    [GeneratedRegex(@"(?:[,\s]+(?:vero|giusto|o\s+no|confermi|corretto|giusto\s+no|vero\s+no|dico\s+bene)|,\s*(?:no|non\s+[èe]\s+vero|[èe]\s+vero|[èe]\s+cos[iì]|esatto|ho\s+ragione))(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<before>(?:^|[.?!,;:(]|\b(?:e|ma|o|and|but|or)\b)\s*)(?:che|ke)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningChe();

    // "ha firmato", "hanno detto": the past, as the English past says it ("signed", "said"), without "has".
    [GeneratedRegex(@"\b(?:ha|hanno|hai|ho|abbiamo|avete|aveva|avevano)\s+(?=(?:(?:già|gia|mai|appena)\s+)?(?:\p{L}{2,}(?:at[oaie]|ut[oaie]|it[oaie])|detto|scritto|promesso|successo|fatto|messo|chiesto|risposto|presieduto|annesso|visto|preso|deciso|discusso|rivisto|raggiunto|concluso|speso|svolto|tenuto|sostenuto|previsto|riconosciuto|sottoscritto|espresso)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();

    // "l'ha firmato Medvedev?": Medvedev signed it.
    [GeneratedRegex(@"(?<![\p{L}'])[Ll]'(?:ha|hanno)\s+(?<verb>\p{L}+)\s+(?<name>\p{Lu}\p{L}+)")]
    private static partial Regex ItDoneBy();

    // "a Ginevra", "al Cremlino", "a febbraio": in a place or a month, where "a" elsewhere is "to".
    [GeneratedRegex(@"\b(?:a|al|ad)\s+(?=(?:ginevra|geneva|mosca|moscow|tbilisi|tskhinvali|sukhumi|sokhumi|bruxelles|brussels|washington|roma|new\s+york|cremlino|kremlin|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex InPlace();

    // "c'è", "dell'Ossezia", "cos'è": elisions only Italian writes.
    [GeneratedRegex(@"(?<![\p{L}'])(?:dell|nell|sull|dall|cos|com|dov|quest|quell|c(?='(?:è|era|erano|entra)))'\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex ItalianElision();

    [GeneratedRegex(@"(?<![\p{L}'])(l|dell|nell|sull|dall)\s+(?=[aeiouAEIOU]\p{L})")]
    private static partial Regex SpacedElision();

    [GeneratedRegex(@"(?<!\p{L})(?:russia|georgia|ossezia|ossetia|abkhazia|abcasia|crimea|ucraina|mosca|ginevra|tskhinvali|sokhumi|svizzera|cina|america|europa|italia)\b")]
    private static partial Regex SmallName();

    [GeneratedRegex(@"(?<=\p{L}\s+)e(?=\s*(?:[?!.,;]|$))")]
    private static partial Regex EndingE();

    // "e dove?", "e come?": a follow-up only Italian opens so.
    [GeneratedRegex(@"^\W*[Ee]\s+(?:dove|come|poi|allora|invece)\b")]
    private static partial Regex FollowUp();

    [GeneratedRegex(@"\b(?:che\s+)?(?:cosa|che)\s+(?:ha|hanno)\s+(?=(?:detto|fatto|dichiarato|chiesto|risposto|promesso|scritto|deciso|proposto|pensato|commentato|annunciato)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhatDid();

    [GeneratedRegex(@"\bcome\s+l'(?:ha|hanno)\s+pres[aoie]\b", RegexOptions.IgnoreCase)]
    private static partial Regex TookIt();

    [GeneratedRegex(@"(?<!\p{L})(?:[èé]|E'|e'|È|era|(?<are>sono|sei|siete|siamo|erano))\s+stat[oaie]\b")]
    private static partial Regex Been();

    // "l'ha firmato", "l'hanno firmato": the "l'" of a verb is it.
    [GeneratedRegex(@"(?<![\p{L}'])[Ll]'(?=(?:ha|hanno|hai|ho|abbiamo|avete|aveva|avevano|avrà)\b)")]
    private static partial Regex ElidedIt();

    // "la Russia", "l'Ossezia", "della Georgia", "dell'Abkhazia": an article before a name.
    [GeneratedRegex(@"(?<![\p{L}'])(?:(?:[Ii]l|[Ll]o|[Ll]a|[Ll]e|[Gg]li|i|[Ll]')|(?<prep>[Dd]el(?:l[oaei]|l')?|[Dd]e(?:i|gli)|[Aa]l(?:l[oae]|l')?|[Aa](?:i|gli)|[Nn]el(?:l[oae]|l')?|[Nn]e(?:i|gli)|[Ss]ul(?:l[oae]|l')?|[Ss]u(?:i|gli)|[Dd]al(?:l[oae]|l')?|[Dd]a(?:i|gli)|[Cc]ol(?:l')?|[Cc]oi))(?:\s+|(?<='))(?=\p{Lu})(?!(?:Sud|Nord)\b)")]
    private static partial Regex ArticleBeforeName();

    // "l'articolo", "dell'accordo", "c'è", "cos'è", "un'altra": an elided word, read as its own word.
    [GeneratedRegex(@"(?<![\p{L}'])(?<word>\p{L}{1,5})'(?=\p{L})")]
    private static partial Regex Elided();

    // The regular forms of -are, -ere and -ire verbs, where no word of the table has the form already.
    private static Dictionary<string, string> WithVerbs(Dictionary<string, string> words,
        (string Stem, string Now, string Past)[] are, (string Stem, string Now, string Past)[] ere, (string Stem, string Now, string Past)[] ire)
    {
        foreach (var (word, english) in Participles)
        {
            words.TryAdd(word, english);
        }

        void Add((string Stem, string Now, string Past)[] verbs, string he, string[] now, string[] past, string[] will)
        {
            foreach (var (stem, present, done) in verbs)
            {
                words.TryAdd(stem + he, ReaderTables.ThirdPerson(present));
                foreach (var ending in now)
                {
                    words.TryAdd(stem + ending, present);
                }

                foreach (var ending in past)
                {
                    words.TryAdd(stem + ending, done);
                }

                foreach (var ending in will)
                {
                    words.TryAdd(stem + ending, $"will {present}");
                }
            }
        }

        Add(are, "a", ["ano", "are", "ando", "iamo", "i", "ino"], ["ato", "ata", "ati", "ò", "arono", "ava", "avano"], ["erà", "eranno"]);
        Add(ere, "e", ["ono", "ere", "endo", "iamo", "a", "ano"], ["uto", "uta", "uti", "ette", "é", "ettero", "erono", "eva", "evano"], ["erà", "eranno"]);
        Add(ire, "e", ["ono", "ire", "endo", "iamo", "isce", "iscono", "a", "ano"], ["ito", "ita", "iti", "ite", "ì", "irono", "iva", "ivano"], ["irà", "iranno"]);
        return words;
    }
}
