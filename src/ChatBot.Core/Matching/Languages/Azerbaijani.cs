using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Azerbaijani as its speakers write it in chat, from a word up to whole questions, with or without its letters:
/// "müqaviləni kim imzalayıb?" is "who signed the treaty?", "Cenubi Osetiyaya neche milyard rubl ayrilacaq?" how many
/// billion rubles will be allocated to South Ossetia, "Cenevre danishiqlarina kimler qatilib?" who took part in the
/// Geneva talks, "bu xeberin avtoru kimdir?" who is the author of this article, "Gurcustan XIN ne dedi?" what did
/// Georgia's foreign ministry say, "ne sorusha bilerem?" what can I ask, "botsan?" are you a bot. The language is close
/// enough to Turkish that <see cref="Turkish"/> reads most of its words; this reader knows a message is Azerbaijani by
/// the words Turkish does not write ("barədə", "qədər", "olub", "yoxsa", "sazish", "danışıqlar", "-yib", "-mishdi"),
/// reads those of its own words and phrases, puts its chat spellings in the letters Turkish's tables are written in ("sh"
/// for "ş", "ch" for "ç": "danishiq" is "danışıq"; "q" for "k": "qatilib" is "katılıb", joined) and hands the rest to
/// Turkish's reading. Its words with a meaning of their own ("neche" how many where "nece" is how, "ya" or, "bele" a
/// filler, "AI" the EU) are read here first. Only in a message with one of its own words or endings, so that Turkish,
/// Persian, Russian and English messages pass untouched.
/// </summary>
internal static partial class Azerbaijani
{
    /// <summary><paramref name="text"/> with Azerbaijani words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!IsAzerbaijani(text))
        {
            return text;
        }

        // "botsan?", "slm necesen": a whole message of chat.
        if (Whole().Match(text) is { Success: true } whole)
        {
            return WholeMessages.GetValueOrDefault(Folded(whole.Groups["message"].Value), text);
        }

        // "who signed it qardash?": whether the message as written has English words, which Turkish then leaves as they are.
        var english = Turkish.EnglishWord().IsMatch(text);
        // "NATO-ya", "2016-da": the case suffix a hyphen joins to initials or a number goes ("ya" is "or" on its own).
        text = HyphenedSuffix().Replace(text, string.Empty);
        // "AI" Avropa İttifaqı (the EU), "XIN" the foreign ministry: initials in capitals only, where "ai" is a word too.
        text = Initials().Replace(text, m => Marked(m.Value.ToUpperInvariant() switch
        {
            "AI" or "Aİ" => "EU",
            "XIN" or "XİN" => "foreign ministry",
            "BMT" => "UN",
            _ => "US",
        }));
        // "neçə", "neche": how many, where "necə", "nece" is how; told apart by their letters before these go.
        text = Lettered.InEnglish(text);
        text = Word().Replace(Turkish.Folded(text), m => m.Groups["english"].Success ? m.Value : Plain(m.Value));
        text = Phrases.InEnglish(text);
        text = Word().Replace(text, m => m.Groups["english"].Success ? m.Value : Own(m.Value) ?? m.Value);
        return Turkish.Translated(text, english);
    }

    // A letter only Azerbaijani writes ("ə"), one of its own words or an ending only it has ("imzalayib", "olunmushdu",
    // "qoruyacaq").
    private static bool IsAzerbaijani(string text) =>
        text.Contains('ə') || text.Contains('Ə') || Markers.AreIn(text) || OwnStem().IsMatch(text) || Whole().IsMatch(text)
        || WasPhrase().IsMatch(text);

    // "kim idi", "ne idi", "var idi": the past of "to be" as a word of its own, after a word Turkish writes as one
    // ("kimdi", "vardı"); Greek "idi" (already) follows none of these. "kimdi belə": who is it, with the chat's filler.
    [GeneratedRegex(@"\b(?:kim|kimler|ne|var|orda|orada|nece|necə|bash|baş|sedr|sədr)\s+idi\b|\b(?:kimdi|kimdir|nedi|yerdi)\s+bel[eə]\b", RegexOptions.IgnoreCase)]
    private static partial Regex WasPhrase();

    [GeneratedRegex(@"(?<=\b\p{Lu}{2,}|\d)-(?:ya|ye|a|e|da|de|dan|den|nin|nun|n[ıi]n|in|un|ci|c[ıi]|nc[ıi]|ncu|ta|te|tan|ten)\b")]
    private static partial Regex HyphenedSuffix();

    /// <summary>A word typed the chat's way ("danishiq", "gorushunde", "serhedchi") in the letters Turkish's tables have.</summary>
    private static string Plain(string word)
    {
        var lower = word.ToLowerInvariant();
        return EnglishWords.Contains(lower) || (!lower.Contains("sh", StringComparison.Ordinal) && !lower.Contains("ch", StringComparison.Ordinal))
            ? word
            : word.Replace("sh", "s", StringComparison.OrdinalIgnoreCase).Replace("ch", "c", StringComparison.OrdinalIgnoreCase);
    }

    // The English of one of the language's own words, marked as read; or the word respelled as Turkish writes its stem
    // ("qatilib" katılıb, "qoruyacaq" koruyacak), for Turkish to read with its suffixes; null when it is neither.
    private static string? Own(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Words.TryGetValue(lower, out var english))
        {
            return english.Length == 0 ? english : Marked(english);
        }

        if (EnglishWords.Contains(lower))
        {
            return null;
        }

        for (var length = Math.Min(lower.Length, LongestStem); length >= 3; length--)
        {
            if (Stems.TryGetValue(lower[..length], out var noun))
            {
                return Marked(noun);
            }

            if (Respelled.TryGetValue(lower[..length], out var turkish))
            {
                return turkish + lower[length..];
            }
        }

        return null;
    }

    private static string Marked(string english) => $"\u0001{english}\u0002";

    private static string Folded(string text) => Plain(Turkish.Folded(text)).ToLowerInvariant();

    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:AI|Aİ|XIN|XİN|BMT|ABŞ|ABS)\b")]
    private static partial Regex Initials();

    // Chat that is a whole message: "botsan?", "slm necesen", "sagol, gorusherik" (Turkish reads "salam necesen" itself).
    [GeneratedRegex(@"^\W*(?<message>botsan|robotsan|sen\s+botsan|slm\s+nec[eə]s[eə]n|sa[gğ]\s?ol,?\s+g[oö]r[uü](?:sh|ş|s)[eə]rik)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Whole();

    private static readonly Dictionary<string, string> WholeMessages = new(StringComparer.Ordinal)
    {
        ["botsan"] = "are you a bot", ["robotsan"] = "are you a robot", ["sen botsan"] = "are you a bot",
        ["slm necesen"] = "hello how are you",
        ["sagol, goruserik"] = "bye", ["sagol goruserik"] = "bye", ["sag ol, goruserik"] = "bye", ["sag ol goruserik"] = "bye",
    };

    // Its verbs' endings no Turkish writes: the perfect "-ib" ("imzalayıb", "qatılıb"), the pluperfect "-mışdı" with its
    // "şd" ("imzalanmishdi"), the future's "q" ("olacaq", "qoruyacaq"); and stems only it has ("müqavilə", "danışıq",
    // "xəbərdarlıq", "sərhəd", "təhlükəsizlik"), as typed without its letters too. "habib" and "najib" are names.
    [GeneratedRegex(@"\b(?:\w{3,}(?:y[iıuü]b|[lntrsşdzqğgk][iıuü]b)(?:dir|lar|ler|l[əe]r)?|\w{3,}m[iıuü](?:sh|ş)d[iıuü]r?|\w{2,}[aeə]ca[qğ]|\w{2,}[eə]c[eə][qğ]|m[uü]qavil\w*|dan[iı](?:sh|ş|s)[iı]q\w*|x[eə]b[eə]rdarl\w*|s[eə]rh[eə]d\w*|t[eə]hl[uü]k[eə]siz\w*|razilash\w*|sazi(?:sh|ş)\w*|g[oö]r[uü]sh\w*|t[eə]rkib\w*|ild[oö]n[uü]m\w*|d[uü]sh[uü]\w*|x[aə]t[iı]rla\w*|sxinval\w*|suxum\w*|q[eə]rar\w*|i(?:sh|ş)tirak[cç]\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnStem();

    // Words only Azerbaijani writes, with its letters and as chat types them without; none is Turkish, Persian or
    // Russian in Latin letters, nor English.
    private static readonly MarkerWords Markers = new(
        [
            // Question words and the words around them.
            "barədə", "barede", "haqda", "haqqında", "haqqinda", "necə", "nece", "neçə", "neche", "qədər", "qeder", "hansı",
            "hansi", "harda", "harada", "niyə", "yoxsa", "yox", "olub", "olunub", "edib", "ediblər", "edibler",
            "deyil", "deyir", "deyirlər", "deyirler", "deyilib", "deyildi", "deyende", "deyəndə", "nədir", "nəyə",
            "üçün", "ucun", "qabaq", "əvvəl", "üzrə", "yerdi", "bilərəm", "bilerem",
            "bilərsən", "bilersen", "gorusherik", "görüşərik", "fikirleshirsen", "fikirləşirsən", "yaxshi", "yaxşı",
            "yaxshidir", "yaxşıdır", "etrafli", "ətraflı", "qisaca", "qısaca", "baş", "vermishdi", "verib",
            // The article's things.
            "müqavilə", "muqavile", "sazish", "saziş", "xəbər", "xeber", "xeberin", "məqalə", "meqale", "müəllif", "muellif",
            "rusiya", "rusiyanın", "rusiyanin", "gürcüstan", "gurcustan", "gurcustanin", "abxaziya", "abxaz",
            "cənubi", "cenubi", "jeneva", "jenevada", "vəsait", "ayrilacaq", "ayrılacaq", "ayrilib",
            "ayrılıb", "ayrilir", "ayrılır", "rehberi", "rəhbəri", "terefler", "tərəflər", "terefi", "tərəfi", "terefden",
            "tərəfdən", "reaksiyalar", "reaksiyasi", "reaksiyası", "munasibeti", "münasibəti", "ilhaq", "ilhaqi",
            "ilhaqı", "ildonumu", "ildönümü", "yevrosoyuz", "məsələsi", "narahatliq", "narahatlıq", "hemsedr",
            "həmsədr", "hemsedrlik", "sedr", "sədr", "delegasiyasi", "nishanlari", "nişanları", "vashington", "imzalayib",
            "imzalayıb", "qerb", "qərb", "beynelxalq", "beynəlxalq", "quvvede", "qüvvədə",
            "qeyd", "etdi", "etdiler", "etdilər", "olunurdu", "veririk", "atib", "tarixi", "herbi", "hərbi", "bolmeleri",
            "bölmələri", "quvvelerine", "qüvvələrinə", "qatilir", "qatılır", "qalir", "qalır", "birleshir", "birləşir",
            "ayrica", "ayrıca", "narahatdir", "narahatdır", "olkedi", "ölkədi", "koroche", "dogovorla", "delegaciya",
        ],
        []);

    // "neçə", "neche": how many; told apart from "necə", "nece" (how) by their letters, so read before they go.
    private static readonly Phrasebook Lettered = new(ReaderTables.Marked(new Dictionary<string, string>
    {
        ["neçə"] = "how many", ["neche"] = "how many", ["neçə il"] = "how many years", ["neche il"] = "how many years",
        ["neçə ildi"] = "how many years", ["neche ildi"] = "how many years", ["neçə ildir"] = "how many years",
        ["neche ildir"] = "how many years", ["neçə illik"] = "how many years", ["neche illik"] = "how many years",
        ["neche milyard"] = "how many billion", ["neçə milyard"] = "how many billion", ["neche martda"] = "what day in March",
        ["neçə martda"] = "what day in March",
    }));

    // Several words that mean one thing, read before the words one by one; as folded, in lower case.
    private static readonly Phrasebook Phrases = new(ReaderTables.Marked(new Dictionary<string, string>
    {
        // Question words.
        ["ne vaxta qeder"] = "until when", ["ne vaxtdan"] = "since when", ["ne idi"] = "what was", ["kim idi"] = "who was",
        ["kimdi bele"] = "who is", ["adi ne idi"] = "what was the name", ["nece idi"] = "how was",
        ["ne yerdi"] = "what is", ["ne yerdi bele"] = "what is", ["nece ay"] = "how many months",
        ["nece il"] = "how many years", ["nece ildi"] = "how many years", ["nece ildir"] = "how many years",
        ["bundan qabaq"] = "before this", ["bundan evvel"] = "before this", ["ya yox"] = "or not",
        ["var idi"] = "was there", ["kimler var idi"] = "who was there", ["orda idi"] = "was there",
        ["ne haqqinda idi"] = "what was about", ["ne bas verib"] = "what happened", ["ne bas verdi"] = "what happened",
        ["ne bas vermisdi"] = "what happened", ["ne bas vermisdir"] = "what happened", ["bas verdi"] = "happened",
        ["ne olub"] = "what happened", ["eynidi ya yox"] = "similar or not", ["ne deyilib"] = "what was said", ["nece yazilib"] = "what does it say",
        ["ne muzakire edildi"] = "what was discussed", ["ne muzakire olundu"] = "what was discussed",
        ["ne qerar verdiler"] = "what did they agree", ["ne qerar verildi"] = "what was agreed",
        ["neye razilasdi"] = "what did they agree", ["neye razilasdilar"] = "what did they agree",
        ["harda isleyir"] = "where does work", ["kim bas idi"] = "who led", ["kim bash idi"] = "who led", ["ne bash verib"] = "what happened",
        ["ne bash verdi"] = "what happened", ["ne bash vermisdi"] = "what happened", ["ne bash vermishdi"] = "what happened",
        ["etrafli danish"] = "tell me about", ["barede ne dedi"] = "what did say about",
        ["barede ne dediler"] = "what did say about", ["barede ne deyir"] = "what does say about",
        ["barede ne deyirler"] = "what do say about", ["barede ne yazilib"] = "what does it say about",
        ["barede ne deyilib"] = "what was said about", ["barede ne deyildi"] = "what was said about",
        ["barede ne bildirdi"] = "what did say about", ["haqda ne dedi"] = "what did say about",
        ["haqda ne deyir"] = "what does say about", ["ile bagli ne deyildi"] = "what was said about",
        ["ile bagli ne deyilib"] = "what was said about", ["kim basciliq edirdi"] = "who led",
        ["ne istedi"] = "what did ask", ["nece oldu"] = "how was", ["nece istifade edim"] = "how do I use it",
        ["bununla nece istifade edim"] = "how do I use it",
        // The treaty, the talks and the events.
        ["bele muqavile"] = "similar treaty", ["ile olan"] = "with", ["kimin uzerine dusur"] = "who is responsible for",
        ["zakavkaziya uzre beynelxalq muzakireler"] = "Geneva International Discussions on Transcaucasia",
        ["deyende kimi nezerde tutur"] = "who does it mean", ["deyende ne nezerde tutur"] = "what does it mean",
        ["kimler temsil olunurdu"] = "who participated", ["nezerde tutur"] = "envisages", ["nezerde tutulur"] = "is envisaged",
        ["terkibine kecir"] = "joins", ["terkibine girecek"] = "will join", ["terkibine kececek"] = "will join",
        ["ile bagli"] = "about", ["ust uste dusub"] = "coincided", ["ust uste dusur"] = "coincides",
        ["ust uste dusdu"] = "coincided", ["temsil olunurdu"] = "were represented", ["temsil olunub"] = "were represented",
        ["hemsedrlik edirdi"] = "co-chaired", ["hemsedrlik edib"] = "co-chaired", ["hemsedrlik etdi"] = "co-chaired",
        ["sedr idi"] = "co-chaired", ["qeyd etdi"] = "noted", ["qeyd etdiler"] = "noted", ["hell olunmalidir"] = "should be resolved",
        ["hell olunmali"] = "should be resolved", ["davam edecekler"] = "will continue", ["davam edecek"] = "will continue",
        ["imza atib"] = "signed", ["imza atiblar"] = "signed", ["imza atdi"] = "signed", ["imza tarixi"] = "signing date",
        ["imza gunu"] = "signing day", ["vaad edibler"] = "pledged", ["vaad edib"] = "pledged", ["vaad etdi"] = "pledged",
        ["ilhaq olunmusdu"] = "was annexed", ["ilhaq olunub"] = "was annexed", ["ilhaq olundu"] = "was annexed",
        ["ilhaq etdi"] = "annexed", ["ilhaq adlandirib"] = "called annexation", ["etiraz etdi"] = "protested",
        ["etiraz etdiler"] = "protested", ["dovlet departamenti"] = "State Department",
        ["avropa ittifaqi"] = "EU", ["sosial iqtisadi inkisaf"] = "socio-economic development",
        ["sonuna qeder"] = "by the end of", ["ayrica qalir"] = "remains separate",
        // Small talk and the bot.
        ["ne sorusa bilerem"] = "what can I ask", ["neye komek ede bilersen"] = "what can you help with",
        ["komek ede bilersen"] = "can you help", ["ne ede bilersen"] = "what can you do", ["ne fikirlesirsen"] = "what do you think",
        ["sen ne fikirlesirsen"] = "what do you think", ["senin fikrin nedi"] = "what is your opinion",
        ["ya pis"] = "or bad", ["yaxsidir ya pis"] = "good or bad", ["qisaca izah et"] = "summarize",
        ["izah et"] = "explain", ["etrafli danis"] = "tell me about", ["sag ol"] = "thanks", ["cox sag ol"] = "thanks a lot",
    }), hyphens: true);

    // One word each, as folded and typed plain: those Turkish has not, or reads otherwise ("ya" is "or", "bele" a filler).
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["barede"] = "about", ["haqda"] = "about", ["uzre"] = "on", ["idi"] = "was", ["qabaq"] = "before", ["ya"] = "or",
        ["yoxsa"] = "or", ["bele"] = string.Empty, ["koroce"] = "briefly",
        ["isleyir"] = "works", ["kimdi"] = "who is", ["nedi"] = "what is", ["yerdi"] = "place",
        ["eyni"] = "same", ["eynidi"] = "is the same", ["eynidir"] = "is the same", ["indi"] = "now", ["axirda"] = "in the end",
        ["yeniden"] = "again", ["itoq"] = "outcome", ["yazan"] = "who wrote", ["deyende"] = "meaning",
        ["olkedi"] = "country", ["olkedir"] = "country", ["haqlidir"] = "is right", ["yaxsidir"] = "good", ["gorus"] = "meeting",
        ["olunurdu"] = "were", ["baglanir"] = "integrated", ["kecir"] = "joins", ["qalir"] = "remains", ["sayir"] = "considers",
        ["xatirlanir"] = "is mentioned", ["dusurdu"] = "coincided", ["dusub"] = "coincided", ["tesadufen"] = "coincidentally",
        ["vasington"] = "Washington", ["amerikalilara"] = "Americans", ["qerb"] = "West", ["umumi"] = "overall",
        ["oborona"] = "defence", ["armiya"] = "army", ["herbi"] = "military", ["situaciya"] = "situation",
        ["terefinden"] = "from", ["terefden"] = "side", ["terefi"] = "side", ["kecirmesi"] = "conducting",
        ["qurmasi"] = "building", ["ayrica"] = "separate", ["cavabdeh"] = "responsible for",
    };

    // Nouns and names read with any suffix ("sazishin", "terkibine", "hemsedrleri"), as folded; the longest a word opens
    // with wins.
    private static readonly Dictionary<string, string> Stems = new(StringComparer.Ordinal)
    {
        ["sazis"] = "agreement", ["dogovor"] = "treaty", ["layihe"] = "draft", ["ilkin"] = "initial", ["variant"] = "version",
        ["muqayise"] = "compared", ["avtor"] = "author", ["muhafize"] = "protection", ["terkib"] = "part",
        ["organ"] = "agencies", ["bolme"] = "units", ["sened"] = "document", ["movzu"] = "topics",
        ["zakavkaziya"] = "Transcaucasia", ["jeneva"] = "Geneva", ["teref"] = "parties", ["sedr"] = "chair",
        ["zidd"] = "contrary", ["kurs"] = "course", ["stabillik"] = "stability", ["serhedci"] = "border guards",
        ["tesir"] = "impact", ["nisan"] = "signs", ["xett"] = "line", ["qerar"] = "decision",
        ["iqtisadi"] = "economic", ["inkisaf"] = "development", ["rehber"] = "leader", ["hisse"] = "part",
        ["delegasiya"] = "delegation", ["delegaciya"] = "delegation", ["yevrosoyuz"] = "EU",
        ["etiraz"] = "objection", ["komek"] = "help", ["infrastruktur"] = "infrastructure", ["yaxinlasma"] = "rapprochement",
        ["yujnaya"] = "South", ["istirakci"] = "participants", ["ildonum"] = "anniversary",
        ["ilhaq"] = "annexation", ["gurculer"] = "Georgians", ["razilasma"] = "agreements", ["planlas"] = "planned",
    };

    // Verbs and nouns spelled as Turkish writes their stem, read by Turkish with their suffixes: "qatılıb" is "katılıb"
    // (joined), "qoruyacaq" "koruyacak" (will protect), "deyishdibler" "değiştiler" (revised), "pisledi" condemned.
    private static readonly Dictionary<string, string> Respelled = new(StringComparer.Ordinal)
    {
        ["qatil"] = "katil", ["qoru"] = "koru", ["deyis"] = "degis", ["oxsa"] = "benze",
        ["pisle"] = "kina", ["adlandir"] = "adlan", ["xatirla"] = "bahs", ["korla"] = "zarar", ["razilas"] = "anlas",
        ["yaxsilas"] = "iyilesme",
    };

    private static readonly int LongestStem = Math.Max(Stems.Keys.Max(stem => stem.Length), Respelled.Keys.Max(stem => stem.Length));
}
