using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// French as Quebecers mix it into English, from Franglais and joual up to whole French questions: "qui a signé le
/// traité?" is "who signed the treaty?", "c'est quoi l'Abkhazie?" "what is the Abkhazia?", "combien d'argent la Russie
/// donne à l'Ossétie du Sud?" how much money Russia gives to South Ossetia, "la Russie a-tu signé un deal similaire?" a
/// yes/no question ("-tu" asks, as "est-ce que" does) about a similar deal, "signé à Moscou, hein?" "signed in Moscow,
/// right?", "merci ben!" thanks, "c quoi lossetie du sud" what South Ossetia is. Elided words are read with their word
/// ("l'article", "j'ai", "t'es"), with or without accents ("signe", "geneve"), and chat spellings ("bcp", "koi") too.
/// Rewritten word for word before the question is read (the bot reads words, not word order; an adjective moves before
/// its noun, where the examples have it), and only in a message with a word English has not ("qui", "quoi", "c'est",
/// "pis", "signé") or two it shares with English, its names or another language ("le", "la", "pour", "est", "l'",
/// "Genève", "traité"), so that "Le Monde", "Des Moines", "pour" or "was it signed in Genève?" elsewhere keep their
/// meaning, and the vocabulary's own French names ("ossétie", "crimée") stay its words. Learners' single borrowings
/// ("who firmed the accord?") are <see cref="MixedLanguage"/>'s.
/// </summary>
internal static partial class French
{
    /// <summary><paramref name="text"/> with French words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!IsFrench(text))
        {
            return text;
        }

        text = text.Replace('\u2019', '\'');
        // "9,2 milliards": a decimal comma.
        text = DecimalComma().Replace(text, ".");
        // "signé à Moscou, hein?", "c'est 25 ans, c'est ça?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "lossetie du sud", "larticle": an elision typed without its apostrophe.
        text = UnmarkedElision().Replace(text, "$0'");
        // "Que dit l'article?", "Qu'a dit Psaki?": a "que" that opens the question asks what.
        text = OpeningQue().Replace(text, "what ");
        // "l'article parle de quoi?": what the article is about, asked as English asks it.
        text = AboutWhat().Replace(text, "what is ${subject} about");
        text = Phrases.InEnglish(text);
        // "salut, ça va?": how the reader is.
        text = HowAreYou().Replace(text, "how are you");
        text = Cv().Replace(text, "how are you doing");
        // "bon ben a+": see you later.
        text = SeeYou().Replace(text, "see you later");
        // "un traité semblable", "la délégation russe": an adjective after its noun, before it as English has it.
        text = PostposedAdjective().Replace(text, "${adjective} ${noun}");
        // "donne à l'Ossétie", "promis aux Abkhazes": given to someone, where "à" elsewhere is where ("signé à Moscou").
        text = GivenTo().Replace(text, m => (m.Groups["told"].Success ? "told " : $"{m.Groups["verb"].Value} to ")
            + (m.Groups["to"].Value.Equals("aux", StringComparison.OrdinalIgnoreCase) ? "the " : string.Empty));
        // "ils ont parlé de la Crimée": talked about it, where "parle-tu russe?" speaks it.
        text = TalkedAbout().Replace(text, "talk about ");
        // "la Russie a-tu signé?", "Washington va-tu reconnaître?", "a-t-il signé?": the particle or the inverted pronoun
        // that makes a yes/no question; "est-ce que" does the same (see the phrases).
        text = Interrogative().Replace(text, string.Empty);
        // "il a dit", "ils ont signé": the past, as the English past says it ("he said", "they signed"), without "has".
        text = Auxiliary().Replace(text, string.Empty);
        return Word().Replace(text, Translated);
    }

    // One point for a word French shares with English or another language, two for one only French has; two are needed.
    private static bool IsFrench(string text)
    {
        // "hello bot, cv?", "abkhazie c un pays?": chat French that English never writes.
        if (Markers.AreIn(text) || ChatFrench().IsMatch(text))
        {
            return true;
        }

        // "l'article", "d'argent", "c'est", "j'ai": an elided word. English has "c'mon", "d'oh", "L'Oréal" or "O'Brien",
        // so an elision counts as a shared word, except "qu'", "j'" and "c'est", which only French writes.
        if (text.IndexOf('\'') < 0 && text.IndexOf('\u2019') < 0)
        {
            return false;
        }

        var found = 0;
        foreach (var match in Elision().EnumerateMatches(text))
        {
            found += text[match.Index] is 'q' or 'Q' or 'j' or 'J' || (text[match.Index] is 'c' or 'C' && text[match.Index + 2] is 'e' or 'é' or 't') ? 2 : 1;
            if (found >= 2)
            {
                return true;
            }
        }

        return found == 1 && AnyShared.AreIn(text);
    }

    private static string Translated(Match m)
    {
        var word = m.Groups["w"].Value;
        var english = Acronym(word) ?? Lookup(word, m) ?? word;
        if (!m.Groups["el"].Success)
        {
            return english;
        }

        // "l'", "d'", "qu'", "j'm'": each elided word in English before the word it leans on.
        var elided = new StringBuilder();
        foreach (var part in m.Groups["el"].Value.Split('\'', StringSplitOptions.RemoveEmptyEntries))
        {
            var said = Elided.GetValueOrDefault(part.ToLowerInvariant(), string.Empty);
            elided.Append(said).Append(said.Length > 0 ? " " : string.Empty);
        }

        return elided + english;
    }

    // "UE", "ONU", "OTAN": French initials; English ones ("US", "UN", "SO") stay as they are.
    private static string? Acronym(string word) =>
        word.Length is >= 2 and <= 4 && word.All(char.IsUpper) ? Acronyms.GetValueOrDefault(word, word) : null;

    private static string? Lookup(string word, Match m)
    {
        var lower = word.ToLowerInvariant();
        if (!Words.TryGetValue(lower, out var english) && !Words.TryGetValue(Accents.Strip(lower), out english))
        {
            return null;
        }

        // "any comment?", "no comment", "a ton of money": the English word, after an English determiner; "non-binding"
        // keeps its prefix.
        return (EnglishToo.Contains(lower) && EnglishBefore().IsMatch(m.Result("$`")))
            || (lower == "non" && m.Groups["prefix"].Success) ? null : english;
    }

    // Each word or phrase also as it is typed without its accents ("genève" as "geneve"), unless that makes other words:
    // "ou" is "or", "où" "where", "la" "the", "là" "there"; "à" is no "a", "résumé" no "resume", "moé" no "moe", "à plus"
    // no "a plus".
    private static Dictionary<string, string> WithoutAccents(Dictionary<string, string> table)
    {
        foreach (var (word, english) in table.ToList())
        {
            if (word is not ("à" or "résumé" or "résume" or "moé" or "toé" or "précédent" or "unité" or "début" or "à plus")
                && !word.Split(' ').Any(w => w is "là" or "où"))
            {
                table.TryAdd(Accents.Strip(word), english);
            }
        }

        return table;
    }

    private static readonly Dictionary<string, string> Acronyms = new(StringComparer.Ordinal)
    {
        ["UE"] = "EU", ["ONU"] = "UN", ["OTAN"] = "NATO", ["IA"] = "AI", ["SVP"] = "please", ["STP"] = "please",
    };

    // "c'" is "it", "l'" "the": what each elided word is in English.
    private static readonly Dictionary<string, string> Elided = new(StringComparer.Ordinal)
    {
        ["c"] = "it", ["l"] = "the", ["d"] = "of", ["j"] = "I", ["t"] = "you", ["m"] = "me", ["n"] = string.Empty,
        ["s"] = string.Empty, ["qu"] = string.Empty, ["jusqu"] = "until", ["lorsqu"] = string.Empty, ["puisqu"] = "because",
        ["quoiqu"] = string.Empty,
    };

    // Several words that mean one thing, before the words are read one by one. Written with spaces: a hyphen may join
    // them too ("est-ce que", "est ce que").
    private static readonly Dictionary<string, string> PhraseTable = WithoutAccents(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        // Questions.
        ["qu'est ce"] = "what", ["qu'est ce qui"] = "what", ["qu'est ce que c'est"] = "what is it", ["est ce"] = "does",
        ["c'est quoi"] = "what is", ["c quoi"] = "what is", ["c qui"] = "who is", ["c quand"] = "when is", ["c où"] = "where is",
        ["c est"] = "it is", ["c tu"] = "is it", ["cest quoi"] = "what is", ["cest qui"] = "who is", ["cest quand"] = "when is",
        ["cest où"] = "where is", ["cest tu"] = "is it", ["cetait quoi"] = "what was", ["cetait qui"] = "who was", ["j'ai"] = "I have", ["j'avais"] = "I had", ["a eu"] = "had", ["ont eu"] = "had", ["aide financière"] = "financial aid", ["on dit quoi"] = "what's up", ["quoi de neuf"] = "what's up",
        ["ça vient faire quoi"] = "what does it have to do with",
        ["de quoi"] = "about what", ["de quoi il parle"] = "what is it about", ["de quoi elle parle"] = "what is it about",
        ["de quoi parle"] = "what is about", ["parle de quoi"] = "is about what", ["parlent de quoi"] = "talk about what",
        ["l'issue"] = "the outcome", ["quelle issue"] = "what outcome", ["une issue"] = "an outcome", ["s'occupe"] = "is responsible", ["en charge"] = "in charge", ["prendre en charge"] = "take responsibility for",
        ["chargé de"] = "responsible for", ["chargée de"] = "responsible for", ["responsable de"] = "responsible for", ["s'occupent"] = "are responsible", ["s'occuper"] = "be responsible",
        ["s'occupera"] = "will be responsible", ["va s'occuper"] = "will be responsible", ["est sorti"] = "came out",
        ["sont sortis"] = "came out", ["a donné"] = "resulted in", ["avoir lieu"] = "take place", ["a eu lieu"] = "took place",
        ["ont eu lieu"] = "took place", ["aura lieu"] = "will take place", ["a lieu"] = "takes place", ["à la tête"] = "at the head",
        ["mise en œuvre"] = "implementation", ["mise en oeuvre"] = "implementation", ["mettre en garde"] = "warn",
        ["mis en garde"] = "warned", ["point de vue"] = "view", ["premier ministre"] = "prime minister",
        ["haute représentante"] = "High Representative", ["haut représentant"] = "High Representative",
        ["secrétaire d'état"] = "State Secretary", ["quart de siècle"] = "quarter century", ["projet de traité"] = "draft treaty",
        ["exercices militaires"] = "military exercises", ["base militaire"] = "military base", ["bases militaires"] = "military bases",
        ["troupes frontalières"] = "border troops", ["plus profonde"] = "deeper", ["plus profond"] = "deeper",
        ["plus étroite"] = "closer", ["socio économique"] = "social-economic", ["ce gars"] = "this guy", ["je parle à"] = "am I talking to",
        ["je parle avec"] = "am I talking to", ["on parle à"] = "am I talking to", ["quel est le rapport"] = "what is the link", ["quel rapport"] = "what link",
        ["déjà vu"] = "repeat", ["tu trouves"] = "do you think", ["trouves tu"] = "do you think", ["vous trouvez"] = "do you think",
        ["ce que"] = string.Empty, ["ce qui"] = string.Empty, ["donne moi"] = "give me", ["dis moi"] = "tell me", ["dites moi"] = "tell me",
        ["explique moi"] = "explain to me", ["expliquez moi"] = "explain to me", ["résume moi"] = "summarize for me",
        ["raconte moi"] = "tell me", ["porte quel nom"] = "what is the name", ["porte le nom"] = "is called",
        ["en quoi consiste"] = "what is", ["consiste en quoi"] = "is what", ["ou est ce"] = "where does", ["quoi comme"] = "what kind of", ["c'est quoi comme"] = "what kind of",
        ["comme pays"] = "kind of country", ["fait quoi dans la vie"] = "what is the job",
        ["fait dans la vie"] = "does for a job", ["ont donné"] = "resulted in", ["donné quoi"] = "what was the outcome",
        ["était là"] = "was there", ["était tu là"] = "was there", ["étaient tu là"] = "were there", ["est tu là"] = "is there",
        ["qui me parle"] = "who am I talking to", ["à qui je parle"] = "who am I talking to", ["je parle à qui"] = "who am I talking to",
        ["en parle"] = "talk about it", ["en parlent"] = "talk about it", ["en parlait"] = "talked about it", ["en parlaient"] = "talked about it", ["étaient là"] = "were there", ["est là"] = "is there", ["sont là"] = "are there",
        ["ministère géorgien des affaires étrangères"] = "Georgian foreign ministry", ["ministère russe des affaires étrangères"] = "Russian foreign ministry",
        ["ministre géorgien des affaires étrangères"] = "Georgian foreign minister", ["ministre russe des affaires étrangères"] = "Russian foreign minister",
        ["vice ministre"] = "deputy minister", ["vice ministre des affaires étrangères"] = "deputy foreign minister",
        ["c'était quoi"] = "what was", ["c'tait quoi"] = "what was", ["c'est qui"] = "who is", ["c'était qui"] = "who was",
        ["c'tait qui"] = "who was", ["c'est quand"] = "when is", ["c'était quand"] = "when was", ["c'tait quand"] = "when was",
        ["c'est où"] = "where is", ["c'était où"] = "where was", ["c'est combien"] = "how much is",
        ["c'est tu"] = "is it", ["c'était tu"] = "was it", ["c'tu"] = "is it", ["c'tait tu"] = "was it",
        ["y'a tu"] = "is there", ["y a tu"] = "is there", ["y'a"] = "there is", ["il y a"] = "there is", ["y'avait"] = "there was",
        ["il y avait"] = "there was", ["y avait"] = "there was", ["y'a eu"] = "there was", ["il y a eu"] = "there was",
        ["y'a t il"] = "is there", ["y a t il"] = "is there",
        ["quel est"] = "what is", ["quelle est"] = "what is", ["quels sont"] = "what are", ["quelles sont"] = "what are",
        ["quel était"] = "what was", ["quelle était"] = "what was", ["quel âge"] = "how old", ["de quel pays"] = "from which country",
        ["quel pays"] = "which country", ["quels pays"] = "which countries", ["le pays"] = "the country", ["les pays"] = "the countries",
        ["un pays"] = "a country", ["du pays"] = "of the country", ["ce pays"] = "this country", ["son pays"] = "his country",
        ["des pays"] = "countries", ["leur pays"] = "their country",
        ["combien de temps"] = "how long", ["combien d'années"] = "how many years", ["combien d'ans"] = "how many years",
        ["combien d'argent"] = "how much money", ["combien de fois"] = "how many times", ["combien de monde"] = "how many people",
        ["pour quoi"] = "what for", ["pour qui"] = "for whom", ["par qui"] = "by whom", ["à qui"] = "to whom", ["avec qui"] = "with whom",
        ["de quoi ça parle"] = "what is it about", ["ça parle de quoi"] = "what is it about", ["ça parle de"] = "it is about",
        ["ça dit quoi"] = "what does it say",
        ["ça a donné quoi"] = "what was the outcome", ["ça donne quoi"] = "what is the outcome", ["à quoi sert"] = "what is the purpose of",
        ["comment s'appelle"] = "what is the name of", ["s'appelle comment"] = "what is the name", ["comment ça s'appelle"] = "what is it called",
        ["s'appelle"] = "is called", ["s'appellent"] = "are called", ["ça s'appelle"] = "it is called",
        ["comment ça marche"] = "how does this work", ["ça marche comment"] = "how does this work", ["comment ça fonctionne"] = "how does this work",
        ["comment ça va"] = "how are you", ["comment vas tu"] = "how are you", ["comment allez vous"] = "how are you",
        ["comment ça se fait"] = "why", ["pourquoi ça"] = "why",
        // Who is asked: the bot.
        ["t'es qui"] = "who are you", ["qui es tu"] = "who are you", ["qui êtes vous"] = "who are you", ["t'es tu"] = "are you",
        ["es tu"] = "are you", ["êtes vous"] = "are you", ["t'es"] = "you are", ["tu es"] = "you are", ["vous êtes"] = "you are",
        ["peux tu"] = "can you", ["pouvez vous"] = "can you", ["pourrais tu"] = "could you", ["pourriez vous"] = "could you",
        ["tu peux"] = "can you", ["vous pouvez"] = "can you", ["je peux"] = "can I", ["j'peux"] = "can I", ["est ce que je peux"] = "can I",
        ["sais tu"] = "do you know", ["tu sais"] = "do you know", ["connais tu"] = "do you know",
        ["t'en penses quoi"] = "what do you think", ["tu en penses quoi"] = "what do you think", ["qu'en penses tu"] = "what do you think",
        ["qu'en pensez vous"] = "what do you think", ["en pense quoi"] = "what does think", ["en pensent quoi"] = "what do think",
        ["penses tu"] = "do you think", ["crois tu"] = "do you think", ["selon toi"] = "do you think", ["selon vous"] = "do you think",
        ["d'après toi"] = "do you think", ["à ton avis"] = "in your opinion", ["ton avis"] = "your opinion",
        ["je fais quoi"] = "what do I do", ["tu fais quoi"] = "what do you do", ["qu'est ce que tu fais"] = "what do you do",
        ["tu peux faire quoi"] = "what can you do", ["tu sers à quoi"] = "what are you used for",
        ["qu'est ce que je peux te demander"] = "what can I ask you", ["qu'est ce que je peux demander"] = "what can I ask",
        ["que je peux te poser"] = "I can ask you", ["que je peux poser"] = "I can ask", ["te poser"] = "ask you", ["poser une question"] = "ask a question",
        ["t'es là"] = "are you there", ["es tu là"] = "are you there",
        // Greetings, thanks and goodbyes.
        ["bon matin"] = "good morning", ["bonne journée"] = "have a nice day", ["bonne soirée"] = "have a nice evening",
        ["bonne nuit"] = "good night", ["bonne fin de soirée"] = "have a nice evening", ["bonne fin de semaine"] = "have a nice weekend",
        ["au revoir"] = "goodbye", ["à la prochaine"] = "see you next time", ["à plus"] = "see you later", ["à plus tard"] = "see you later",
        ["à bientôt"] = "see you soon", ["à tantôt"] = "see you later", ["à demain"] = "see you tomorrow", ["bye bye"] = "bye bye",
        ["je te laisse"] = "I have to go", ["j'te laisse"] = "I have to go", ["je vous laisse"] = "I have to go",
        ["je dois y aller"] = "I have to go", ["faut que j'y aille"] = "I have to go", ["c'est tout pour moi"] = "that's all for me",
        ["c'est tout"] = "that's all", ["merci beaucoup"] = "thank you very much", ["merci bien"] = "thanks",
        ["merci ben"] = "thanks", ["mille mercis"] = "thanks a lot", ["merci encore"] = "thanks again", ["de rien"] = "you're welcome",
        // Fillers.
        ["en gros"] = "in short", ["vite fait"] = "quickly", ["au juste"] = "exactly", ["tout à fait"] = "exactly",
        ["en fait"] = "actually", ["de toute façon"] = "anyway", ["par exemple"] = "for example", ["s'il te plaît"] = "please",
        ["s'il vous plaît"] = "please", ["s'il te plait"] = "please", ["s'il vous plait"] = "please", ["bon ben"] = "ok",
        ["ben là"] = string.Empty, ["pis là"] = "and", ["tsé veux dire"] = string.Empty, ["veux dire"] = "mean",
        ["ça veut dire"] = "it means", ["ça veut dire quoi"] = "what does it mean", ["veut dire quoi"] = "what does mean",
        ["ou quoi"] = "or what", ["ou pas"] = "or not", ["ou non"] = "or not", ["oui ou non"] = "yes or no",
        ["au complet"] = "completely", ["en ce moment"] = "right now", ["à l'heure actuelle"] = "right now",
        ["aujourd'hui"] = "today", ["quelqu'un"] = "someone", ["quelque chose"] = "something", ["n'importe quoi"] = "anything",
        ["là dedans"] = "in this", ["là bas"] = "there", ["peut être"] = "maybe", ["d'abord"] = string.Empty,
        ["en tout"] = "in total", ["au total"] = "in total", ["à cause de"] = "because of", ["grâce à"] = "thanks to",
        ["d'accord avec"] = "agree with", ["d'accord"] = "agree", ["pas d'accord"] = "disagree", ["à propos de"] = "about",
        ["au sujet de"] = "about", ["par rapport à"] = "about", ["concernant"] = "about", ["selon l'article"] = "according to the article",
        ["selon le texte"] = "according to the text", ["selon eux"] = "according to them", ["j'm'en rappelle pu"] = "I forgot",
        ["je m'en rappelle pas"] = "I forgot", ["je me souviens pas"] = "I forgot", ["j'me souviens pu"] = "I forgot",
        ["de chaque bord"] = "on each side", ["de chaque côté"] = "on each side", ["des deux côtés"] = "on both sides",
        ["à la fin"] = "in the end", ["d'ici la fin"] = "by the end of", ["d'ici la fin de"] = "by the end of", ["d'ici"] = "by",
        ["plus loin"] = "further", ["va plus loin"] = "goes further", ["plus poussé"] = "goes further", ["tout le monde"] = "everyone",
        ["le monde entier"] = "the world", ["la communauté internationale"] = "the international community",
        ["en général"] = "in general", ["fait partie de"] = "belongs to", ["font partie de"] = "belong to", ["fait partie"] = "is part", ["font partie"] = "are part", ["faire partie"] = "be part",
        ["faisait partie"] = "was part", ["fait référence"] = "refers", ["ça réfère"] = "it refers", ["se sont entendus"] = "agreed",
        ["se sont mis d'accord"] = "agreed", ["se revoient"] = "meet again", ["se rencontrent"] = "meet", ["s'est passé"] = "happened",
        ["s'est produit"] = "happened", ["s'est signé"] = "was signed", ["a été signé"] = "was signed", ["ont été signés"] = "were signed",
        ["été signé"] = "been signed", ["faute de frappe"] = "typo", ["vieux de"] = "old",
        // The article's things, places and people.
        ["ossétie du sud"] = "South Ossetia", ["osétie du sud"] = "South Ossetia", ["ossetie du sud"] = "South Ossetia",
        ["ossétie du nord"] = "North Ossetia", ["sud ossétie"] = "South Ossetia", ["forces armées"] = "armed forces",
        ["garde frontières"] = "border guards", ["gardes frontières"] = "border guards", ["garde frontière"] = "border guard",
        ["gardes frontière"] = "border guards", ["gardes côtes"] = "coast guards", ["co présidents"] = "co-chairs",
        ["co présidait"] = "co-chaired", ["co présidaient"] = "co-chaired", ["co présidé"] = "co-chaired", ["co président"] = "co-chair",
        ["co présidence"] = "co-chairs", ["co présider"] = "co-chair", ["porte parole"] = "spokeswoman",
        ["états unis"] = "United States", ["etats unis"] = "United States", ["maison blanche"] = "White House",
        ["union européenne"] = "EU", ["nations unies"] = "United Nations", ["département d'état"] = "State Department",
        ["ministère des affaires étrangères"] = "foreign ministry", ["ministre des affaires étrangères"] = "foreign minister",
        ["affaires étrangères"] = "foreign affairs", ["politique étrangère"] = "foreign policy", ["chef de la diplomatie"] = "foreign policy chief",
        ["police secrète"] = "secret police", ["services secrets"] = "secret services", ["services de sécurité"] = "security services",
        ["agences de sécurité"] = "security agencies", ["organes de sécurité"] = "security bodies",
        ["panneaux d'avertissement"] = "warning signs", ["panneaux de signalisation"] = "warning signs", ["panneaux"] = "signs",
        ["intégrité territoriale"] = "territorial integrity", ["alliance et d'intégration"] = "alliance and integration",
        ["partenariat stratégique"] = "strategic partnership", ["vingt cinq"] = "25", ["vingt cinq ans"] = "25 years",
        ["cinquante ans"] = "50 years", ["dix ans"] = "10 years", ["un an"] = "one year", ["une année"] = "one year",
        ["milliard de roubles"] = "billion rubles", ["milliards de roubles"] = "billion rubles", ["million de roubles"] = "million rubles",
        ["millions de roubles"] = "million rubles", ["dollars canadiens"] = "Canadian dollars", ["par année"] = "per year",
        ["par an"] = "per year", ["mot à mot"] = "word for word", ["ligne de démarcation"] = "demarcation line",
        ["ligne d'occupation"] = "occupation line", ["régime d'occupation"] = "occupation regime",
        ["discussions internationales de genève"] = "Geneva International Discussions", ["prochaine ronde"] = "next round",
        ["prochaine rencontre"] = "next meeting", ["prochaine réunion"] = "next meeting", ["prochaine session"] = "next session",
        // Who wrote the article: "signé par" under an article is its byline, not the treaty's signatories.
        ["article signé par"] = "article written by", ["papier signé par"] = "article written by",
        ["de quel journaliste"] = "by which journalist", ["ce papier"] = "this article", ["le papier"] = "the article",
        // Common turns of a question about the story.
        ["dont ils parlent"] = "they talk about", ["dont il parle"] = "it talks about", ["dont on parle"] = "we talk about",
        ["dont parle"] = "that talks about", ["celui ci"] = "this one", ["celle ci"] = "this one", ["combien de mois"] = "how many months",
        ["combien de jours"] = "how many days", ["combien de semaines"] = "how many weeks",
        ["y avait qui"] = "who was there", ["il y avait qui"] = "who was there", ["y'avait qui"] = "who was there",
        ["autour de la table"] = "at the table", ["entre dans"] = "joins", ["entrer dans"] = "join", ["entrait dans"] = "joined",
        ["entrée dans"] = "joining", ["était représentée"] = "took part", ["était représenté"] = "took part",
        ["étaient représentés"] = "took part", ["étaient représentées"] = "took part", ["là dessus"] = "about it", ["la dessus"] = "about it", ["c combien"] = "how much is it",
        ["cheffe de la diplomatie"] = "foreign policy chief", ["cheffe de la diplomatie européenne"] = "EU foreign policy chief",
        ["chef de la diplomatie européenne"] = "EU foreign policy chief", ["entendu parler"] = "heard", ["au lieu de"] = "instead of",
        ["au lieu d'"] = "instead of", ["qui a raison"] = "who is right", ["il se passe quoi"] = "what is happening",
        ["se passe t il"] = "is happening", ["qu'est ce qui se passe"] = "what is happening", ["se passe quoi"] = "what is happening",
        ["c'est top"] = "great", ["ton truc"] = "your thing",
        ["réactions au"] = "reactions to the", ["réactions à"] = "reactions to",
        // "l'histoire de la Crimée" is its history; "l'histoire" alone is the story of the treaty.
        ["histoire de la crimée"] = "history of Crimea", ["histoire de crimée"] = "history of Crimea",
        ["histoire avec la crimée"] = "history of Crimea", ["histoire avec crimée"] = "history of Crimea",
        // "l'article est signé par": its byline too.
        ["article est signé par"] = "article is written by", ["article a été signé par"] = "article was written by",
        ["article était signé par"] = "article was written by", ["papier est signé par"] = "article is written by",
        ["a signé l'article"] = "wrote the article", ["signé l'article"] = "wrote the article",
        // Chat "c" for "c'est": "abkhazie c un pays?", "ossetie du sud c koi".
        ["c un"] = "is it a", ["c une"] = "is it a", ["c un pays"] = "is it a country", ["c koi"] = "what is", ["c ki"] = "who is",
        ["ce mec"] = "this guy", ["ce type"] = "this guy",
        // "elle bosse où?": slang for working.
        ["bosse où"] = "works where",
        // "je sais pas quoi te demander": what the reader can ask, a clause of its own.
        ["je sais pas quoi te demander"] = ", what can I ask you", ["je sais pas quoi demander"] = ", what can I ask you",
        ["je ne sais pas quoi te demander"] = ", what can I ask you", ["je ne sais pas quoi demander"] = ", what can I ask you",
        ["j'sais pas quoi te demander"] = ", what can I ask you", ["sais pas quoi te demander"] = ", what can I ask you",
        // "passent sous contrôle russe": units that become part of Russia's forces.
        ["forces de sécurité"] = "security agencies", ["passent sous contrôle"] = "become part of",
        ["passent sous le contrôle"] = "become part of the", ["passeront sous contrôle"] = "will become part of",
        ["passer sous contrôle"] = "become part of", ["passe sous contrôle"] = "becomes part of",
        // "ont fait quoi face au traité": in answer to it.
        ["face au"] = "about the", ["face aux"] = "about the", ["face à"] = "about",
        // "ont abouti à quoi": what the talks came to.
        ["abouti à"] = "resulted in", ["aboutit à"] = "results in", ["aboutir à"] = "result in", ["aboutissent à"] = "result in",
        // "comment on dit merci en géorgien": a word in a language, which the article does not give.
        ["comment on dit"] = "how do you say", ["comment dit on"] = "how do you say", ["comment tu dis"] = "how do you say",
        ["comment dire"] = "how do you say", ["comment ça se dit"] = "how do you say", ["comment se dit"] = "how do you say",
        ["a une signification particulière"] = "has a special meaning", ["a une signification"] = "has a meaning",
        ["signification particulière"] = "special meaning",
    });

    private static readonly Phrasebook Phrases = new(PhraseTable, hyphens: true);

    // Words that are French here and English after "a", "any" or "no" ("any comment?", "the plus side").
    private static readonly HashSet<string> EnglishToo = new(StringComparer.Ordinal) { "comment", "plus", "dire", "pour", "son", "fin", "ton", "premier", "full", "car", "cent", "court" };

    // One word each. Words English writes alike and means alike ("date", "deal", "article") need no entry.
    private static readonly Dictionary<string, string> Words = WithoutAccents(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Question words.
        ["qui"] = "who", ["quoi"] = "what", ["que"] = string.Empty, ["qu"] = string.Empty, ["quand"] = "when", ["où"] = "where",
        ["pourquoi"] = "why", ["comment"] = "how", ["combien"] = "how much", ["combientième"] = "which", ["quel"] = "which",
        ["quelle"] = "which", ["quels"] = "which", ["quelles"] = "which", ["lequel"] = "which", ["laquelle"] = "which",
        ["lesquels"] = "which", ["lesquelles"] = "which",
        // Articles, prepositions and conjunctions.
        ["le"] = "the", ["la"] = "the", ["les"] = "the", ["un"] = "a", ["une"] = "a", ["des"] = "of the", ["du"] = "of the",
        ["de"] = "of", ["au"] = "in the", ["aux"] = "in the", ["à"] = "in", ["en"] = "in", ["dans"] = "in",
        ["sur"] = "about", ["pour"] = "for", ["par"] = "by", ["avec"] = "with", ["sans"] = "without", ["chez"] = "at",
        ["entre"] = "between", ["vers"] = "toward", ["contre"] = "against", ["depuis"] = "since", ["pendant"] = "during",
        ["avant"] = "before", ["après"] = "after", ["apres"] = "after", ["sous"] = "under", ["et"] = "and", ["ou"] = "or",
        ["pis"] = "and", ["puis"] = "then", ["mais"] = "but", ["donc"] = "so", ["car"] = "because", ["parce"] = "because",
        ["si"] = "if", ["comme"] = "like", ["aussi"] = "too", ["également"] = "also", ["encore"] = "still", ["toujours"] = "still",
        ["déjà"] = string.Empty, ["ensemble"] = "together", ["ni"] = "nor", ["selon"] = "according to", ["lors"] = "at the time",
        ["ce"] = "this", ["cet"] = "this", ["cette"] = "this", ["ces"] = "these", ["ça"] = "it", ["ca"] = "it", ["cela"] = "that",
        ["ceci"] = "this", ["celui"] = "the one", ["celle"] = "the one", ["ceux"] = "those", ["celles"] = "those",
        ["tout"] = "all", ["toute"] = "all", ["tous"] = "all", ["toutes"] = "all", ["autre"] = "other", ["autres"] = "other",
        ["même"] = "same", ["mêmes"] = "same", ["chaque"] = "each", ["quelques"] = "some", ["plusieurs"] = "several",
        ["plus"] = "more", ["moins"] = "less", ["très"] = "very", ["trop"] = "too", ["beaucoup"] = "a lot", ["peu"] = "little",
        ["pas"] = "not", ["ne"] = string.Empty, ["jamais"] = "never", ["rien"] = "nothing", ["pu"] = string.Empty,
        ["oui"] = "yes", ["non"] = "no", ["ouais"] = "yeah", ["ouin"] = "yeah", ["ici"] = "here", ["icitte"] = "here", ["là"] = string.Empty,
        ["y"] = "he",
        // Pronouns.
        ["je"] = "I", ["tu"] = "you", ["il"] = "he", ["elle"] = "she", ["nous"] = "we",
        ["vous"] = "you", ["ils"] = "they", ["elles"] = "they", ["me"] = "me", ["te"] = "you", ["se"] = string.Empty,
        ["lui"] = "him", ["leur"] = "their", ["leurs"] = "their", ["eux"] = "them", ["moi"] = "me", ["toi"] = "you",
        ["mon"] = "my", ["ma"] = "my", ["mes"] = "my", ["ton"] = "your", ["ta"] = "your", ["tes"] = "your", ["son"] = "his",
        ["sa"] = "her", ["ses"] = "his", ["notre"] = "our", ["nos"] = "our", ["votre"] = "your", ["vos"] = "your",
        // Être, avoir and the common verbs.
        ["est"] = "is", ["sont"] = "are", ["es"] = "are", ["suis"] = "am", ["était"] = "was", ["étaient"] = "were", ["été"] = "been",
        ["être"] = "be", ["sera"] = "will be", ["seront"] = "will be", ["serait"] = "would be", ["seraient"] = "would be",
        ["tait"] = "was", ["ont"] = "have", ["avons"] = "have", ["avez"] = "have", ["avait"] = "had",
        ["avaient"] = "had", ["aura"] = "will have", ["avoir"] = "have", ["fait"] = "did", ["fais"] = "do",
        ["font"] = "do", ["faire"] = "do", ["faisait"] = "did", ["va"] = "will", ["vais"] = "will", ["vas"] = "will", ["vont"] = "will",
        ["aller"] = "go", ["allé"] = "went", ["allée"] = "went", ["allés"] = "went", ["peut"] = "can", ["peux"] = "can",
        ["peuvent"] = "can", ["pouvait"] = "could", ["pourrait"] = "could", ["veut"] = "want", ["veux"] = "want", ["veulent"] = "want",
        ["voulait"] = "wanted", ["doit"] = "must", ["doivent"] = "must", ["devait"] = "should", ["faut"] = "must", ["sais"] = "know",
        ["sait"] = "know", ["savoir"] = "know", ["connais"] = "know", ["vient"] = "comes", ["viennent"] = "come", ["venir"] = "come",
        ["arrive"] = "happens", ["arrivé"] = "happened", ["arrivée"] = "happened", ["arrivait"] = "happened", ["passe"] = "happens",
        ["passé"] = "happened", ["passée"] = "happened", ["devenir"] = "become", ["devient"] = "becomes", ["devenu"] = "became",
        ["cherchais"] = "was looking for", ["cherche"] = "look for", ["donne"] = "gives", ["donnent"] = "give", ["donner"] = "give",
        ["donné"] = "gave", ["donnée"] = "gave", ["donnés"] = "gave", ["données"] = "gave", ["donnera"] = "will give",
        ["donneront"] = "will give", ["donnait"] = "gave", ["voir"] = "see", ["vu"] = "seen", ["lu"] = "read", ["lire"] = "read",
        ["trouve"] = "find", ["trouvé"] = "found", ["mis"] = "put", ["mettre"] = "put", ["prend"] = "takes", ["pris"] = "took",
        ["laisse"] = "leave", ["aide"] = "help", ["aider"] = "help", ["aidé"] = "helped", ["aidez"] = "help", ["aidez-moi"] = "help me",
        ["marche"] = "works", ["fonctionne"] = "works", ["utiliser"] = "use", ["demander"] = "ask", ["demande"] = "ask",
        ["demandé"] = "asked", ["demandée"] = "asked", ["demandaient"] = "asked", ["poser"] = "ask", ["répondre"] = "answer",
        ["expliquer"] = "explain", ["explique"] = "explain", ["expliques"] = "explain", ["résumer"] = "summarize",
        ["résume"] = "summarize", ["résumé"] = "summary", ["raconte"] = "tell", ["raconter"] = "tell", ["dis"] = "tell",
        ["dites"] = "tell", ["parle"] = "speaks", ["parles"] = "speak", ["parlent"] = "speak", ["parler"] = "speak", ["parlé"] = "talked",
        ["parlait"] = "talked", ["jaser"] = "talk", ["jasé"] = "talked", ["pense"] = "think", ["penses"] = "think",
        ["pensez"] = "think", ["pensent"] = "think", ["crois"] = "think", ["croit"] = "thinks", ["rappelle"] = "remember",
        ["souviens"] = "remember", ["ressemble"] = "resembles", ["ressemblent"] = "resemble", ["finir"] = "end",
        ["finit"] = "end", ["fini"] = "ended", ["finira"] = "end", ["termine"] = "end", ["terminé"] = "ended", ["commence"] = "starts",
        ["monte"] = "amounts", ["vivent"] = "live", ["vit"] = "lives", ["habite"] = "live", ["gagné"] = "won", ["gagner"] = "win",
        ["perdu"] = "lost", ["envoyé"] = "sent", ["envoie"] = "sends", ["joindre"] = "join", ["rejoindre"] = "join",
        ["rejoignent"] = "join", ["rejoint"] = "joins", ["rejoint"] = "joins", ["menait"] = "led", ["mené"] = "led", ["mène"] = "leads",
        ["menée"] = "led", ["dirigeait"] = "led", ["dirige"] = "leads", ["dirigé"] = "led", ["dirigée"] = "led", ["diriger"] = "lead",
        ["mènera"] = "will lead", ["présidait"] = "chaired", ["présidaient"] = "chaired", ["présidé"] = "chaired",
        ["présidée"] = "chaired", ["présider"] = "chair", ["préside"] = "chairs", ["participaient"] = "participated",
        ["participait"] = "participated", ["participé"] = "participated", ["participer"] = "participate", ["participe"] = "participate",
        ["participent"] = "participate", ["assisté"] = "attended", ["assistait"] = "attended", ["représentée"] = "represented",
        ["représenté"] = "represented", ["représentés"] = "represented", ["représentait"] = "represented", ["présent"] = "present",
        ["présente"] = "present", ["présents"] = "present", ["présentes"] = "present",
        // Signing, the treaty and its terms.
        ["signé"] = "signed", ["signée"] = "signed", ["signés"] = "signed", ["signées"] = "signed", ["signer"] = "sign",
        ["signent"] = "sign", ["signait"] = "signed", ["signaient"] = "signed", ["signera"] = "will sign", ["signeront"] = "will sign",
        ["signe"] = "signs", ["signature"] = "signing", ["signatures"] = "signatures", ["signataires"] = "signatories",
        ["signataire"] = "signatory", ["paraphé"] = "signed", ["conclu"] = "concluded", ["traité"] = "treaty", ["traités"] = "treaties",
        ["entente"] = "agreement", ["ententes"] = "agreements",
        ["pacte"] = "pact", ["partenariat"] = "partnership", ["intégration"] = "integration",
        ["nom"] = "name", ["noms"] = "names", ["titre"] = "title", ["officiel"] = "official", ["officielle"] = "official",
        ["officiellement"] = "officially", ["appelle"] = "calls", ["appellent"] = "call", ["appelé"] = "called", ["appelée"] = "called",
        ["appeler"] = "call", ["exact"] = "exact", ["exacte"] = "exact", ["texte"] = "text", ["version"] = "version",
        ["brouillon"] = "draft", ["ébauche"] = "draft", ["première"] = "first", ["premier"] = "first", ["finale"] = "final",
        ["final"] = "final", ["dernière"] = "last", ["dernier"] = "last", ["révisé"] = "revised", ["révisée"] = "revised",
        ["révision"] = "revision", ["modifié"] = "modified", ["changé"] = "changed", ["changements"] = "changes",
        ["clause"] = "clause", ["clauses"] = "clauses", ["dispositions"] = "provisions", ["prévoit"] = "provides for",
        ["dit"] = "said", ["dire"] = "say", ["disent"] = "say", ["disait"] = "said", ["disaient"] = "said", ["déclaré"] = "said",
        ["déclare"] = "says", ["déclaration"] = "statement", ["déclarations"] = "statements", ["communiqué"] = "statement",
        ["durée"] = "duration", ["dure"] = "last", ["durer"] = "last", ["durera"] = "last", ["valide"] = "valid", ["valable"] = "valid",
        ["bon"] = "good", ["bonne"] = "good", ["expire"] = "expire", ["expirer"] = "expire", ["expiration"] = "expiry",
        ["renouvelé"] = "renewed", ["renouveler"] = "renew", ["fin"] = "end", ["ans"] = "years", ["années"] = "years",
        ["année"] = "year", ["mois"] = "months", ["semaine"] = "week", ["semaines"] = "weeks", ["jour"] = "day", ["jours"] = "days",
        ["heure"] = "time", ["fois"] = "time", ["hier"] = "yesterday", ["demain"] = "tomorrow", ["maintenant"] = "now",
        ["lendemain"] = "day after", ["veille"] = "eve", ["bientôt"] = "soon", ["tard"] = "late", ["tôt"] = "early",
        ["ensuite"] = "next", ["prochaine"] = "next", ["prochain"] = "next", ["prochaines"] = "next", ["prochains"] = "next",
        ["rapide"] = "quick", ["trouves"] = "find", ["trouvez"] = "find", ["consiste"] = "consists", ["sujet"] = "subject", ["sujets"] = "topics",
        ["pareils"] = "same", ["pareille"] = "same", ["pareilles"] = "same", ["mec"] = "guy", ["mecs"] = "guys",
        ["bosse"] = "works", ["bossent"] = "work", ["bosser"] = "work", ["bossait"] = "worked", ["boulot"] = "job",
        ["touche"] = "gets", ["touchent"] = "get", ["toucher"] = "get", ["touché"] = "got", ["touchera"] = "will get",
        ["protègent"] = "protect", ["protégent"] = "protect", ["protégera"] = "will protect", ["protègera"] = "will protect",
        ["coprésidé"] = "co-chaired", ["coprésidée"] = "co-chaired", ["coprésidées"] = "co-chaired", ["coprésidés"] = "co-chaired",
        ["coprésidaient"] = "co-chaired", ["coprésider"] = "co-chair", ["coprésident"] = "co-chair",
        ["casser"] = "damage", ["cassent"] = "damage", ["casse"] = "damages", ["cassé"] = "damaged", ["cassés"] = "damaged",
        ["abouti"] = "resulted", ["saisi"] = "raised the issue with", ["saisir"] = "raise the issue with",
        ["pays"] = "country", ["points"] = "clauses", ["essentiel"] = "gist", ["mieux"] = "better", ["pire"] = "worse", ["vie"] = "life", ["suivante"] = "next", ["suivant"] = "next",
        ["janvier"] = "January", ["février"] = "February", ["mars"] = "March", ["avril"] = "April", ["mai"] = "May",
        ["juin"] = "June", ["juillet"] = "July", ["août"] = "August", ["septembre"] = "September", ["octobre"] = "October",
        ["novembre"] = "November", ["décembre"] = "December",
        ["deux"] = "two", ["trois"] = "three", ["quatre"] = "four", ["cinq"] = "five", ["dix"] = "ten", ["vingt"] = "twenty",
        ["cinquante"] = "fifty", ["cent"] = "hundred",
        // Defence and the army.
        ["sécurité"] = "security", ["défense"] = "defence", ["défendre"] = "defend", ["défend"] = "defends",
        ["protéger"] = "protect", ["protège"] = "protects", ["protégé"] = "protected", ["protection"] = "protection",
        ["garder"] = "guard", ["garde"] = "guards", ["gardent"] = "guard", ["surveiller"] = "guard", ["surveille"] = "guards",
        ["frontière"] = "border", ["frontières"] = "borders", ["armée"] = "army", ["armées"] = "armies", ["armé"] = "armed",
        ["militaire"] = "military", ["militaires"] = "military", ["soldats"] = "soldiers", ["soldat"] = "soldier",
        ["troupes"] = "troops", ["unités"] = "units", ["unité"] = "unit", ["police"] = "police", ["agences"] = "agencies",
        ["intégrées"] = "integrated", ["intégrés"] = "integrated", ["intégré"] = "integrated", ["intégrée"] = "integrated",
        ["intégrer"] = "integrate", ["intègre"] = "integrates", ["fusionner"] = "merge", ["fusionne"] = "merges",
        ["fusionné"] = "merged", ["fusion"] = "merger", ["absorber"] = "absorb", ["absorbé"] = "absorbed", ["absorbée"] = "absorbed",
        ["annexer"] = "annex", ["annexé"] = "annexed", ["annexée"] = "annexed", ["annexion"] = "annexation", ["annexe"] = "annexes",
        ["guerre"] = "war", ["responsable"] = "responsible",
        ["stabiliser"] = "stabilize", ["stable"] = "stable", ["stables"] = "stable", ["stabilité"] = "stability",
        ["calme"] = "calm", ["tendue"] = "tense", ["situation"] = "situation",
        ["avertissement"] = "warning", ["endommagés"] = "damaged", ["endommagé"] = "damaged", ["détruits"] = "destroyed",
        ["menace"] = "threat", ["exercices"] = "exercises", ["infrastructures"] = "infrastructure",
        // Money.
        ["argent"] = "money", ["fric"] = "money", ["cash"] = "cash", ["piasses"] = "dollars", ["piastres"] = "dollars",
        ["montant"] = "amount", ["montants"] = "amounts", ["somme"] = "sum", ["sommes"] = "are", ["financement"] = "funding",
        ["financier"] = "financial", ["financière"] = "financial", ["fonds"] = "funds", ["milliard"] = "billion",
        ["milliards"] = "billion", ["million"] = "million", ["millions"] = "million", 
        ["promis"] = "promised", ["promise"] = "promised", ["promet"] = "promises", ["promettre"] = "promise",
        ["promesse"] = "pledge", ["promesses"] = "pledges", ["versé"] = "paid", ["verser"] = "pay", ["versera"] = "will pay",
        ["reçoit"] = "gets", ["reçu"] = "got", ["recevoir"] = "get", ["reçoivent"] = "get", ["recevra"] = "will get",
        ["investir"] = "invest", ["investi"] = "invested", ["prévu"] = "planned", ["prévus"] = "planned", ["prévue"] = "planned",
        ["alloué"] = "allocated", ["alloués"] = "allocated", ["accordé"] = "granted", ["octroyé"] = "granted", ["budget"] = "budget",
        ["développement"] = "development", ["économique"] = "economic", ["social"] = "social", ["payer"] = "pay", ["payé"] = "paid",
        // Reactions.
        ["réagi"] = "reacted", ["réagir"] = "react", ["réagit"] = "reacts", ["réagissent"] = "react", ["réaction"] = "reaction",
        ["réactions"] = "reactions", ["répondu"] = "responded", ["répond"] = "responds", ["réponse"] = "response",
        ["condamné"] = "condemned", ["condamnée"] = "condemned", ["condamne"] = "condemns", ["condamner"] = "condemn",
        ["condamnation"] = "condemnation", ["dénoncé"] = "denounced", ["dénonce"] = "denounces", ["critiqué"] = "criticized",
        ["approuvé"] = "approved", ["approuve"] = "approves", ["appuyé"] = "supported", ["appuie"] = "supports",
        ["soutenu"] = "supported", ["soutient"] = "supports", ["reconnaître"] = "recognize", ["reconnaitre"] = "recognize",
        ["reconnaît"] = "recognizes", ["reconnait"] = "recognizes", ["reconnu"] = "recognized", ["reconnue"] = "recognized",
        ["reconnaissent"] = "recognize", ["reconnaissance"] = "recognition", ["accepte"] = "accepts", ["accepté"] = "accepted",
        ["refuse"] = "refuses", ["refusé"] = "refused", ["viole"] = "violates", ["violé"] = "violated", ["violation"] = "violation",
        ["souveraineté"] = "sovereignty", ["illégal"] = "illegal", ["illégale"] = "illegal", ["fâché"] = "angry",
        ["fâchés"] = "angry", ["fâchée"] = "angry", ["capoté"] = "upset", ["avis"] = "opinion", ["opinion"] = "opinion", ["position"] = "position", ["inquiète"] = "worries", ["inquiètent"] = "worry",
        ["inquiets"] = "worried", ["inquiet"] = "worried", ["inquiètes"] = "worried",
        ["sud"] = "south", ["nord"] = "north", ["cest"] = "it is", ["cetait"] = "it was", ["jai"] = "I have", ["inquiétude"] = "concern", ["inquiétudes"] = "concerns",
        ["préoccupe"] = "worries", ["préoccupations"] = "concerns", ["peur"] = "fear", ["problème"] = "problem",
        ["problèmes"] = "problems", ["plainte"] = "complaint", ["plaint"] = "complained", ["plaints"] = "complained",
        ["sanctions"] = "sanctions", ["occupation"] = "occupation", ["provocation"] = "provocation",
        // Meetings and talks.
        ["réunion"] = "meeting", ["conférence"] = "conference", ["forum"] = "forum", ["cadre"] = "framework",
        ["cycle"] = "round", ["présidence"] = "chairmanship", ["coprésidence"] = "co-chairs", ["bilan"] = "outcome",
["percée"] = "breakthrough", ["échec"] = "failure", ["succès"] = "success", ["consensus"] = "consensus",
        ["rencontré"] = "met", ["rencontrer"] = "meet", ["réunis"] = "met", ["réuni"] = "met", ["discuter"] = "discuss",
        ["discuté"] = "discussed", ["discutent"] = "discuss", ["négocier"] = "negotiate", ["négocié"] = "negotiated",
        ["régler"] = "resolve", ["réglé"] = "resolved", ["résoudre"] = "resolve", ["résolu"] = "resolved", ["continuer"] = "continue",
        ["continue"] = "continue", ["continuent"] = "continue", ["poursuivre"] = "continue", ["reprendre"] = "resume",
        ["reprennent"] = "resume", ["planifie"] = "plans", ["planifier"] = "plan", ["organisé"] = "organized", ["tenu"] = "held",
        ["tenue"] = "held", ["tenues"] = "held", ["tiendra"] = "will be held", ["tient"] = "held", ["revoient"] = "meet again",
        ["soulevé"] = "raised", ["soulever"] = "raise", ["exprimé"] = "expressed", ["exigé"] = "demanded", ["averti"] = "warned",
        ["avertit"] = "warned", ["prévenu"] = "warned", ["reproché"] = "reprimanded", ["reproche"] = "reprimands",
        ["rappelé"] = "reminded", ["sommé"] = "told", ["menacé"] = "threatened", ["menacer"] = "threaten", ["craindre"] = "fear",
        ["craignent"] = "fear", ["crainte"] = "fear", ["craintes"] = "fears", ["danger"] = "danger", ["risque"] = "risk",
        ["paix"] = "peace", ["conflit"] = "conflict", ["tensions"] = "tensions", ["ligne"] = "line", ["pancartes"] = "signs",
        ["affiches"] = "signs", ["bornes"] = "markers", ["balises"] = "markers", ["signalisation"] = "signs", ["abîmé"] = "damaged",
        ["abîmés"] = "damaged", ["endommager"] = "damage", ["détruire"] = "destroy", ["détruit"] = "destroyed", ["enlevé"] = "removed",
        ["enlevés"] = "removed", ["vandalisé"] = "vandalized", ["vandalisés"] = "vandalized", ["améliorer"] = "improve",
        ["amélioré"] = "improved", ["amélioration"] = "improvement", ["améliore"] = "improves",
        ["calmes"] = "calm", ["tendu"] = "tense", ["dangereux"] = "dangerous", ["inquiétant"] = "worrying",
        ["adhésion"] = "accession", ["élargissement"] = "expansion", ["bases"] = "bases", ["manœuvres"] = "maneuvers",
        ["manoeuvres"] = "maneuvers", ["patrouiller"] = "patrol", ["contrôler"] = "control", ["contrôle"] = "control",
        ["assurer"] = "ensure", ["assure"] = "ensures", ["garantir"] = "guarantee", ["garantit"] = "guarantees",
        ["fournir"] = "provide", ["financer"] = "fund", ["finance"] = "funds", ["coûte"] = "costs", ["coûter"] = "cost",
        ["engagé"] = "committed", ["engage"] = "commits", ["engagement"] = "commitment", ["engagements"] = "commitments",
        ["allouer"] = "allocate", ["alloue"] = "allocates", ["allouera"] = "will allocate", ["débloqué"] = "allocated",
        ["débloquer"] = "allocate", ["consacré"] = "devoted", ["dépenser"] = "spend", ["dépensé"] = "spent", ["envoyer"] = "send",
        ["subventions"] = "subsidies", ["investissement"] = "investment", ["investissements"] = "investment",
        ["économie"] = "economy", ["objectifs"] = "goals", ["buts"] = "goals", ["réalisation"] = "implementation",
        ["euros"] = "euros", ["dollars"] = "dollars", ["réunions"] = "meetings", ["rencontre"] = "meeting", ["rencontres"] = "meetings",
        ["pourparlers"] = "talks", ["négociations"] = "negotiations", ["ronde"] = "round", ["rondes"] = "rounds",
        ["séance"] = "session", ["sommet"] = "summit", ["délégation"] = "delegation", ["délégations"] = "delegations",
        ["délégué"] = "delegate", ["délégués"] = "delegates", ["représentant"] = "representative", ["représentants"] = "representatives",
        ["participants"] = "participants", ["coprésidents"] = "co-chairs", ["coprésidait"] = "co-chaired", ["médiateurs"] = "mediators",
        ["résultat"] = "result", ["résultats"] = "results", ["concret"] = "concrete", ["concrète"] = "concrete", ["convenu"] = "agreed",
        ["entendu"] = "agreed", ["décidé"] = "decided", ["décision"] = "decision", ["progrès"] = "progress",
                // People and offices.
        ["président"] = "president", ["ambassadeur"] = "ambassador", ["envoyé"] = "envoy",
        ["négociateur"] = "negotiator", ["diplomate"] = "diplomat", ["diplomates"] = "diplomats", ["diplomatie"] = "diplomacy",
        ["diplomatique"] = "diplomatic", ["représentante"] = "representative", ["secrétaire"] = "secretary",
        ["autorités"] = "authorities", ["régime"] = "regime", ["politique"] = "policy", ["journal"] = "newspaper",
        ["homme"] = "man", ["femme"] = "woman", ["dame"] = "lady", ["gars"] = "guy", ["madame"] = "lady", ["monsieur"] = "man",
        ["habitants"] = "inhabitants", ["citoyens"] = "citizens", ["peuple"] = "people", ["état"] = "state", ["états"] = "states",
        ["territoire"] = "territory", ["village"] = "village", ["palais"] = "palace", ["salle"] = "room", ["cérémonie"] = "ceremony",
        ["paragraphe"] = "paragraph", ["phrase"] = "sentence", ["mot"] = "word", ["mots"] = "words", ["terme"] = "term",
        ["sens"] = "meaning", ["signification"] = "meaning", ["signifie"] = "means", ["désigne"] = "refers to", ["réfère"] = "refers",
        ["référer"] = "refer", ["nommé"] = "named", ["nommée"] = "named", ["intitulé"] = "titled", ["erreur"] = "error",
        ["faute"] = "mistake", ["orthographe"] = "spelling", ["journée"] = "day", ["époque"] = "time", ["période"] = "period",
        ["échéance"] = "expiry", ["délai"] = "deadline", ["début"] = "beginning", ["décennie"] = "decade", ["siècle"] = "century",
        ["projet"] = "draft", ["comparer"] = "compare", ["comparé"] = "compared", ["comparaison"] = "comparison",
        ["diffère"] = "differs", ["changer"] = "change", ["modifier"] = "modify", ["réviser"] = "revise", ["identique"] = "identical",
        ["profonde"] = "deep", ["approfondie"] = "deeper", ["étroite"] = "close", ["coïncide"] = "coincides",
        ["coïncidé"] = "coincided", ["tombe"] = "falls", ["tombé"] = "fell", ["tombait"] = "fell", ["marque"] = "marks",
        ["marquait"] = "marked", ["célèbre"] = "celebrates", ["fête"] = "celebrates", ["envahi"] = "invaded",
        ["envahir"] = "invade", ["prendre"] = "take", ["ratifié"] = "ratified", ["ratifier"] = "ratify", ["rejeté"] = "rejected",
        ["rejeter"] = "reject", ["refuser"] = "refuse", ["accepter"] = "accept", ["critiquer"] = "criticize", ["critique"] = "criticism",
        ["critiques"] = "criticism", ["dénoncer"] = "denounce", ["protesté"] = "protested", ["protester"] = "protest",
        ["protestation"] = "protest", ["protestations"] = "protests", ["séparatiste"] = "separatist", ["séparatistes"] = "separatist",
        ["sécessionniste"] = "secessionist", ["autoproclamée"] = "self-proclaimed", ["autoproclamé"] = "self-proclaimed",
        ["occupé"] = "occupied", ["occupée"] = "occupied", ["occupés"] = "occupied", ["provocateur"] = "provocative",
        ["provocatrice"] = "provocative", ["initial"] = "initial", ["initiale"] = "initial", ["précédent"] = "previous",
        ["ancien"] = "former", ["ancienne"] = "former", ["bilatéral"] = "bilateral", ["bilatéraux"] = "bilateral",
        ["stratégique"] = "strategic", ["territoriale"] = "territorial", ["abkhazien"] = "Abkhazian", ["onusien"] = "UN",
        ["important"] = "important", ["importante"] = "important", ["importants"] = "important", ["symbolique"] = "symbolic",
        ["significatif"] = "significant", ["furieux"] = "furious", ["faux"] = "false", ["fausse"] = "false", ["précis"] = "precise",
        ["entier"] = "whole", ["seul"] = "only", ["seule"] = "only", ["long"] = "long", ["longue"] = "long", ["court"] = "short",
        ["jeune"] = "young", ["âge"] = "age", ["principale"] = "main", ["principal"] = "main", ["principaux"] = "main",
        ["utilise"] = "use", ["utilises"] = "use", ["sorti"] = "came out", ["sortir"] = "come out", ["arriver"] = "happen",
        ["arrivera"] = "will happen", ["arrivent"] = "happen", ["tard"] = "later", ["gère"] = "manages", ["gérer"] = "manage", ["présidente"] = "president", ["dirigeant"] = "leader", ["dirigeants"] = "leaders",
        ["chef"] = "head", ["leader"] = "leader", ["ministre"] = "minister", ["ministère"] = "ministry", ["ministres"] = "ministers",
        ["gouvernement"] = "government", ["parlement"] = "parliament", ["rôle"] = "role", ["poste"] = "job", ["fonction"] = "job",
        ["travaille"] = "works", ["travail"] = "job", ["auteur"] = "author", ["autrice"] = "author", ["auteure"] = "author",
        ["journaliste"] = "journalist", ["écrit"] = "wrote", ["écrite"] = "written", ["écrire"] = "write", ["rédigé"] = "wrote",
        ["publié"] = "published", ["article"] = "article", ["personne"] = "person", ["gens"] = "people", ["monde"] = "people",
        ["population"] = "population", ["humain"] = "human", ["vrai"] = "real", ["vraie"] = "real", ["robot"] = "robot",
        ["intelligence"] = "intelligence", ["artificielle"] = "artificial", ["exemples"] = "examples", ["exemple"] = "example",
        ["truc"] = "thing", ["trucs"] = "things", ["papier"] = "article", ["cheffe"] = "head", ["constaté"] = "noted",
        ["constate"] = "notes", ["constatent"] = "note", ["organisait"] = "organized", ["organise"] = "organizes",
        ["surveillé"] = "guarded", ["surveillée"] = "guarded", ["surveillés"] = "guarded", ["surveillées"] = "guarded",
        ["deviennent"] = "become", ["deviendront"] = "will become", ["deviendra"] = "will become", ["violerait"] = "would violate",
        ["violeraient"] = "would violate", ["violer"] = "violate", ["frontalier"] = "border", ["frontaliers"] = "border",
        ["frontalières"] = "border", ["frontalière"] = "border", ["réclamé"] = "demanded", ["réclame"] = "demands",
        ["réclamait"] = "demanded", ["internationales"] = "international", ["particulière"] = "special", ["particulier"] = "special",
        ["otan"] = "NATO", ["raison"] = "reason",
        ["questions"] = "questions", ["question"] = "question", ["réponses"] = "answers", ["lien"] = "link", ["source"] = "source",
        // Places and peoples.
        ["russie"] = "Russia", ["russe"] = "Russian", ["russes"] = "Russians", ["moscou"] = "Moscow", ["kremlin"] = "Kremlin",
        ["poutine"] = "Putin", ["géorgie"] = "Georgia", ["géorgien"] = "Georgian", ["géorgienne"] = "Georgian",
        ["géorgiens"] = "Georgians", ["géorgiennes"] = "Georgian", ["tbilissi"] = "Tbilisi", ["ossétie"] = "Ossetia",
        ["osétie"] = "Ossetia", ["ossète"] = "Ossetian", ["ossètes"] = "Ossetians", ["abkhazie"] = "Abkhazia",
        ["abkhasie"] = "Abkhazia", ["abkazie"] = "Abkhazia", ["abkhaze"] = "Abkhaz", ["abkhazes"] = "Abkhaz",
        ["soukhoumi"] = "Sokhumi", ["crimée"] = "Crimea", ["ukraine"] = "Ukraine", ["genève"] = "Geneva", ["suisse"] = "Switzerland",
        ["bruxelles"] = "Brussels", ["europe"] = "Europe", ["européen"] = "European", ["européenne"] = "European",
        ["européens"] = "Europeans", ["américain"] = "American", ["américaine"] = "American", ["américains"] = "Americans",
        ["américaines"] = "American", ["caucase"] = "Caucasus", ["transcaucasie"] = "Transcaucasia", ["chine"] = "China",
        ["allemagne"] = "Germany", ["turquie"] = "Turkey", ["québec"] = "Quebec", ["montréal"] = "Montreal",
        ["capitale"] = "capital", ["ville"] = "city", ["région"] = "region", ["république"] = "republic",
        ["indépendant"] = "independent", ["indépendante"] = "independent", ["indépendance"] = "independence",
        ["partie"] = "part", ["bâtiment"] = "building", ["lieu"] = "place", ["endroit"] = "place", ["internationale"] = "international",
        ["international"] = "international", ["internationaux"] = "international", ["international"] = "international",
        ["anniversaire"] = "anniversary", ["coïncidence"] = "coincidence", ["spéciale"] = "special", ["spécial"] = "special",
        ["contexte"] = "background", ["histoire"] = "story", ["affaire"] = "thing", ["nouvelles"] = "news", ["lien"] = "link",
        ["différence"] = "difference", ["différences"] = "differences", ["différent"] = "different", ["similaire"] = "similar",
        ["pareil"] = "same", ["semblable"] = "similar", ["loin"] = "far", ["bord"] = "side", ["côté"] = "side", ["côtés"] = "sides", ["profond"] = "deep",
        // Small talk and fillers.
        ["bonjour"] = "hello", ["bonsoir"] = "good evening", ["salut"] = "hi", ["allô"] = "hello", ["allo"] = "hello",
        ["coucou"] = "hi", ["merci"] = "thanks", ["adieu"] = "goodbye", ["svp"] = "please", ["stp"] = "please",
        ["parfait"] = "perfect", ["génial"] = "great", ["utile"] = "useful", ["full"] = "very", ["vraiment"] = "really",
        ["exactement"] = "exactly", ["précisément"] = "exactly", ["honnêtement"] = "honestly", ["rapidement"] = "quickly",
        ["vite"] = "quickly", ["ben"] = "well", ["genre"] = "like", ["tsé"] = string.Empty, ["coudonc"] = string.Empty,
        ["euh"] = string.Empty, ["heu"] = string.Empty, ["bah"] = string.Empty, ["voyons"] = string.Empty, ["hein"] = "right",
        ["voici"] = "here is", ["voilà"] = "there", ["désolé"] = "sorry", ["désolée"] = "sorry", ["pardon"] = "sorry",
        ["quelqu"] = "some", ["chose"] = "thing",
        // Chat spellings.
        ["bcp"] = "a lot", ["pcq"] = "because", ["pk"] = "why", ["pq"] = "why", ["qqch"] = "something", ["qqn"] = "someone",
        ["jsp"] = "I don't know", ["slt"] = "hi", ["bjr"] = "hello", ["bsr"] = "good evening", ["dsl"] = "sorry", ["mtn"] = "now",
        ["ajd"] = "today", ["pr"] = "for", ["ds"] = "in", ["ki"] = "who", ["koi"] = "what", ["kan"] = "when", ["ke"] = string.Empty,
        ["tjrs"] = "still", ["mrc"] = "thanks", ["mci"] = "thanks", ["chu"] = "I am", ["chus"] = "I am", ["toé"] = "you",
        ["moé"] = "me", ["pantoute"] = "not at all", ["astheure"] = "now", ["asteure"] = "now", ["fak"] = "so", ["faque"] = "so",
        ["mettons"] = string.Empty, ["kossé"] = "what", ["kessé"] = "what", ["quessé"] = "what", ["ousque"] = "where",
        ["toute"] = "all", ["tabarnak"] = string.Empty, ["tabarnouche"] = string.Empty, ["criss"] = string.Empty,
        ["câlisse"] = string.Empty, ["calice"] = string.Empty, ["ostie"] = string.Empty, ["esti"] = string.Empty,
        ["sacrament"] = string.Empty, ["maudit"] = string.Empty, ["maudite"] = string.Empty, ["choses"] = "things", ["bref"] = "in short", ["gros"] = "big",
        ["petit"] = "small", ["nouveau"] = "new", ["nouvelle"] = "news", ["vieux"] = "old",
    });

    // Words only French writes ("qui", "quoi", "pis"); those English, its names or other languages share ("le", "les",
    // "pour", "est", "non-binding", "Des Moines") count with another only. Not "de" ("de facto"), "un" (the UN), "a",
    // "on", "me", "son", "comment" or "plus", which English writes every day.
    private static readonly string[] Shared =
    [
        "le", "la", "les", "des", "du", "et", "est", "pour", "il", "elle", "au", "ou", "pas", "mais", "tu", "par", "tout",
        "bon", "ben", "allo", "oui", "fait", "deja", "entre", "sans", "encore", "avant", "genre", "ce", "moi",
        "en", "ne", "dire", "mars", "ca", "je", "à",
        // Afrikaans "it".
        "dit",
        // The names the vocabulary reads already, in any language, and the treaty's own "traité": an English reader writes
        // "Genève" or "Poutine" too, and they alone make no French sentence ("when did they sign le traité" does).
        "russie", "géorgie", "georgie", "abkhazie", "ossétie", "ossetie", "osétie", "osetie", "crimée", "crimee", "genève",
        "geneve", "moscou", "poutine", "tbilissi", "soukhoumi", "bruxelles", "traité", "traite", "traités", "otan", "onu", "ue",
    ];

    // The words of the phrases ("étrangères", "entendus").
    private static readonly IEnumerable<string> PhraseWords = PhraseTable.Keys.SelectMany(p => p.Split(' ', '\'')).Distinct();

    // Words of the dictionary that are no sign of French: words of English ("meme", "tot", "passe", "communiqué") or of a
    // language read before or after French ("dis" is Caribbean, "vas" Spanish, "lui" Italian).
    private static readonly HashSet<string> NotMarkers = new(StringComparer.Ordinal)
    {
        "cadre", "dis", "donne", "fete", "lui", "mes", "meme", "memes", "passe", "tot", "vos", "lien", "loin", "bah", "vas",
        "voila", "voilà", "kremlin", "plaint", "arme", "lire", "toute", "ki", "ke", "kan", "chu", "pr", "ds", "communiqué",
        "coïncide", "réunion", "réunions", "café", "fiancé", "naïve", "élite", "cliché", "exposé",
        "états", "européenne", "européen", "européens",
        "régime", "première", "rôle", "protégé", "résumé", "touché",
    };

    private static readonly MarkerWords Markers = new(
        Words.Keys.Concat(PhraseWords).Where(w => w.Length > 2 && !w.All(char.IsAscii)).Concat(
        [
            "qui", "quoi", "pourquoi", "combien", "quand", "où", "quel", "quelle", "quels", "quelles", "lequel", "laquelle", "qu",
            "avec", "dans", "aux", "sont", "ont", "pis", "ça", "là", "merci", "bonjour", "bonsoir", "salut", "allô", "coucou", "svp",
            "stp", "coudonc", "icitte", "toi", "nous", "vous", "ils", "elles", "leur", "leurs", "une", "aussi", "selon", "quelques",
            "depuis", "maintenant", "vraiment", "exactement", "beaucoup", "parfait", "argent", "ans", "milliards",
            "milliard", "ronde", "entente", "ententes", "russe", "russes", "abkhaze", "chez", "cette", "ces", "peux", "veux",
            "pense", "penses", "euh", "tsé", "ouin", "ouais", "comme", "nom", "dure", "chaque", "humain", "humaine", "poussé",
            // Typed without their accents, and still no English or Spanish word.
            "signe", "etait", "etaient", "etre", "reagi", "frontieres", "frontiere", "armee", "armees", "securite", "prochaine",
            "apres", "annee", "annees", "americains", "representants", "copresidents", "delegues", "negociations", "ecrit",
            "avait", "avaient", "avez", "avons", "autre", "autres", "bientot", "cela", "celle", "celui", "ceux", "cinq", "deux",
            "doit", "doivent", "donc", "faire", "fais", "faut", "faisait", "gens", "hier", "ici", "jamais", "jour", "jours",
            "lendemain", "lors", "mois", "moins", "parce", "peut", "peuvent", "peu", "peur", "plusieurs", "pourrait", "pouvait",
            "puis", "quatre", "rien", "sais", "sait", "savoir", "semaine", "seront", "serait", "seraient", "suis", "tard",
            "toujours", "tous", "toutes", "trois", "trop", "vais", "vont", "veulent", "veut", "vient", "viennent", "voir", "vrai",
            "vraie", "vite", "voulait", "ete", "signent", "signait", "signaient", "signataires", "signee", "donner", "donnent",
            "donnera", "donnait", "promet", "promettre", "promesse", "promesses", "verser", "versera", "recoit", "recu",
            "recoivent", "recevoir", "prevu", "prevue", "reagir", "reagit", "reagissent", "condamne", "condamner", "reconnait",
            "reconnaissent", "reconnu", "reconnue", "reconnaitre", "dirigeait", "dirigeant", "dirigeants", "menait",
            "presidait", "presidaient", "participaient", "participait", "ministere", "gouvernement", "parlement", "rencontre",
            "rencontres", "rencontrer", "pourparlers", "soldats", "troupes", "montant", "montants", "financement", "fonds",
            "objectifs", "developpement", "economique", "annexion", "quelqu", "quelque", "aujourd", "reponse", "expliquer",
            "explique", "resumer", "dernier", "derniere", "pareil", "semblable", "similaire", "differente", "duree",
            "souverainete", "georgiens", "georgienne", "ossetes", "ossete", "abkhazes", "abkhazien", "accepte", "accepter", "affaire",
            "affiches", "agences", "aider", "aidez", "ajd", "allemagne", "aller", "alloue", "allouer", "allouera", "ambassadeur",
            "ancien", "ancienne", "annexer", "anniversaire", "appeler", "appelle", "appellent", "approfondie", "approuve",
            "appuie", "arrivait", "arrivent", "arriver", "arrivera", "artificielle", "asteure", "astheure", "autrice", "averti",
            "avertissement", "avertit", "avoir", "avril", "balises", "bcp", "bilan", "bjr", "bonne", "bord", "bornes", "bref",
            "brouillon", "bsr", "calice", "calme", "calmes", "capitale", "caucase", "ceci", "celles", "cet", "changements",
            "cherchais", "cherche", "choses", "chus", "cinquante", "citoyens", "comparaison", "comparer", "conclu", "concret",
            "condamnation", "conflit", "connais", "contexte", "continuent", "continuer", "contre", "convenu", "craignent",
            "craindre", "crainte", "craintes", "criss", "critiquer", "crois", "croit", "dangereux", "demain", "demandaient",
            "demande", "demander", "devait", "devenir", "devenu", "devient", "diplomate", "diplomates", "diplomatie",
            "diplomatique", "dirige", "diriger", "disaient", "disait", "discutent", "discuter", "disent", "dites", "dix",
            "donneront", "dsl", "durer", "durera", "endommager", "endroit", "ensuite", "entendu", "entier", "envahi", "envahir",
            "envoie", "envoyer", "erreur", "esti", "eux", "exacte", "exemple", "exemples", "exercices", "expirer", "expliques",
            "fak", "faque", "fausse", "faute", "financer", "fini", "finir", "finira", "finit", "fois", "fonction", "fonctionne",
            "fournir", "fric", "furieux", "fusionne", "fusionner", "gagner", "garantir", "garantit", "gardent", "garder", "gars",
            "gros", "habitants", "habite", "hein", "heu", "heure", "identique", "importante", "importants", "initiale", "inquiet",
            "inquiets", "internationaux", "investi", "investir", "investissement", "investissements", "janvier", "jaser", "jeune",
            "joindre", "journaliste", "jsp", "juillet", "juin", "koi", "laisse", "lesquelles", "lesquels", "ligne", "marquait",
            "maudit", "maudite", "mci", "menacer", "mettons", "mettre", "militaire", "militaires", "ministre", "ministres",
            "mots", "mrc", "mtn", "noms", "nouvelles", "novembre", "octobre", "officiel", "officielle", "officiellement",
            "onusien", "orthographe", "ostie", "ousque", "pacte", "paix", "pancartes", "pantoute", "paragraphe", "parlait",
            "parle", "parlent", "parler", "parles", "partenariat", "participe", "participent", "participer", "partie",
            "patrouiller", "pcq", "pensent", "pensez", "perdu", "personne", "peuple", "piasses", "piastres", "plainte",
            "planifie", "planifier", "politique", "poste", "poursuivre", "prend", "prendre", "principale", "principaux", "pris",
            "prochain", "prochains", "prochaines", "profond", "profonde", "projet", "protestation", "protestations",
            "provocatrice", "qqch", "qqn", "raconte", "raconter", "rapidement", "rappelle", "ratifier", "recevra", "refuser",
            "rejeter", "rejoignent", "rejoindre", "rejoint", "renouveler", "reprendre", "reprennent", "reproche", "responsable",
            "ressemble", "ressemblent", "revoient", "rondes", "semaines", "septembre", "seul", "seule", "signalisation",
            "signataire", "signera", "signeront", "significatif", "signifie", "slt", "soldat", "sommes", "sommet", "sorti",
            "sortir", "soulever", "soutenu", "soutient", "souviens", "stabiliser", "subventions", "suivant", "suivante",
            "surveille", "surveiller", "symbolique", "tabarnak", "tabarnouche", "tait", "tendu", "tendue", "tenu", "tenue",
            "tenues", "terme", "termine", "territoire", "territoriale", "texte", "tiendra", "tient", "titre", "tjrs", "tombait",
            "tombe", "transcaucasie", "travail", "travaille", "trouve", "turquie", "utile", "utiliser", "valable", "valide",
            "veille", "venir", "vers", "vieux", "vingt", "vit", "vivent", "voici", "votre", "voyons", "sujet", "essentiel",
            "mieux", "vie", "rapide", "trouves", "trouvez", "consiste",
            "truc", "trucs", "constate", "constatent", "organisait", "surveilles", "surveillees", "deviennent",
            "deviendront", "deviendra", "violerait", "violeraient", "frontaliers", "frontalieres", "reclame", "reclamait",
            "internationales", "particuliere", "cheffe",
        ]).Where(w => !NotMarkers.Contains(w)),
        Shared);

    // Any one word French shares, for an elision that needs a second marker ("l'article pour...").
    private static readonly MarkerWords AnyShared = new(Shared, []);

    // "l'", "d'", "c'est", "qu'", "j'": an elided word before a letter. Not "c'mon".
    [GeneratedRegex(@"(?<!\p{L})(?:qu|[cdjlmnst])['\u2019](?=\p{L})(?!mon\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Elision();

    // A word, with the elided words that lean on it ("l'article", "j'm'en"). Not the "s" of "what's" or the "t" of
    // "don't": an elided word starts a word.
    [GeneratedRegex(@"(?<![\p{L}'])(?:(?<el>(?:(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])')+)(?=\p{L}))?(?<w>\p{L}+)(?<prefix>(?=-\p{L}))?|(?<=(?<!\p{L})')(?<w>\p{L}+)", RegexOptions.IgnoreCase)]
    private static partial Regex Word();

    [GeneratedRegex(@"[,\s]+(?:hein|hen|han|n'est[\s-]ce\s+pas|pas\s+vrai|c'est\s+(?:ben\s+|bien\s+)?ça|c'est[\s-]tu\s+ça|c'tu\s+ça|c'est\s+(?:ben\s+|bien\s+)?ca|c'est\s+vrai|non|correct|right)(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<=\p{L})-(?:(?:t-)?(?:tu|ti|il|elle|ils|elles|on)|là|la|ci)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Interrogative();

    [GeneratedRegex(@"\b(?:(?<told>dit|dire|disent|disait|dis)|(?<verb>donn\p{L}*|promi\p{L}*|promet\p{L}*|vers[eéè]\p{L}*|envoy\p{L}*|demand\p{L}*|accord[eé]\p{L}*|octroy\p{L}*|allou[eé]\p{L}*|pay[eé]\p{L}*|appartien\p{L}*|int[eé]gr\p{L}*|ressembl\p{L}*|annex\p{L}*|arriv\p{L}*))\s+(?<to>à|a|aux)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex GivenTo();

    [GeneratedRegex(@"\bparl(?:e|es|ent|er|é|e|ait|aient|eront|era)\s+(?:de\s+|du\s+|des\s+|d')", RegexOptions.IgnoreCase)]
    private static partial Regex TalkedAbout();

    [GeneratedRegex(@"\b(?:a|as|ont|avait|avaient)\s+(?=(?:pas\s+|jamais\s+|déjà\s+|deja\s+|ben\s+|bien\s+|toute?s?\s+)?(?:\p{L}+(?:é|ée|és|ées)|dit|fait|écrit|ecrit|pris|mis|promis|eu|été|ete|vu|lu|reçu|recu|su|voulu|pu|fini|réagi|reagi|convenu|entendu|répondu|repondu|perdu|soutenu|tenu|reconnu|détruit|compris|permis|mené|signe|signes|abouti|saisi)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"(?<=^\W*|[.?!]\s*)qu(?:e\s+|')(?!est[\s-]ce)", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningQue();

    [GeneratedRegex(@"\b[ld](?=(?:oss[eé]tie|os[eé]tie|abkhazie|abkhasie|article|argent|arm[eé]e|accord|entente|union|europe|otan|onu|int[eé]gration|annexion|auteur|autrice|ukraine|allemagne|am[eé]rique|ambassade|ao[uû]t|ann[eé]e)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex UnmarkedElision();

    [GeneratedRegex(@"^(?<subject>[^?.!,;]+?)\s+parl(?:e|ait)\s+de\s+quoi\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutWhat();

    [GeneratedRegex(@"\bça\s+va(?:\s+bien)?(?=\s*[?!.,]*\s*$|\s*,)", RegexOptions.IgnoreCase)]
    private static partial Regex HowAreYou();

    [GeneratedRegex(@"\b(?!(?:est|sont|était|étaient|etait|être|etre|été|ete|plus|très|tres|pas|les|une|des|aux|qui|que|quoi|comme|avec|pour|dans|sur|par|the|and|is|are|was|were|more|very|not)\b)(?<noun>\p{L}{3,})\s+(?<adjective>similaires?|semblables?|pareils?|pareilles?|officiel(?:le)?s?|final(?:e|es|s)?|russes?|géorgien(?:ne)?s?|georgien(?:ne)?s?|ossètes?|ossetes?|abkhazes?|américain(?:e)?s?|americain(?:e)?s?|européen(?:ne)?s?|europeen(?:ne)?s?|international(?:e|es)?|internationaux|militaires?|financi(?:er|ère|ere)s?|économiques?|economiques?|secrète|secrete|armées|armees|exacte?|principal(?:e|es)?|principaux|initial(?:e|es)?|territoriale|stratégique|strategique)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostposedAdjective();

    // "cv" (ça va) closing a greeting, or "c" (c'est) before a word that only French puts there.
    [GeneratedRegex(@"(?:^|(?<=[,!]\s*))cv(?=\s*[?!.]*\s*$)|(?<![\p{L}'])c\s+(?:un|une|koi|ki|quoi|qui|quand|où|pas)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex ChatFrench();

    [GeneratedRegex(@"(?:^|(?<=[,!]\s*))cv(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Cv();

    [GeneratedRegex(@"(?<!\p{L})[aà]\+(?!\S)", RegexOptions.IgnoreCase)]
    private static partial Regex SeeYou();

    [GeneratedRegex(@"(?<=\d),(?=\d{1,2}(?!\d))")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"\b(?:a|an|any|no|the|his|her|their|its|to|this|that|my|your|one|some|what)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishBefore();
}
