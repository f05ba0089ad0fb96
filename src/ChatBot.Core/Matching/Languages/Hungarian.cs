using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Hungarian as Hungarians mix it into their English chat, from a tag up to whole Hungarian questions: "ki írta alá a
/// szerződést?" is "who signed the treaty?", "mennyi pénzt kap Dél-Oszétia?" how much money South Ossetia gets, "hány
/// évre szól a szerződés?" how many years the treaty is valid, "Moszkvában írták alá, igaz?" "signed in Moscow, right?",
/// "mi az a Chinvali?" what is Tskhinvali, "te robot vagy?" are you a robot, "köszi szépen" thanks a lot. Read word for
/// word (the bot reads words, not word order), with or without the accents ("szerzodes", "alairta", "koszi"), and each
/// noun, name or verb of the article's topics by its stem with the suffixes Hungarian adds: the case a suffix carries is
/// the English preposition ("Moszkvában" in Moscow, "Abháziának" to Abkhazia, "Abháziával" with Abkhazia,
/// "szerződésről" about the treaty, "NATO-ról" about NATO), a verb's past its tense ("aláírták" signed, "ígért" pledged,
/// "reagált" reacted). A verb whose prefix stands after it reads as one ("írták alá" signed); Hungarian's own names of
/// the article's places and people are its English ones ("Putyin", "Grúzia", "Genf", "Krím", "Cehinvali", "Szuhumi").
/// Only in a message with a letter only Hungarian writes ("ő", "ű"), a word only it has ("szerződés", "mikor", "igaz",
/// "köszi"), two it shares with others ("az", "és", "volt") or a question it opens ("ki az a", "mi a"), so that Hinglish
/// "ki", Turkish "az", Spanish "mi" or Portuguese "és" keep their meaning.
/// </summary>
internal static partial class Hungarian
{
    /// <summary><paramref name="text"/> with Hungarian words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!IsHungarian(text))
        {
            return text;
        }

        text = text.Replace('\u2019', '\'');
        // "so it was Putin who signed, igaz?": in an English sentence "a", "is" or "most" are English.
        var english = EnglishWord().IsMatch(text);
        // "ő" he, "ők" they, "ön" you: words their letters tell apart from "o", "ok" and "on".
        text = Lettered.InEnglish(text);
        text = Folded(text);
        // "Moszkvában írták alá, igaz?", "25 évre, ugye?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "ok, that's all for now, szia": the closing "szia" is goodbye, as the opening one is hello.
        text = ClosingHello().Replace(text, " \u0001bye\u0002");
        // "aláírta-e Putyin?": the question clitic only asks.
        text = Clitic().Replace(text, string.Empty);
        // "Dél Oszétia", "dél-oszét": one name, read with its suffixes as one word.
        text = SouthOrNorth().Replace(text, "${side}-");
        text = Phrases.InEnglish(text);
        // "hogy hívják?", "..., hogy volt?": how, where a sentence starts; elsewhere "hogy" is "that".
        text = OpeningHogy().Replace(text, "${before}\u0001how\u0002");
        // "NATO-ról", "EU-val", "2008-as", "március 18-án": a name or a number with its suffix after a hyphen.
        text = HyphenSuffix().Replace(text, m => Case(m.Groups["suffix"].Value) is { } before ? $"\u0001{before}\u0002 {m.Groups["name"].Value}" : m.Groups["name"].Value);
        return Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && EnglishToo.Contains(m.Value) ? m.Value
            : English(m.Value) ?? m.Value);
    }

    // A letter only Hungarian writes, one of its marker words or stems, a question it opens ("ki az a Tibilov?") or a follow-up
    // ("és Grúzia?").
    private static bool IsHungarian(string text) =>
        text.AsSpan().IndexOfAny(OwnLetters) >= 0 || Markers.AreIn(text) || OwnStem().IsMatch(text) || Opening().IsMatch(text)
        || (text.Length < 40 && FollowUp().IsMatch(text));

    // "Dél-Oszétiát", "szerződésről", "Moszkvában", "Genfben": a stem only Hungarian writes, with any suffix ("Gruzia",
    // "Abhazia" and "Genfer" are Russian, Romanian and German).
    [GeneratedRegex(@"\b(?:[Oo]sz[eé]t|[Ss]zerz[oöő]d[eé]s|[Mm]oszkv|[Pp]utyin|[Oo]roszorsz|[Aa]l[aá][ií]r|[Tt][aá]rgyal|[Kk][uü]ld[oö]tts|[Tt][aá]rseln|[Kk][uü]l[uü]gy|[Gg]rúzi|[Aa]bház|[Kk]r[ií]m(?:b[ea]n|nek|hez|r[oő]l)\b|[Gg]enf(?:ben|be|i|r[oő]l|en)\b)")]
    private static partial Regex OwnStem();

    private static readonly SearchValues<char> OwnLetters = SearchValues.Create("őŐűŰ");

    [GeneratedRegex(@"^\W*(?:na\s+)?[Éé]s\s+(?:\p{Lu}|mi|ki|hol|mikor|mennyi|hány|hany|miért|miert|hogy|mit)")]
    private static partial Regex FollowUp();

    // "ki az a Tibilov?", "mi a neve?", "kik voltak ott?", "ki Karaszin?": a question Hungarian opens so, where Hinglish
    // "ki" and Spanish "mi" never stand.
    [GeneratedRegex(@"^\W*(?:na\s+)?(?:[Éé]s\s+)?(?:(?i:(?:ki|mi|kik|mik)\s+(?:az|a|ez|volt|voltak|lesz|lett|van|vagy|vannak)\b)|[Kk]ik?\s+\p{Lu})")]
    private static partial Regex Opening();

    /// <summary>
    /// <paramref name="text"/> without Hungarian's accents, as readers type it without them ("szerzodes", "alairta"), so
    /// that one table reads both; "ô", "õ" and "û" are how some keyboards write "ő" and "ű".
    /// </summary>
    private static string Folded(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                'á' => 'a', 'é' => 'e', 'í' => 'i', 'ó' => 'o', 'ö' => 'o', 'ő' => 'o', 'ô' => 'o', 'õ' => 'o', 'ú' => 'u',
                'ü' => 'u', 'ű' => 'u', 'û' => 'u', 'Á' => 'A', 'É' => 'E', 'Í' => 'I', 'Ó' => 'O', 'Ö' => 'O', 'Ő' => 'O',
                'Ú' => 'U', 'Ü' => 'U', 'Ű' => 'U',
                _ => c,
            });
        }

        return builder.ToString();
    }

    // The English of one word (already folded): the word as it is in the table; else a name, noun or verb before its
    // suffixes ("Moszkvaban", "szerzodest", "alairtak"). An English word is no Hungarian stem and its ending ("program").
    private static string? English(string word)
    {
        var lower = word.ToLowerInvariant();
        return Words.GetValueOrDefault(lower) ?? (EnglishWords.Contains(lower) ? null : Stemmed(lower));
    }

    // The longest stem <paramref name="word"/> opens with, read with what its suffixes say.
    private static string? Stemmed(string word)
    {
        for (var length = Math.Min(word.Length, LongestStem); length >= 3; length--)
        {
            if (!Stems.TryGetValue(word[..length], out var stem))
            {
                continue;
            }

            var suffixes = word[length..];
            if (stem.Past is not null)
            {
                return Past().IsMatch(suffixes) ? stem.Past : stem.English;
            }

            // "hadsereggel", "Putyinnal": "-val" takes the letter before it.
            var before = suffixes.Length > 2 && suffixes[0] == word[length - 1] && suffixes[1..] is "al" or "el" ? "with" : Case(suffixes);
            return before is null ? stem.English : $"{before} {stem.English}";
        }

        return null;
    }

    // The preposition a noun's last suffix says: "-ban" in, "-ról" about, "-nak" to, "-val" with, "-on" on; null for the
    // others.
    private static string? Case(string suffixes) => suffixes.Length == 0 ? null : CaseEnding().Match(suffixes) is { Success: true } m
        ? m.Groups["in"].Success ? "in" : m.Groups["from"].Success ? "from" : m.Groups["about"].Success ? "about"
        : m.Groups["with"].Success ? "with" : m.Groups["at"].Success ? "at" : m.Groups["until"].Success ? "until"
        : m.Groups["for"].Success ? "for" : m.Groups["on"].Success ? "on" : "to"
        : null;

    [GeneratedRegex(@"(?:(?<in>b[ae]n)|(?<from>b[oe]l|t[oe]l)|(?<about>r[oe]l)|(?<with>v[ae]l)|(?<at>n[ae]l)|(?<until>ig)|(?<for>ert)|(?<to>n[ae]k|h[oe]z|b[ae])|(?<on>^(?:[aeo]?k)?[aeo]n))$")]
    private static partial Regex CaseEnding();

    // "-t", "-tt", "-ott", "-ta", "-ták", "-va": the past ("mondott", "aláírták", "aláírva").
    [GeneratedRegex(@"^(?:[oaeu]?tt?|v[ae]$)")]
    private static partial Regex Past();

    private sealed record Stem(string English, string? Past = null);

    // Nouns and names read with any suffix ("szerzodest", "Oszetianak"), and verbs with their English past: the stem, as
    // folded; the longest a word opens with wins ("alairas" signing before "alair" sign, "szerzodes" before "szerzo").
    private static readonly Dictionary<string, Stem> Stems = new Dictionary<string, (string English, string? Past)>(StringComparer.Ordinal)
    {
        // The treaty and its signing.
        ["szerzodes"] = ("treaty", null), ["szerzodo"] = ("treaty", null), ["egyezmeny"] = ("agreement", null),
        ["megallapodas"] = ("agreement", null), ["egyezseg"] = ("agreement", null), ["paktum"] = ("pact", null),
        ["szovetseg"] = ("alliance", null), ["integracio"] = ("integration", null), ["partnerseg"] = ("partnership", null),
        ["strategiai"] = ("strategic", null), ["alairas"] = ("signing", null), ["alairo"] = ("signatories", null),
        ["alair"] = ("sign", "signed"), ["megkot"] = ("sign", "signed"), ["unnepseg"] = ("ceremony", null),
        ["ceremonia"] = ("ceremony", null), ["szoveg"] = ("text", null), ["cikkely"] = ("clause", null),
        ["pontja"] = ("clause", null), ["hivatalos"] = ("official", null), ["ervenyes"] = ("valid", null),
        ["ervenyben"] = ("in force", null), ["hatalyos"] = ("in force", null), ["hatalyba"] = ("into force", null),
        ["idotartam"] = ("term", null), ["lejar"] = ("expire", "expired"), ["meghosszabbit"] = ("extend", "extended"),
        ["megujit"] = ("renew", "renewed"), ["ratifikal"] = ("ratify", "ratified"), ["jovahagy"] = ("approve", "approved"),
        ["orokre"] = ("forever", null), ["hatarozatlan"] = ("indefinite", null), ["tervezet"] = ("draft", null),
        ["modosit"] = ("revise", "revised"), ["atdolgoz"] = ("revise", "revised"), ["valtoz"] = ("change", "changed"),
        ["elnevez"] = ("name", "named"), ["nevez"] = ("call", "called"), ["hivatal"] = ("office", null), ["hiv"] = ("call", "called"),
        // Money.
        ["penz"] = ("money", null), ["osszeg"] = ("sum", null), ["rubel"] = ("rubles", null), ["milliard"] = ("billion", null),
        ["millio"] = ("million", null), ["dollar"] = ("dollars", null), ["tamogatas"] = ("funding", null),
        ["segely"] = ("aid", null), ["koltsegvetes"] = ("budget", null), ["beruhazas"] = ("investment", null),
        ["fejlesztes"] = ("development", null), ["fejlodes"] = ("development", null), ["gazdasag"] = ("economy", null),
        ["gazdasagi"] = ("economic", null), ["tarsadalmi"] = ("social", null), ["igeret"] = ("pledge", null),
        ["iger"] = ("pledge", "pledged"), ["megiger"] = ("pledge", "pledged"), ["fizet"] = ("pay", "paid"),
        ["juttat"] = ("allocate", "allocated"), ["folyosit"] = ("allocate", "allocated"), ["biztosit"] = ("provide", "provided"),
        ["kolt"] = ("spend", "spent"), ["tamogat"] = ("support", "supported"),
        // Defence and the army.
        ["vedelem"] = ("defence", null), ["vedelm"] = ("defence", null), ["ved"] = ("protect", "protected"),
        ["megved"] = ("defend", "defended"), ["orz"] = ("guard", "guarded"), ["oriz"] = ("guard", "guarded"),
        ["biztonsag"] = ("security", null), ["garancia"] = ("guarantee", null), ["garantal"] = ("guarantee", "guaranteed"),
        ["felelos"] = ("responsible", null), ["hatarjel"] = ("border signs", null), ["hatarorseg"] = ("border guards", null),
        ["hataror"] = ("border guards", null), ["hatarved"] = ("border protection", null), ["hatar"] = ("border", null),
        ["figyelmezteto"] = ("warning", null), ["figyelmeztet"] = ("warn", "warned"), ["tabla"] = ("signs", null),
        ["jelzes"] = ("signs", null), ["hadsereg"] = ("army", null), ["hadero"] = ("armed forces", null),
        ["fegyveres"] = ("armed", null), ["katona"] = ("soldiers", null), ["katonai"] = ("military", null),
        ["rendorseg"] = ("police", null), ["titkosszolgalat"] = ("security services", null), ["vam"] = ("customs", null),
        ["alakulat"] = ("units", null), ["egysege"] = ("units", null), ["beolvad"] = ("merge", "merged"),
        ["beolvaszt"] = ("integrate", "integrated"), ["integral"] = ("integrate", "integrated"), ["megszun"] = ("disband", "disbanded"),
        ["feloszlat"] = ("disband", "disbanded"), ["feloszl"] = ("dissolve", "dissolved"), ["szuverenitas"] = ("sovereignty", null),
        ["hadgyakorlat"] = ("military exercises", null), ["gyakorlat"] = ("exercises", null), ["infrastruktura"] = ("infrastructure", null),
        ["tagsag"] = ("membership", null), ["csatlakoz"] = ("join", "joined"), ["kozeledes"] = ("rapprochement", null),
        // Talks, people and reactions.
        ["targyalas"] = ("talks", null), ["targyal"] = ("negotiate", "negotiated"), ["megbeszeles"] = ("discussion", null),
        ["megbeszel"] = ("discuss", "discussed"), ["tanacskoz"] = ("discuss", "discussed"), ["tarsalgas"] = ("talks", null),
        ["talalkozo"] = ("meeting", null), ["talalkoz"] = ("meet", "met"), ["ules"] = ("session", null),
        ["fordulo"] = ("round", null), ["napirend"] = ("agenda", null), ["eredmeny"] = ("outcome", null),
        ["resztvevo"] = ("participants", null), ["kuldottseg"] = ("delegation", null), ["delegacio"] = ("delegation", null),
        ["kuldott"] = ("delegates", null), ["tarselnok"] = ("co-chairs", null), ["elnokseg"] = ("chairmanship", null),
        ["elnokol"] = ("chair", "chaired"), ["miniszterelnok"] = ("prime minister", null), ["elnok"] = ("president", null),
        ["kulugyminiszterium"] = ("foreign ministry", null), ["kulugyminiszter"] = ("foreign minister", null),
        ["kulugy"] = ("foreign affairs", null), ["kulpolitika"] = ("foreign policy", null), ["miniszterium"] = ("ministry", null),
        ["miniszter"] = ("minister", null), ["fokepviselo"] = ("High Representative", null), ["kepviselo"] = ("representative", null),
        ["szovivo"] = ("spokeswoman", null), ["helyettes"] = ("deputy", null), ["vezeto"] = ("head", null),
        ["vezetes"] = ("leadership", null), ["vezet"] = ("lead", "led"), ["kormany"] = ("government", null),
        ["parlament"] = ("parliament", null), ["diplomata"] = ("diplomat", null), ["szerzo"] = ("author", null),
        ["ujsagiro"] = ("journalist", null), ["tudosito"] = ("correspondent", null), ["cikk"] = ("article", null),
        ["riport"] = ("report", null), ["reakcio"] = ("reaction", null), ["valasz"] = ("response", null),
        ["valaszol"] = ("answer", "answered"), ["reagal"] = ("react", "reacted"), ["nyilatkozat"] = ("statement", null),
        ["nyilatkoz"] = ("declare", "declared"), ["kozlemeny"] = ("statement", null), ["kozol"] = ("announce", "announced"),
        ["allaspont"] = ("position", null), ["allit"] = ("claim", "claimed"), ["kijelent"] = ("declare", "declared"),
        ["mond"] = ("say", "said"), ["beszel"] = ("talk", "talked"), ["kritika"] = ("criticism", null),
        ["kritiz"] = ("criticize", "criticized"), ["biral"] = ("criticize", "criticized"), ["elitel"] = ("condemn", "condemned"),
        ["tiltakozas"] = ("protest", null), ["tiltakoz"] = ("protest", "protested"), ["elismeres"] = ("recognition", null),
        ["elismer"] = ("recognize", "recognized"), ["udvozol"] = ("welcome", "welcomed"), ["elfogad"] = ("accept", "accepted"),
        ["elutasit"] = ("reject", "rejected"), ["panaszkod"] = ("complain", "complained"), ["panasz"] = ("complaint", null),
        ["felvet"] = ("raise", "raised"), ["ertekel"] = ("assess", "assessed"), ["annexio"] = ("annexation", null),
        ["annektal"] = ("annex", "annexed"), ["bekebelez"] = ("annex", "annexed"), ["megszallas"] = ("occupation", null),
        ["jogsert"] = ("violation", null), ["megsert"] = ("violate", "violated"), ["torvenytelen"] = ("illegal", null),
        ["illegalis"] = ("illegal", null), ["fenyeget"] = ("threat", null), ["aggaly"] = ("concern", null),
        ["aggod"] = ("worry", "worried"), ["ellentmond"] = ("contradict", "contradicted"), ["problema"] = ("problem", null),
        ["kerdes"] = ("question", null), ["tema"] = ("topic", null), ["evfordulo"] = ("anniversary", null),
        ["datum"] = ("date", null), ["idopont"] = ("date", null), ["helyzet"] = ("situation", null),
        ["stabilitas"] = ("stability", null), ["stabiliz"] = ("stabilize", "stabilized"), ["feszultseg"] = ("tension", null),
        ["incidens"] = ("incidents", null), ["javul"] = ("improve", "improved"), ["roml"] = ("worsen", "worsened"),
        ["rongal"] = ("damage", "damaged"), ["megrongal"] = ("damage", "damaged"), ["tortenelem"] = ("history", null),
        ["torten"] = ("happen", "happened"), ["zajl"] = ("take place", "took place"), ["kezd"] = ("start", "started"),
        ["befejez"] = ("end", "ended"), ["megallapod"] = ("agree", "agreed"), ["megegyez"] = ("agree", "agreed"),
        ["egyetert"] = ("agree", "agreed"), ["tervez"] = ("plan", "planned"),
        ["emlit"] = ("mention", "mentioned"), ["megemlit"] = ("mention", "mentioned"), ["jelent"] = ("mean", "meant"),
        ["jelentes"] = ("meaning", null), ["osszefoglalo"] = ("summary", null), ["osszefoglal"] = ("summarize", "summarized"),
        ["lenyeg"] = ("main point", null), ["kulonbseg"] = ("difference", null), ["kulonbozik"] = ("differ", null),
        ["hasonlo"] = ("similar", null), ["kapcsolat"] = ("connection", null), ["segitseg"] = ("help", null),
        ["segit"] = ("help", "helped"), ["hasznal"] = ("use", "used"), ["mukod"] = ("work", "worked"),
        ["gondol"] = ("think", "thought"), ["velemeny"] = ("opinion", null), ["tartoz"] = ("belong", "belonged"),
        ["tartomany"] = ("province", null), ["tart"] = ("hold", "held"), ["elszakad"] = ("break away", "broke away"),
        ["szakadar"] = ("separatist", null), ["szolgal"] = ("serve", "served"),
        // Countries, peoples and places.
        ["oroszorszag"] = ("Russia", null), ["orosz"] = ("Russian", null), ["gruzia"] = ("Georgia", null),
        ["gruz"] = ("Georgian", null), ["del-oszetiai"] = ("South Ossetian", null), ["del-oszetia"] = ("South Ossetia", null),
        ["del-oszet"] = ("South Ossetian", null), ["eszak-oszetia"] = ("North Ossetia", null), ["oszetia"] = ("Ossetia", null),
        ["oszet"] = ("Ossetian", null), ["abhazia"] = ("Abkhazia", null), ["abhaz"] = ("Abkhaz", null),
        ["abkhazia"] = ("Abkhazia", null), ["krim"] = ("Crimea", null), ["moszkva"] = ("Moscow", null),
        ["kreml"] = ("Kremlin", null), ["genf"] = ("Geneva", null), ["tbiliszi"] = ("Tbilisi", null),
        ["chinvali"] = ("Tskhinvali", null), ["cchinvali"] = ("Tskhinvali", null), ["cehinvali"] = ("Tskhinvali", null),
        ["tshinvali"] = ("Tskhinvali", null), ["szhinvali"] = ("Tskhinvali", null), ["tskhinvali"] = ("Tskhinvali", null),
        ["szuhumi"] = ("Sukhumi", null), ["szohumi"] = ("Sukhumi", null), ["szuhum"] = ("Sukhumi", null),
        ["sukhumi"] = ("Sukhumi", null), ["sokhumi"] = ("Sukhumi", null), ["ukrajna"] = ("Ukraine", null),
        ["europai"] = ("European", null), ["europa"] = ("Europe", null), ["amerikai"] = ("American", null),
        ["amerika"] = ("America", null), ["brusszel"] = ("Brussels", null), ["washington"] = ("Washington", null),
        ["kinai"] = ("Chinese", null), ["kina"] = ("China", null), ["nemetorszag"] = ("Germany", null),
        ["magyarorszag"] = ("Hungary", null), ["magyar"] = ("Hungarian", null), ["del-kaukazus"] = ("South Caucasus", null),
        ["transzkaukazus"] = ("Transcaucasia", null), ["kaukazus"] = ("Caucasus", null), ["orszag"] = ("country", null),
        ["allam"] = ("state", null), ["koztarsasag"] = ("republic", null), ["regio"] = ("region", null),
        ["terulet"] = ("territory", null), ["fuggetlenseg"] = ("independence", null), ["fuggetlen"] = ("independent", null),
        ["varos"] = ("city", null), ["fovaros"] = ("capital", null), ["lakossag"] = ("population", null),
        ["lakos"] = ("inhabitants", null), ["nemzetkozi"] = ("international", null), ["vilag"] = ("world", null),
        ["kozosseg"] = ("community", null), ["haboru"] = ("war", null), ["konfliktus"] = ("conflict", null),
        ["nyelv"] = ("language", null),
        // People.
        ["putyin"] = ("Putin", null), ["putin"] = ("Putin", null), ["medvegyev"] = ("Medvedev", null),
        ["tibilov"] = ("Tibilov", null), ["bibilov"] = ("Bibilov", null), ["karaszin"] = ("Karasin", null),
        ["karasin"] = ("Karasin", null), ["lavrov"] = ("Lavrov", null), ["mogherini"] = ("Mogherini", null),
        ["psaki"] = ("Psaki", null), ["pszaki"] = ("Psaki", null), ["leonyid"] = ("Leonid", null),
        ["grigorij"] = ("Grigory", null), ["federica"] = ("Federica", null),
        // Months: "marciusban" in March.
        ["januar"] = ("January", null), ["februar"] = ("February", null), ["marcius"] = ("March", null),
        ["aprilis"] = ("April", null), ["majus"] = ("May", null), ["junius"] = ("June", null), ["julius"] = ("July", null),
        ["augusztus"] = ("August", null), ["szeptember"] = ("September", null), ["oktober"] = ("October", null),
    }.ToDictionary(entry => entry.Key, entry => new Stem(entry.Value.English, entry.Value.Past), StringComparer.Ordinal);

    private static readonly int LongestStem = Stems.Keys.Max(stem => stem.Length);

    // Words their letters tell apart, read before the letters are folded ("ők" they, "ok").
    private static readonly Phrasebook Lettered = new(ReaderTables.Marked(new Dictionary<string, string>
    {
        ["ő"] = "he", ["ők"] = "they", ["őt"] = "him", ["őket"] = "them", ["ön"] = "you", ["önök"] = "you", ["öt"] = "five",
        ["hát"] = string.Empty,
    }));

    // Several words that mean one thing, read before the words one by one; as folded.
    private static readonly Phrasebook Phrases = new(ReaderTables.Marked(new Dictionary<string, string>
    {
        // Question words.
        ["mi az a"] = "what is", ["mi az az"] = "what is", ["mi az"] = "what is", ["mik azok"] = "what are",
        ["mi ez"] = "what is this", ["mi ez a"] = "what is this", ["az mi"] = "what is it", ["ki az a"] = "who is",
        ["ki az"] = "who is", ["ki ez"] = "who is", ["ki ez a"] = "who is this", ["kik azok"] = "who are",
        ["ki a"] = "who is the", ["ki volt"] = "who was", ["kik voltak"] = "who were", ["mi volt"] = "what was", ["mi a"] = "what is the",
        ["mi lesz"] = "what will happen to", ["mi lett"] = "what happened to", ["mi tortent"] = "what happened",
        ["mi tortenik"] = "what happens", ["mi koze"] = "what has to do with", ["mi koze van"] = "what has to do with",
        ["mi a kulonbseg"] = "what is the difference", ["mi a neve"] = "what is the name", ["mi a cime"] = "what is the title",
        ["hogy hivjak"] = "what is the name of", ["hogyan hivjak"] = "what is the name of", ["minek hivjak"] = "what is the name of",
        ["hogy nevezik"] = "what is the name of", ["mi a hivatalos neve"] = "what is the official name",
        ["hogy hivjak hivatalosan"] = "what is the official name of", ["mirol szol"] = "what is about",
        ["mirol szolt"] = "what was about", ["mirol van szo"] = "what is it about", ["szo van"] = "it is about",
        ["mit mond"] = "what does say", ["mit mondott"] = "what did say", ["mit mondtak"] = "what did say",
        ["mit mondanak"] = "what do say", ["mit szolt"] = "what did say", ["mit szoltak"] = "what did say",
        ["mit szol"] = "what does say", ["mit csinalt"] = "what did do", ["mit csinaltak"] = "what did do",
        ["mit tett"] = "what did do", ["mit tettek"] = "what did do", ["mit jelent"] = "what does mean",
        ["mit mond a szerzodes"] = "what does the treaty say", ["mit ir a szerzodes"] = "what does the treaty say",
        ["mit mond a cikk"] = "what does the article say", ["mit ir a cikk"] = "what does the article say",
        ["hany evre"] = "how many years", ["hany evig"] = "how many years", ["hany evre szol"] = "how many years is valid",
        ["hany eves"] = "how old", ["evre szol"] = "years valid", ["mennyi ideig"] = "how long", ["mennyi idore"] = "how long", ["mennyi ideig tart"] = "how long does it last", ["meddig ervenyes"] = "how long is valid",
        ["meddig tart"] = "how long does last", ["meddig szol"] = "how long is valid", ["mennyi penzt"] = "how much money",
        ["mennyi penz"] = "how much money", ["hany rubelt"] = "how many rubles", ["melyik napon"] = "what day",
        ["melyik nap"] = "what day", ["melyik evben"] = "what year", ["milyen datum"] = "what date", ["hanyadikan"] = "what date",
        ["hol volt"] = "where was", ["hol van"] = "where is", ["hogyan reagalt"] = "how did react", ["hogy reagalt"] = "how did react",
        ["hogyan reagaltak"] = "how did react", ["hogy reagaltak"] = "how did react", ["hogy volt"] = "how did happen",
        ["ki felel"] = "who is responsible for", ["felel"] = "is responsible for", ["felelnek"] = "are responsible for",
        ["reszt vett"] = "took part", ["reszt vettek"] = "took part", ["vett reszt"] = "took part", ["vettek reszt"] = "took part",
        ["reszt vesz"] = "takes part", ["reszt vesznek"] = "take part", ["jelen volt"] = "was present",
        ["jelen voltak"] = "were present", ["ott voltak"] = "were there", ["ott volt"] = "was there", ["veget ert"] = "ended",
        // A verb whose prefix stands after it: "írták alá" signed.
        ["irta ala"] = "signed", ["irtak ala"] = "signed", ["irt ala"] = "signed", ["irja ala"] = "signs",
        ["irjak ala"] = "sign", ["fogja alairni"] = "will sign", ["ismerik el"] = "recognize", ["ismerte el"] = "recognized",
        ["ismertek el"] = "recognized", ["itelte el"] = "condemned", ["iteltek el"] = "condemned", ["kotottek meg"] = "signed",
        ["kototte meg"] = "signed",
        // Bodies and names of more than one word.
        ["europai unio"] = "EU", ["europai unionak"] = "to EU", ["europai unioban"] = "in EU", ["az eu"] = "EU",
        ["egyesult allamok"] = "US", ["egyesult allamoknak"] = "to US", ["feher haz"] = "White House",
        ["nemzetkozi kozosseg"] = "international community", ["nemzetkozi jog"] = "international law",
        ["teruleti integritas"] = "territorial integrity", ["fegyveres erok"] = "armed forces", ["fegyveres ero"] = "armed forces",
        ["biztonsagi szervek"] = "security agencies", ["biztonsagi szolgalatok"] = "security services",
        ["strategiai partnerseg"] = "strategic partnership", ["szovetsegi es integracios"] = "alliance and integration",
        ["tarsadalmi gazdasagi"] = "social-economic",
        // Small talk.
        ["jo napot"] = "hello", ["jo napot kivanok"] = "hello", ["jo reggelt"] = "good morning", ["jo estet"] = "good evening",
        ["jo ejt"] = "good night", ["jo ejszakat"] = "good night", ["koszi szepen"] = "thanks a lot",
        ["koszonom szepen"] = "thank you very much", ["nagyon koszonom"] = "thank you very much",
        ["koszi a segitseget"] = "thanks for the help", ["ki vagy"] = "who are you", ["ki vagy te"] = "who are you",
        ["te ki vagy"] = "who are you", ["robot vagy"] = "are you a robot", ["te robot vagy"] = "are you a robot",
        ["bot vagy"] = "are you a bot", ["te bot vagy"] = "are you a bot", ["egy bot vagy"] = "are you a bot",
        ["egy robot vagy"] = "are you a robot", ["te egy bot vagy"] = "are you a bot", ["te egy robot vagy"] = "are you a robot", ["ember vagy"] = "are you human",
        ["gep vagy"] = "are you a machine", ["igazi ember vagy"] = "are you a real person",
        ["mesterseges intelligencia"] = "AI", ["hogyan kell hasznalni"] = "how do I use it",
        ["hogy kell hasznalni"] = "how do I use it", ["hogyan kell ezt hasznalni"] = "how do I use it",
        ["hogy kell ezt hasznalni"] = "how do I use it", ["hogyan hasznaljam"] = "how do I use it", ["hogyan mukodik"] = "how does it work", ["hogy mukodik"] = "how does it work",
        ["mit tudsz"] = "what can you do", ["mit tudsz csinalni"] = "what can you do", ["mire vagy kepes"] = "what can you do",
        ["miben tudsz segiteni"] = "how can you help", ["miben segithetsz"] = "how can you help",
        ["foglald ossze"] = "summarize", ["mit kerdezhetek"] = "what can I ask", ["mit kerdezzek"] = "what can I ask",
        ["mennem kell"] = "I have to go", ["minden jot"] = "all the best", ["szep napot"] = "have a nice day",
        ["mit gondolsz"] = "what do you think", ["mi a velemenyed"] = "what is your opinion", ["jo vagy rossz"] = "good or bad",
        ["nem tudom"] = "I don't know", ["nem ertem"] = "I don't understand",
    }), hyphens: true);

    // One word each, as folded. Fillers that only say how the chat sounds ("hat", "szoval", "amugy") are no words of the
    // question.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Question words.
        ["ki"] = "who", ["kik"] = "who", ["kicsoda"] = "who", ["kit"] = "whom", ["kinek"] = "to whom", ["kivel"] = "with whom",
        ["kitol"] = "from whom", ["kie"] = "whose", ["mi"] = "what", ["mit"] = "what", ["mik"] = "what", ["micsoda"] = "what",
        ["mirol"] = "about what", ["mire"] = "what for", ["miben"] = "in what", ["mivel"] = "with what", ["miert"] = "why",
        ["mikor"] = "when", ["meddig"] = "until when", ["miota"] = "since when", ["hol"] = "where", ["hova"] = "where",
        ["honnan"] = "where from", ["hogyan"] = "how", ["hogy"] = "that", ["hany"] = "how many", ["hanyan"] = "how many",
        ["mennyi"] = "how much", ["mennyit"] = "how much", ["mennyibe"] = "how much", ["melyik"] = "which",
        ["melyek"] = "which", ["milyen"] = "what", ["mekkora"] = "how big", ["mifele"] = "what kind of",
        // Function words, pronouns and adverbs.
        ["a"] = "the", ["az"] = "the", ["egy"] = "a", ["es"] = "and", ["meg"] = string.Empty, ["vagy"] = "or",
        ["de"] = "but", ["is"] = "too", ["sem"] = "neither", ["nem"] = "not", ["igen"] = "yes", ["nincs"] = "there is no",
        ["van"] = "is", ["vannak"] = "are", ["volt"] = "was", ["voltak"] = "were", ["lesz"] = "will be", ["lesznek"] = "will be",
        ["lett"] = "became", ["lenne"] = "would be", ["fog"] = "will", ["fogja"] = "will", ["fognak"] = "will",
        ["fogjak"] = "will", ["kell"] = "must", ["kellett"] = "had to", ["lehet"] = "can", ["ez"] = "this", ["ezt"] = "this",
        ["ennek"] = "to this", ["ezzel"] = "with this", ["ehhez"] = "to this", ["errol"] = "about this", ["ebben"] = "in this",
        ["ezek"] = "these", ["azt"] = "that", ["arrol"] = "about that", ["akkor"] = "then", ["most"] = "now",
        ["mar"] = "already", ["csak"] = "only", ["utan"] = "after", ["elott"] = "before", ["alatt"] = "under",
        ["kozott"] = "between", ["szerint"] = "according to", ["ota"] = "since", ["nelkul"] = "without", ["miatt"] = "because of",
        ["ellen"] = "against", ["mellett"] = "for", ["reszerol"] = "on the side of", ["reszrol"] = "side", ["szamara"] = "for",
        ["ha"] = "if", ["mert"] = "because", ["tehat"] = "so", ["pedig"] = string.Empty, ["aztan"] = "then", ["szinten"] = "also",
        ["egyutt"] = "together", ["pontosan"] = "exactly", ["pontos"] = "exact", ["kb"] = "about", ["korulbelul"] = "about",
        ["nagyon"] = "very", ["tobb"] = "more", ["kevesebb"] = "less", ["osszesen"] = "in total", ["mind"] = "all",
        ["minden"] = "every", ["valaki"] = "someone", ["valami"] = "something", ["valamit"] = "something",
        ["valamilyen"] = "some", ["senki"] = "nobody", ["semmi"] = "nothing", ["mindenki"] = "everybody", ["mas"] = "other",
        ["masik"] = "other", ["ugyanaz"] = "the same", ["ugyanolyan"] = "the same", ["uj"] = "new", ["regi"] = "old",
        ["elso"] = "first", ["utolso"] = "last", ["kovetkezo"] = "next", ["elozo"] = "previous", ["sajat"] = "own",
        ["teljesen"] = "fully", ["hivatalosan"] = "officially", ["rovid"] = "short", ["roviden"] = "briefly",
        ["egyaltalan"] = "actually", ["tenyleg"] = "really", ["szemelyesen"] = "personally", ["valamiben"] = "on anything", ["fontos"] = "important", ["mint"] = "as", ["oka"] = "reason", ["felnek"] = "fear", ["valoban"] = "really", ["szerintem"] = "I think",
        ["szerinted"] = "what do you think", ["talan"] = "maybe", ["persze"] = "sure", ["ott"] = "there", ["itt"] = "here",
        ["jelenleg"] = "now", ["ma"] = "today", ["tegnap"] = "yesterday", ["holnap"] = "tomorrow", ["eredetileg"] = "originally",
        ["ujra"] = "again", ["megint"] = "again", ["kulon"] = "separately", ["ugyanakkor"] = "at the same time",
        ["en"] = "I", ["te"] = "you", ["o"] = "he", ["nekem"] = "me", ["neked"] = "you", ["nekik"] = "them", ["neki"] = "him",
        ["oket"] = "them", ["maga"] = "himself", ["magat"] = "itself", ["sajatja"] = "own", ["hozza"] = "to it",
        ["rola"] = "about it", ["roluk"] = "about them", ["vele"] = "with him", ["veluk"] = "with them", ["ala"] = string.Empty,
        ["el"] = string.Empty, ["be"] = string.Empty, ["fel"] = string.Empty, ["at"] = string.Empty,
        // Fillers: how a chat sounds, no words of the question.
        ["na"] = string.Empty, ["szoval"] = string.Empty, ["amugy"] = string.Empty, ["egyebkent"] = string.Empty,
        ["asszem"] = "I think", ["ize"] = string.Empty, ["hat"] = string.Empty, ["nos"] = string.Empty, ["bocs"] = "sorry",
        ["bocsi"] = "sorry", ["elnezest"] = "sorry", ["kerlek"] = "please", ["kerem"] = "please", ["legyszi"] = "please",
        ["legyszives"] = "please", ["pls"] = "please", ["oke"] = "ok", ["okes"] = "ok", ["rendben"] = "ok", ["igaz"] = "true",
        ["ugye"] = "right", ["helyes"] = "right",
        // Small talk.
        ["szia"] = "hello", ["sziasztok"] = "hello", ["szervusz"] = "hello", ["szervusztok"] = "hello", ["szevasz"] = "hello",
        ["hello"] = "hello", ["hallo"] = "hello", ["hali"] = "hello", ["haliho"] = "hello", ["csa"] = "hello", ["csao"] = "bye",
        ["udv"] = "hello", ["koszi"] = "thanks", ["kosz"] = "thanks", ["koszke"] = "thanks", ["koszonom"] = "thank you",
        ["koszonjuk"] = "thank you", ["koszoni"] = "thanks", ["koszikoszi"] = "thanks", ["kszi"] = "thanks", ["ksz"] = "thanks",
        ["koszmi"] = "thanks", ["viszlat"] = "goodbye", ["viszontlatasra"] = "goodbye", ["pa"] = "bye", ["papa"] = "bye",
        ["szepen"] = string.Empty, ["segitett"] = "helped", ["hasznos"] = "useful", ["ember"] = "human", ["gep"] = "machine",
        ["jo"] = "good", ["rossz"] = "bad", ["velemenyed"] = "your opinion",
        // Being, doing, saying, giving.
        ["ir"] = "writes", ["irt"] = "wrote", ["irta"] = "wrote", ["irtak"] = "wrote", ["irja"] = "writes", ["irjak"] = "write",
        ["irni"] = "write", ["iro"] = "writer", ["iroja"] = "writer", ["ad"] = "gives", ["adnak"] = "give", ["adott"] = "gave",
        ["adta"] = "gave", ["adtak"] = "gave", ["adja"] = "gives", ["adjak"] = "give", ["adni"] = "give", ["ada"] = "gave",
        ["kap"] = "gets", ["kapnak"] = "get", ["kapott"] = "got", ["kaptak"] = "got", ["kapta"] = "got", ["kapja"] = "gets",
        ["kapjak"] = "get", ["kapni"] = "get", ["kaphat"] = "can get", ["kot"] = "signs", ["koti"] = "signs",
        ["kotott"] = "signed", ["kototte"] = "signed", ["kotottek"] = "signed", ["kotni"] = "sign", ["dolgozik"] = "works",
        ["dolgozott"] = "worked",
        ["szol"] = "is about", ["szolt"] = "said", ["szoltak"] = "said", ["ker"] = "asks", ["kert"] = "asked",
        ["kerte"] = "asked", ["kertek"] = "asked", ["tud"] = "knows", ["tudsz"] = "can you", ["tudod"] = "do you know",
        ["tudom"] = "I know", ["csinal"] = "does", ["csinalt"] = "did", ["csinaltak"] = "did", ["tett"] = "did",
        ["tettek"] = "did", ["vett"] = "took", ["vettek"] = "took", ["ment"] = "went", ["mentek"] = "went", ["jott"] = "came",
        ["utazott"] = "travelled", ["hivjak"] = "call", ["cim"] = "title", ["cime"] = "title", ["cimu"] = "titled",
        ["nev"] = "name", ["neve"] = "name", ["nevet"] = "name", ["nevu"] = "named", ["nap"] = "day", ["napon"] = "day",
        ["napja"] = "day", ["napjan"] = "day", ["honap"] = "month", ["ev"] = "year", ["eve"] = "year", ["evet"] = "year",
        ["evig"] = "years", ["evre"] = "years", ["evvel"] = "years", ["evek"] = "years", ["eves"] = "year", ["evben"] = "in year", ["evente"] = "a year",
        ["resz"] = "part", ["resze"] = "part", ["reszet"] = "part", ["reszei"] = "parts", ["hir"] = "news", ["hirek"] = "news",
        ["hirt"] = "news", ["jel"] = "signs", ["jelek"] = "signs", ["jeleket"] = "signs", ["nep"] = "people", ["nepe"] = "people",
        ["erok"] = "forces", ["eroi"] = "forces", ["eroit"] = "forces", ["beke"] = "peace", ["ensz"] = "UN", ["ebesz"] = "OSCE",
        ["nato"] = "NATO", ["usa"] = "US", ["eu"] = "EU", ["ukran"] = "Ukrainian",
        // Numbers.
        ["ket"] = "two", ["ketto"] = "two", ["harom"] = "three", ["negy"] = "four", ["tiz"] = "ten", ["husz"] = "twenty",
        ["huszonot"] = "twenty-five", ["otven"] = "fifty", ["szaz"] = "hundred", ["ezer"] = "thousand", ["kilenc"] = "nine",
        ["nyolc"] = "eight",
    };

    // Words of the tables that English writes too, left as they are in an English sentence ("so it was Putin and Bibilov
    // who signed, igaz?"): "a treaty", "is it", "most of" keep their meaning.
    private static readonly HashSet<string> EnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "is", "most", "be", "at", "fog", "ad", "hat", "nap", "ember", "ha", "mar", "pa", "ma", "o", "en", "te", "el",
        "hello", "pls", "usa", "eu", "nato", "ok", "tart", "per", "ott", "mind", "van", "volt", "ment", "ada", "mas", "mint",
    };

    // Each word as written and as typed without its accents ("szerzodes", "Oszetia"): "miert", "abhaz" and "ev" are no
    // other language's words, while "Gruzia", "Abhazia", "Krim", "milliard" and "hello" are Russian, Romanian, German,
    // French and English ones.
    private static IEnumerable<string> WithFolded(string[] words) =>
        words.Concat(words.Select(Folded).Where(word => !AnotherLanguages.Contains(word)));

    private static readonly HashSet<string> AnotherLanguages = new(StringComparer.OrdinalIgnoreCase) { "gruzia", "abhazia", "krim", "ota", "ev", "eve", "milliard", "hello" };

    // Words neither English nor another reader writes, each also as typed without its accents where that is no other
    // language's word; "az", "és", "volt", "ez" and "igen" count with a second only: Turkish, Portuguese, Danish and
    // English sentences have one of them. "ki", "mi", "nem", "mit", "van", "lett", "Genf", "Krim" and "rubel" count not at
    // all: Hinglish, Spanish, Portuguese, German, Dutch and Swedish write them, "ki" and "mi" twice in a sentence.
    private static readonly MarkerWords Markers = new(
        WithFolded([
            // Question words and function words.
            "mikor", "mennyi", "mennyit", "miért", "hány", "hányan", "melyik", "milyen", "hogyan", "hogy", "kik", "kicsoda",
            "micsoda", "miről", "meddig", "mióta", "honnan", "hová", "mekkora", "igaz", "ugye", "nincs", "vagy",
            "voltak", "lesz", "egy", "ezt", "ennek", "ehhez", "erről", "arról", "szerint", "között", "után", "előtt",
            "óta", "szerinted", "szerintem", "egyáltalán", "kérlek", "légyszi", "szia", "sziasztok", "szervusz", "köszi",
            "köszönöm", "kösz", "viszlát", "üdv", "napot", "kívánok", "helló", "csá", "szépen", "vagyok", "kell", "nekem", "szóval", "amúgy", "történt", "következő",
            // The article's acts and things.
            "aláíró", "írta", "írták", "pénz", "pénzt", "milliárd", "rubelt", "év", "éve", "évre", "évig",
            "éves", "ígért", "ígérte", "ígéret", "mondott", "mondta", "mondták", "mondtak", "reagált", "reagáltak", "cikk",
            "cikket", "cikkben", "cikkről", "védelem", "védelemről", "biztonság", "határ", "határon", "hadsereg", "hadsereggel",
            "tárgyalás", "tárgyalások", "tárgyalásnak", "küldöttség", "delegáció", "delegációt", "társelnök", "társelnökök",
            "külügyminisztérium", "forduló", "megállapodás", "különbség", "köze", "helyzet", "eredmény", "eredménye",
            "csinált", "elismerik", "gondolsz", "használni", "neve", "hívják", "hivatalos", "reakciók", "kötötték", "kötöttek",
            "kapott", "kapnak", "segített", "mennem", "annexiója", "szól", "szólt",
            // Places and people as Hungarian writes them.
            "orosz", "oroszok", "grúz", "grúzok", "Medvegyev", "Karaszin", "Krím", "Kremlben", "Chinvali",
            "Cchinvali", "Cehinvali", "Szuhumi", "Szohumi", "Tbiliszi", "Európai", "amerikaiak", "Brüsszel", "miben",
            "segíthetsz", "tudsz",
        ]),
        // Shared with Turkish ("az"), Portuguese ("és"), Danish ("igen") or English.
        ["az", "és", "volt", "ez", "igen"]);

    // A word (hyphenated: "Del-Oszetiaban"), or the English of a phrase, marked so that its words are not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+(?:-\\p{L}+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:the|are|was|were|did|does|do|what|who|when|where|how|which|why|of|to|and|it|they|this|that|with|for|about|you|can|will|has|have|his|their|signed|money|right)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    // "igaz?", "ugye?", ", nem?", "nem igaz?", "vagy nem?", "jól tudom?" at the end (as folded): whether it is so.
    [GeneratedRegex(@"(?:[,\s]+(?:igaz|ugye|nem\s+igaz|ugye\s+igaz|igaz\s+ugye|vagy\s+nem|jol\s+tudom|jol\s+mondom|ugye\s+jol\s+tudom)|,\s*(?:nem|helyes))(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    // "..., szia", "ok köszi, sziasztok!": a greeting after other words ends the chat.
    [GeneratedRegex(@"(?<=\p{L}[\p{P}\s]*)[,.!\s]+(?:szia|sziasztok|szevasz|szevasztok|szervusz|szervusztok)(?=[\s!.]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingHello();

    // "aláírta-e", "igaz-e": the clitic "-e" of a yes/no question.
    [GeneratedRegex(@"(?<=\p{L}{2})-e\b")]
    private static partial Regex Clitic();

    [GeneratedRegex(@"\b(?<side>[Dd]el|[Ee]szak)[\s-]+(?=[Oo]szet|[Kk]aukazus)")]
    private static partial Regex SouthOrNorth();

    [GeneratedRegex(@"(?<before>(?:^|[.?!,;:(]|\b(?:es|de|and|but)\b)\s*)(?:hogy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningHogy();

    // "NATO-rol", "EU-val", "2008-as", "18-an": a name in capitals or a number, a hyphen and its suffix.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<name>\p{Lu}{2,}|\d+)-(?<suffix>\p{Ll}{1,5})\b")]
    private static partial Regex HyphenSuffix();
}
