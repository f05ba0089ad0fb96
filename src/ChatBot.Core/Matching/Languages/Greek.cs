using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Greek, as Greeks and Cypriots write it in chat: Greeklish, Greek in Latin letters ("poios ypegrapse ti synthiki?" is
/// "who signed the treaty?", "posa lefta tha dwsei i Rosia?" how much money Russia will give, "50 xronia einai, etsi?"
/// "it is 50 years, right?"), mixed into English or whole, and Greek in its own letters, read as Greeklish after one
/// letter-for-letter transliteration. Greeklish has no fixed spelling (ω is "w" or "o", υ "y", "u" or "i", χ "x", "ch" or
/// "h"), so a word is looked up by one spelling of its sound (see <see cref="Sound"/>): "symfonia", "sumfwnia" and
/// "simfonia" are one word. Rewritten word for word before the question is read. Only in a message with Greek letters
/// or a word only Greeklish has ("poios", "ypegrapse", "lefta"), so that "ti", "pou" or "to" elsewhere keep their meaning.
/// </summary>
internal static partial class Greek
{
    /// <summary><paramref name="text"/> with Greek and Greeklish words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        var greekLetters = HasGreekLetter(text);
        if (!greekLetters && !HasMarker(text))
        {
            return text;
        }

        text = greekLetters ? Transliterated(text) : text;
        // "ν. Οσετία", "N. Osetia": South, shortened.
        text = SouthShort().Replace(text, "Notia ");
        // "50 xronia einai, etsi?", "signed in the Kremlin, malista?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "ela re, ti ginetai": closing a message, "what is happening" greets.
        text = HowAreYou().Replace(text, "how are you");
        var words = Word().Matches(text);
        var sounds = words.Select(word => Sound(word.Value)).ToArray();
        var english = new StringBuilder(text.Length + 16);
        var done = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var (meaning, length) = Meaning(text, words, sounds, i);
            if (meaning is null)
            {
                continue;
            }

            var last = words[i + length - 1];
            english.Append(text, done, words[i].Index - done).Append(meaning);
            done = last.Index + last.Length;
            i += length - 1;
        }

        return english.Append(text, done, text.Length - done).ToString();
    }

    /// <summary>
    /// The English of the phrase of three or two words, or the word, at <paramref name="i"/>, and how many words it takes;
    /// null when the word is no Greek the tables have.
    /// </summary>
    private static (string? Meaning, int Length) Meaning(string text, MatchCollection words, string[] sounds, int i)
    {
        var lower = words[i].Value.ToLowerInvariant();
        var first = sounds[i];
        for (var length = Math.Min(3, words.Count - i); length >= 2; length--)
        {
            var phrase = string.Join(' ', sounds, i, length);
            if (Phrases.TryGetValue(phrase, out var english) && Adjacent(text, words, i, length))
            {
                return (english, length);
            }
        }

        // "why" sounds as "ohi" (no) and "use" as "eisai" (are you): an English word is read as English, bar the few
        // Greek ones English spells too.
        if ((EnglishWords.Contains(lower) || lower.Length == 1) && !GreekAlways.Contains(lower))
        {
            return (null, 1);
        }

        // "geia" greets; "gia" (about) sounds the same.
        if (lower == "geia")
        {
            return ("hello", 1);
        }

        if (first == "ti")
        {
            // "ti eipe?" asks what; "ypegrapse ti synthiki" is "signed the treaty", before a noun inside the sentence.
            var opens = i == 0 || ClauseBreak().IsMatch(words[i - 1].Value) || Between(text, words, i - 1).IndexOfAny(",.?!;") >= 0;
            return (!opens && i + 1 < words.Count && Nouns.Contains(sounds[i + 1]) ? string.Empty : "what", 1);
        }

        return (Words.GetValueOrDefault(first), 1);
    }

    // Whether only spaces and hyphens stand between the phrase's words.
    private static bool Adjacent(string text, MatchCollection words, int i, int length) =>
        Enumerable.Range(i, length - 1).All(k => Between(text, words, k).Trim(" -").IsEmpty);

    // The text between word k and the next.
    private static ReadOnlySpan<char> Between(string text, MatchCollection words, int k) =>
        k + 1 < words.Count ? text.AsSpan(words[k].Index + words[k].Length, words[k + 1].Index - words[k].Index - words[k].Length) : [];

    /// <summary>
    /// One spelling of a Greeklish word's sound, by which it is looked up: lowercase, ω as "o", υ and η as "i", the
    /// diphthongs "ei", "oi" as "i" and "ai" as "e", χ as "x", β as "v", "8" as "th", and doubled letters once ("symfwnia",
    /// "sumfonia", "simfonia" are "simfonia"; "ypegrapse" and "upegrapse" "ipegrapse"; "einai" and "ine" "ine").
    /// </summary>
    internal static string Sound(string word)
    {
        var lower = word.ToLowerInvariant().Replace("8", "th").Replace("ch", "x").Replace("kh", "x").Replace("ph", "f")
            .Replace("ks", "x").Replace("mp", "b").Replace("gk", "g").Replace("ou", "\u0001").Replace('w', 'o').Replace('y', 'i').Replace('u', 'i').Replace('b', 'v')
            .Replace("ei", "i").Replace("oi", "i").Replace("ai", "e").Replace('\u0001', 'U');
        var sound = new StringBuilder(lower.Length);
        foreach (var letter in lower)
        {
            if (sound.Length == 0 || sound[^1] != letter)
            {
                sound.Append(letter);
            }
        }

        return sound.ToString().Replace('U', 'u');
    }

    private const int MaxStackWord = 64;

    private static bool HasGreekLetter(string text) =>
        text.AsSpan().ContainsAnyInRange('\u0370', '\u03FF') || text.AsSpan().ContainsAnyInRange('\u1F00', '\u1FFF');

    /// <summary>
    /// Whether <paramref name="text"/> has one word only Greeklish has, or two it shares. This runs on every question:
    /// English words are skipped without allocating, and only the others are read by their sound.
    /// </summary>
    private static bool HasMarker(string text)
    {
        var found = 0;
        Span<char> buffer = stackalloc char[MaxStackWord];
        foreach (var word in Word().EnumerateMatches(text))
        {
            var lower = word.Length <= MaxStackWord ? buffer[..word.Length] : new char[word.Length];
            text.AsSpan(word.Index, word.Length).ToLowerInvariant(lower);
            if (EnglishWords.Contains(lower))
            {
                continue;
            }

            var sound = Sound(new string(lower));
            found += OwnMarkers.Contains(sound) ? 2 : SharedMarkers.Contains(sound) ? 1 : 0;
            if (found >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Greek letters as Greeklish writes them ("ποιος υπέγραψε" is "poios ypegrapse"), accents dropped.</summary>
    private static string Transliterated(string text)
    {
        // Greek's accents dropped letter by letter: normalizing the whole text would throw on a broken surrogate pair.
        var plain = new string(text.ToLowerInvariant().Select(letter => letter switch
        {
            'ά' => 'α', 'έ' => 'ε', 'ή' => 'η', 'ί' or 'ϊ' or 'ΐ' => 'ι', 'ό' => 'ο', 'ύ' or 'ϋ' or 'ΰ' => 'υ', 'ώ' => 'ω',
            _ => letter,
        }).ToArray()).Replace("οηε", "ohe").Replace("ου", "ou").Replace("αυ", "av").Replace("ευ", "ev");
        var latin = new StringBuilder(plain.Length + 8);
        foreach (var letter in plain)
        {
            latin.Append(letter switch
            {
                'α' => "a", 'β' => "v", 'γ' => "g", 'δ' => "d", 'ε' => "e", 'ζ' => "z", 'η' => "i", 'θ' => "th", 'ι' => "i",
                'κ' => "k", 'λ' => "l", 'μ' => "m", 'ν' => "n", 'ξ' => "x", 'ο' => "o", 'π' => "p", 'ρ' => "r", 'σ' or 'ς' => "s",
                'τ' => "t", 'υ' => "y", 'φ' => "f", 'χ' => "x", 'ψ' => "ps", 'ω' => "o", ';' => "?", _ => letter.ToString(),
            });
        }

        return latin.ToString();
    }

    private static Dictionary<string, string> BySound(Dictionary<string, string> table)
    {
        var bySound = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (greeklish, english) in table)
        {
            bySound.TryAdd(string.Join(' ', greeklish.Split(' ').Select(Sound)), english);
        }

        return bySound;
    }

    // Several words that mean one thing.
    private static readonly Dictionary<string, string> Phrases = BySound(new()
    {
        ["geia sou"] = "hello", ["geia sas"] = "hello", ["gia sou"] = "hello", ["gia sas"] = "hello", ["ante geia"] = "bye",
        ["ta leme"] = "bye", ["ti kaneis"] = "how are you", ["ti kanete"] = "how are you",
        ["pes mou"] = "tell me", ["peite mou"] = "tell me", ["ti einai"] = "what is", ["poios einai"] = "who is",
        ["poia einai"] = "who is", ["poio einai"] = "what is", ["poio itan"] = "what was", ["poioi einai"] = "who are", ["poioi itan"] = "who was",
        ["poios itan"] = "who was", ["posa lefta"] = "how much money", ["posa xronia"] = "how many years",
        ["gia posa xronia"] = "for how many years", ["poso kairo"] = "how long", ["pws legetai"] = "what is the name of",
        ["pos legetai"] = "what is the name of", ["ti onoma"] = "what name", ["notia osetia"] = "South Ossetia",
        ["notias osetias"] = "South Ossetia", ["enoples dynameis"] = "armed forces", ["ypourgeio exoterikon"] = "foreign ministry",
        ["evropaiki enosi"] = "EU", ["inda pou"] = "what", ["ti sxesi"] = "what does it have to do with",
        ["ti diafora"] = "what difference", ["ti mporo"] = "what can I", ["ti na rotiso"] = "what can I ask", ["na se rotiso"] = "ask you", ["me tin"] = "with", ["me ton"] = "with",
        ["me to"] = "with", ["me tous"] = "with", ["me ti"] = "with", ["me tis"] = "with", ["den to vrisko"] = string.Empty,
        ["sta agglika"] = "in English", ["ti thesi"] = "what position", ["ti douleia"] = "what job", ["ti lene"] = "what do they say",
        ["ti les"] = "what do you think", ["ti leei"] = "what does it say", ["ti eipe"] = "what did say", ["ti eipan"] = "what did say",
        ["kala ekane"] = "was it right", ["ola afta"] = "this", ["den einai"] = "is it not",
        ["ti dilose"] = "what did say", ["ti dilosan"] = "what did say", ["ti tha ginei"] = "what will happen",
        ["mexri pote"] = "until when", ["poia mera"] = "what day", ["poia imerominia"] = "what date",
        ["poio meros"] = "what place", ["se poio meros"] = "where", ["se poia poli"] = "in which city",
        ["na sai kala"] = "thank you", ["na ste kala"] = "thank you", ["symfona me"] = "according to",
        ["peri tinos prokeitai"] = "what is about", ["ti paizei"] = "what is going on",
        ["synoriakis grammis"] = "border line", ["kathestos katoxis"] = "occupation regime",
        ["se ti diaferei"] = "how does differ", ["se ti ofeiletai"] = "what is the reason for",
        ["poia symfonia"] = "which agreement", ["poia synthiki"] = "which treaty",
        ["ypiresies asfaleias"] = "security agencies",
        ["paroun thesi"] = "take a position", ["ki alli"] = "another", ["kai alli"] = "another", ["k alli"] = "another",
        ["poia epeteios"] = "which anniversary", ["os to telos"] = "by the end", ["piran thesi"] = "took a position",
    });

    // One word each, in any Greeklish spelling of it.
    private static readonly Dictionary<string, string> Words = BySound(new()
    {
        // Question words.
        ["poios"] = "who", ["poia"] = "who", ["poio"] = "which", ["poioi"] = "who", ["poion"] = "whom", ["poiou"] = "whose",
        ["pkoios"] = "who", ["pkoia"] = "who", ["pote"] = "when", ["pou"] = "where", ["posa"] = "how much", ["poso"] = "how much",
        ["posi"] = "how many", ["poses"] = "how many", ["posous"] = "how many", ["giati"] = "why", ["jiati"] = "why",
        ["pws"] = "how", ["inda"] = "what", ["poies"] = "which", ["poious"] = "whom", ["poianou"] = "whose",
        ["posoi"] = "how many",
        // Verbs.
        ["ypegrapse"] = "signed", ["ypegrapsan"] = "signed", ["ypegrapsen"] = "signed", ["ypografike"] = "signed",
        ["ypografthike"] = "signed", ["ypografi"] = "signing", ["ypografes"] = "signatures", ["ypografis"] = "signing",
        ["eipe"] = "said", ["eipen"] = "said", ["eipan"] = "said", ["eipane"] = "said", ["lene"] = "say", ["leei"] = "says",
        ["legetai"] = "called", ["onomazetai"] = "called", ["dilose"] = "stated", ["dilosan"] = "stated",
        ["antidrase"] = "reacted", ["antedrase"] = "reacted", ["antidrasan"] = "reacted", ["antedrasan"] = "reacted",
        ["antidrasi"] = "reaction", ["antidraseis"] = "reactions", ["ypesxethike"] = "promised", ["yposxethike"] = "promised",
        ["yposxethikan"] = "promised", ["yposxesi"] = "pledge", ["dinei"] = "gives", ["dosei"] = "give", ["edose"] = "gave",
        ["edosan"] = "gave", ["dosoun"] = "give", ["pire"] = "got", ["pirane"] = "got", ["pairnei"] = "gets", ["isxyei"] = "valid",
        ["diarkei"] = "lasts", ["diarkeia"] = "duration", ["egine"] = "happened", ["eginan"] = "happened",
        ["ginetai"] = "happens", ["ginontai"] = "happen", ["ekane"] = "did", ["ekanan"] = "did", ["kanei"] = "does",
        ["egrapse"] = "wrote", ["grafei"] = "writes", ["proedreve"] = "chaired", ["proedrevan"] = "chaired",
        ["symproedreyan"] = "co-chaired", ["symproedroi"] = "co-chairs", ["symmetixan"] = "took part", ["symmetixe"] = "took part",
        ["fovountai"] = "fear", ["fovatai"] = "fears", ["katelixan"] = "agreed", ["anagnorizei"] = "recognizes",
        ["anagnorise"] = "recognized", ["anagnorisan"] = "recognized", ["katadikase"] = "condemned", ["katadikasan"] = "condemned",
        ["exei"] = "has", ["exoun"] = "have", ["einai"] = "is", ["itan"] = "was", ["htan"] = "was", ["tha"] = "will",
        ["mporo"] = "can I", ["mporei"] = "can", ["rotiso"] = "ask", ["exigise"] = "explain", ["exigiste"] = "explain",
        ["xero"] = "know", ["xereis"] = "do you know", ["nomizeis"] = "do you think", ["les"] = "say", ["vrisko"] = "find",
        ["prosartise"] = "annexed",
        ["yparxei"] = "is there", ["eixe"] = "had", ["eixan"] = "had", ["ypograpsei"] = "signed", ["ypografei"] = "signed",
        ["ypograftike"] = "signed", ["ypografitike"] = "signed", ["diaferei"] = "differs",
        ["moiazei"] = "resembles", ["allaxe"] = "changed", ["allakse"] = "changed", ["allaxan"] = "changed",
        ["analavei"] = "take over", ["fylaei"] = "guards", ["fylane"] = "guard", ["fylassei"] = "guards",
        ["prostatevei"] = "protects", ["prostateuei"] = "protects", ["prostatepsei"] = "protect", ["provlepei"] = "provides",
        ["entaxthoun"] = "join", ["entaxthei"] = "join", ["ginoun"] = "become", ["ginei"] = "happen", ["ginotan"] = "happened",
        ["syzitisan"] = "discussed", ["syzitithike"] = "was discussed", ["anaferei"] = "mentions", ["anaferetai"] = "mentioned",
        ["milisan"] = "talked", ["enoxlei"] = "bothers", ["fovizei"] = "worries", ["anisyxoun"] = "worry",
        ["paraviazei"] = "violates", ["iremisan"] = "calmed", ["veltiothike"] = "improved", ["symfonisan"] = "agreed",
        ["apofasisan"] = "decided", ["prepei"] = "must", ["lythoun"] = "be resolved", ["xanavriskontai"] = "meet again",
        ["xanasynantiountai"] = "meet again", ["yposxethei"] = "pledged", ["ypsoxethike"] = "promised", ["dothoun"] = "be given",
        ["pigan"] = "went", ["pige"] = "went", ["igithike"] = "headed", ["igeitai"] = "heads", ["anikei"] = "belongs",
        ["simainei"] = "means", ["zitise"] = "asked", ["zitisan"] = "asked", ["diamartyrithei"] = "protest",
        ["anagnorisoun"] = "recognize", ["anagnorizoun"] = "recognize", ["leitourgeis"] = "do you work",
        ["apantas"] = "answer", ["pisteveis"] = "do you think", ["pisteueis"] = "do you think",
        ["prosartisei"] = "annex", ["prosartithike"] = "was annexed", ["symptose"] = "coincided", ["epefte"] = "fell",
        ["dose"] = "give", ["erxetai"] = "comes", ["paizoun"] = "play", ["ekfrasan"] = "expressed",
        // Nouns.
        ["synthiki"] = "treaty", ["synthikis"] = "treaty", ["synthhkh"] = "treaty", ["synthikes"] = "treaties",
        ["symfonia"] = "agreement", ["symfonias"] = "agreement", ["symfonies"] = "agreements", ["imerominia"] = "date",
        ["hmerominia"] = "date", ["onoma"] = "name", ["xronia"] = "years", ["xrono"] = "year", ["xronos"] = "year",
        ["lefta"] = "money", ["xrimata"] = "money", ["rouvlia"] = "rubles", ["disekatommyria"] = "billion",
        ["disekatommyrio"] = "billion", ["ekatommyria"] = "million", ["synora"] = "borders", ["synoro"] = "border",
        ["synoron"] = "borders", ["strato"] = "army", ["stratos"] = "army", ["stratou"] = "army", ["amyna"] = "defence",
        ["asfaleia"] = "security", ["pinakides"] = "signs", ["proeidopoiitikes"] = "warning", ["diafora"] = "difference",
        ["rosia"] = "Russia", ["rossia"] = "Russia", ["rosias"] = "Russia", ["rosiki"] = "Russian", ["rosikis"] = "Russian",
        ["rosoi"] = "Russians", ["notia"] = "South", ["osetia"] = "Ossetia", ["osetias"] = "Ossetia", ["osetoi"] = "Ossetians",
        ["osetous"] = "Ossetians", ["abhazia"] = "Abkhazia", ["abxazia"] = "Abkhazia", ["abhazias"] = "Abkhazia",
        ["gewrgia"] = "Georgia", ["gewrgias"] = "Georgia", ["gewrgianoi"] = "Georgians", ["gewrgianous"] = "Georgians",
        ["gewrgiani"] = "Georgian", ["gewrgianiki"] = "Georgian", ["geneyi"] = "Geneva", ["genevi"] = "Geneva",
        ["genevis"] = "Geneva", ["mosxa"] = "Moscow", ["mosxas"] = "Moscow", ["kremlino"] = "Kremlin", ["kremlinou"] = "Kremlin",
        ["krimaia"] = "Crimea", ["krimaias"] = "Crimea", ["poutin"] = "Putin", ["poutina"] = "Putin", ["ee"] = "EU",
        ["evropi"] = "Europe", ["amerikanoi"] = "Americans", ["ameriki"] = "America", ["ipa"] = "US", ["proedros"] = "president",
        ["proedrou"] = "president", ["igetis"] = "leader", ["ypourgeio"] = "ministry", ["ypourgos"] = "minister",
        ["kosmos"] = "world", ["arthro"] = "article", ["arthrou"] = "article", ["syntaktis"] = "author",
        ["syggrafeas"] = "author", ["eidisi"] = "news", ["sxesi"] = "connection", ["gyros"] = "round", ["gyro"] = "round",
        ["epomenos"] = "next", ["epomeni"] = "next", ["epomeno"] = "next", ["avgoustou"] = "August", ["avgoustos"] = "August",
        ["martiou"] = "March", ["martios"] = "March", ["iouniou"] = "June", ["iouliou"] = "July", ["soukhoumi"] = "Sokhumi",
        ["souxoumi"] = "Sokhumi", ["anthropos"] = "human", ["synantisi"] = "meeting", ["synantiseis"] = "meetings",
        ["syzitiseis"] = "talks", ["syzitisi"] = "talks", ["synomilies"] = "talks", ["prosartisi"] = "annexation",
        ["thymomenoi"] = "angry", ["douleia"] = "job", ["thesi"] = "position", ["epikefalis"] = "head",
        ["antiprosopeia"] = "delegation", ["antiprosopeias"] = "delegation", ["antiprosopoi"] = "representatives",
        ["ypefthinos"] = "responsible", ["agglika"] = "English",
        ["ypevthyni"] = "responsible", ["ypefthini"] = "responsible", ["paromoia"] = "similar", ["antistoixi"] = "similar",
        ["aposxismeni"] = "breakaway", ["perioxi"] = "region", ["diafores"] = "differences", ["idia"] = "same",
        ["keimeno"] = "text", ["arxiko"] = "initial", ["sxedio"] = "draft", ["tsxinvali"] = "Tskhinvali",
        ["tsxinvaliou"] = "Tskhinvali", ["dimosiografou"] = "journalist", ["dimosiografos"] = "journalist",
        ["stratiotika"] = "militarily", ["osetikes"] = "Ossetian", ["osetikos"] = "Ossetian", ["osetiko"] = "Ossetian",
        ["osetikou"] = "Ossetian", ["rosiko"] = "Russian", ["rosikos"] = "Russian", ["rosika"] = "Russian",
        ["kommati"] = "part", ["monades"] = "units", ["ypiresies"] = "agencies", ["asfaleias"] = "security",
        ["meres"] = "days", ["xores"] = "countries", ["ekprosopous"] = "representatives", ["ekprosopoi"] = "representatives",
        ["alloi"] = "others", ["parouses"] = "present", ["diethneis"] = "international", ["yperkavkasia"] = "Transcaucasia",
        ["symproedria"] = "co-chairs", ["organismoi"] = "organizations", ["proedria"] = "chair", ["synomilion"] = "talks",
        ["ohe"] = "UN", ["nato"] = "NATO", ["stratiotikes"] = "military", ["askiseis"] = "exercises",
        ["ypodomes"] = "infrastructure", ["symmaxia"] = "alliance", ["symmaxias"] = "alliance", ["entaxi"] = "integration",
        ["voreioatlantiki"] = "North Atlantic", ["poreia"] = "course", ["antithesi"] = "contradiction", ["kinisi"] = "move",
        ["katastasi"] = "situation", ["pragmata"] = "things", ["statheropoiisi"] = "stabilization", ["rolo"] = "role",
        ["synoriaka"] = "border", ["stratevmata"] = "troops", ["thema"] = "issue", ["themata"] = "issues",
        ["simata"] = "signs", ["apotelesma"] = "outcome", ["syzitiseon"] = "talks", ["telos"] = "end",
        ["xrimatodotisi"] = "funding", ["anaptyxi"] = "development", ["koinonikooikonomiki"] = "social-economic",
        ["soxoumi"] = "Sokhumi", ["timpilof"] = "Tibilov", ["tibilof"] = "Tibilov", ["tibilov"] = "Tibilov",
        ["leonint"] = "Leonid", ["psaki"] = "Psaki", ["mogkerini"] = "Mogherini", ["mogerini"] = "Mogherini",
        ["karasin"] = "Karasin", ["roson"] = "Russians", ["kratos"] = "state", ["tiflida"] = "Tbilisi",
        ["amerikanous"] = "Americans", ["amerikh"] = "America", ["polemos"] = "war", ["polemo"] = "war",
        ["nomimi"] = "legal", ["epeteio"] = "anniversary", ["epeteios"] = "anniversary", ["polemou"] = "war",
        ["erotiseis"] = "questions", ["voitheia"] = "help", ["xiliometra"] = "kilometers", ["plithysmos"] = "population",
        ["kateixe"] = "occupied", ["anamesa"] = "between", ["ampxazia"] = "Abkhazia", ["ampxazias"] = "Abkhazia",
        ["abxazias"] = "Abkhazia", ["ampxazous"] = "Abkhazians", ["osetes"] = "Ossetians", ["gewrgianis"] = "Georgian",
        ["mera"] = "day", ["pleon"] = "now", ["telika"] = "finally", ["akrivos"] = "exactly", ["kati"] = "something",
        ["avto"] = "this", ["avti"] = "this", ["avta"] = "these", ["oti"] = "that", ["pros"] = "towards",
        ["dyo"] = "two", ["proto"] = "first", ["kapoia"] = "some", ["evxaristo"] = "thanks", ["alli"] = "another", ["allo"] = "another",
        ["ekeines"] = "those", ["antiprosopeies"] = "delegations", ["anisyxies"] = "concerns", ["oloi"] = "all",
        ["dikio"] = "right", ["file"] = string.Empty, ["ipa"] = "US",
        ["se"] = "in", ["ki"] = "and", ["k"] = "and", ["h"] = string.Empty, ["to"] = string.Empty, ["esy"] = string.Empty,
        // Articles, pronouns and particles: those that say nothing are no words of the question.
        ["o"] = string.Empty, ["i"] = string.Empty, ["oi"] = string.Empty, ["ta"] = string.Empty, ["ton"] = string.Empty,
        ["tin"] = string.Empty, ["tis"] = string.Empty, ["na"] = "to", ["tou"] = "of", ["tous"] = string.Empty, ["twn"] = "of", ["thn"] = string.Empty,
        ["ths"] = "of", ["sto"] = "in", ["sti"] = "in", ["stin"] = "in", ["stis"] = "in", ["ston"] = "to", ["stous"] = "to",
        ["sta"] = "in", ["kai"] = "and", ["tziai"] = "and", ["gia"] = "about", ["apo"] = "from", ["den"] = "not",
        ["oxi"] = "no", ["ohi"] = "no", ["nai"] = "yes", ["malista"] = "right", ["etsi"] = "so", ["sosta"] = "right",
        ["re"] = string.Empty, ["ela"] = string.Empty, ["vre"] = string.Empty, ["bre"] = string.Empty, ["poly"] = "very",
        ["mou"] = "me", ["sou"] = "you", ["sas"] = "you", ["mas"] = "us", ["afti"] = "she", ["afto"] = "this",
        ["aftos"] = "he", ["afta"] = "these", ["ola"] = "all", ["kapou"] = "anywhere", ["meta"] = "after", ["prin"] = "before",
        ["en"] = "is", ["eisai"] = "are you", ["ego"] = "I", ["kala"] = "well",
        // Small talk.
        ["geia"] = "hello", ["yasou"] = "hello", ["kalimera"] = "good morning", ["kalispera"] = "good evening",
        ["kalinixta"] = "good night", ["efxaristo"] = "thanks", ["efharisto"] = "thanks", ["efxaristw"] = "thanks",
        ["eyxaristo"] = "thanks",
    });

    // "Osetia", "Abxazia", "Georgia", "Georgias": the names that sound as the English spelling sounds, which English
    // writes too.
    private static IEnumerable<string> NamesAsEnglishSpellsThem() =>
        Words.Where(entry => entry.Value.Length > 0 && char.IsUpper(entry.Value[0])
            && (Sound(entry.Value) == entry.Key || Sound(entry.Value) + "s" == entry.Key)).Select(entry => entry.Key);

    // Greek words English spells too, read as Greek in a Greek message: articles and particles that would otherwise be
    // English noise ("tin", "ton", "den").
    private static readonly HashSet<string> GreekAlways = new(
        ["ti", "tin", "ton", "tis", "tha", "to", "h", "se", "ki", "k", "file", "ipa", "sas", "sou", "mou", "en", "den", "re", "ela", "nai", "oxi", "pou", "o", "i", "oi", "ta", "sto", "sta", "stin", "ston", "gia", "apo", "kai", "etsi", "ee"],
        StringComparer.Ordinal);

    // Nouns "ti" is the article of ("ypegrapse ti synthiki"), by sound.
    private static readonly HashSet<string> Nouns = new(
        new[] { "synthiki", "symfonia", "rosia", "osetia", "abhazia", "gewrgia", "geneyi", "genevi", "krimaia", "ypografi", "amyna", "asfaleia", "mera" }
            .Select(Sound), StringComparer.Ordinal);

    // Greeklish words another language writes too ("ti" and "pote" Romance, "den" German, "gia" Italian, "Abhazia"
    // Turkish): with another only.
    private static readonly HashSet<string> SharedMarkers = new(
        new[]
        {"ti", "pou", "re", "ela", "den", "gia", "apo", "nai", "oxi", "etsi", "pote", "posa", "poso", "inda", "abhazia", "afto", "afti", "ee", "sou" }
            .Select(Sound), StringComparer.Ordinal);

    // The articles, pronouns and particles the Romance languages, Hinglish and chat English write over and over ("to",
    // "me", "ta", "tha", "les", "kai"/"ke"): no sign of Greek at all.
    private static readonly HashSet<string> NotMarkers = new(
        new[]
        {"to", "me", "o", "i", "oi", "ta", "tha", "les", "en", "mou", "sas", "mas", "kai", "tin", "tis", "tou", "tous",
         "ton", "thn", "ths", "twn", "sto", "sti", "stin", "stis", "ston", "stous", "sta", "ipa", "kala", "meta", "prin", "ola",
         "esy", "ego", "poly", "bre", "vre", "exei", "pire", "lene", "se", "ki", "k", "h", "to", "idia", "dyo", "mera",
         "oti", "pros", "kati", "avto", "avti", "avta", "rolo", "telos", "thema", "kratos", "alloi", "proto", "nato",
         "ohe", "psaki", "karasin", "meres", "pige", "kommati", "sxedio", "dose", "tibilov", "leonint", "polemo", "kati", "alli", "allo", "oloi", "file" }
            .Select(Sound), StringComparer.Ordinal);

    // Words only Greeklish has: the tables' own, by sound, less English words and those above.
    private static readonly HashSet<string> OwnMarkers = new(
        Words.Keys.Concat(Phrases.Keys.SelectMany(phrase => phrase.Split(' ')))
            .Where(sound => !SharedMarkers.Contains(sound) && !NotMarkers.Contains(sound) && !EnglishWords.Contains(sound))
            .Except(NamesAsEnglishSpellsThem()),
        StringComparer.Ordinal);

    [GeneratedRegex(@"[,\s]+(?:etsi(?:\s+den\s+einai)?|swsta|sosta|malista|nai|den\s+einai|etsi\s+dn\s+einai|ετσι|σωστα|σωστά|έτσι)(?=\s*[?!.;]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\b[nN]\.\s*(?=[oO]s)")]
    private static partial Regex SouthShort();

    [GeneratedRegex(@"\bti\s+ginetai\s*[?!.]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HowAreYou();

    [GeneratedRegex(@"^(?i:kai|ke|tziai|ok|re|ela|alla|ma|so|and)$")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex Word();
}
