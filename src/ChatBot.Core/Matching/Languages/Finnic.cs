using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Finnish and Estonian as their speakers mix them into English chat, from a greeting up to whole questions, read with
/// one class since the two are close relatives: Finnish "kuka allekirjoitti sopimuksen?" and Estonian "kes lepingule alla
/// kirjutas?" are "who signed the treaty?", "paljonko rahaa Etelä-Ossetia saa Venäjältä?" and "kui palju raha Venemaa
/// Lõuna-Osseetiale lubas?" how much money South Ossetia gets from Russia, "milloin sopimus allekirjoitettiin?" and "millal
/// leping allkirjastati?" when the treaty was signed, "mitä EU sanoi sopimuksesta?" what the EU said about the treaty,
/// "mis toimus Genfis?" what happened in Geneva, "oletko botti?" and "kas sa oled robot?" are you a bot, "kiitos paljon"
/// and "aitäh" thanks. Read word for word (the bot reads words, not word order), with or without ä, ö, õ and ü ("missa",
/// "Venajalta", "Louna-Osseetia", "aitah"), chat forms ("mä", "sä", "tää", "oot", "kiitti", "moikka", "tsau") and each
/// noun, name or verb of the article's topics by its stem with the case suffix the two languages add: the case is the
/// English preposition ("Genevessä", "Genfis" in Geneva, "Abhasialle", "Abhaasiale" to Abkhazia, "sopimuksesta",
/// "lepingust" about the treaty, "Venäjältä" from Russia, "lepinguga" with the treaty, "Nato:sta", "NATO-st" about NATO),
/// a verb's past its tense ("allekirjoitti", "allkirjastas" signed, "lupasi", "lubas" pledged, "reagoi", "reageeris"
/// reacted). Their own names of the article's places and people are the English ones ("Venäjä", "Venemaa", "Gruusia",
/// "Abhasia", "Abhaasia", "Geneve", "Genf", "Krimi", "Krimm", "Tshinvali", "Suhhumi", "YK", "ÜRO", "Etyj", "EL").
/// Only in a message with a word only one of them has ("kuka", "milloin", "sopimus", "kiitos", "kes", "millal",
/// "leping", "aitäh"), two they share with another language ("mis", "tere", "moi", "hei", "kus"), a question they open
/// ("mis on", "mikä on") or a greeting alone ("moi!", "terve"), so that Hinglish "tere", French "moi", Turkish "mis"
/// and Norwegian "hei" keep their meaning; "on", "see", "ja", "se", "ei" and "raha" are no sign at all: English,
/// Spanish, German, Romanian and Hinglish sentences have them.
/// </summary>
internal static partial class Finnic
{
    /// <summary><paramref name="text"/> with Finnish and Estonian words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!IsFinnic(text))
        {
            return text;
        }

        text = text.Replace('\u2019', '\'');
        // "it was Medvedev who signed, eiks?": in an English sentence "on", "he", "me" or "see" are English.
        var english = EnglishWord().IsMatch(text);
        // "EL" is the Estonian EU only in capitals: "el" is no Finnic word.
        text = EuropeanUnion().Replace(text, "EU");
        text = Folded(text);
        // "Moskovassa, eikö?", "25 aastat, eks?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "no niin, pitää mennä. moikka!": a closing greeting ends the chat.
        text = ClosingHello().Replace(text, " \u0001bye\u0002");
        // "Etela Ossetia", "Louna Osseetia": one name, read with its suffixes as one word.
        text = SouthOrNorth().Replace(text, "${side}-");
        // "mitä EU sanoi?", "mida Gruusia välisministeerium ütles?": what did the EU say ("what said" reads as something
        // said).
        text = WhatDid().Replace(text, m => $"\u0001what did\u0002{m.Groups["who"].Value} \u0001{(m.Groups["do"].Success ? "do" : "say")}\u0002");
        text = Phrases.InEnglish(text);
        // "koska se allekirjoitettiin?": when, where a sentence starts; elsewhere "koska" is "because".
        text = OpeningKoska().Replace(text, "${before}\u0001when\u0002");
        // "EU:n", "Nato:sta", "NATO-st", "2008:ssa": a name in capitals or a number with its suffix after a colon or hyphen.
        text = NameSuffix().Replace(text, m => Case(m.Groups["suffix"].Value, 0) is { } before ? $"\u0001{before}\u0002 {m.Groups["name"].Value}" : m.Groups["name"].Value);
        return Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && EnglishToo.Contains(m.Value) ? m.Value
            : English(m.Value) ?? m.Value);
    }

    // One of their marker words, a question they open ("mis on Abhaasia?", "mikä on Tshinvali?") or a greeting alone.
    private static bool IsFinnic(string text) =>
        Markers.AreIn(text) || Opening().IsMatch(text) || (text.Length < 30 && Greeting().IsMatch(text));

    [GeneratedRegex(@"^\W*(?:(?:ja|aga|entä|enta)\s+)?(?:mis|mikä|mika|mitä|mita)\s+(?:on|oli|olid|ovat|olivat)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^\W*(?:moi|moikka|moro|terve|tervist|tere|tsau|hei)(?:\s+(?:moi|hei|kaikki|kaikille|koigile|taas))?[\s!.,:)(\p{So}\p{Sk}\p{Cs}]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    /// <summary>
    /// <paramref name="text"/> without the two languages' letters, as readers type it without them ("missa", "Venajalta",
    /// "Louna", "aitah"), so that one table reads both; "š" and "ž" are Estonian's loanword letters.
    /// </summary>
    private static string Folded(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                'ä' => 'a', 'ö' => 'o', 'õ' => 'o', 'ü' => 'u', 'å' => 'a', 'š' => 's', 'ž' => 'z', 'è' => 'e', 'é' => 'e',
                'Ä' => 'A', 'Ö' => 'O', 'Õ' => 'O', 'Ü' => 'U', 'Å' => 'A', 'Š' => 'S', 'Ž' => 'Z',
                _ => c,
            });
        }

        return builder.ToString();
    }

    // The English of one word (already folded): the word as it is in the table; else a name, noun or verb before its
    // suffixes ("Genevessa", "lepingust", "allekirjoittivat"). An English word is no stem and its ending ("rajah").
    private static string? English(string word)
    {
        var lower = word.ToLowerInvariant();
        return Words.GetValueOrDefault(lower) ?? (EnglishWords.Contains(lower) ? null : Stemmed(lower));
    }

    // The longest stem the word opens with, read with what its suffixes say.
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
                // "allekirjoitettiin", "allkirjastati": was signed; "allekirjoitti", "lubas": signed, pledged.
                return Passive().IsMatch(suffixes) ? $"was {stem.Past}" : Past().IsMatch(suffixes) ? stem.Past : stem.English;
            }

            return Case(word, length) is { } before ? $"{before} {stem.English}" : stem.English;
        }

        return null;
    }

    // The preposition a noun's case suffix says, when the suffix stands after the stem: "-ssa", "-s" in, "-sta", "-st"
    // about, "-lta", "-lt" from, "-lle", "-le" to, "-lla", "-l" on, "-ga" with; null for the others ("-n", "-a", "-t").
    private static string? Case(string word, int stem) => CaseEnding().Match(word) is { Success: true } m && m.Index >= stem
        ? m.Groups["in"].Success ? "in" : m.Groups["about"].Success ? "about" : m.Groups["from"].Success ? "from"
        : m.Groups["to"].Success ? "to" : m.Groups["with"].Success ? "with" : "on"
        : null;

    [GeneratedRegex(@"(?:(?<in>ss[ae]|(?<=[aeiou])s)|(?<about>st[ae]?)|(?<from>lt[ae]?)|(?<to>ll?e)|(?<with>ga)|(?<on>ll[ae]|(?<=[aeiou])l))$")]
    private static partial Regex CaseEnding();

    // Finnish "-i", "-ivat", "-nut", "-tiin"; Estonian "-s", "-sid", "-nud", "-ti": the past.
    [GeneratedRegex(@"^(?:[aeiou]?[st]?t?i(?:vat|t|n|mme)?|[oe]i(?:vat)?|n[uy]t|neet|nud|[aeiu]?s(?:id)?|[aeu]?t?tud|e?t?tiin|e?tt[uy])$")]
    private static partial Regex Past();

    // Finnish "-ttiin", "-ttu"; Estonian "-ati", "-tud": done to it.
    [GeneratedRegex(@"(?:tiin|tt[uy]|tud|^[aeu]ti)$")]
    private static partial Regex Passive();

    private sealed record Stem(string English, string? Past = null);

    // Nouns and names read with any suffix ("sopimuksesta", "lepingule", "Venajalta"), and verbs with their English
    // past: the stem, as folded; the longest a word opens with wins ("allekirjoittaja" signatories before "allekirjoit"
    // sign). A Finnish noun whose stem changes is listed in both forms ("sopimus", "sopimuks"), so that no stem leaves the
    // Estonian "-s" of "in" ("sopimu-s" is no "in treaty").
    private static readonly Dictionary<string, Stem> Stems = new Dictionary<string, (string English, string? Past)>(StringComparer.Ordinal)
    {
        // The treaty and its signing.
        ["sopimus"] = ("treaty", null), ["sopimuks"] = ("treaty", null), ["valtiosopimu"] = ("treaty", null),
        ["leping"] = ("treaty", null), ["kokkulepe"] = ("agreement", null), ["kokkulepp"] = ("agreement", null),
        ["liittoutu"] = ("alliance", null), ["liitto"] = ("alliance", null), ["liito"] = ("alliance", null),
        ["liitlas"] = ("alliance", null), ["kumppanuu"] = ("partnership", null), ["partnerlus"] = ("partnership", null),
        ["strateegili"] = ("strategic", null), ["strategi"] = ("strategic", null), ["integraatio"] = ("integration", null),
        ["integratsioon"] = ("integration", null), ["yhdentymi"] = ("integration", null),
        ["allekirjoittaj"] = ("signatories", null), ["allekirjoitus"] = ("signing", null), ["allekirjoituks"] = ("signing", null),
        ["allekirjoit"] = ("sign", "signed"), ["allkirjastaj"] = ("signatories", null), ["allkirjastamis"] = ("signing", null), ["allkirjastamine"] = ("signing", null),
        ["allkirjast"] = ("sign", "signed"), ["allkiri"] = ("signature", null), ["allkirja"] = ("signature", null),
        ["seremonia"] = ("ceremony", null), ["tseremoonia"] = ("ceremony", null), ["teksti"] = ("text", null),
        ["tekst"] = ("text", null), ["pykala"] = ("clause", null), ["virallinen"] = ("official", null),
        ["virallis"] = ("official", null), ["ametlik"] = ("official", null), ["voimassaolo"] = ("term", null),
        ["kesto"] = ("term", null), ["kest"] = ("last", "lasted"), ["kehti"] = ("valid", null), ["kehtiv"] = ("valid", null),
        ["umpeutu"] = ("expire", "expired"), ["paatty"] = ("end", "ended"), ["loppu"] = ("end", "ended"),
        ["jatke"] = ("extend", "extended"), ["pikenda"] = ("extend", "extended"), ["ratifio"] = ("ratify", "ratified"),
        ["ratifitseeri"] = ("ratify", "ratified"), ["luonno"] = ("draft", null), ["luonnos"] = ("draft", null),
        ["eelno"] = ("draft", null), ["muutet"] = ("revise", "revised"), ["muut"] = ("change", "changed"),
        ["muude"] = ("change", "changed"),
        // Money.
        ["rahoitu"] = ("funding", null), ["rahoituks"] = ("funding", null), ["rahasta"] = ("funding", null),
        ["miljard"] = ("billion", null), ["miljoon"] = ("million", null), ["miljon"] = ("million", null),
        ["rupla"] = ("rubles", null), ["rupli"] = ("rubles", null), ["rubla"] = ("rubles", null), ["dollari"] = ("dollars", null),
        ["dollar"] = ("dollars", null), ["euro"] = ("euros", null), ["budjet"] = ("budget", null), ["eelarve"] = ("budget", null),
        ["investoin"] = ("investment", null), ["investeeri"] = ("investment", null), ["avustu"] = ("aid", null),
        ["avustuks"] = ("aid", null), ["kehity"] = ("development", null), ["kehitt"] = ("development", null),
        ["arengu"] = ("development", null), ["arenda"] = ("development", null), ["talou"] = ("economy", null),
        ["majandu"] = ("economy", null), ["sosiaali"] = ("social", null), ["sotsiaal"] = ("social", null),
        ["lupaus"] = ("pledge", null), ["lupauks"] = ("pledge", null), ["lubadus"] = ("pledge", null), ["lubadu"] = ("pledge", null),
        ["lupa"] = ("pledge", "pledged"), ["luva"] = ("pledge", "pledged"), ["luba"] = ("pledge", "pledged"),
        ["maksa"] = ("pay", "paid"), ["maksi"] = ("pay", "paid"), ["maks"] = ("pay", "paid"),
        ["myonta"] = ("allocate", "allocated"), ["myonne"] = ("allocate", "allocated"), ["eralda"] = ("allocate", "allocated"),
        ["kuluta"] = ("spend", "spent"), ["kulut"] = ("spend", "spent"), ["tuke"] = ("support", "supported"),
        ["toeta"] = ("support", "supported"),
        // Defence and the army.
        ["puolustus"] = ("defence", null), ["puolustuks"] = ("defence", null), ["puolust"] = ("defend", "defended"),
        ["kaitse"] = ("defence", null), ["turvallisuu"] = ("security", null), ["turvallisuus"] = ("security", null),
        ["julgeolek"] = ("security", null), ["julgeoleku"] = ("security", null), ["turvalisu"] = ("security", null),
        ["vartioi"] = ("guard", "guarded"), ["valva"] = ("guard", "guarded"), ["vastuu"] = ("responsible", null),
        ["vastuta"] = ("responsible", null), ["vastutus"] = ("responsibility", null), ["rajavarti"] = ("border guards", null),
        ["piirivalv"] = ("border guards", null), ["raja"] = ("border", null), ["rajo"] = ("border", null),
        ["piiri"] = ("border", null), ["piir"] = ("border", null), ["varoitus"] = ("warning", null),
        ["varoituks"] = ("warning", null), ["varoit"] = ("warn", "warned"), ["hoiatus"] = ("warning", null),
        ["hoiata"] = ("warn", "warned"), ["kyltti"] = ("signs", null), ["kylti"] = ("signs", null), ["merki"] = ("signs", null),
        ["silt"] = ("signs", null), ["sildi"] = ("signs", null), ["armeija"] = ("army", null), ["armee"] = ("army", null),
        ["sojavag"] = ("army", null), ["asevoim"] = ("armed forces", null), ["relvajou"] = ("armed forces", null),
        ["sotila"] = ("military", null), ["sotilaa"] = ("soldiers", null), ["sotur"] = ("soldiers", null),
        ["sodur"] = ("soldiers", null), ["sojavae"] = ("military", null), ["joukko"] = ("troops", null),
        ["joukot"] = ("troops", null), ["joukoi"] = ("troops", null), ["vagi"] = ("troops", null), ["vaed"] = ("troops", null),
        ["poliisi"] = ("police", null), ["politsei"] = ("police", null), ["tulli"] = ("customs", null), ["tolli"] = ("customs", null),
        ["yhdist"] = ("merge", "merged"), ["sulaute"] = ("merge", "merged"), ["uhenda"] = ("merge", "merged"),
        ["integroi"] = ("integrate", "integrated"), ["liitet"] = ("merge", "merged"), ["suvereniteet"] = ("sovereignty", null),
        ["itsenaisyy"] = ("independence", null), ["iseseisvu"] = ("independence", null), ["harjoitu"] = ("exercises", null),
        ["oppu"] = ("exercises", null), ["infrastruktuur"] = ("infrastructure", null), ["jasenyy"] = ("membership", null),
        ["liikmesu"] = ("membership", null),
        // Talks, people and reactions.
        ["neuvottelu"] = ("talks", null), ["neuvottel"] = ("negotiate", "negotiated"), ["labiraakimis"] = ("talks", null),
        ["labiraaki"] = ("talks", null), ["keskustelu"] = ("discussion", null), ["keskustel"] = ("discuss", "discussed"),
        ["aruta"] = ("discuss", "discussed"), ["kokoukse"] = ("meeting", null), ["kokous"] = ("meeting", null),
        ["tapaamis"] = ("meeting", null), ["tapaamine"] = ("meeting", null),
        ["kohtumis"] = ("meeting", null), ["kohtumine"] = ("meeting", null), ["kohtu"] = ("meet", "met"), ["kierro"] = ("round", null), ["kierros"] = ("round", null),
        ["voor"] = ("round", null), ["lopputulo"] = ("outcome", null), ["lopputulos"] = ("outcome", null),
        ["tulemu"] = ("outcome", null), ["tulos"] = ("result", null), ["tulokse"] = ("result", null),
        ["osallistuj"] = ("participants", null), ["osallistu"] = ("attend", "attended"), ["osaleja"] = ("participants", null),
        ["osale"] = ("attend", "attended"), ["valtuuskun"] = ("delegation", null), ["delegaatio"] = ("delegation", null),
        ["delegatsioon"] = ("delegation", null), ["delegatsiooni"] = ("delegation", null), ["edustaj"] = ("representatives", null),
        ["esindaj"] = ("representatives", null), ["yhteispuheenjohtaj"] = ("co-chairs", null),
        ["puheenjohtaj"] = ("co-chairs", null), ["kaasesimee"] = ("co-chairs", null), ["esimee"] = ("chair", null),
        ["juhata"] = ("chair", "chaired"), ["johtaj"] = ("head", null), ["joht"] = ("lead", "led"), ["juhi"] = ("head", null),
        ["juht"] = ("lead", "led"), ["ulkoministerio"] = ("foreign ministry", null), ["ulkoministeri"] = ("foreign minister", null),
        ["valisministeerium"] = ("foreign ministry", null), ["valisminist"] = ("foreign minister", null),
        ["ulkoasiainministerio"] = ("foreign ministry", null), ["varaulkoministeri"] = ("deputy foreign minister", null),
        ["asevalisminist"] = ("deputy foreign minister", null), ["paaministeri"] = ("prime minister", null),
        ["peaminist"] = ("prime minister", null), ["ministerio"] = ("ministry", null), ["ministeerium"] = ("ministry", null),
        ["ministeri"] = ("minister", null), ["minist"] = ("minister", null), ["presidenti"] = ("president", null),
        ["president"] = ("president", null), ["edustaja"] = ("representative", null), ["tiedottaj"] = ("spokeswoman", null),
        ["pressiesindaj"] = ("spokeswoman", null), ["hallitu"] = ("government", null), ["hallituks"] = ("government", null),
        ["valitsu"] = ("government", null), ["reaktio"] = ("reaction", null), ["reaktsioon"] = ("reaction", null),
        ["reago"] = ("react", "reacted"), ["reageeri"] = ("react", "reacted"), ["tuomit"] = ("condemn", "condemned"),
        ["tuomitse"] = ("condemn", "condemned"), ["tunnust"] = ("recognize", "recognized"), ["kommentoi"] = ("comment", "commented"),
        ["kommenteeri"] = ("comment", "commented"), ["lausunno"] = ("statement", null), ["lausunto"] = ("statement", null),
        ["avaldus"] = ("statement", null), ["avalduse"] = ("statement", null), ["vastaus"] = ("response", null),
        ["vastus"] = ("response", null), ["maailma"] = ("world", null), ["maailm"] = ("world", null), ["yhteiso"] = ("community", null),
        ["uldsu"] = ("community", null), ["kansainvali"] = ("international", null), ["rahvusvahel"] = ("international", null),
        ["huole"] = ("concern", null), ["huoli"] = ("concern", null), ["mure"] = ("concern", null), ["uhka"] = ("threat", null),
        ["ohtu"] = ("threat", null), ["tilante"] = ("situation", null), ["tilanne"] = ("situation", null),
        ["olukor"] = ("situation", null), ["vakaa"] = ("stable", null), ["vakautu"] = ("stabilization", null),
        ["stabiil"] = ("stable", null), ["tapahtu"] = ("happen", "happened"), ["juhtu"] = ("happen", "happened"),
        ["toimu"] = ("take place", "took place"), ["sano"] = ("say", "said"),
        ["utle"] = ("say", "said"), ["kirjoittaj"] = ("author", null), ["kirjoit"] = ("write", "wrote"),
        ["kirjuta"] = ("write", "wrote"), ["artikkel"] = ("article", null), ["artikli"] = ("article", null),
        ["uutine"] = ("news", null), ["uudi"] = ("news", null), ["mainit"] = ("mention", "mentioned"),
        ["maini"] = ("mention", "mentioned"), ["liittami"] = ("annexation", null),
        ["annekteeri"] = ("annex", "annexed"), ["anneksio"] = ("annexation", null), ["annektsioo"] = ("annexation", null),
        ["vuosipaiva"] = ("anniversary", null), ["aastapaev"] = ("anniversary", null), ["paivamaar"] = ("date", null),
        ["kuupaev"] = ("date", null), ["nimi"] = ("name", null), ["nime"] = ("name", null), ["rooli"] = ("role", null),
        ["roll"] = ("role", null), ["ero"] = ("difference", null), ["erine"] = ("different", null), ["sarna"] = ("similar", null),
        ["samanlai"] = ("similar", null), ["sota"] = ("war", null), ["sodan"] = ("war", null),
        ["konflikt"] = ("conflict", null), ["valtio"] = ("state", null), ["riigi"] = ("country", null), ["riik"] = ("country", null),
        ["tasavalla"] = ("republic", null), ["tasavalt"] = ("republic", null), ["vabariig"] = ("republic", null),
        ["alue"] = ("region", null), ["aluee"] = ("region", null), ["piirkon"] = ("region", null), ["asukka"] = ("inhabitants", null),
        ["vaesto"] = ("population", null), ["rahvaarv"] = ("population", null), ["elanik"] = ("inhabitants", null),
        ["pealinn"] = ("capital", null), ["paakaupun"] = ("capital", null),
        // Places and people as the two languages write them.
        ["venaj"] = ("Russia", null), ["venalai"] = ("Russian", null), ["venemaa"] = ("Russia", null),
        ["venelas"] = ("Russians", null), ["etela-osseti"] = ("South Ossetia", null), ["eteläosseti"] = ("South Ossetia", null),
        ["etelaosseti"] = ("South Ossetia", null), ["louna-osseeti"] = ("South Ossetia", null), ["lounaosseeti"] = ("South Ossetia", null),
        ["pohjois-osseti"] = ("North Ossetia", null), ["pohja-osseeti"] = ("North Ossetia", null),
        ["ossetialai"] = ("Ossetian", null), ["osseti"] = ("Ossetia", null), ["osseeti"] = ("Ossetia", null),
        ["osseed"] = ("Ossetian", null), ["abhasialai"] = ("Abkhaz", null), ["abhasi"] = ("Abkhazia", null),
        ["abhaasia"] = ("Abkhazia", null), ["abhaasi"] = ("Abkhaz", null), ["abhaas"] = ("Abkhaz", null),
        ["georgialai"] = ("Georgian", null), ["georgia"] = ("Georgia", null), ["gruusia"] = ("Georgia", null),
        ["grusiin"] = ("Georgians", null), ["krimm"] = ("Crimea", null), ["krim"] = ("Crimea", null),
        ["moskova"] = ("Moscow", null), ["moskva"] = ("Moscow", null), ["kreml"] = ("Kremlin", null),
        ["geneve"] = ("Geneva", null), ["genf"] = ("Geneva", null), ["tbilisi"] = ("Tbilisi", null),
        ["tshinval"] = ("Tskhinvali", null),
        ["tskhinval"] = ("Tskhinvali", null), ["suhumi"] = ("Sokhumi", null), ["suhhumi"] = ("Sokhumi", null),
        ["sohumi"] = ("Sokhumi", null), ["sukhum"] = ("Sokhumi", null), ["sokhum"] = ("Sokhumi", null),
        ["ukraina"] = ("Ukraine", null), ["eurooppalai"] = ("European", null), ["euroopa"] = ("Europe", null),
        ["euroop"] = ("Europe", null), ["yhdysval"] = ("US", null), ["uhendriig"] = ("US", null),
        ["amerikkalai"] = ("Americans", null), ["ameeriklas"] = ("Americans", null), ["amerika"] = ("America", null),
        ["bryssel"] = ("Brussels", null), ["brussel"] = ("Brussels", null), ["washington"] = ("Washington", null),
        ["kiina"] = ("China", null), ["hiina"] = ("China", null), ["suome"] = ("Finland", null), ["suomi"] = ("Finland", null),
        ["eesti"] = ("Estonia", null), ["viro"] = ("Estonia", null), ["ruotsi"] = ("Sweden", null), ["rootsi"] = ("Sweden", null),
        ["saksa"] = ("Germany", null), ["turki"] = ("Turkey", null), ["kaukasia"] = ("Caucasus", null),
        ["kaukaasia"] = ("Caucasus", null), ["taka-kaukaasia"] = ("Transcaucasia", null), ["taka-kaukasia"] = ("Transcaucasia", null),
        ["nato"] = ("NATO", null), ["etyj"] = ("OSCE", null), ["julkoolek"] = ("OSCE", null),
        ["putin"] = ("Putin", null), ["medvedev"] = ("Medvedev", null), ["medvedjev"] = ("Medvedev", null),
        ["tibilov"] = ("Tibilov", null), ["bibilov"] = ("Bibilov", null), ["karasin"] = ("Karasin", null),
        ["lavrov"] = ("Lavrov", null), ["mogherini"] = ("Mogherini", null), ["psaki"] = ("Psaki", null),
        ["obama"] = ("Obama", null),
        // Months: "maaliskuussa", "märtsis" in March.
        ["tammikuu"] = ("January", null), ["helmikuu"] = ("February", null), ["maaliskuu"] = ("March", null),
        ["huhtikuu"] = ("April", null), ["toukokuu"] = ("May", null), ["kesakuu"] = ("June", null), ["heinakuu"] = ("July", null),
        ["elokuu"] = ("August", null), ["syyskuu"] = ("September", null), ["lokakuu"] = ("October", null),
        ["marts"] = ("March", null), ["juuni"] = ("June", null), ["juuli"] = ("July", null), ["septemb"] = ("September", null),
    }.ToDictionary(entry => entry.Key, entry => new Stem(entry.Value.English, entry.Value.Past), StringComparer.Ordinal);

    private static readonly int LongestStem = Stems.Keys.Max(stem => stem.Length);

    // Several words that mean one thing, read before the words one by one; as folded.
    private static readonly Phrasebook Phrases = new(ReaderTables.Marked(new Dictionary<string, string>
    {
        // Finnish question words.
        ["kuka on"] = "who is", ["kuka oli"] = "who was", ["ketka ovat"] = "who are", ["ketka olivat"] = "who were",
        ["mika on"] = "what is", ["mika oli"] = "what was", ["mitka ovat"] = "what are", ["mita on"] = "what is",
        ["mika se on"] = "what is it", ["mita tarkoittaa"] = "what does mean", ["mita se tarkoittaa"] = "what does it mean",
        ["mita tapahtui"] = "what happened", ["mita tapahtuu"] = "what happens", ["mita tapahtuu jatkossa"] = "what happens next",
        ["kuinka paljon"] = "how much", ["kuinka monta"] = "how many", ["kuinka kauan"] = "how long",
        ["kuinka pitkaksi aikaa"] = "how long", ["kuinka pitka"] = "how long", ["kuinka moneksi vuodeksi"] = "how many years",
        ["moneksi vuodeksi"] = "how many years", ["miten pitkaksi aikaa"] = "how long", ["mihin asti"] = "until when",
        ["mihin saakka"] = "until when", ["minka nimi"] = "what name", ["mika nimi"] = "what name",
        ["mina vuonna"] = "what year", ["mina paivana"] = "what day", ["mihin aikaan"] = "what time",
        ["missa kaupungissa"] = "in what city", ["mista on kyse"] = "what is it about", ["mista tassa on kyse"] = "what is this about",
        ["on kyse"] = "is about", ["kyse on"] = "it is about", ["mista kertoo"] = "what is about", ["mista se kertoo"] = "what is it about",
        ["kenen kanssa"] = "with whom", ["mihin liittyy"] = "what has to do with", ["mita tekemista"] = "what to do with",
        ["jotain tekemista"] = "anything to do with", ["tekemista"] = "to do with", ["mita mielta olet"] = "what do you think",
        ["mita mielta oot"] = "what do you think", ["mita mielta sa oot"] = "what do you think", ["mita mielta sina olet"] = "what do you think",
        ["mita mielta ma oon"] = "I think", ["mita mielta"] = "what did think", ["sun mielesta"] = "in your opinion",
        ["sinun mielestasi"] = "in your opinion", ["mielestasi"] = "in your opinion", ["vastuussa"] = "responsible for",
        ["on vastuussa"] = "is responsible for", ["pitaako paikkansa"] = "is that right", ["pitaa paikkansa"] = "is right",
        ["kuka johti"] = "who led", ["ketka johtivat"] = "who led", ["miten se eroaa"] = "how is it different",
        ["miten eroaa"] = "how is different", ["jo joku"] = "already a",
        // Estonian question words.
        ["kes on"] = "who is", ["kes oli"] = "who was", ["kes olid"] = "who were", ["mis on"] = "what is", ["mis oli"] = "what was",
        ["mis olid"] = "what were", ["mis see on"] = "what is it", ["kui palju"] = "how much", ["kui mitu"] = "how many",
        ["kui kaua"] = "how long", ["kui kauaks"] = "how long", ["kui pikaks ajaks"] = "how long", ["mitmeks aastaks"] = "how many years",
        ["mis kuupaeval"] = "what date", ["millisel kuupaeval"] = "what date", ["mis paeval"] = "what day",
        ["mis aastal"] = "what year", ["mis kell"] = "what time", ["kellega"] = "with whom", ["mida tahendab"] = "what does mean",
        ["mis juhtus"] = "what happened", ["mis toimus"] = "what happened", ["mis juhtub"] = "what happens",
        ["mis saab"] = "what happens to", ["millest raagib"] = "what is about", ["millest see raagib"] = "what is it about",
        ["millest on juttu"] = "what is about", ["mida sa arvad"] = "what do you think", ["mis sa arvad"] = "what do you think",
        ["sinu arvates"] = "in your opinion", ["sinu arvamus"] = "your opinion", ["eest vastutab"] = "is responsible for",
        ["vastutab"] = "is responsible for", ["vastutavad"] = "are responsible for", ["kas see on"] = "is this",
        // A verb of two words: "alla kirjutas" signed, "osa võtsid" took part, "pitää mennä" I have to go.
        ["alla kirjutas"] = "signed", ["alla kirjutasid"] = "signed", ["alla kirjutati"] = "was signed", ["kirjutas alla"] = "signed",
        ["kirjutasid alla"] = "signed", ["kirjutati alla"] = "was signed", ["alla kirjutama"] = "sign", ["alla kirjutanud"] = "signed",
        ["osa votsid"] = "took part", ["osa vottis"] = "took part", ["votsid osa"] = "took part",
        ["sai selvaksi"] = "was decided", ["sovittiin"] = "was agreed", ["lepiti kokku"] = "was agreed",
        ["pitaa menna"] = "I have to go", ["taytyy menna"] = "I have to go", ["pean minema"] = "I have to go",
        ["pitaa lahtea"] = "I have to go",
        // Bodies and names of more than one word.
        ["euroopan unioni"] = "EU", ["euroopan unionin"] = "EU", ["euroopan unionista"] = "about EU", ["euroopa liit"] = "EU",
        ["euroopa liidu"] = "EU", ["euroopa liidust"] = "about EU", ["yhdistyneet kansakunnat"] = "UN",
        ["valkoinen talo"] = "White House", ["valge maja"] = "White House", ["kansainvalinen yhteiso"] = "international community",
        ["rahvusvaheline uldsus"] = "international community", ["muu maailma"] = "the world", ["ulkopuolinen maailma"] = "the world",
        ["elokuun 2008"] = "August 2008", ["augusti 2008"] = "August 2008",
        // Small talk.
        ["kiitos paljon"] = "thanks a lot", ["kiitos avusta"] = "thanks for the help", ["suuret kiitokset"] = "thanks a lot",
        ["suur aitah"] = "thanks a lot", ["vaga hea vastus"] = "very good answer", ["hyvaa huomenta"] = "good morning",
        ["hyvaa paivaa"] = "hello", ["hyvaa iltaa"] = "good evening", ["hyvaa yota"] = "good night", ["tere hommikust"] = "good morning",
        ["tere paevast"] = "hello", ["tere ohtust"] = "good evening", ["head aega"] = "goodbye", ["head paeva"] = "have a nice day",
        ["hyvaa paivanjatkoa"] = "have a nice day", ["moi moi"] = "bye", ["hei hei"] = "hi", ["oletko botti"] = "are you a bot",
        ["oletko robotti"] = "are you a robot", ["oletko ihminen"] = "are you human", ["ootko botti"] = "are you a bot",
        ["ootko ihminen"] = "are you human", ["kuka olet"] = "who are you", ["kuka sa oot"] = "who are you",
        ["kuka sina olet"] = "who are you", ["kas sa oled"] = "are you", ["kas oled"] = "are you", ["kes sa oled"] = "who are you",
        ["sa oled"] = "you are", ["paris inimene"] = "real person", ["oikea ihminen"] = "real person", ["mita osaat"] = "what can you do",
        ["mita sa osaat"] = "what can you do", ["mita osaat tehda"] = "what can you do", ["mita voit tehda"] = "what can you do",
        ["mida sa oskad"] = "what can you do", ["mida oskad"] = "what can you do", ["mida sa teha oskad"] = "what can you do",
        ["miten tama toimii"] = "how does this work", ["miten toimii"] = "how does it work", ["kuidas see tootab"] = "how does this work",
        ["mita voin kysya"] = "what can I ask", ["mida ma saan kusida"] = "what can I ask", ["en tieda"] = "I don't know",
        ["ma ei tea"] = "I don't know", ["en ymmarra"] = "I don't understand", ["ma ei saa aru"] = "I don't understand",
    }), hyphens: true);

    // One word each, as folded. Fillers that only say how the chat sounds ("no", "niinku", "noh") are no words of the
    // question.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Finnish question words.
        ["kuka"] = "who", ["ketka"] = "who", ["kenen"] = "whose", ["kenelle"] = "to whom", ["kenelta"] = "from whom",
        ["keta"] = "whom", ["mika"] = "what", ["mita"] = "what", ["mitka"] = "what", ["minka"] = "what", ["mihin"] = "to what",
        ["missa"] = "where", ["mista"] = "about what", ["minne"] = "where", ["milloin"] = "when", ["koska"] = "because",
        ["miksi"] = "why", ["miks"] = "why", ["miten"] = "how", ["kuinka"] = "how", ["paljonko"] = "how much",
        ["montako"] = "how many", ["kauanko"] = "how long", ["kumpi"] = "which", ["millainen"] = "what kind of",
        ["millaisia"] = "what kind of", ["minkalainen"] = "what kind of",
        // Estonian question words.
        ["kes"] = "who", ["kelle"] = "whose", ["kellele"] = "to whom", ["keda"] = "whom", ["mis"] = "what", ["mida"] = "what",
        ["millest"] = "about what", ["milline"] = "which", ["millised"] = "which", ["missugune"] = "what kind of", ["kus"] = "where",
        ["kuhu"] = "where", ["kust"] = "from where", ["millal"] = "when", ["kuidas"] = "how", ["mitu"] = "how many",
        ["palju"] = "much", ["kauaks"] = "how long", ["kas"] = string.Empty,
        // Finnish function words, pronouns and adverbs.
        ["ja"] = "and", ["tai"] = "or", ["vai"] = "or", ["mutta"] = "but", ["on"] = "is", ["onko"] = "is", ["oli"] = "was",
        ["oliko"] = "was", ["olivat"] = "were", ["ovat"] = "are", ["ovatko"] = "are", ["olla"] = "be", ["ole"] = "is",
        ["ollut"] = "been", ["olleet"] = "been", ["tulee"] = "will", ["ei"] = "not", ["eika"] = "nor", ["se"] = "it", ["sen"] = "its",
        ["sita"] = "it", ["siita"] = "about it", ["sille"] = "to it", ["siina"] = "in it", ["tama"] = "this", ["taa"] = "this",
        ["tan"] = "this", ["taman"] = "this", ["tassa"] = "in this", ["tasta"] = "about this", ["tahan"] = "to this",
        ["nama"] = "these", ["nyt"] = "now", ["jo"] = "already", ["viela"] = "still", ["myos"] = "also", ["kanssa"] = "with",
        ["jalkeen"] = "after", ["ennen"] = "before", ["aikana"] = "during", ["mukaan"] = "according to", ["takia"] = "because of",
        ["vuoksi"] = "because of", ["kohtaan"] = "toward", ["etta"] = "that", ["jos"] = "if", ["kun"] = "when", ["niin"] = "so",
        ["siis"] = "so", ["eli"] = "so", ["sitten"] = "then", ["joku"] = "some", ["jokin"] = "some", ["jotain"] = "something",
        ["mitaan"] = "anything", ["kaikki"] = "all", ["muu"] = "other", ["muut"] = "others", ["oma"] = "own", ["omat"] = "own",
        ["hanen"] = "his", ["han"] = "he", ["he"] = "they", ["heidan"] = "their", ["mina"] = "I", ["ma"] = "I", ["sina"] = "you",
        ["sa"] = "you", ["sua"] = "you", ["sun"] = "your", ["mun"] = "my", ["mulle"] = "me", ["sulle"] = "you", ["itse"] = "yourself",
        ["olet"] = "are you", ["oot"] = "are you", ["oletko"] = "are you", ["ootko"] = "are you", ["oikein"] = "really",
        ["oikeasti"] = "really", ["todella"] = "really", ["tarkalleen"] = "exactly", ["tarkka"] = "exact", ["noin"] = "about",
        ["yhteensa"] = "in total", ["enemman"] = "more", ["vahemman"] = "less", ["sama"] = "the same", ["uusi"] = "new",
        ["ensimmainen"] = "first", ["viimeinen"] = "last", ["seuraava"] = "next", ["seuraavan"] = "next",
        ["seuraavaksi"] = "next", ["edellinen"] = "previous", ["siella"] = "there", ["taalla"] = "here", ["vastaan"] = "against",
        ["vaan"] = "but", ["kylla"] = "yes", ["joo"] = "yes", ["juu"] = "yes", ["nii"] = "yes", ["henkilokohtaisesti"] = "personally",
        ["lyhyesti"] = "briefly", ["virallisesti"] = "officially", ["voimassa"] = "valid", ["vuotta"] = "years",
        ["vuodeksi"] = "years", ["vuoden"] = "years", ["vuosi"] = "year", ["vuosia"] = "years", ["vuonna"] = "in year",
        ["vuosittain"] = "a year", ["paiva"] = "day", ["paivana"] = "day", ["paivalla"] = "day", ["paivan"] = "day",
        ["raha"] = "money", ["rahaa"] = "money", ["rahat"] = "money", ["rahan"] = "money", ["rahoja"] = "money",
        ["antaa"] = "gives", ["antoi"] = "gave", ["antoivat"] = "gave", ["annetaan"] = "is given", ["annettiin"] = "was given",
        ["saa"] = "gets", ["saavat"] = "get", ["sai"] = "got", ["saivat"] = "got", ["saanut"] = "got", ["saako"] = "does get",
        ["saiko"] = "did get", ["osaa"] = "can do", ["osaat"] = "can you do", ["osaatko"] = "can you", ["voitko"] = "can you",
        ["voisitko"] = "could you", ["kerro"] = "tell me", ["kerrotko"] = "can you tell me", ["selita"] = "explain",
        ["tiivista"] = "summarize", ["tiivistelma"] = "summary", ["yhteenveto"] = "summary", ["tapaavat"] = "meet",
        ["tapaa"] = "meet", ["tapasi"] = "met", ["tapasivat"] = "met", ["liitti"] = "annexed", ["teki"] = "did",
        ["tekivat"] = "did", ["tekee"] = "does", ["ihminen"] = "human",
        ["ihmista"] = "people", ["ihmiset"] = "people", ["robotti"] = "robot", ["botti"] = "bot", ["tekoaly"] = "AI",
        ["mielipide"] = "opinion", ["mielipiteesi"] = "your opinion", ["hyva"] = "good", ["huono"] = "bad",
        ["asuu"] = "live", ["asuvat"] = "live", ["eroaa"] = "differs", ["sarnane"] = "similar to",
        ["hukka"] = string.Empty, ["moistis"] = "condemned", ["moistsid"] = "condemned", ["kyse"] = "about", ["juttu"] = "story",
        ["elokuun"] = "August", ["kehtib"] = "is valid", ["autor"] = "author",
        // Estonian function words, pronouns and adverbs.
        ["voi"] = "or", ["aga"] = "but", ["olid"] = "were", ["oled"] = "are you", ["olen"] = "I am", ["see"] = "this",
        ["selle"] = "this", ["sellest"] = "about this", ["sellele"] = "to this", ["seda"] = "this", ["need"] = "these",
        ["nuud"] = "now", ["juba"] = "already", ["veel"] = "still", ["ka"] = "also", ["koos"] = "together", ["parast"] = "after",
        ["enne"] = "before", ["ajal"] = "during", ["jargi"] = "according to", ["eest"] = "for", ["kohta"] = "about",
        ["vastu"] = "against", ["et"] = "that", ["kui"] = "if", ["mingi"] = "some", ["midagi"] = "something", ["koik"] = "all",
        ["teine"] = "other", ["teised"] = "others", ["tema"] = "he", ["ta"] = "he", ["nad"] = "they", ["nende"] = "their",
        ["sinu"] = "your", ["mu"] = "my", ["jah"] = "yes", ["nagu"] = "like",
        ["tapselt"] = "exactly", ["umbes"] = "about", ["kokku"] = "in total", ["rohkem"] = "more",
        ["uus"] = "new", ["esimene"] = "first", ["viimane"] = "last", ["jargmine"] = "next", ["jargmise"] = "next",
        ["eelmine"] = "previous", ["seal"] = "there", ["siin"] = "here", ["aasta"] = "year", ["aastat"] = "years",
        ["aastaks"] = "years", ["aastal"] = "in year", ["aastas"] = "a year", ["paev"] = "day", ["paeval"] = "day",
        ["annab"] = "gives", ["andis"] = "gave", ["andsid"] = "gave", ["anti"] = "was given", ["antakse"] = "is given",
        ["saab"] = "gets", ["saavad"] = "get", ["said"] = "got", ["oeldi"] = "was told", ["lubati"] = "was pledged",
        ["allkirjastati"] = "was signed", ["kirjutati"] = "was written", ["arutati"] = "was discussed", ["hoiatati"] = "was warned",
        ["mainitakse"] = "is mentioned", ["mainitaan"] = "is mentioned", ["oskad"] = "can you do", ["raagib"] = "is about",
        ["raakige"] = "talk", ["raagi"] = "tell me", ["seleta"] = "explain", ["kokkuvote"] = "summary", ["inimene"] = "human",
        ["inimesi"] = "people", ["inimesed"] = "people", ["tehisintellekt"] = "AI",
        ["tehisaru"] = "AI", ["arvamus"] = "opinion", ["hea"] = "good", ["halb"] = "bad", ["elab"] = "live", ["elavad"] = "live",
        ["usk"] = "religion", ["usku"] = "religion", ["voitis"] = "won", ["eile"] = "yesterday", ["tana"] = "today",
        ["homme"] = "tomorrow", ["jalgpall"] = "football", ["jalgpalli"] = "football",
        // Tags, fillers and chat words: how a chat sounds, no words of the question.
        ["no"] = string.Empty, ["niinku"] = string.Empty, ["noh"] = string.Empty, ["ehk"] = "maybe",
        ["vaikka"] = string.Empty, ["muuten"] = string.Empty, ["muide"] = "by the way", ["btw"] = "by the way",
        ["selva"] = "ok", ["okei"] = "ok", ["eiks"] = "right", ["eiko"] = "right", ["eks"] = "right",
        ["ju"] = string.Empty, ["kai"] = "I guess", ["anteeksi"] = "sorry", ["sori"] = "sorry", ["vabandust"] = "sorry",
        ["kiitos"] = "thanks", ["kiitti"] = "thanks", ["kiitoksia"] = "thanks", ["kiitokset"] = "thanks", ["kitos"] = "thanks",
        ["aitah"] = "thanks", ["tanan"] = "thank you", ["tanud"] = "thanks", ["moi"] = "hello", ["moikka"] = "hello",
        ["moro"] = "hello", ["terve"] = "hello", ["tervehdys"] = "hello", ["hei"] = "hi", ["tere"] = "hello",
        ["tervist"] = "hello", ["tsau"] = "hi", ["heippa"] = "bye", ["heido"] = "bye", ["nakemiin"] = "goodbye",
        ["nahdaan"] = "see you", ["nagemist"] = "goodbye", ["nagemiseni"] = "goodbye", ["apua"] = "help", ["abi"] = "help",
        ["palun"] = "please", ["pliis"] = "please",
        // Bodies in capitals, as folded: "YK" the UN, "ÜRO" the UN, "ETYJ" the OSCE.
        ["yk"] = "UN", ["uro"] = "UN", ["usa"] = "US",
        // Numbers.
        ["yksi"] = "one", ["kaksi"] = "two", ["kolme"] = "three", ["viisi"] = "five", ["kymmenen"] = "ten",
        ["kaksikymmentaviisi"] = "twenty-five", ["viisikymmenta"] = "fifty", ["uks"] = "one", ["kaks"] = "two",
        ["kolm"] = "three", ["viis"] = "five", ["kumme"] = "ten",
    };

    // Words of the tables that English writes too, left as they are in an English sentence ("it was Medvedev, eiks?"):
    // "on the border", "he said", "see the treaty", "ok" keep their meaning.
    private static readonly HashSet<string> EnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "he", "see", "need", "no", "ok", "et", "ta", "ma", "sa", "se", "said", "bot", "robot", "abi", "usa", "eu", "enne",
        "kai", "please", "btw", "mu", "ka", "jo", "tan", "nii", "han", "sun", "mun", "saa", "ole", "olen", "eli", "koos",
    };

    // Words neither English nor another reader writes, each also as typed without its letters; those another language
    // writes too count with a second only. "on", "see", "ja", "se", "ei", "voi" and "raha" count not at all: English,
    // Spanish, German, Romanian and Italian sentences have them, and Hinglish's "raha" comes twice ("ho raha hai").
    private static readonly MarkerWords Markers = new(
        WithFolded([
            // Finnish question words, function words and verbs every question leans on.
            "kuka", "ketkä", "kenen", "kenelle", "mikä", "mitä", "mitkä", "minkä", "missä", "mistä", "milloin", "miksi",
            "miten", "kuinka", "paljonko", "montako", "kauanko", "onko", "oliko", "ovatko", "oletko", "ootko", "olivat",
            "tämä", "tää", "tässä", "tästä", "myös", "kanssa", "jälkeen", "että", "mutta", "kiitos", "kiitti", "kiitoksia",
            "moikka", "heippa", "näkemiin", "nähdään", "hyvää", "kyllä", "selvä", "sanoi", "sanoivat", "tapahtui",
            "tapahtuu", "osaa", "osaat", "voitko", "hänen", "jotain", "joku", "mieltä", "pitää", "eiks", "eikö", "vuotta",
            "vuodeksi", "voimassa", "rahaa", "ihminen", "robotti", "botti", "nimi", "kyse", "seuraava", "vuonna",
            // Finnish acts and things of the article.
            "sopimus", "sopimuksen", "sopimusta", "sopimuksesta", "sopimuksessa", "sopimukseen", "sopimuksella",
            "allekirjoitti", "allekirjoittivat", "allekirjoitettiin", "allekirjoitus", "allekirjoittaja", "lupasi",
            "luvattiin", "miljardia", "ruplaa", "neuvottelut", "neuvotteluihin", "neuvottelujen", "neuvotteluissa",
            "valtuuskunta", "valtuuskunnan", "valtuuskuntaa", "puheenjohtaja", "puheenjohtajista", "puheenjohtajat",
            "artikkelin", "artikkelissa", "artikkeli", "kirjoitti", "reagoi", "reagoivat", "lopputulos", "tilanne",
            "rajoilla", "puolustuksesta", "vastuussa", "armeijalle", "armeija", "ulkoministeriö", "ulkoministeri",
            "eroaa", "osallistui", "johti", "rooli", "maailma", "tekemistä", "kierros",
            // Finnish places and people.
            "Venäjä", "Venäjän", "Venäjältä", "Venäjälle", "Etelä-Ossetia", "Etelä-Ossetian", "Etelä", "Abhasia",
            "Abhasian", "Abhasialle", "Genevessä", "Geneven", "Krimin", "Krimillä", "Moskovassa",
            // Estonian question words, function words and verbs.
            "kes", "kelle", "kellele", "kellega", "mida", "millest", "milline", "kus", "kuhu", "millal", "kuidas", "mitu",
            "kui", "palju", "kauaks", "kas", "oled", "olid", "nüüd", "sellest", "selle", "sellele", "aitäh", "tänan", "tänud",
            "nägemist", "tervist", "tsau", "jah", "eks", "ütles", "ütlesid", "öeldi", "juhtus", "toimus", "toimub",
            "oskad", "arvad", "arvas", "räägib", "aastat", "aastaks", "kehtib", "inimene", "järgmine", "päris", "sarnane",
            // Estonian acts and things of the article.
            "leping", "lepingu", "lepingut", "lepingule", "lepingust", "lepingus", "lepinguga", "allkirjastas",
            "allkirjastasid", "allkirjastati", "kirjutas", "kirjutati", "lubas", "lubati", "miljardit", "rubla", "rubla",
            "läbirääkimised", "läbirääkimistel", "delegatsioon", "delegatsiooni", "välisministeerium", "välisminister",
            "artikli", "autor", "kohtumine", "kohtumist", "juhatasid", "reageeris", "reageerisid", "vastutab",
            "julgeoleku", "kuupäeval", "tehisintellekt", "esindajatele", "maailm",
            // Estonian places and people.
            "Venemaa", "Venemaal", "Lõuna-Osseetia", "Lõuna-Osseetiale", "Lõuna", "Osseetia", "Abhaasia", "Abhaasiale",
            "Gruusia", "Genfis", "Genfi", "Krimmi", "Moskvas", "Suhhumi",
        ]),
        // Shared with Turkish ("mis"), Hinglish ("tere"), French ("moi"), Norwegian ("hei"), Tagalog ("tama"), Italian and
        // Portuguese ("tassa", "missa", "mista", "selva"), Czech and Dutch ("kus"), Lithuanian ("kas"), Spanish ("mida"),
        // Indonesian ("eks"), Croatian ("artikli"), Hungarian ("genfi"), Romanian ("rubla") or a Finnish name ("Mika").
        ["mis", "mika", "tere", "moi", "hei", "oli", "terve", "autor", "paris", "tama", "tassa", "tasta", "missa", "mista",
            "selva", "kus", "kas", "mida", "eks", "artikli", "genfi", "rubla"]);

    // Each word as written and as typed without its letters ("missa", "Venajalta", "aitah").
    private static IEnumerable<string> WithFolded(string[] words) => words.Concat(words.Select(Folded));

    // A word (hyphenated: "Etela-Ossetialle"), or the English of a phrase, marked so that its words are not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+(?:-\\p{L}+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:the|are|was|were|did|does|do|what|who|when|where|how|which|why|of|to|and|it|they|this|that|with|for|about|you|can|will|has|have|his|their|signed|money|right)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"\bEL\b")]
    private static partial Regex EuropeanUnion();

    // "eikö?", "eiks?", "vai mitä?", "eikö niin?", "oikein?", "eks?", "jah?", "või mis?", "onju?" at the end (as folded):
    // whether it is so.
    [GeneratedRegex(@"(?:[,\s]+(?:eiko(?:\s+niin)?|eiks|eks|eksju|eks\s+ole|vai\s+mita|vai\s+ei|vai\s+miten|niinhan|onko\s+niin|pitaako\s+paikkansa|vai\s+kuinka|voi\s+mis|onju|on\s+ju|ega\s+mitte|jah|oige|eks\s+jah)|,\s*(?:vai|oikein|niin|eik))(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    // "..., moikka", "kiitos, moi moi!": a greeting after other words ends the chat.
    [GeneratedRegex(@"(?<=\p{L}[\p{P}\s]*)[,.!\s]+(?:moikka|moi\s+moi|moi|hei\s+hei|tsau|moro)(?=[\s!.]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingHello();

    [GeneratedRegex(@"\b(?<side>[Ee]tela|[Pp]ohjois|[Ll]ouna|[Pp]ohja)[\s-]+(?=[Oo]ss[e]?et)")]
    private static partial Regex SouthOrNorth();

    // "mitä EU sanoi sopimuksesta?", "mida Gruusia välisministeerium ütles?", "mitä Georgian valtuuskunta teki?": the one
    // who said or did it is between the question word and its verb.
    [GeneratedRegex(@"\b(?:mita|mida)(?<who>(?:\s+[\p{L}:-]+){1,3}?)\s+(?:sanoi|sanoivat|sanoo|sanovat|utles|utlesid|utleb|arvas|arvasid|(?<do>teki|tekivat|tegi|tegid))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatDid();

    [GeneratedRegex(@"(?<before>(?:^|[.?!,;:(]|\b(?:ja|mutta|and|but)\b)\s*)koska\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningKoska();

    // "EU:n", "Nato:sta", "NATO-st", "USA:ssa", "2016:ssa": a name in capitals or a number, a colon or hyphen and its
    // suffix.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<name>\p{Lu}{2,}|\d+)[:-](?<suffix>\p{Ll}{1,5})\b")]
    private static partial Regex NameSuffix();
}
