using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Turkish and Azerbaijani as their speakers mix them into English chat, from a word up to whole questions: "Anlaşmayı
/// kim imzaladı?" is "who signed the treaty?", "Güney Osetya'ya ne kadar para verilecek?" how much money will be given
/// to South Ossetia, "anlaşma kaç yıl geçerli?" how many years the treaty is valid, "Medvedev imzaladı, değil mi?"
/// "Medvedev signed, right?", "sen bot musun?" are you a bot, "sağ ol" thanks; Azerbaijani "müqaviləni kim imzalayıb?"
/// who signed the treaty, "Cənubi Osetiyaya nə qədər pul ayrılacaq?" how much money will be allocated to South Ossetia.
/// The two languages are close enough for one table: Azerbaijani's own words ("nə vaxt", "harada", "müqavilə", "pul")
/// stand beside Turkish's. Read word for word (the bot reads words, not word order), with or without the languages'
/// letters ("imzalandi", "Gurcistan", "muqavile"), chat shorthand ("tşk", "nerde", "slm") and the name or noun with
/// the suffixes that carry its case ("Rusya'nın", "Moskova'da", "Abhazya'ya", "anlaşmayı", "Osetiyanın"). A verb of the
/// article's topics is read by its stem and the tense its suffixes say ("imzaladı" signed, "imzalandı" was signed,
/// "verilecek" will be given, "imzalayıb" signed); the question particle ("mi", "mı", "mu", "mü") only makes a yes/no
/// question, and goes. Only in a message with a letter only these languages write ("ı", "ğ", "ə"), a word only they have
/// ("anlaşma", "nerede", "hocam", "müqavilə") or two they share with English or another language ("ne", "bu", "kim",
/// "yani"), so that "Kim" in an English sentence, French "ne", Arabizi "yani" or Spanish "para" keep their meaning.
/// </summary>
internal static partial class Turkish
{
    /// <summary><paramref name="text"/> with Turkish and Azerbaijani words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text) => IsTurkish(text) ? Translated(text) : text;

    /// <summary>
    /// <paramref name="text"/> read as Turkish or Azerbaijani whatever its markers: for <see cref="Azerbaijani"/>, which
    /// knows the message is Azerbaijani by words this reader's markers do not have, and whether the message as written
    /// has English words (<paramref name="english"/>) before its own words are read.
    /// </summary>
    internal static string Translated(string text, bool? english = null)
    {
        // "sa", "sa as": the chat's short "selamün aleyküm", only as a whole message.
        if (Greeting().IsMatch(text))
        {
            return "hello";
        }

        if (Shorthand().Match(text) is { Success: true } shorthand)
        {
            return shorthand.Value.Trim().ToLowerInvariant() switch { "bb" => "bye", "slm" or "mrb" => "hello", _ => "thanks" };
        }

        text = text.Replace('\u2019', '\'').Replace('`', '\'');
        // "who signed it hocam, on what day?": in an English sentence "on", "son" or "bin" are English.
        english ??= EnglishWord().IsMatch(text);
        // "öldü" died, "neçə" how many: words their letters tell apart from "oldu" (happened) and "necə" (how).
        text = Lettered.InEnglish(text);
        text = Folded(text);
        // "katiliyo", "geciyo", "diyo": chat drops the "r" of "-iyor".
        text = Progressive().Replace(text, "${stem}yor");
        // "Gürcistan'dan ayrılan": breaking away from, no "ayrılan" (allocated) money.
        text = BrokenAway().Replace(text, "${from} \u0001breakaway\u0002");
        // "imzalandı, değil mi?", "25 yıl, doğru mu?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        text = Phrases.InEnglish(text);
        // "NATO ne dedi?", "Avrupa Birliği ne diyor?": what did NATO say, what does the EU say ("NATO what did say" reads
        // as what was said about NATO). Only a name: "savunma kısmı ne diyor?" asks what the treaty says of it.
        text = SaidBy().Replace(text, "\u0001what ${did}\u0002 ${subject} \u0001say\u0002");
        // "Avrupa Birliği'nin": the case suffix of a name read as a phrase goes with it, and of a number ("2016'da").
        text = SuffixOfPhrase().Replace(text, string.Empty);
        text = SuffixOfNumber().Replace(text, string.Empty);
        return Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english == true && EnglishToo.Contains(m.Value) ? m.Value
            : English(m.Value) ?? m.Value);
    }

    // A letter only Turkish or Azerbaijani writes, one of its marker words, a closing "kim" ("Psaki kim?", "Tibilov kim"),
    // which English writes only as a name before its verb, or a closing question particle with a word they share ("BM mi?").
    private static bool IsTurkish(string text) =>
        text.AsSpan().IndexOfAny(OwnLetters) >= 0 || Markers.AreIn(text) || (text.Length < 40 && ClosingWho().IsMatch(text))
        || OwnStem().IsMatch(text) || Greeting().IsMatch(text) || Shorthand().IsMatch(text)
        || (text.Contains(" m", StringComparison.OrdinalIgnoreCase) && ClosingParticle().IsMatch(text)
            && SharedMarker().IsMatch(text));

    // "BM mi?", "putin kendisi mi?": a closing question particle, and a word the languages share with others.
    [GeneratedRegex(@"\sm[iu]\s*\?+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingParticle();

    [GeneratedRegex(@"\b(?:ne|bu|kim|abi|yani|bm|ab|abd|bir|kendisi|var|yok|ile|ayni)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SharedMarker();

    private static readonly SearchValues<char> OwnLetters = SearchValues.Create("ıİğĞəƏ");

    // "Psaki kim?", "Tibilov kim", "jen psaki kim": a name or two, then "who" (English writes Kim before its verb).
    [GeneratedRegex(@"^\W*(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+kim\s*\?*|\p{Ll}{3,}(?:\s+\p{Ll}{3,})?\s+kim\s*\??)\s*$")]
    private static partial Regex ClosingWho();

    // A noun of the article or a verb with an ending only these languages write ("cenevrede", "osetyanin",
    // "görüşmelerine", "yapılıyor", "yapılacak"), as typed without their letters too, or chat of two words ("sag ol",
    // "hadi bb", "salamat qal": Tagalog's "salamat" is thanks alone). "kirim" alone is Malay (send).
    [GeneratedRegex(@"\b(?:anla[sş]ma|antla[sş]ma|m[uü]qavil|cenevre|oset(?:y|iya)|rusya|rusiya|g[uü]rc[iuü]s?tan|g[uü]rc[uü](?:n|l)|abhazy|abxaziy|moskova|g[oö]r[uü][sş](?:me|ul|ule|ler)|heyet|tepki|ilhak|ilhaq|k[ıi]r[ıi]m(?:la|da|in|ın|i|ı)\b|imza(?:c|l|n|s|t)|toplant|e[sş]\s?ba[sş]kan|savunma|s[ıi]n[ıi]r(?:l|d|[ıi]n|[ıi])|serhed|tehl[uü]kesiz|g[uü]venli|ordusu|haber(?:i|de|deki|in|e)\b|sava[sş](?:a|ta|[ıi]n|[ıi])\b|katil(?:d|m)|xeber|makale|meqale|yazar[ıi]|ayr[ıi]l[ıi]k[cç][ıi]|haziran|temmuz|a[gğ]ustos|eyl[uü]l|g[oö]rev[iı]|unvan[iı]|[uü]nvan[ıi])\w*|\byazar\s+kim\b|\bayn[ıi]\s+g[uü]n\b|\w'(?:n[ıiuü]n|d[ae]ki)\b|\bsa[gğ]\s?ol(?:un|as[ıi]n)?\b|\bhadi\s+(?:bb|bay|bye)\b|\bsalamat\s+qal\b|\b\w{2,}(?:[ıiuü]yor|[ae]ca[kğgq]|[ae]ce[kğgq])\w*|\b\w{3,}[ıiuü]yo\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnStem();

    [GeneratedRegex(@"^\W*(?:sa|sa\s+as|s\.a)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    // "slm", "tsk", "bb": chat shorthand, only as a whole message.
    [GeneratedRegex(@"^\W*(?:slm|mrb|tsk|tşk|tskler|bb)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Shorthand();

    [GeneratedRegex(@"\b(?<stem>\w{3,}[iu]|olu|di)yo\b", RegexOptions.IgnoreCase)]
    private static partial Regex Progressive();

    [GeneratedRegex(@"\b(?<from>\w+(?:dan|den|tan|ten))\s+ayril(?:an|mis|di|ip|mak)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BrokenAway();

    [GeneratedRegex(@"(?<=\d)'\p{L}+")]
    private static partial Regex SuffixOfNumber();

    /// <summary>
    /// <paramref name="text"/> in plain Latin letters: "ı", "ş", "ğ", "ç", "ö", "ü" and "ə" as readers type them without
    /// them ("imzalandi", "muqavile"), so that one table reads both.
    /// </summary>
    internal static string Folded(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                'ı' => 'i', 'İ' => 'I', 'ş' => 's', 'Ş' => 'S', 'ğ' => 'g', 'Ğ' => 'G', 'ç' => 'c', 'Ç' => 'C', 'ö' => 'o',
                'Ö' => 'O', 'ü' => 'u', 'Ü' => 'U', 'ə' => 'e', 'Ə' => 'E', 'â' => 'a', 'î' => 'i', 'û' => 'u',
                _ => c,
            });
        }

        return builder.ToString();
    }

    // The English of one word (already folded): the word as it is in the table; else a name or a noun before its case
    // suffix ("Rusya'nın", "anlaşmayı"), or a verb's stem with the tense its suffixes say ("imzalandı").
    private static string? English(string word)
    {
        var lower = word.ToLowerInvariant();
        var apostrophe = lower.IndexOf('\'');
        if (apostrophe < 0)
        {
            return Read(lower);
        }

        // "Osetya's defense": an English possessive on a Turkish name.
        var name = Read(lower[..apostrophe]);
        var suffix = lower[(apostrophe + 1)..];
        // "treaty'nin", "geneva'da": an English word or name with a Turkish case suffix is that word.
        return name is null ? suffix is not ("s" or "t" or "d" or "m" or "re" or "ve" or "ll") ? word[..apostrophe] : null
            : suffix == "s" ? $"{name}'s" : name;
    }

    // "very", "military", "russia": an English word is no Turkish stem and its ending, though it may be a noun ("para").
    private static string? Read(string lower) =>
        Words.GetValueOrDefault(lower)
        ?? (!EnglishWords.Contains(lower) ? Stemmed(lower)
            : Stems.TryGetValue(lower, out var noun) && noun.Past is null ? noun.English : null);

    // The longest stem <paramref name="word"/> opens with, read with what its suffixes say.
    private static string? Stemmed(string word)
    {
        for (var length = Math.Min(word.Length, LongestStem); length >= 3; length--)
        {
            // "bitcoin" is no "bit" (end): a verb's suffixes open with one of these letters.
            if (Stems.TryGetValue(word[..length], out var stem) && (stem.Past is null || length == word.Length
                || "aeiudtmnylsr".Contains(word[length], StringComparison.Ordinal)))
            {
                return stem.Past is not null ? Verb(stem, word[length..])
                    : char.IsLower(stem.English[0]) && Locative().IsMatch(word[length..]) ? $"in {stem.English}"
                    : stem.English;
            }
        }

        return null;
    }

    // "imzaladı" signed, "imzalandı" was signed, "imzalanacak" will be signed, "imzalayıb" signed, "imzalıyor" signs.
    private static string Verb(Stem verb, string suffixes)
    {
        var passive = Passive().IsMatch(suffixes);
        // "verildi" was given, not "was gave".
        var done = verb.Past switch { "gave" => "given", "wrote" => "written", var past => past };
        return Future().IsMatch(suffixes) ? passive ? $"will be {done}" : $"will {verb.English}"
            : Past().IsMatch(suffixes) ? passive ? $"was {done}" : verb.Past!
            : passive ? $"is {done}" : verb.English;
    }

    [GeneratedRegex("(?<subject>\u0001[^\u0002]*\u0002|\\b\\p{Lu}\\p{L}*(?:'\\p{L}+)?)\\s+\u0001what (?<did>did|does|do)(?: it| they)? say\u0002")]
    private static partial Regex SaidBy();

    // "anlaşmada", "müqavilədə", "sınırlarda", "anlaşmasında": in the treaty, on the borders (a name keeps its own
    // reading: "Güney Osetya'da" is no "South in Ossetia").
    [GeneratedRegex(@"^(?:[iu]|s[iu]|l[ae]r|l[ae]r[iu])?n?[dt][ae](?:ki)?$")]
    private static partial Regex Locative();

    // "-n-" after a vowel, "-il-" after a consonant: the passive ("imzala-n-dı", "ver-il-ecek", "yaz-ıl-ıb").
    [GeneratedRegex(@"^(?:n|[iu]l|[iu]n)(?!ma|me)")]
    private static partial Regex Passive();

    [GeneratedRegex(@"(?:a|e)ca[kgq]|(?:a|e)ce[kgq]")]
    private static partial Regex Future();

    // "-dı", "-tı", "-mış", "-ıb": the past, Turkish's seen and heard and Azerbaijani's perfect.
    [GeneratedRegex(@"^(?:n|[iu]l|[iu]n)?(?:y?[iu]?[dt][iu]|y?m[iu]s|y?[iu]b\b|y?[iu]b(?:dir|lar|ler))")]
    private static partial Regex Past();

    private sealed record Stem(string English, string? Past = null);

    // Nouns and names read with any suffix ("anlaşmanın", "Osetiyaya"), and verbs with their English past: the stem, as
    // folded; the longest a word opens with wins ("anlaşma" treaty before "anlaş" agree, "imzala" sign before "imza").
    private static readonly Dictionary<string, Stem> Stems = new Dictionary<string, (string English, string? Past)>(StringComparer.Ordinal)
    {
        // The treaty and its signing.
        ["anlasma"] = ("treaty", null), ["antlasma"] = ("treaty", null), ["muqavile"] = ("treaty", null),
        ["sozlesme"] = ("agreement", null), ["ittifak"] = ("alliance", null), ["muttefik"] = ("ally", null),
        ["ortaklik"] = ("partnership", null), ["ortakl"] = ("partnership", null),
        ["terefdasl"] = ("partnership", null), ["strateji"] = ("strategic", null),
        ["entegrasyon"] = ("integration", null), ["inteqrasiya"] = ("integration", null),
        ["butunlesme"] = ("integration", null), ["imzaci"] = ("signatories", null), ["imza"] = ("signature", null),
        ["imzala"] = ("sign", "signed"), ["bagla"] = ("sign", "signed"), ["toren"] = ("ceremony", null),
        ["madde"] = ("clause", null), ["metin"] = ("text", null), ["resmi"] = ("official", null),
        ["isim"] = ("name", null), ["ismi"] = ("name", null), ["adlan"] = ("called", null),
        ["gecerli"] = ("valid", null), ["quvvede"] = ("in force", null), ["yururluk"] = ("force", null),
        ["muddet"] = ("term", null), ["kisim"] = ("part", null), ["ozet"] = ("summary", null),
        ["temin"] = ("ensure", null), ["kism"] = ("part", null), ["bolum"] = ("section", null),
        ["ateskes"] = ("ceasefire", null), ["yasadisi"] = ("illegal", null), ["uyelik"] = ("membership", null),
        ["uyeli"] = ("membership", null), ["konu"] = ("topic", null), ["tarih"] = ("date", null),
        ["tarix"] = ("date", null), ["sur"] = ("last", "lasted"), ["bit"] = ("end", "ended"),
        ["uzat"] = ("extend", "extended"), ["yenile"] = ("renew", "renewed"), ["onayla"] = ("ratify", "ratified"),
        ["yil"] = ("years", null), ["illik"] = ("years", null), ["sonsuz"] = ("forever", null),
        ["suresiz"] = ("indefinitely", null),
        // Money.
        ["para"] = ("money", null), ["pul"] = ("money", null), ["milyar"] = ("billion", null),
        ["milyon"] = ("million", null), ["ruble"] = ("rubles", null), ["rubl"] = ("rubles", null),
        ["dolar"] = ("dollars", null), ["butce"] = ("budget", null), ["yardim"] = ("aid", null),
        ["yatirim"] = ("investment", null), ["finansman"] = ("funding", null), ["maliyye"] = ("funding", null),
        ["vaat"] = ("pledge", null), ["vaad"] = ("pledge", null), ["ver"] = ("give", "gave"),
        ["ode"] = ("pay", "paid"), ["harca"] = ("spend", "spent"), ["ayir"] = ("allocate", "allocated"),
        ["ayril"] = ("allocate", "allocated"), ["gonder"] = ("send", "sent"), ["maas"] = ("salary", null),
        // Defence and the army.
        ["savunma"] = ("defence", null), ["mudafie"] = ("defence", null), ["savun"] = ("defend", "defended"),
        ["guvenlik"] = ("security", null), ["tehlukesizlik"] = ("security", null), ["koru"] = ("protect", "protected"),
        ["sorumlu"] = ("responsible", null), ["mesul"] = ("responsible", null), ["sinir"] = ("border", null),
        ["serhed"] = ("border", null), ["ordu"] = ("army", null), ["asker"] = ("soldiers", null),
        ["kuvvet"] = ("forces", null), ["quvve"] = ("forces", null), ["silahli"] = ("armed", null),
        ["gumruk"] = ("customs", null), ["katil"] = ("join", "joined"), ["birles"] = ("merge", "merged"),
        ["dagit"] = ("disband", "disbanded"), ["dagil"] = ("disband", "disbanded"), ["isaret"] = ("signs", null),
        ["levha"] = ("signs", null), ["tabela"] = ("signs", null), ["uyari"] = ("warning", null),
        ["xeberdarl"] = ("warning", null), ["tatbikat"] = ("exercises", null), ["talim"] = ("exercises", null),
        ["telim"] = ("exercises", null),
        // Talks, people and reactions.
        ["gorusme"] = ("talks", null), ["gorusu"] = ("meeting", null), ["gorus"] = ("meet", "met"),
        ["muzakere"] = ("negotiations", null), ["muzakire"] = ("discussion", null), ["danisiq"] = ("talks", null),
        ["konus"] = ("talk", "talked"), ["tartis"] = ("discuss", "discussed"), ["toplanti"] = ("meeting", null),
        ["raund"] = ("round", null), ["sonuc"] = ("outcome", null), ["netice"] = ("result", null),
        ["istirak"] = ("participated", null), ["katilimci"] = ("participants", null), ["heyet"] = ("delegation", null),
        ["numayende"] = ("delegation", null), ["temsilci"] = ("representative", null),
        ["hemsedr"] = ("co-chairs", null), ["baskanlik"] = ("chairmanship", null), ["baskan"] = ("president", null),
        ["cumhurbaskan"] = ("president", null), ["prezident"] = ("president", null), ["lider"] = ("leader", null),
        ["bakanlig"] = ("ministry", null), ["bakanlik"] = ("ministry", null), ["nazirli"] = ("ministry", null),
        ["bakan"] = ("minister", null), ["nazir"] = ("minister", null), ["sozcu"] = ("spokeswoman", null),
        ["yazar"] = ("author", null), ["muellif"] = ("author", null), ["gazeteci"] = ("journalist", null),
        ["jurnalist"] = ("journalist", null), ["muhabir"] = ("correspondent", null), ["haber"] = ("article", null),
        ["xeber"] = ("news", null), ["makale"] = ("article", null), ["meqale"] = ("article", null),
        ["yaz"] = ("write", "wrote"), ["tepki"] = ("reaction", null), ["reaksiya"] = ("reaction", null),
        ["aciklama"] = ("statement", null), ["beyanat"] = ("statement", null), ["bildiri"] = ("statement", null),
        ["kina"] = ("condemn", "condemned"), ["yonet"] = ("lead", "led"), ["temsil"] = ("represent", null),
        ["anlat"] = ("tell", "told"), ["gerilim"] = ("tension", null), ["hasar"] = ("damage", null),
        ["zarar"] = ("damage", null), ["munasibet"] = ("reaction", null), ["istifade"] = ("use", null),
        ["kullan"] = ("use", "used"), ["elestir"] = ("criticize", "criticized"),
        ["destekle"] = ("support", "supported"), ["tani"] = ("recognize", "recognized"),
        ["taniy"] = ("recognize", "recognized"), ["tanim"] = ("recognition", null), ["ilhak"] = ("annexed", null),
        ["isgal"] = ("occupation", null), ["ihlal"] = ("violation", null), ["tehdit"] = ("threat", null),
        ["endise"] = ("concern", null), ["narahat"] = ("concerned", null), ["itiraz"] = ("objection", null),
        ["soyle"] = ("say", "said"), ["acikla"] = ("declare", "declared"), ["bahs"] = ("mention", "mentioned"),
        ["durum"] = ("situation", null), ["veziyyet"] = ("situation", null), ["istikrar"] = ("stability", null),
        ["sabitlik"] = ("stability", null), ["sakin"] = ("calm", null), ["gerginlik"] = ("tension", null),
        ["olay"] = ("incidents", null), ["hadise"] = ("incidents", null), ["yaklas"] = ("rapprochement", null),
        ["yakinlas"] = ("closer", null), ["fark"] = ("difference", null), ["ferq"] = ("difference", null),
        ["derin"] = ("deep", null), ["alaka"] = ("connection", null), ["elaqe"] = ("connection", null),
        ["yildonum"] = ("anniversary", null), ["ildonum"] = ("anniversary", null), ["gundem"] = ("agenda", null),
        ["sorun"] = ("problem", null),
        // "ayrılıkçı" breakaway is no "ayrıl" (allocate); security and its softened endings ("güvenliğini").
        ["ayrilikci"] = ("breakaway", null), ["guvenlig"] = ("security", null), ["tehlukesizliy"] = ("security", null),
        ["ustlen"] = ("responsible for", null), ["birim"] = ("units", null), ["birlik"] = ("troops", null),
        ["parca"] = ("part", null), ["delegasyon"] = ("delegation", null), ["kurulus"] = ("organizations", null),
        ["taslak"] = ("draft", null), ["benze"] = ("similar", "similar"), ["ferqlen"] = ("differ", "differed"),
        ["kapsamli"] = ("comprehensive", null), ["ongor"] = ("envisage", "envisaged"), ["altyapi"] = ("infrastructure", null),
        ["rahatsiz"] = ("concerned", null), ["narahatliq"] = ("concern", null), ["aykiri"] = ("contrary", null),
        ["razilasma"] = ("agreements", null), ["olumlu"] = ("positive", null), ["gelisme"] = ("trend", null),
        ["sabitlesme"] = ("stabilization", null), ["sakinlesme"] = ("stabilization", null), ["mesele"] = ("issue", null),
        ["karar"] = ("decision", null), ["miktar"] = ("amount", null), ["vesait"] = ("funds", null),
        ["taahhut"] = ("pledge", null), ["vezife"] = ("position", null), ["calis"] = ("work", "worked"),
        ["basvur"] = ("appeal", "appealed"), ["qaldir"] = ("raise", "raised"), ["egemenlik"] = ("sovereignty", null),
        ["baglanti"] = ("connection", null), ["referandum"] = ("referendum", null), ["rejim"] = ("regime", null),
        ["tepkiler"] = ("reactions", null),
        // "sağlayacak" will ensure, "değişti" changed, "binada" in the building, "toplanacaklar" will meet.
        ["sagla"] = ("ensure", "ensured"), ["degis"] = ("revise", "revised"), ["bina"] = ("building", null),
        ["toplan"] = ("meet", "met"), ["topra"] = ("territory", null), ["hareket"] = ("movement", null),
        ["oyna"] = ("play", "played"), ["kaygi"] = ("concern", null), ["dusun"] = ("think", "thought"),
        ["sosyal"] = ("social", null), ["ekonomik"] = ("economic", null), ["kalkinma"] = ("development", null),
        // "anlaştı" agreed, "çözülmeli" should be resolved, a post, a title.
        ["anlas"] = ("agree", "agreed"), ["coz"] = ("resolve", "resolved"),
        ["gorev"] = ("position", null), ["unvan"] = ("title", null), ["teskilat"] = ("agencies", null),
        ["kurum"] = ("organizations", null), ["sene"] = ("years", null), ["entegre"] = ("integrated", null),
        ["revize"] = ("revised", null), ["endise"] = ("concern", null), ["nato"] = ("NATO", null),
        ["iyilesme"] = ("stabilization", null), ["geneva"] = ("Geneva", null), ["karasin"] = ("Karasin", null), ["tibilov"] = ("Tibilov", null),
        ["mogherini"] = ("Mogherini", null), ["mogerini"] = ("Mogherini", null), ["psaki"] = ("Psaki", null), ["reaksiyalar"] = ("reactions", null), ["yonelim"] = ("movement towards", null),
        // Countries, peoples and places.
        ["rus"] = ("Russian", null), ["rusya"] = ("Russia", null), ["rusiya"] = ("Russia", null),
        ["gurcistan"] = ("Georgia", null), ["gurcustan"] = ("Georgia", null), ["gurcu"] = ("Georgian", null),
        ["osetya"] = ("Ossetia", null), ["osetiya"] = ("Ossetia", null), ["osetin"] = ("Ossetian", null),
        ["abhazya"] = ("Abkhazia", null), ["abhazia"] = ("Abkhazia", null), ["abxaziya"] = ("Abkhazia", null),
        ["abkhazia"] = ("Abkhazia", null), ["abkhaz"] = ("Abkhaz", null), ["abhaz"] = ("Abkhaz", null),
        ["abxaz"] = ("Abkhaz", null), ["cenevre"] = ("Geneva", null), ["moskova"] = ("Moscow", null),
        ["moskva"] = ("Moscow", null), ["kremlin"] = ("Kremlin", null), ["kreml"] = ("Kremlin", null),
        ["tiflis"] = ("Tbilisi", null), ["sohum"] = ("Sukhumi", null), ["suxumi"] = ("Sukhumi", null),
        ["sxinvali"] = ("Tskhinvali", null), ["tshinvali"] = ("Tskhinvali", null), ["tskhinvali"] = ("Tskhinvali", null),
        ["suhumi"] = ("Sukhumi", null), ["sokhumi"] = ("Sukhumi", null), ["transkafkasya"] = ("Transcaucasia", null), ["cinvali"] = ("Tskhinvali", null), ["kirim"] = ("Crimea", null),
        ["krim"] = ("Crimea", null), ["osetia"] = ("Ossetia", null), ["ukrayna"] = ("Ukraine", null),
        ["avrupa"] = ("Europe", null), ["avropa"] = ("Europe", null), ["amerika"] = ("America", null),
        ["turkiye"] = ("Turkey", null), ["azerbaycan"] = ("Azerbaijan", null), ["ermenistan"] = ("Armenia", null),
        ["ulke"] = ("country", null), ["olke"] = ("country", null), ["devlet"] = ("state", null),
        ["dovlet"] = ("state", null), ["bolge"] = ("region", null), ["cumhuriyet"] = ("republic", null),
        ["respublika"] = ("republic", null), ["bagimsiz"] = ("independent", null),
        ["musteqil"] = ("independent", null), ["nufus"] = ("population", null), ["ehali"] = ("population", null),
        ["baskent"] = ("capital", null), ["paytaxt"] = ("capital", null), ["savas"] = ("war", null),
        ["muharibe"] = ("war", null), ["catisma"] = ("conflict", null), ["munaqise"] = ("conflict", null),
        ["baris"] = ("peace", null), ["dunya"] = ("world", null), ["uluslararasi"] = ("international", null),
        ["beynelxalq"] = ("international", null), ["toplum"] = ("community", null), ["parti"] = ("party", null),
        ["sehir"] = ("city", null), ["seher"] = ("city", null),
        // Months.
        ["ocak"] = ("January", null), ["subat"] = ("February", null), ["nisan"] = ("April", null),
        ["mayis"] = ("May", null), ["haziran"] = ("June", null), ["temmuz"] = ("July", null),
        ["agustos"] = ("August", null), ["avqust"] = ("August", null), ["eylul"] = ("September", null),
        ["aralik"] = ("December", null), ["yanvar"] = ("January", null), ["fevral"] = ("February", null),
        ["sentyabr"] = ("September", null), ["oktyabr"] = ("October", null), ["noyabr"] = ("November", null),
        ["dekabr"] = ("December", null),
    }.ToDictionary(entry => entry.Key, entry => new Stem(entry.Value.English, entry.Value.Past), StringComparer.Ordinal);

    private static readonly int LongestStem = Stems.Keys.Max(stem => stem.Length);

    // Words their letters tell apart, read before the letters are folded ("öldü" died, "oldu" happened).
    private static readonly Phrasebook Lettered = new(ReaderTables.Marked(new Dictionary<string, string>
    {
        ["öldü"] = "died", ["öldüler"] = "died", ["ölen"] = "dead", ["ölü"] = "dead", ["süre"] = "duration",
        ["süresi"] = "duration", ["neçə"] = "how many", ["neçəyə"] = "how much", ["iş"] = "work", ["şu"] = "that",
        ["beş"] = "five", ["bəs"] = "and", ["önce"] = "before", ["ön"] = "front",
    }));

    // Several words that mean one thing, read before the words one by one; as folded, in lower case.
    private static readonly Phrasebook Phrases = new(ReaderTables.Marked(new Dictionary<string, string>
    {
        // Question words.
        ["ne zaman"] = "when", ["ne vaxt"] = "when", ["ne vaxtdir"] = "when is", ["ne zamandi"] = "when was",
        ["ne zamandir"] = "since when", ["ne kadar"] = "how much", ["ne qeder"] = "how much",
        ["ne kadarlik"] = "how much", ["kac yil"] = "how many years", ["kac yillik"] = "how many years",
        ["kac yasinda"] = "how old is", ["kac kisi"] = "how many people", ["ne icin"] = "what for",
        ["ne ucun"] = "why", ["ne demek"] = "what does mean", ["ne demektir"] = "what does mean",
        ["ne anlama geliyor"] = "what does mean", ["ne demekdir"] = "what does mean", ["ne oldu"] = "what happened",
        ["ne olmus"] = "what happened", ["ne olub"] = "what happened", ["ne oluyor"] = "what happens",
        ["ne olacak"] = "what will happen", ["ne olacaq"] = "what will happen", ["ne dedi"] = "what did say",
        ["ne dediler"] = "what did say", ["ne diyor"] = "what does it say", ["ne diyorlar"] = "what do they say",
        ["ne deyib"] = "what did say", ["ne deyir"] = "what does it say", ["ne soyledi"] = "what did say",
        ["ne soylendi"] = "what was said", ["ne yazilib"] = "what does it say", ["ne yaziyor"] = "what does it say",
        ["ne anlatiyor"] = "what does it say", ["ne zamana kadar"] = "until when",
        ["ne kadar surecek"] = "how long will it last", ["ne kadar surer"] = "how long does it last",
        ["suresi ne kadar"] = "how long is it", ["ne qeder muddet"] = "how long", ["ne qeder muddete"] = "how long",
        ["kac yilligina"] = "for how many years", ["ile ilgili"] = "about", ["yer aldi"] = "took part",
        ["yer aldilar"] = "took part", ["temsil etti"] = "represented", ["es baskanlik"] = "co-chair",
        ["es baskanligi"] = "co-chair", ["ag ev"] = "White House", ["ne yapti"] = "what did do",
        ["ne yaptilar"] = "what did do", ["ne etdi"] = "what did do", ["ne hakkinda"] = "what is about",
        ["ne haqqindadir"] = "what is about", ["ne haqqinda"] = "what is about", ["ne hakkindadir"] = "what is about",
        ["neyle ilgili"] = "what is about", ["ne ile ilgili"] = "what is about",
        ["ne alakasi var"] = "what does it have to do with", ["ne alaka"] = "what does it have to do with",
        ["ne elaqesi var"] = "what does it have to do with", ["neden bahsediliyor"] = "what is mentioned",
        ["hangi gun"] = "what day", ["hansi gun"] = "what day", ["hangi tarih"] = "what date",
        ["hangi tarihte"] = "what date", ["hangi yil"] = "what year", ["hangi ay"] = "what month",
        ["ayni gun"] = "same day", ["kimler vardi"] = "who was there", ["kim vardi"] = "who was",
        ["basinda kim vardi"] = "who led", ["basinda kim"] = "who led", ["kim basindaydi"] = "who led",
        ["ya da"] = "or", ["yoksa"] = "or", ["var mi"] = "is there", ["var miydi"] = "was there",
        ["var mi ki"] = "is there", ["yok mu"] = "is there no",
        // The people, places and acts of the article.
        ["avrupa birligi"] = "EU", ["avropa ittifaqi"] = "EU", ["avropa birliyi"] = "EU",
        ["birlesmis milletler"] = "UN", ["birlesmis milletler teskilati"] = "UN",
        ["amerika birlesik devletleri"] = "US", ["disisleri bakanligi"] = "foreign ministry",
        ["disisleri bakani"] = "foreign minister", ["xarici isler nazirliyi"] = "foreign ministry",
        ["xarici isler naziri"] = "foreign minister", ["dis isleri"] = "foreign", ["disisleri"] = "foreign",
        ["beyaz saray"] = "White House", ["dovlet departamenti"] = "State Department",
        ["disisleri sozcusu"] = "spokeswoman", ["es baskan"] = "co-chair", ["es baskanlar"] = "co-chairs",
        ["es baskanlari"] = "co-chairs", ["es sedr"] = "co-chair", ["es sedrler"] = "co-chairs",
        ["ozetler misin"] = "can you summarize", ["ozetleyebilir misin"] = "can you summarize",
        ["ozetle"] = "summarize", ["qisaca"] = "briefly", ["baskanlik etti"] = "chaired",
        ["baskanlik edecek"] = "will chair", ["baskanlik yapti"] = "chaired", ["silahli kuvvetler"] = "armed forces",
        ["silahli kuvvetleri"] = "armed forces", ["silahli quvveler"] = "armed forces",
        ["silahli quvveleri"] = "armed forces", ["guvenlik guclari"] = "security forces",
        ["sinir muhafizlari"] = "border guards", ["sinir isaretleri"] = "border warning signs",
        ["uyari isaretleri"] = "warning signs", ["askeri tatbikat"] = "military exercises",
        ["askeri tatbikatlar"] = "military exercises", ["askeri tatbikatlari"] = "military exercises",
        ["toprak butunlugu"] = "territorial integrity", ["uluslararasi hukuk"] = "international law",
        ["tam adi"] = "full name", ["tam ismi"] = "full name", ["resmi adi"] = "official name",
        ["resmi ismi"] = "official name", ["adi ne"] = "what is the name", ["adi nedir"] = "what is the name",
        ["adi nedi"] = "what is the name", ["daha derin"] = "deeper", ["daha derine"] = "deeper", ["daha az"] = "less",
        ["daha fazla"] = "more", ["bir sonraki"] = "next", ["gelecek tur"] = "next round", ["yeni tur"] = "next round",
        ["sonraki tur"] = "next round", ["novbeti raund"] = "next round", ["soz verdi"] = "pledged",
        ["soz verildi"] = "was pledged", ["soz verilen"] = "pledged", ["soz verecek"] = "will pledge",
        ["soz vermis"] = "pledged", ["soz verib"] = "pledged", ["ved olunub"] = "was pledged",
        ["ved etdi"] = "pledged", ["ved edib"] = "pledged", ["ved edilib"] = "was pledged",
        ["tepki verdi"] = "reacted", ["tepki gosterdi"] = "reacted", ["reaksiya verdi"] = "reacted",
        ["reaksiya verib"] = "reacted", ["istirak edib"] = "participated", ["istirak etdi"] = "participated",
        ["muzakire olunub"] = "was discussed", ["muzakire edildi"] = "was discussed",
        ["muzakire edilib"] = "was discussed", ["ilhak edildi"] = "was annexed", ["ilhak etti"] = "annexed",
        ["ilhak olundu"] = "was annexed", ["ilhak edilmesi"] = "annexation", ["kim yazdi"] = "who wrote",
        ["kim yazib"] = "who wrote", ["ne yazdi"] = "what did write",
        // Held, decided, pledged, said: the verbs readers ask the article's events with.
        ["ne gorusuldu"] = "what was discussed", ["ne cikti"] = "what was the outcome",
        ["neye karar verdi"] = "what did they agree", ["neye karar verdiler"] = "what did they agree",
        ["karar verdi"] = "agreed", ["karar verdiler"] = "agreed", ["ne sonuc cikti"] = "what was the outcome",
        ["soz verilmis"] = "was pledged", ["vad olunub"] = "was pledged", ["taahhut etti"] = "pledged",
        ["maddi yardim"] = "financial aid", ["sonuna kadar"] = "by the end of", ["bundan sonra"] = "from now on",
        ["bundan once"] = "before this", ["zarar verme"] = "damage", ["zarar verilmesi"] = "damage",
        ["ne is yapiyor"] = "what is the job of", ["ne is gorur"] = "what is the job of",
        ["rehberlik etti"] = "led", ["rehberlik edirdi"] = "led", ["rehberlik edib"] = "led",
        ["baskanlik edirdi"] = "led", ["bu barede"] = "about this", ["ozet gec"] = "summarize",
        ["ozet gecer misin"] = "can you summarize", ["genel olarak"] = "overall", ["ne olur"] = "what happens",
        ["ne baglantisi var"] = "what does it have to do with", ["ne alakasi var"] = "what does it have to do with",
        ["ilgili bisey"] = "something to do with", ["ilgili bir sey"] = "something to do with",
        ["ayri ulke"] = "separate country", ["ilhaq olundu"] = "was annexed", ["ilhaq edildi"] = "was annexed",
        ["detay ver"] = "give details", ["bilgi ver"] = "tell me", ["bilgi verir misin"] = "can you tell me",
        ["nece il"] = "how many years", ["nece ildir"] = "how many years", ["nece illik"] = "how many years",
        ["sen nesin"] = "what are you", ["ornek ver"] = "give an example", ["salamat qal"] = "goodbye",
        ["hadi bb"] = "bye", ["istirak edirdi"] = "participated", ["neye benzemis"] = "what is it similar to",
        ["son metin"] = "final text", ["imza tarihi"] = "signing date", ["imza gunu"] = "signing day",
        ["imza toreni"] = "signing ceremony", ["savasa doner"] = "will it lead to war",
        ["savasa donusur"] = "will it lead to war", ["uyarisi yapildi"] = "warning was given",
        ["uyari yapildi"] = "warning was given", ["hadi bay"] = "bye", ["kisaca ne olmus"] = "summary what happened",
        ["ne olmus kisaca"] = "summary what happened",
        // Chat's verbs of the article's events.
        ["heyetine kim baskanlik etti"] = "delegation who led", ["heyetine baskanlik etti"] = "led delegation",
        ["heyetine baskanlik eden"] = "who led delegation", ["ne konustu"] = "what did say",
        ["ne konustular"] = "what did say", ["iyi mi yapti"] = "was right", ["dogru mu yapti"] = "was right",
        ["iyi yapti mi"] = "was right", ["yeni turu"] = "next round", ["sonraki turu"] = "next round",
        ["gelecek turu"] = "next round", ["daha cok"] = "more", ["tam olarak"] = "exactly",
        ["rahatsiz olmus"] = "concerned", ["rahatsiz oldu"] = "concerned", ["karsi cikiyor"] = "oppose",
        ["karsi cikti"] = "opposed", ["tespit etmis"] = "noted", ["tespit etti"] = "noted",
        ["ne ihtar edildi"] = "what was told", ["ihtar edildi"] = "was told", ["karar alindi"] = "was agreed",
        ["ne karar alindi"] = "what was agreed", ["tarihi belli mi"] = "date when", ["sozu verildi"] = "was pledged",
        ["soz verdigi"] = "pledged", ["sozu verilen"] = "pledged", ["konuyu kime acti"] = "raised the issue with whom",
        ["kime acti"] = "raised with whom", ["olarak mi goruyor"] = "considers", ["olarak goruyor"] = "considers",
        ["avrupa birliginin"] = "EU", ["avrupa birligine"] = "EU", ["avrupa birligini"] = "EU",
        ["dis politika sefi"] = "foreign-policy chief", ["ne aciklama yapti"] = "what did say",
        ["aciklama yapti"] = "said", ["tepkiler neler"] = "what were the reactions", ["tepkiler neydi"] = "what were the reactions",
        ["savasa varir"] = "will it lead to war", ["anlatir misin"] = "can you tell", ["anlatirmisin"] = "can you tell",
        ["imza atti"] = "signed", ["imza attilar"] = "signed", ["imza atan"] = "signed", ["denk geldi"] = "coincided",
        ["denk geliyor"] = "coincides", ["neyi kastediyor"] = "what does it mean", ["revize edilmis"] = "was revised",
        ["kac senelik"] = "how many years", ["ne hakkindaydi"] = "what was about", ["ne botusun"] = "are you a bot",
        ["miydi kac"] = "was it", ["nereye bagli"] = "belongs to where", ["ayni gun mu"] = "same day",
        ["neye baglaniyor"] = "what is it linked to", ["tsk ederim"] = "thanks",
        // "olay ne" what happened, "vaat etmişler" pledged, "eş başkanlardan" from the co-chairs.
        ["olay ne"] = "what happened", ["nasil oldu"] = "how did it happen",
        ["ne ilgisi var"] = "what does it have to do with", ["insan mi"] = "or a person", ["ne deniyor"] = "what is it called",
        ["ne kadar sure"] = "how long", ["vaat etti"] = "pledged", ["vaat etmis"] = "pledged",
        ["vaat etmisler"] = "pledged", ["vaat ettiler"] = "pledged", ["vaat edildi"] = "was pledged",
        ["vaat edilen"] = "pledged", ["vaad etti"] = "pledged", ["vaad edildi"] = "was pledged",
        ["ilk taslak"] = "initial draft", ["es baskanlardan"] = "co-chairs", ["es baskanlara"] = "co-chairs",
        ["es baskanlik kimdeydi"] = "who co-chaired", ["ne dusunuyor"] = "what does say",
        ["bu konuda"] = "about this", ["ne konuda"] = "on what", ["mart ta"] = "March", ["mart da"] = "March",
        ["abd disisleri"] = "US State Department", ["abd disisleri bakanligi"] = "US State Department",
        ["ne rol oynuyor"] = "what role does play", ["bir daha"] = "next", ["yardim lazim"] = "I need help",
        ["tehdit olarak goruluyor"] = "is seen as a threat",
        // Not what the article tells: what the money is spent on, a speech, who came after.
        ["ne icin harcanacak"] = "what will it be spent on", ["konusma yapti"] = "gave a speech",
        ["kim oldu"] = "who became", ["baskenti neresi"] = "what is the capital",
        // Small talk.
        ["sag ol"] = "thanks", ["sag olun"] = "thanks", ["cok sag ol"] = "thanks a lot",
        ["cox sag ol"] = "thanks a lot", ["cox sag olun"] = "thanks a lot", ["tesekkur ederim"] = "thank you",
        ["tesekkur ederiz"] = "thank you", ["tesekkur edirem"] = "thank you", ["cok tesekkurler"] = "thanks a lot",
        ["cok tesekkur ederim"] = "thank you very much", ["hosca kal"] = "goodbye", ["hosca kalin"] = "goodbye",
        ["gule gule"] = "goodbye", ["gorusmek uzere"] = "see you", ["sonra gorusuruz"] = "see you later",
        ["iyi geceler"] = "good night", ["iyi aksamlar"] = "good evening", ["iyi gunler"] = "have a nice day",
        ["gecen xeyre"] = "good night", ["sabahin xeyir"] = "good morning", ["axsamin xeyir"] = "good evening",
        ["kolay gelsin"] = "hello", ["nasilsin"] = "how are you", ["nasilsiniz"] = "how are you",
        ["necesen"] = "how are you", ["ne yapabilirsin"] = "what can you do",
        ["neler yapabilirsin"] = "what can you do", ["ne ede bilersen"] = "what can you do",
        ["ne sorabilirim"] = "what can I ask", ["neler sorabilirim"] = "what can I ask",
        ["ne sorayim"] = "what can I ask", ["ne sorusum"] = "what can I ask", ["nasil kullanilir"] = "how do I use it",
        ["nasil calisiyor"] = "how does it work", ["nasil calisirsin"] = "how do you work", ["yardim et"] = "help me",
        ["yardim eder misin"] = "can you help me", ["komek et"] = "help me", ["bot musun"] = "are you a bot",
        ["robot musun"] = "are you a robot", ["bot musunuz"] = "are you a bot", ["insan misin"] = "are you human",
        ["gercek misin"] = "are you real", ["sen kimsin"] = "who are you", ["kimsin"] = "who are you",
        ["sen kimsen"] = "who are you", ["kimsen"] = "who are you", ["insansan"] = "are you human",
        ["yapay zeka misin"] = "are you an AI", ["ne sorusa bilerem"] = "what can I ask",
        ["nasil calisiyorsun"] = "how do you work", ["sizce"] = "what do you think", ["mence"] = "I think",
        ["selamun aleykum"] = "hello", ["kendine iyi bak"] = "take care", ["bay bay"] = "bye",
        ["sen botsan"] = "are you a bot", ["sen robotsan"] = "are you a robot", ["sen bot musun"] = "are you a bot",
        ["sen robot musun"] = "are you a robot", ["botsan"] = "are you a bot", ["robotsan"] = "are you a robot",
        ["yapay zeka"] = "AI", ["suni intellekt"] = "AI", ["sence"] = "what do you think",
        ["senin fikrin"] = "your opinion", ["senin fikrin ne"] = "what is your opinion",
        ["senin fikrin nedir"] = "what is your opinion", ["senin fikrin nedi"] = "what is your opinion",
        ["ne dusunuyorsun"] = "what do you think", ["ne dusunursun"] = "what do you think",
        ["iyi mi kotu mu"] = "good or bad", ["bilmiyorum"] = "I don't know", ["bilmirem"] = "I don't know",
        ["lutfen"] = "please", ["zehmet olmasa"] = "please", ["rica etsem"] = "please",
    }));

    // One word each, as folded. Particles that only ask or stress ("mi", "ya", "abi", "hocam") are no words of the question.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Question words.
        ["kim"] = "who", ["kimler"] = "who", ["kimdir"] = "who is", ["kimdi"] = "who was", ["kimlerdir"] = "who are",
        ["kimlerdi"] = "who were", ["kimin"] = "whose", ["kime"] = "to whom", ["kiminle"] = "with whom",
        ["kimle"] = "with whom", ["ne"] = "what", ["neler"] = "what", ["nedir"] = "what is", ["nedi"] = "what is",
        ["nelerdir"] = "what are", ["neydi"] = "what was", ["neyi"] = "what", ["neye"] = "what", ["nesi"] = "what",
        ["neresi"] = "where is", ["neresidir"] = "where is", ["nerede"] = "where", ["nerde"] = "where",
        ["neredeydi"] = "where was", ["nereye"] = "where", ["nereden"] = "where from", ["nerden"] = "where from",
        ["harada"] = "where", ["harda"] = "where", ["haradadir"] = "where is", ["hara"] = "where",
        ["haraya"] = "where", ["niye"] = "why", ["neden"] = "why", ["nicin"] = "why", ["nasil"] = "how",
        ["nece"] = "how", ["kac"] = "how many", ["hangi"] = "which", ["hansi"] = "which", ["hangisi"] = "which one",
        ["hansisi"] = "which one", ["zaman"] = "time", ["vaxt"] = "time",
        // The question particle and yes or no.
        ["mi"] = string.Empty, ["mu"] = string.Empty, ["midir"] = string.Empty, ["mudur"] = string.Empty,
        ["miydi"] = string.Empty, ["muydu"] = string.Empty, ["mis"] = string.Empty, ["misin"] = "are you",
        ["musun"] = "are you", ["misiniz"] = "are you", ["musunuz"] = "are you", ["miyim"] = "am I",
        ["evet"] = "yes", ["hayir"] = "no", ["beli"] = "yes", ["xeyr"] = "no", ["yox"] = "no", ["yok"] = "no",
        ["var"] = "there is", ["vardi"] = "there was", ["varmi"] = "is there", ["degil"] = "not", ["deyil"] = "not",
        ["dogru"] = "true", ["duz"] = "true", ["hakli"] = "right", ["haqli"] = "right", ["yanlis"] = "wrong",
        // Pronouns, function words and adverbs.
        ["bu"] = "this", ["bunu"] = "this", ["buna"] = "this", ["bunun"] = "its", ["bunda"] = "in this",
        ["bunlar"] = "these", ["o"] = "that", ["onu"] = "it", ["ona"] = "it", ["onun"] = "its", ["onlar"] = "they",
        ["onlara"] = "them", ["onlarin"] = "their", ["sen"] = "you", ["siz"] = "you", ["ben"] = "I", ["men"] = "I",
        ["senin"] = "your", ["sizin"] = "your", ["bana"] = "me", ["mene"] = "me", ["ve"] = "and", ["ile"] = "with",
        ["ilen"] = "with", ["de"] = "too", ["da"] = "too", ["hem"] = "also", ["ama"] = "but", ["amma"] = "but",
        ["fakat"] = "but", ["veya"] = "or", ["icin"] = "for", ["ucun"] = "for", ["gibi"] = "like", ["sonra"] = "after",
        ["kadar"] = "until", ["qeder"] = "until", ["hakkinda"] = "about", ["haqqinda"] = "about", ["uzerine"] = "about",
        ["arasinda"] = "between", ["arasindaki"] = "between", ["tarafindan"] = "by", ["terefinden"] = "by",
        ["taraf"] = "side", ["tarafi"] = "side", ["tarafina"] = "side", ["teref"] = "side", ["terefi"] = "side",
        ["gore"] = "according to", ["daha"] = "more", ["en"] = "most", ["cok"] = "very", ["cox"] = "very",
        ["sadece"] = "only", ["yalniz"] = "only", ["hala"] = "still", ["simdi"] = "now", ["indi"] = "now",
        ["bugun"] = "today", ["dun"] = "yesterday", ["dunku"] = "yesterday", ["dunen"] = "yesterday", ["yarin"] = "tomorrow",
        ["sabah"] = "tomorrow", ["artik"] = "now", ["zaten"] = "already", ["tam"] = "full", ["her"] = "every",
        ["hep"] = "always", ["ilk"] = "first", ["son"] = "last", ["sonraki"] = "next", ["novbeti"] = "next",
        ["gelecek"] = "next", ["once"] = "before", ["evvel"] = "before", ["tekrar"] = "again", ["yine"] = "again",
        ["birlikte"] = "together", ["kendisi"] = "himself", ["ozu"] = "himself", ["bizzat"] = "personally",
        ["bir"] = "a", ["bi"] = "a", ["iki"] = "two", ["uc"] = "three", ["dort"] = "four",
        ["on"] = "ten", ["yirmi"] = "twenty", ["elli"] = "fifty", ["yuz"] = "hundred", ["bin"] = "thousand",
        ["az"] = "less", ["fazla"] = "more", ["ayni"] = "same", ["farkli"] = "different", ["yeni"] = "new",
        ["eski"] = "old", ["iyi"] = "good", ["kotu"] = "bad", ["pis"] = "bad", ["yaxsi"] = "good", ["zayif"] = "weaker",
        ["guclu"] = "stronger", ["tamamen"] = "completely", ["tamamile"] = "completely", ["kisaca"] = "briefly",
        ["xulase"] = "summary",
        // Fillers: how a chat sounds, no words of the question.
        ["abi"] = string.Empty, ["abla"] = string.Empty, ["hocam"] = string.Empty, ["kardesim"] = string.Empty,
        ["kardes"] = string.Empty, ["qardas"] = string.Empty, ["qardasim"] = string.Empty, ["qardash"] = string.Empty,
        ["qardashim"] = string.Empty, ["qaqa"] = string.Empty, ["kanka"] = string.Empty,
        ["reis"] = string.Empty, ["yani"] = string.Empty, ["ya"] = string.Empty, ["iste"] = string.Empty,
        ["valla"] = string.Empty, ["vallahi"] = string.Empty, ["sey"] = string.Empty, ["acaba"] = string.Empty,
        ["peki"] = "and", ["bes"] = "and", ["ki"] = string.Empty, ["hani"] = string.Empty, ["tamam"] = "ok",
        ["ok"] = "ok", ["oke"] = "ok", ["yaa"] = string.Empty, ["lan"] = string.Empty, ["ee"] = string.Empty,
        // Small talk.
        ["merhaba"] = "hello", ["merhabalar"] = "hello", ["selam"] = "hello", ["selamlar"] = "hello", ["slm"] = "hello",
        ["salam"] = "hello", ["gunaydin"] = "good morning", ["tesekkurler"] = "thanks", ["tesekkur"] = "thanks",
        ["tesekkurederim"] = "thank you", ["tsk"] = "thanks", ["tskler"] = "thanks", ["sagol"] = "thanks",
        ["sagolun"] = "thanks", ["eyvallah"] = "thanks", ["mersi"] = "thanks", ["gorusuruz"] = "see you",
        ["gorusenedek"] = "see you", ["goruserik"] = "see you", ["gorusherik"] = "see you", ["mrb"] = "hello", ["eyv"] = "thanks",
        ["sagolasin"] = "thanks", ["helelik"] = "bye", ["hoscakal"] = "goodbye", ["bot"] = "bot", ["robot"] = "robot",
        ["insan"] = "human", ["yardim"] = "help", ["soru"] = "question", ["sorular"] = "questions", ["sual"] = "question",
        ["fikir"] = "opinion", ["fikrin"] = "your opinion", ["gorusun"] = "your opinion", ["bence"] = "I think",
        // Being, doing, saying.
        ["oldu"] = "was", ["olur"] = "is", ["olmus"] = "was", ["olub"] = "was", ["olunub"] = "was", ["olundu"] = "was",
        ["olacak"] = "will be", ["olacaq"] = "will be", ["olunacak"] = "will be", ["olunacaq"] = "will be",
        ["olan"] = "that is", ["olarak"] = "as", ["edildi"] = "was", ["edilib"] = "was", ["edilmis"] = "was",
        ["edilecek"] = "will be", ["etti"] = "did", ["etdi"] = "did", ["edib"] = "did", ["edecek"] = "will",
        ["ediyor"] = "does", ["edir"] = "does", ["yapti"] = "did", ["yaptilar"] = "did", ["yapiyor"] = "does",
        ["yapacak"] = "will do", ["dedi"] = "said", ["dediler"] = "said", ["demis"] = "said", ["deyib"] = "said",
        ["diyor"] = "says", ["diyo"] = "says", ["diyorlar"] = "say", ["deyir"] = "says", ["deyirler"] = "say",
        ["der"] = "says", ["dendi"] = "was said", ["denildi"] = "was said", ["demek"] = "mean", ["verdi"] = "gave",
        ["verdiler"] = "gave", ["aldi"] = "got", ["aldilar"] = "got", ["alacak"] = "will get", ["alacaq"] = "will get",
        ["alib"] = "got", ["aliyor"] = "gets", ["almis"] = "got", ["kazandi"] = "won", ["qalib"] = "won",
        ["sorabilirim"] = "can I ask", ["kullanilir"] = "is used", ["yazdi"] = "wrote", ["yazib"] = "wrote",
        ["yazilib"] = "is written", ["yazi"] = "article", ["yazisi"] = "article", ["adi"] = "name", ["adini"] = "name",
        ["ad"] = "name", ["ay"] = "month", ["gun"] = "day", ["il"] = "year", ["ili"] = "year", ["illiyine"] = "years",
        ["illikdir"] = "years", ["yas"] = "age", ["yasi"] = "age", ["kisi"] = "people", ["nefer"] = "people",
        ["saat"] = "time", ["hava"] = "weather", ["mac"] = "match", ["maci"] = "match", ["macini"] = "match",
        // Places, peoples and bodies the table of stems would misread.
        ["askeri"] = "military", ["ab"] = "EU", ["abd"] = "US", ["abs"] = "US", ["bm"] = "UN", ["nato"] = "NATO",
        ["agit"] = "OSCE", ["atet"] = "OSCE", ["cin"] = "China", ["iran"] = "Iran", ["bmt"] = "UN",
        ["guney"] = "South", ["cenubi"] = "South", ["kuzey"] = "North", ["simali"] = "North", ["qriqori"] = "Grigory",
        ["mogerini"] = "Mogherini", ["federika"] = "Federica", ["mart"] = "March", ["ekim"] = "October",
        ["kasim"] = "November", ["aprel"] = "April", ["iyun"] = "June", ["iyul"] = "July", ["tur"] = "round",
        ["turu"] = "round", ["turda"] = "round", ["stabil"] = "stable",
        // Held, asked, said, and the words around them.
        ["yapildi"] = "was held", ["yapilacak"] = "will be held", ["yapilmisti"] = "was held", ["yapilmis"] = "was held",
        ["yapiliyor"] = "is held", ["kecirildi"] = "was held", ["kecirilib"] = "was held", ["yaptigi"] = "made",
        ["gorusuldu"] = "was discussed", ["gorusler"] = "talks", ["taraflar"] = "parties", ["masada"] = "at the table",
        ["kimdi"] = "who was", ["kimlerin"] = "whose", ["kimde"] = "who", ["orada"] = "there", ["burada"] = "here",
        ["esbaskan"] = "co-chair", ["esbaskanlar"] = "co-chairs", ["esbaskanlari"] = "co-chairs",
        ["esbaskanlik"] = "co-chaired", ["siradaki"] = "next", ["boyle"] = "such", ["baska"] = "other",
        ["bundan"] = "than this", ["olanla"] = "the one", ["olandan"] = "the one", ["ayri"] = "separate",
        ["degismis"] = "changed", ["suresi"] = "term", ["hatirlamiyorum"] = string.Empty, ["deniyor"] = "is said",
        ["deyilir"] = "is said", ["geciyor"] = "is mentioned", ["gitmesi"] = "movement towards", ["ters"] = "contrary",
        ["bagliyorlar"] = "attribute", ["rolu"] = "role", ["necedir"] = "how is", ["bildirdi"] = "expressed",
        ["kurarsa"] = "creating", ["bagli"] = "related", ["gidecek"] = "will go", ["verilen"] = "given",
        ["baglanacak"] = "will join", ["baglanacaq"] = "will join", ["istedi"] = "asked", ["dedikleri"] = "called",
        ["dedigi"] = "called", ["nerenin"] = "which place", ["sonunda"] = "in the end", ["onemli"] = "important",
        ["nasildi"] = "how was", ["sana"] = "you", ["yardim"] = "help", ["bb"] = "bye", ["hadi"] = string.Empty,
        ["kimsin"] = "who are you", ["kimsen"] = "who are you", ["nesin"] = "what are you", ["edirdi"] = "did",
        // Chat's own words, and the suffix a name takes apart ("mogerini nin").
        ["konusunda"] = "about", ["konuyu"] = "issue", ["ilgili"] = "about",
        ["hakkindaydi"] = "was about", ["masasinda"] = "at the table", ["onceydi"] = "was before",
        ["sonraydi"] = "was after", ["yapilan"] = "signed", ["sonu"] = "end", ["falan"] = string.Empty,
        ["orda"] = "there", ["oraya"] = "there", ["denen"] = "called", ["yer"] = "place", ["derken"] = "saying",
        ["kastediyor"] = "does it mean", ["kastedilen"] = "meant", ["gidiyor"] = "goes", ["goruyor"] = "sees",
        ["politika"] = "policy", ["sefi"] = "chief", ["karsi"] = "against", ["oluyor"] = "is", ["esbaskanligi"] = "co-chairs",
        ["nin"] = string.Empty, ["nun"] = string.Empty, ["botusun"] = "are you a bot", ["botsun"] = "are you a bot",
        ["neyde"] = "on what", ["ederim"] = string.Empty, ["yapmasindan"] = "conducting", ["yapmasi"] = "conducting",
        // "bağlanıyor" joins, though "bağlanıb" was signed.
        ["baglaniyor"] = "join",
        // Chat's "neymiş", "kimdeydi", a month's case ("martta"), and nouns of the talks ("ilhakı", "ilgisi").
        ["neymis"] = "what is", ["kimdeydi"] = "who had", ["kimi"] = "whom", ["lazim"] = "need", ["martta"] = "March",
        ["martda"] = "March", ["girmesi"] = "joining", ["girecek"] = "will join", ["goruluyor"] = "is seen",
        ["rol"] = "role", ["konuda"] = "about", ["benziyor"] = "similar", ["benzer"] = "similar",
        ["birbirine"] = "each other", ["ilhaki"] = "annexation", ["ilhakinin"] = "annexation",
        ["ilhakini"] = "annexation", ["ilgisi"] = "connection", ["detay"] = "details", ["detayli"] = "detailed",
    };

    // Words of the tables that English writes too, left as they are in an English sentence ("who signed it hocam, on
    // what date?", "bin it"): "a treaty on defence" keeps its "on".
    private static readonly HashSet<string> EnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "her", "son", "bin", "ad", "ay", "an", "en", "ben", "men", "sen", "da", "de", "o", "once", "tam", "var", "der",
        "ama", "hem", "sabah", "mis", "hava", "saat", "olan", "bit", "sur", "tur", "ki", "ya", "bi", "az", "il", "mac", "ee",
        "lan", "duz",
    };

    // Words neither English nor another reader writes, each also as typed without its letters; those another language
    // shares count with a second only, and "mi", "para", "da", "tamam" or "salam" not at all: Italian, Spanish, Portuguese
    // and Arabizi sentences have two of them.
    private static readonly MarkerWords Markers = new(
        WithFolded([
            // Question words and particles.
            "nerede", "nerde", "neresi", "nereye", "neden", "niye", "niçin", "nasıl", "kaç", "hangi", "hangisi", "kimdir",
            "kimler", "kimin", "nedir", "neydi", "harada", "harda", "necə", "neçə", "qədər", "vaxt", "hansı", "musun",
            "misin", "midir", "değil", "deyil", "değilmi",
            // Function words and chat.
            "hocam", "kardeşim", "qardaş", "qardash", "qaqa", "kanka", "peki", "acaba", "hakkında", "haqqında", "arasında", "tarafından",
            "için", "üçün", "sonraki", "növbəti", "şimdi", "yok", "evet", "hayır", "teşekkürler", "teşekkür", "sağol",
            "görüşürüz", "görüşərik", "gorusherik", "hoşça", "güle", "merhaba", "günaydın", "hoşçakal", "hələlik", "sence", "bence", "eyvallah",
            "iyi", "geceler", "kimsin", "kimsen", "nesin", "sorabilirim", "yardım", "haqqındadır",
            "hakkındadır", "neydi", "kimdi", "miydi", "mıydı", "olmuş", "yazmış", "gidecek", "olacak", "bilgi",
            "görüşüldü", "yapıldı", "yoksa", "olanla", "kapsamlı", "diyor", "diyorlar", "neye", "katılmış", "taraflar",
            "verilen", "miktar", "cinvali", "tshinvali", "sxinvali", "suhumi", "suxumi", "rejimi", "dedikleri", "nerenin",
            "olarak", "nasıldı", "tarihi", "nasılsın", "konusunda", "endişe", "endişeleri", "kaygı", "dışişleri",
            "şehir", "şəhər", "əlaqəsi", "elaqe", "edirdi", "diyo", "oluyo", "botusun", "ederim",

            // The article's acts and things.
            "anlaşma", "anlaşmayı", "anlaşmanın", "anlaşmada", "anlaşmaya", "anlaşması", "antlaşma", "müqavilə",
            "müqaviləni", "müqavilənin", "imzaladı", "imzalandı", "imzaladılar", "imzalayıb", "imzalanıb", "imzacılar",
            "verildi", "verilecek", "dedi", "dediler", "demek", "yazdı", "yazıb", "görüşme", "görüşmeleri", "görüşmelerine",
            "heyet", "heyeti", "heyetinin", "tepki", "tepkisi", "açıklama", "geçerli", "yıl", "yıllık", "savunma", "ordusu",
            "ordusuna", "haberi", "makale", "makalede", "məqalə", "sınır", "sınırlarda", "sonuç", "sonucu", "nüfusu", "ülke",
            // Places and bodies as Turkish and Azerbaijani write them.
            "rusya", "rusiya", "gürcistan", "gürcüstan", "gürcü", "osetya", "abhazya", "abxaziya", "cenevre", "moskova",
            "güney", "cənubi", "ukrayna", "avrupa", "avropa",
        ]),
        // Shared with French or Italian ("ne"), Arabizi ("yani", "abd"), Pidgin ("abi"), Malay ("kadar") or Hindi ("pul").
        ["ne", "bu", "ve", "kim", "abi", "yani", "abd", "bm", "bir", "iki", "ile", "osetiya", "milyar", "zaman", "kadar",
            "pul", "selam"]);

    private static IEnumerable<string> WithFolded(string[] words) => words.Concat(words.Select(Folded));

    // A word with a suffix after its apostrophe ("Rusya'nın"), or the English of a phrase, marked so that its words are
    // not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+(?:'\\p{L}+)?")]
    private static partial Regex Word();

    [GeneratedRegex("(?<=\u0002)'\\p{L}+")]
    private static partial Regex SuffixOfPhrase();

    [GeneratedRegex(@"\b(?:the|is|are|was|were|did|does|do|what|who|when|where|how|which|why|of|to|and|it|they|this|that|with|for|about|you|can|will|has|have|his|their|signed|money|right)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex EnglishWord();

    // "değil mi?", "doğru mu?", "öyle mi?", "di mi?", "elə deyil?", "düzdür?" at the end (as folded): whether it is so.
    [GeneratedRegex(@"[,\s]+(?:degil\s*mi|dogru\s+mu|oyle\s+mi|oyle\s+degil\s+mi|di\s*mi|ele\s+deyil|ele\s+deyil\s+mi|deyil\s+mi|duzdur|duz\s+mu|dogrudur)(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
