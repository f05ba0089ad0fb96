using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Georgian as Georgians type it in Latin letters on their phones and mix it into English chat: "vin moawera
/// xelshekruleba?" is "who signed the treaty?", "rodis moaweres?" when was it signed, "sad?" where, "ramdeni puli misca
/// rusetma samxret osets?" how much money Russia gave South Ossetia, "ra hqvia?" what is it called, "ramdeni wlit?" for
/// how many years, "evrokavshirma ra tqva?" what the EU said, "25 wliania, xo?" "it is 25 years, right?"; "gamarjoba",
/// "madloba", "naxvamdis" and "bot xar?" are small talk. Phones have no Georgian standard: წ is "w" or "ts", ც "c" or
/// "ts", ხ "x" or "kh", ქ "q" or "k", ყ "y" or "q", ფ "f" or "p", so a word is looked up as written and respelled one
/// way ("khelshekruleba" and "xelshekruleba", "moatsera" and "moawera", "tskhinvali" and "cxinvali" are one word).
/// Georgian glues its cases and postpositions to the word: "rusetma" (Russia, as the one who did it), "osetis" (of
/// Ossetia), "moskovshi" (in Moscow), "xelshekrulebaze" (about the treaty), "osetistvis" (for Ossetia), "apkhazetTanac"
/// (with Abkhazia too) are read as their word, a postposition as its English before it; after a hyphen they go with an
/// English word too ("treaty-s", "EU-m", "telegram-shi"). Read word for word (the bot reads words, not word order), a
/// few phrases that mean one thing first ("ra tqva" what did say, "ra aris" what is). Only in a message with a word
/// English and the other readers have not ("rodis", "ramdeni", "moawera", "xelshekruleba", "gamarjoba"), two it shares
/// with them ("da", "sad", "ki", "ara", "tu", "es"), or a word of the article glued to its Georgian case ("rusetma",
/// "jenevashi", "2016-shi"): Serbian "da sad", Spanish "es" or Persian "ra" alone never make a message Georgian, and in
/// a sentence with English words "is", "am", "me" and "sad" keep their English. Georgian letters are read as these Latin
/// ones (see Georgian.Script).
/// </summary>
internal static partial class Georgian
{
    /// <summary><paramref name="text"/> with Georgian words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        var script = HasScript(text);
        if (!script && !IsGeorgian(text))
        {
            return text;
        }

        text = text.Replace('\u2019', '\'').Replace('`', '\'');
        // "what is south ossetia exactly, ... da ar vici": in an English sentence "is", "am", "me" and "sad" are English.
        var english = EnglishWord().IsMatch(text);
        // "ვინ მოაწერა ხელი?": its letters as the Latin ones the tables have.
        text = script ? InLatinLetters(text) : SoCalled().Replace(text, "\u0001so-called\u0002");
        // "25 wliania, xo?", "es treaty 10 wlit aris, ara?": the tag that asks whether it is so; "tu ara" is "or not".
        text = Tag().Replace(text, ", right");
        // "saqartvelom ra tqva?", "ra tqva NATO-m?": what did Georgia, NATO say; "what did say NATO" would ask what was said
        // about NATO.
        text = WhatDidTheySay().Replace(text, "\u0001what did\u0002 ${who} \u0001say\u0002");
        // "treaty-s", "EU-m", "telegram-shi", "2016-stvis": a case ending after a hyphen, its postposition before the word.
        text = HyphenEnding().Replace(text, m => Postpositions.TryGetValue(m.Groups["ending"].Value.ToLowerInvariant(), out var before)
            ? $"{before}{m.Groups["word"].Value}" : m.Groups["word"].Value);
        text = Phrases.InEnglish(text);
        return Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && EnglishToo.Contains(m.Value) ? m.Value
            : English(m.Value) ?? m.Value);
    }

    // One of its marker words, two it shares, or a word of the article with a case only Georgian glues to it.
    private static bool IsGeorgian(string text) =>
        Markers.AreIn(text) || GluedCase().IsMatch(text);

    /// <summary>
    /// The English of one word: as written, else respelled one way ("khelshekruleba" as "xelshekruleba"), else its stem
    /// without the endings Georgian glues to it ("rusetma", "jenevashi", "apkhazetTanac"); null when unknown.
    /// </summary>
    private static string? English(string word)
    {
        var lower = word.ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal);
        if (Words.TryGetValue(lower, out var english))
        {
            return english;
        }

        if (lower.Length < 3 || EnglishWords.Contains(lower))
        {
            return null;
        }

        return Words.TryGetValue(Respelled(lower), out english) ? english : Stem(lower, 3);
    }

    // The word without up to <paramref name="endings"/> endings, each tried longest first, a postposition's English put
    // before it ("jenevashi" in Geneva); the stem as written, with the nominative's -i or -a ("ruset" Russia, "osetis" of
    // Ossetia, "xelshekrulebis" of the treaty).
    private static string? Stem(string word, int endings)
    {
        foreach (var ending in Endings)
        {
            if (word.Length < ending.Length + 3 || !word.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = Respelled(word[..^ending.Length]);
            var english = Words.GetValueOrDefault(stem) ?? Words.GetValueOrDefault(stem + "i") ?? Words.GetValueOrDefault(stem + "a")
                ?? (endings > 1 ? Stem(word[..^ending.Length], endings - 1) : null);
            if (english is not null)
            {
                return Postpositions.TryGetValue(ending, out var before) && !english.StartsWith(before, StringComparison.Ordinal)
                    ? before + english : english;
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="word"/> (lowercase) spelled one way: "ts" and "w" as "c", "kh" as "x", "q" and "y" as "k", "f"
    /// and "ph" as "p", "gh" as "g" (ღ, "sazghvari" and "sazgvari"), as the tables' keys are too.
    /// </summary>
    private static string Respelled(string word)
    {
        if (!word.AsSpan().ContainsAny(Respellable))
        {
            return word;
        }

        return word.Replace("ts", "c", StringComparison.Ordinal).Replace("kh", "x", StringComparison.Ordinal)
            .Replace("ph", "p", StringComparison.Ordinal).Replace("gh", "g", StringComparison.Ordinal).Replace('w', 'c').Replace('q', 'k').Replace('y', 'k').Replace('f', 'p');
    }

    private static readonly System.Buffers.SearchValues<char> Respellable = System.Buffers.SearchValues.Create("tkhwqyfp");

    // What Georgian glues to a word, longest first: the plural ("-ebi", "-ebs"), the cases (the one who did it "-ma",
    // "-m"; to "-s", "-sa"; of "-is"; by "-it"; as "-ad"), the postpositions (in "-shi", on "-ze", with "-tan", from
    // "-dan", "-gan", for "-tvis", until "-mde"), "too" ("-c", "-ac") and "is" ("-a", "-aa").
    private static readonly string[] Endings =
    [
        "istvis", "isgan", "isken", "stvis", "ebshi", "ebistvis", "ebis", "ebze", "ebma", "ebit", "ebtan", "ebs", "ebi",
        "idan", "tvis", "shia", "shi", "sgan", "gan", "dan", "tan", "mde", "amde", "ze", "ac", "ic", "ma", "is", "it", "ad",
        "sa", "aa", "m", "s", "c", "a",
    ];

    // The postpositions' English, put before the word they are glued to ("moskovshi" in Moscow).
    private static readonly Dictionary<string, string> Postpositions = new(StringComparer.Ordinal)
    {
        ["shi"] = "in ", ["shia"] = "in ", ["ebshi"] = "in ", ["ze"] = "about ", ["ebze"] = "about ", ["tan"] = "with ",
        ["ebtan"] = "with ", ["stan"] = "with ", ["dan"] = "from ", ["idan"] = "from ", ["gan"] = "from ", ["sgan"] = "from ", ["isgan"] = "from ",
        ["tvis"] = "for ", ["stvis"] = "for ", ["istvis"] = "for ", ["ebistvis"] = "for ", ["mde"] = "until ", ["amde"] = "until ",
    };

    // The Georgian words an English sentence has: kept as English there.
    private static readonly HashSet<string> EnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "am", "me", "mere", "an", "bot", "kid",
    };

    // Several words that mean one thing, before the words are read one by one.
    private static readonly Phrasebook Phrases = new(ReaderTables.Marked(new Dictionary<string, string>
    {
        // Question words.
        ["ra tqva"] = "what did say", ["ra tkva"] = "what did say", ["ra tqves"] = "what did say", ["ra tkves"] = "what did say",
        ["ra ganacxada"] = "what did say", ["ra ganatskhada"] = "what did say", ["ra thqva"] = "what did say",
        ["ra utxra"] = "what did tell", ["ra utkhra"] = "what did tell", ["ra utxres"] = "what did tell", ["ra utkhres"] = "what did tell",
        ["ra aris"] = "what is", ["ra iyo"] = "what was", ["ra moxda"] = "what happened", ["ra mokhda"] = "what happened",
        ["ra moxdeba"] = "what will happen", ["ra mokhdeba"] = "what will happen", ["ra xdeba"] = "what happens",
        ["ra khdeba"] = "what happens", ["ra gaaketa"] = "what did do", ["ra gaaketes"] = "what did do",
        ["ra ambavia"] = "what is", ["ra ambavi"] = "what is", ["ras nishnavs"] = "what does mean", ["ra nishnavs"] = "what does mean",
        ["ras gulisxmobs"] = "what does mean", ["vis gulisxmobs"] = "who does mean", ["ras exeba"] = "what is about",
        ["ra weria"] = "what is in", ["ra tseria"] = "what is in", ["kide vin"] = "who else", ["kidev vin"] = "who else", ["ra hqvia"] = "what is the name",
        ["ra qvia"] = "what is the name", ["ra hkvia"] = "what is the name", ["ra kvia"] = "what is the name",
        ["ra kavshiri aqvs"] = "what does have to do with", ["ra kavshiri akvs"] = "what does have to do with",
        ["ra kavshirshia"] = "what does have to do with", ["ra tarigshi"] = "what date", ["ra ricxvshi"] = "what date",
        ["ra dges"] = "what day", ["ra dghes"] = "what day", ["ra adgilas"] = "where", ["ra tanamdebobazea"] = "what is the position",
        ["ra tanamdebobaze"] = "what position", ["ra roli"] = "what role", ["ra bedi"] = "what happens to",
        ["ra miznit"] = "what for", ["ra gansxvavebaa"] = "what is the difference",
        ["ra gansxvaveba"] = "what difference", ["ra reaqcia"] = "what reaction", ["ra reaktsia"] = "what reaction",
        ["ra pozicia"] = "what position", ["ra shedegi"] = "what outcome", ["ra shedegit"] = "what outcome",
        ["ramdeni wlit"] = "how many years", ["ramdeni tslit"] = "how many years", ["ramdeni clit"] = "how many years",
        ["ramdeni wlis"] = "how many years", ["ramdeni tslis"] = "how many years", ["ramdeni weli"] = "how many years",
        ["ramdeni puli"] = "how much money", ["ramdeni fuli"] = "how much money", ["ramdeni tanxa"] = "how much money",
        ["ramdeni wlisaa"] = "how old is", ["ramdeni welisaa"] = "how old is", ["ramdeni wlis aris"] = "how old is",
        ["ramdeni adamiani"] = "how many people", ["tu ara"] = "or not", ["tu rogor"] = "or how",
        ["da ise"] = "and so on", ["tu ise"] = "or so", ["bolos da bolos"] = "in the end",
        // Signing, giving, reacting.
        ["xels aweren"] = "sign", ["xeli moawera"] = "signed", ["khels atseren"] = "sign",
        ["mxari dauchira"] = "supported", ["mkhari dauchira"] = "supported", ["ucxo qveyana"] = "foreign country",
        ["dzalashi shedis"] = "enters into force", ["dzalashi shevida"] = "entered into force",
        ["dzalashi ikneba"] = "will be in force", ["dzalashi iqneba"] = "will be in force",
        ["sheiaraghebuli dzalebi"] = "armed forces", ["sheiaraghebuli dzalebis"] = "armed forces",
        ["usafrtxoebis samsaxurebi"] = "security agencies", ["usafrtkhoebis samsakhurebi"] = "security agencies",
        ["usafrtxoebis samsaxurebze"] = "about security agencies", ["usafrtkhoebis samsakhurebze"] = "about security agencies",
        ["brali dasdo"] = "blamed", ["brali dasdes"] = "blamed", ["dasdo brali"] = "blamed",
        // The people, places and bodies of the article.
        ["samxret oseti"] = "South Ossetia", ["samkhret oseti"] = "South Ossetia", ["samxret osetis"] = "South Ossetia's",
        ["samkhret osetis"] = "South Ossetia's", ["samxret osets"] = "South Ossetia", ["samkhret osets"] = "South Ossetia",
        ["samxret osetma"] = "South Ossetia", ["samkhret osetma"] = "South Ossetia", ["samxret osetshi"] = "in South Ossetia",
        ["samkhret osetshi"] = "in South Ossetia", ["samxret osetistvis"] = "for South Ossetia",
        ["samkhret osetisatvis"] = "for South Ossetia", ["samxret osetisatvis"] = "for South Ossetia",
        ["samkhret osetistvis"] = "for South Ossetia", ["samxret osetTan"] = "with South Ossetia",
        ["samkhret osetTan"] = "with South Ossetia", ["chrdilo oseti"] = "North Ossetia",
        ["sagareo saqmeta saministro"] = "foreign ministry", ["sagareo saqmeta saministrom"] = "foreign ministry",
        ["sagareo saqmeta saministros"] = "foreign ministry", ["sagareo sakmeta saministro"] = "foreign ministry",
        ["sagareo saqmeta ministri"] = "foreign minister", ["sagareo sakmeta ministri"] = "foreign minister",
        ["sagareo politikis"] = "foreign policy", ["sagareo politika"] = "foreign policy",
        ["tetri saxli"] = "White House", ["tetri sakhli"] = "White House", ["tetri saxlis"] = "White House",
        ["tetri sakhlis"] = "White House", ["saxelmwifo departamenti"] = "State Department",
        ["saxelmwifo departamentis"] = "State Department", ["sakhelmtsifo departamenti"] = "State Department",
        ["sakhelmtsifo departamentis"] = "State Department", ["saxelmwifo mdivani"] = "Secretary of State",
        ["gaerteianebuli eris"] = "UN", ["gaertianebuli erebi"] = "UN",
        ["amerikis shertebuli shtatebi"] = "US", ["shertebuli shtatebi"] = "US", ["shertebuli shtatebis"] = "US",
        ["evropis kavshiri"] = "EU", ["evropis kavshirma"] = "EU",
        // Small talk.
        ["dila mshvidobisa"] = "good morning", ["saghamo mshvidobisa"] = "good evening", ["game mshvidobisa"] = "good night",
        ["rogor xar"] = "how are you", ["rogor khar"] = "how are you", ["rogora xar"] = "how are you",
        ["didi madloba"] = "thanks a lot", ["didi madlobaa"] = "thanks a lot", ["uzarmazari madloba"] = "thanks a lot",
        ["sheni chirime"] = string.Empty, ["genacvale"] = string.Empty, ["kargad iyavi"] = "goodbye", ["kargad ikavi"] = "goodbye",
        ["mere kide shemogivli"] = "see you later", ["mere shemogivli"] = "see you later", ["mogvianebit"] = "later",
        ["bot xar"] = "are you a bot", ["bot khar"] = "are you a bot", ["bot-i xar"] = "are you a bot",
        ["robot xar"] = "are you a robot", ["robot khar"] = "are you a robot", ["adamiani xar"] = "are you human",
        ["adamiani khar"] = "are you human", ["cocxali adamiani"] = "real person", ["tsotskhali adamiani"] = "real person",
        ["shen vin xar"] = "who are you", ["shen vin khar"] = "who are you", ["vin xar"] = "who are you", ["vin khar"] = "who are you",
        ["ai xar"] = "are you a bot", ["ar xar"] = "are not you", ["ar khar"] = "are not you",
        ["ra sheidzleba gkitxo"] = "what can I ask", ["ra sheidzleba gkitkho"] = "what can I ask", ["ra shegidzlia"] = "what can you do",
        ["ras aketeb"] = "what do you do", ["ras akete"] = "what do you do", ["rogor gamoviyeno"] = "how do I use",
        ["ra azris xar"] = "what do you think", ["ra azris khar"] = "what do you think", ["ra fiqrob"] = "what do you think",
        ["ra pikrob"] = "what do you think", ["shen ra fiqrob"] = "what do you think", ["shen ra pikrob"] = "what do you think",
        ["shentvis"] = "your opinion", ["sheni azrit"] = "your opinion", ["sheni azri"] = "your opinion",
        ["ra kitxvebi"] = "what questions", ["ra kitkhvebi"] = "what questions",
        ["momiyevi"] = "tell me", ["momiqevi"] = "tell me", ["mitxari"] = "tell me", ["mitkhari"] = "tell me",
        ["amixsnis"] = "explain", ["amikhsnis"] = "explain", ["amixseni"] = "explain", ["amikhseni"] = "explain",
        ["ganmimarte"] = "explain", ["tu sheidzleba"] = "please",
        // Phrases readers write about the story.
        ["ras aweren xels"] = "what did sign", ["ras aweren"] = "what did sign", ["ras ambobs"] = "what does say", ["ra ambobs"] = "what does say", ["ra xdeboda"] = "what happened", ["pasuxi gasca"] = "responded", ["rit gansxvavdeba"] = "what is the difference",
        ["ramdeni xnit adre"] = "how long before", ["ra xnit adre"] = "how long before", ["vadis gasvla"] = "term expires",
        ["dzalovani struqturebi"] = "security agencies", ["dzalovani strukturebi"] = "security agencies",
        ["ushishroebis samsaxurebi"] = "security agencies", ["vis aqvs martali"] = "who is right", ["rogor fiqrob"] = "what do you think",
        ["rogor pikrob"] = "what do you think", ["ras fiqrob"] = "what do you think", ["ras pikrob"] = "what do you think", ["ra xar shen"] = "what are you", ["shen ra xar"] = "what are you",
        ["aba kargad"] = "goodbye", ["mogviyevi"] = "tell us", ["mogviyevit"] = "tell us",
        // "will there be a meeting" in June: the next round.
        ["iqneba shexvedra"] = "will the next round be", ["ikneba shexvedra"] = "will the next round be",
        ["shexvedra iqneba"] = "will the next round be", ["shexvedra ikneba"] = "will the next round be",
    }), hyphens: true);

    // One word each, its common spellings respelled one way (see Respelled) when the table is built.
    private static readonly Dictionary<string, string> Words = WithRespellings(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Question words.
        ["vin"] = "who", ["vinaa"] = "who is", ["vina"] = "who is", ["vis"] = "whom", ["visi"] = "whose", ["ra"] = "what",
        ["ras"] = "what", ["raa"] = "what is", ["rodis"] = "when", ["rodisaa"] = "when is", ["roca"] = "when", ["sad"] = "where",
        ["sadaa"] = "where is", ["saidan"] = "where from", ["ratom"] = "why", ["rattom"] = "why", ["rato"] = "why",
        ["rogor"] = "how", ["rogora"] = "how is", ["rogoria"] = "how is", ["rogori"] = "how", ["ramdeni"] = "how many",
        ["ramdenia"] = "how much is", ["ramdens"] = "how much", ["ramden"] = "how many", ["romeli"] = "which",
        ["romelia"] = "which is", ["romelni"] = "which", ["romlebi"] = "which", ["romelma"] = "which", ["vinme"] = "anyone",
        ["rame"] = "anything", ["raime"] = "anything", ["rameze"] = "on anything", ["raimeze"] = "on anything",
        // Signing.
        ["moawera"] = "signed", ["moaweres"] = "signed", ["moeweraa"] = "was signed", ["moewera"] = "was signed",
        ["moacera"] = "signed", ["moaceres"] = "signed", ["xelmowera"] = "signing", ["xelmoweris"] = "signing",
        ["xelmoweraze"] = "about signing", ["xelmoweramde"] = "before signing", ["xelmomwerebi"] = "signatories",
        ["xelmomweri"] = "signatory", ["xelmoweras"] = "signing", ["xels"] = "hand", ["gaformda"] = "was signed",
        ["gaaformes"] = "signed", ["dadebuli"] = "concluded", ["daides"] = "concluded",
        // Saying, reacting, recognizing.
        ["tqva"] = "said", ["tqves"] = "said", ["tqvi"] = "said", ["ambobs"] = "says", ["amboben"] = "say",
        ["ambobda"] = "said", ["ambobdnen"] = "said", ["ganacxada"] = "stated", ["ganacxades"] = "stated",
        ["gancxadeba"] = "statement", ["gancxadebebi"] = "statements", ["gamotqves"] = "expressed", ["gamotqva"] = "expressed",
        ["utxra"] = "told", ["utxres"] = "told", ["stxova"] = "asked", ["stxoves"] = "asked", ["mouwoda"] = "called on",
        ["mouwodes"] = "called on", ["reagira"] = "reacted", ["reagires"] = "reacted", ["reaqcia"] = "reaction",
        ["reaqciebi"] = "reactions", ["shepasa"] = "assessed", ["shefasa"] = "assessed", ["shefaseba"] = "assessment",
        ["dagmo"] = "condemned", ["dagmes"] = "condemned", ["gmobs"] = "condemns", ["cnobs"] = "recognizes",
        ["cnoben"] = "recognize", ["aghiara"] = "recognized", ["aghiares"] = "recognized", ["aghiarebs"] = "recognizes",
        ["uwoda"] = "called", ["uwodes"] = "called", ["uwodebs"] = "calls", ["daakomentara"] = "commented",
        ["komentari"] = "comment", ["pozicia"] = "position", ["statementi"] = "statement", ["chumad"] = "silent",
        ["axsenebs"] = "mentions", ["axsenebda"] = "mentioned", ["nishnavs"] = "means",
        ["gulisxmobs"] = "means", ["igulisxmeba"] = "is meant", ["exeba"] = "is about", ["citirebulia"] = "is quoted",
        ["citirebuli"] = "quoted", ["shexvda"] = "met", ["shexvdnen"] = "met", ["shexvedra"] = "meeting",
        ["shexvedrebi"] = "meetings", ["xvdeboda"] = "met", ["daureka"] = "called", ["daikava"] = "took", ["ewia"] = "happened",
        ["daemtxva"] = "coincided", ["wamowries"] = "raised", ["vixsenebt"] = "remember", ["vixseneb"] = "remember",
        // Giving, pledging, paying.
        ["misca"] = "gave", ["miscems"] = "will give", ["aadzlevs"] = "gives",
        ["adzlevs"] = "gives", ["gamoyo"] = "allocated", ["gamoiyofa"] = "is allocated", ["gamoyofs"] = "allocates",
        ["gamoiyo"] = "allocated", ["hpirdeba"] = "promises", ["pirdeba"] = "promises", ["hpirdebodnen"] = "promised",
        ["daupirda"] = "promised", ["daphirda"] = "promised", ["daxpirda"] = "promised", ["napirdebi"] = "promised",
        ["dapirda"] = "promised", ["dapirdnen"] = "promised", ["daprinansebs"] = "will fund",
        ["daprinanseba"] = "funding", ["daxarjva"] = "spending", ["daixarjeba"] = "will be spent", ["ekutvnis"] = "belongs",
        ["gadauxada"] = "paid", ["gadaixda"] = "paid", ["ixdis"] = "pays", ["miigo"] = "received", 
        ["miighebs"] = "will receive", ["wava"] = "will go",
        // Lasting, defending, merging.
        ["vada"] = "term", ["vadit"] = "term", ["vadis"] = "term", ["amoiwureba"] = "expires", ["iwureba"] = "expires",
        ["gagrdzeldeba"] = "will be extended", ["grdzeldeba"] = "continues", ["samudamod"] = "forever",
        ["dzalashi"] = "in force", ["moqmedebs"] = "is valid", ["moqmedi"] = "valid", ["garkveuli"] = "certain",
        ["periodit"] = "period", ["periodi"] = "period", ["daicavs"] = "will defend", ["icavs"] = "defends",
        ["dacva"] = "protection", ["dacvas"] = "protection", ["tavdacva"] = "defence", ["tavdacvaze"] = "about defence",
        ["tavdacviti"] = "defence", ["uzrunvelyofs"] = "ensures", ["uzrunvelkopa"] = "ensuring", ["ekisreba"] = "is responsible for",
        ["pasuxismgebeli"] = "responsible", ["gadadis"] = "passes", ["gadava"] = "will pass", ["valdebuleba"] = "obligation",
        ["valdebulebebi"] = "obligations", ["ertiandeba"] = "merges", ["gaertiandeba"] = "will merge", ["uertdeba"] = "joins",
        ["shedis"] = "joins", ["sheva"] = "will join", ["integracia"] = "integration", ["integraciis"] = "integration",
        ["aneqsia"] = "annexation", ["aneqsiis"] = "annexation", ["aneqsirda"] = "was annexed", ["aneqsireba"] = "annexation",
        ["daipyro"] = "seized", ["daipkro"] = "seized", ["okupacia"] = "occupation", ["okupirebuli"] = "occupied",
        // Talks, meetings, Geneva.
        ["molaparakebebi"] = "talks", ["molaparakeba"] = "talks", ["diskusiebi"] = "discussions", ["diskusia"] = "discussions",
        ["discussions"] = "discussions", ["raundi"] = "round", ["shemdegi"] = "next", ["shemdeg"] = "after",
        ["monawileobda"] = "took part", ["monawileobdnen"] = "took part", ["monawile"] = "participant",
        ["monawileebi"] = "participants", ["eswrebodnen"] = "attended", ["eswreboda"] = "attended", ["daeswro"] = "attended",
        ["warmodgenili"] = "represented", ["warmomadgeneli"] = "representative", ["warmomadgenlebi"] = "representatives",
        ["warmomadgenlebs"] = "representatives", ["delegacia"] = "delegation", ["delegaciam"] = "delegation",
        ["delegaciebi"] = "delegations", ["tavmjdomare"] = "chair", ["tavmjdomareobda"] = "chaired",
        ["tavmjdomareobs"] = "chairs", ["tanatavmjdomare"] = "co-chair", ["tanatavmjdomareebi"] = "co-chairs",
        ["tanatavmjdomareebs"] = "co-chairs", ["xelmdzghvaneli"] = "head", ["xelmdzghvanelobda"] = "led",
        ["xelmdzgvanelobda"] = "led", ["xelmdzgvaneli"] = "head", ["mtavari"] = "chief", ["ganixiles"] = "discussed",
        ["gadawyvites"] = "decided", ["gadawyvita"] = "decided", ["daadgines"] = "agreed", ["shetanxmdnen"] = "agreed",
        ["shetanxmeba"] = "agreement", ["shetanxmebebi"] = "agreements", ["shetanxmebebs"] = "agreements",
        ["shetanxmebis"] = "agreement", ["shedegi"] = "outcome", ["shedegebi"] = "outcome", ["mushaoba"] = "work",
        ["wamochries"] = "raised", ["sakitxi"] = "issue", ["sakitxebi"] = "issues",
        ["shishi"] = "concern", ["shepopteba"] = "concern", ["anerviulebt"] = "worries",
        ["anerviulebs"] = "worries", ["aghelvebs"] = "worries", ["sawvrtnelebi"] = "exercises", ["wvrtnebi"] = "exercises",
        ["infrastruqtura"] = "infrastructure", ["separatistebi"] = "separatists", ["separatistuli"] = "separatist",
        ["svla"] = "joining", ["gawevrianeba"] = "membership", ["ewinaaghmdegeba"] = "contradicts",
        ["dargveva"] = "violation", ["darghveva"] = "violation", ["brali"] = "blame", ["stabilizacia"] = "stabilization",
        ["stabiluri"] = "stable", ["situacia"] = "situation", ["mdgomareoba"] = "situation", ["tendencia"] = "trend",
        ["pozitiuri"] = "positive", ["gaumjobesda"] = "improved", ["gauaresda"] = "worsened", ["ukavshirdeba"] = "is linked to",
        ["mesazgvre"] = "border guard", ["mesazgvreebi"] = "border guards", ["nishnebi"] = "signs", ["nishani"] = "sign",
        ["gamafrtxilebeli"] = "warning", ["dazianeba"] = "damage", ["gadaadgileba"] = "moving",
        // The treaty, money and the article.
        ["xelshekruleba"] = "treaty", ["xelshekrulebebi"] = "treaties", ["xelshekrulebit"] = "under treaty",
        ["pakti"] = "pact", ["dokumenti"] = "document", ["teqsti"] = "text", ["proeqti"] = "draft", ["draft"] = "draft",
        ["muxli"] = "clause", ["puli"] = "money", ["tanxa"] = "sum", ["miliardi"] = "billion", ["miliard"] = "billion",
        ["milioni"] = "million", ["rubli"] = "roubles", ["rublebi"] = "roubles", ["rublis"] = "roubles", ["rubls"] = "roubles",
        ["dolari"] = "dollars", ["lari"] = "lari", ["biujeti"] = "budget", ["investicia"] = "investment",
        ["daxmareba"] = "aid", ["pensia"] = "pensions", ["statia"] = "article", ["statiashi"] = "in article",
        ["avtori"] = "author", ["jurnalisti"] = "journalist", ["dawera"] = "wrote", ["daweres"] = "wrote",
        ["weria"] = "is written", ["ewera"] = "was written", ["saxeli"] = "name", ["sruli"] = "full", ["oficialurad"] = "officially",
        ["oficialuri"] = "official", ["hqvia"] = "is called", ["qvia"] = "is called", ["erqva"] = "was called",
        ["inglisurad"] = "in English", ["zustad"] = "exactly",
        // Time.
        ["weli"] = "year", ["wlis"] = "year", ["wlit"] = "years", ["wels"] = "years", ["wlebi"] = "years", ["wliani"] = "year",
        ["wliania"] = "years is", ["wlistavi"] = "anniversary", ["wlistavs"] = "anniversary", ["dghe"] = "day", ["dge"] = "day",
        ["dghes"] = "today", ["tarigi"] = "date", ["ricxvi"] = "date", ["tve"] = "month", ["kvira"] = "week",
        ["ianvari"] = "January", ["tebervali"] = "February", ["marti"] = "March", ["marts"] = "March", ["aprili"] = "April",
        ["maisi"] = "May", ["ivnisi"] = "June", ["ivlisi"] = "July", ["agvisto"] = "August", ["seqtemberi"] = "September",
        ["oqtomberi"] = "October", ["noemberi"] = "November", ["dekemberi"] = "December", ["axla"] = "now", ["manamde"] = "before that",
        ["mere"] = "after", ["adre"] = "earlier", ["xval"] = "tomorrow", ["gushin"] = "yesterday", ["pirvelad"] = "first time",
        ["adgili"] = "place", ["adgilas"] = "place",
        // Security, armies, borders.
        ["jari"] = "army", ["jars"] = "army", ["armia"] = "army", ["armiashi"] = "in army", ["jariskaci"] = "soldier", ["samxedro"] = "military",
        ["jarebi"] = "troops", ["baza"] = "base", ["bazebi"] = "bases", ["usafrtxoeba"] = "security",
        ["usafrtxoebis"] = "security", ["samsaxuri"] = "service", ["samsaxurebi"] = "agencies",
        ["specsamsaxurebi"] = "security agencies", ["specsamsaxuri"] = "security agencies", ["dzalebi"] = "forces",
        ["sheiaraghebuli"] = "armed", ["sazgvari"] = "border", ["sazgvri"] = "border", ["sazgvrebi"] = "borders",
        ["sazgvrebs"] = "borders", ["sazgvris"] = "border", ["sazgvarze"] = "on border", ["ekonomika"] = "economy",
        ["sabazho"] = "customs", ["omi"] = "war", ["konflikti"] = "conflict", ["referendumi"] = "referendum",
        ["ratifikacia"] = "ratification", ["sanqciebi"] = "sanctions",
        // The people, places and bodies of the article.
        ["saqartvelo"] = "Georgia", ["saqartvelom"] = "Georgia", ["qartuli"] = "Georgian", ["qartulma"] = "Georgian",
        ["qartveli"] = "Georgian", ["qartvelebi"] = "Georgians", ["qartvelebma"] = "Georgians", ["qartvel"] = "Georgian",
        ["ruseti"] = "Russia", ["rusetsa"] = "Russia", ["rusuli"] = "Russian", ["rusul"] = "Russian", ["rusi"] = "Russian",
        ["rusebi"] = "Russians", ["oseti"] = "Ossetia", ["osebi"] = "Ossetians", ["osuri"] = "Ossetian", ["osur"] = "Ossetian",
        ["samxret"] = "South", ["chrdilo"] = "North", ["apxazeti"] = "Abkhazia", ["abxazeti"] = "Abkhazia", ["apxazebi"] = "Abkhaz",
        ["apxazuri"] = "Abkhaz", ["cxinvali"] = "Tskhinvali", ["cxinvalis"] = "Tskhinvali", ["soxumi"] = "Sokhumi",
        ["moskovi"] = "Moscow", ["moskoveli"] = "Moscow", ["kremli"] = "Kremlin", ["tbilisi"] = "Tbilisi", ["jeneva"] = "Geneva",
        ["zheneva"] = "Geneva", ["qrimi"] = "Crimea", ["krimi"] = "Crimea", ["amerika"] = "America", ["amerikeli"] = "American",
        ["amerikelebi"] = "Americans", ["amerikelebs"] = "Americans", ["shtatebi"] = "US", ["ashsh"] = "US", 
        ["evrokavshiri"] = "EU", ["evropa"] = "Europe", ["evroparlamenti"] = "European Parliament", ["gaero"] = "UN",
        ["eutos"] = "OSCE", ["eutoc"] = "OSCE", ["euto"] = "OSCE", ["nato"] = "NATO", ["brusseli"] = "Brussels",
        ["briuseli"] = "Brussels", ["vashingtoni"] = "Washington", ["washingtoni"] = "Washington", ["sochi"] = "Sochi",
        ["ukraina"] = "Ukraine", ["chineti"] = "China", ["turqeti"] = "Turkey", ["chechneti"] = "Chechnya",
        ["transkavkasia"] = "Transcaucasia", ["kavkasia"] = "Caucasus", ["dasavleti"] = "West", ["msoflio"] = "world",
        ["saertashoriso"] = "international", ["putini"] = "Putin", ["medvedevi"] = "Medvedev", ["tibilovi"] = "Tibilov",
        ["karasini"] = "Karasin", ["mogerini"] = "Mogherini", ["mogherini"] = "Mogherini", ["psaki"] = "Psaki",
        ["lavrovi"] = "Lavrov", ["bokhua"] = "Bokhua", ["boxua"] = "Bokhua", ["obama"] = "Obama", ["merkeli"] = "Merkel",
        ["peskovi"] = "Peskov", ["garibashvili"] = "Garibashvili", ["margvelashvili"] = "Margvelashvili",
        ["federika"] = "Federica", ["grigori"] = "Grigory", ["leonidi"] = "Leonid",
        ["qveyana"] = "country", ["qveynebi"] = "countries", ["saxelmwifo"] = "state", ["tetri"] = "white", ["saxli"] = "house", ["respublika"] = "republic",
        ["regioni"] = "region", ["regionshi"] = "in region", ["qalaqi"] = "city", ["dedaqalaqi"] = "capital",
        ["mtavroba"] = "government", ["mtavrobam"] = "government", ["xelisupleba"] = "authorities", ["rejimi"] = "regime",
        ["saministro"] = "ministry", ["ministri"] = "minister", ["ministrma"] = "minister", ["sagareo"] = "foreign",
        ["sagareom"] = "foreign ministry", ["prezidenti"] = "president", ["prezidentad"] = "president", ["lideri"] = "leader",
        ["premieri"] = "prime minister", ["diplomati"] = "diplomat", ["presmdivani"] = "press secretary",
        ["speaker"] = "spokesperson", ["spikeri"] = "spokesperson", ["departamenti"] = "department",
        ["tanamdeboba"] = "position", ["tanamdebobaze"] = "position", ["mdivani"] = "secretary", ["qali"] = "woman",
        ["kaci"] = "man", ["xalxi"] = "people", ["adamiani"] = "human", ["mosaxleoba"] = "population",
        ["erovneba"] = "nationality", ["istoria"] = "history", ["damoukidebeli"] = "independent",
        ["damoukideblad"] = "independent", ["damoukidebloba"] = "independence", ["nawili"] = "part", ["nawilia"] = "is part",
        ["suvereniteti"] = "sovereignty", ["politika"] = "policy", ["roli"] = "role", ["gansxvaveba"] = "difference",
        ["gansxvavebaa"] = "difference is", ["msgavsi"] = "similar", ["igive"] = "same", ["igivea"] = "is the same",
        ["erti"] = "one", ["ghrma"] = "deeper", ["mkacri"] = "stricter", ["shecvala"] = "changed", ["shecvales"] = "changed",
        ["gadaaketes"] = "revised", ["bolo"] = "final", ["simbolurad"] = "symbolically", ["swored"] = "exactly",
        ["zogadad"] = "overall", ["ertad"] = "together", ["detalurad"] = "in detail",
        // Function words.
        ["rogorc"] = "as", ["yoveltvis"] = "always", ["amas"] = "this", ["sadgac"] = "somewhere", ["mxare"] = "side",
        ["mxriv"] = "in terms of", ["mxridan"] = "from the side of", ["dakavshirebit"] = "regarding", ["da"] = "and", ["tu"] = "or", ["an"] = "or", ["es"] = "this", ["am"] = "this", ["ese"] = "this", ["is"] = "that",
        ["im"] = "that", ["magram"] = "but", ["mara"] = "but", ["anu"] = "that is", ["rom"] = "that", ["rac"] = "that",
        ["romelic"] = "who", ["shoris"] = "between", ["mier"] = "by", ["gareshe"] = "without", ["shesaxeb"] = "about",
        ["mixedvit"] = "according to", ["tanaxmad"] = "according to", ["gamo"] = "because of", ["dros"] = "during",
        ["ufro"] = "more", ["vidre"] = "than", ["kide"] = "also", ["kidev"] = "also", ["agreve"] = "also", ["tviton"] = "himself",
        ["tavad"] = "himself", ["ar"] = "not", ["ver"] = "not", ["ara"] = "no", ["ki"] = "yes", ["xo"] = "yes", ["ho"] = "yes",
        ["diax"] = "yes", ["ase"] = "so", ["ise"] = "so", ["mokled"] = "briefly", ["saertod"] = "at all",
        ["martla"] = "really", ["namdvilad"] = "really", ["sworia"] = "right", ["martalia"] = "right", ["iq"] = "there",
        ["aq"] = "here", ["me"] = "I", ["shen"] = "you", ["chven"] = "we", ["chveni"] = "our", ["isini"] = "they",
        ["aris"] = "is", ["arian"] = "are", ["iyo"] = "was", ["iyvnen"] = "were", ["ikneba"] = "will be", ["iqneba"] = "will be",
        ["aqvs"] = "has", ["hqonda"] = "had", ["eqneba"] = "will have", ["moxda"] = "happened", ["xdeba"] = "happens",
        ["moxdeba"] = "will happen", ["gaaketa"] = "did", ["gaaketes"] = "did", ["aketeben"] = "do",
        ["ambavi"] = "story", ["ambavs"] = "story", ["kavshiri"] = "connection", ["mizani"] = "purpose",
        // The bot and small talk.
        ["gamarjoba"] = "hello", ["gamarjobat"] = "hello", ["gagimarjos"] = "hello", ["salami"] = "hello", ["madloba"] = "thanks",
        ["mersi"] = "thanks", ["gmadlob"] = "thanks", ["naxvamdis"] = "goodbye", ["nakhvamdis"] = "goodbye",
        ["wavedi"] = "bye", ["cavedi"] = "bye", ["kargi"] = "good", ["kargia"] = "is good", ["cudi"] = "bad",
        ["gtxov"] = "please", ["bodishi"] = "sorry", ["dzmao"] = string.Empty,
        ["dzma"] = string.Empty, ["bichebo"] = string.Empty, ["kaco"] = string.Empty, ["lol"] = string.Empty,
        ["damexmare"] = "helped", ["azri"] = "opinion",
        ["fiqrob"] = "think", ["pikrob"] = "think", ["gulaxdilad"] = "honestly", ["pirdapir"] = "directly",
        ["sheidzleba"] = "can", ["gkitxo"] = "ask you", ["dagisva"] = "ask you", ["kitxva"] = "question",
        ["kitxvebi"] = "questions", ["dila"] = "morning", ["dzalian"] = "very", ["xar"] = "are you", ["var"] = "I am", ["vici"] = "I know", ["ici"] = "do you know", ["gavige"] = "I heard",
        ["wavikitxe"] = "I read", ["vnaxe"] = "I saw", ["mjera"] = "I believe", ["mchirdeba"] = "I need",
        // What readers write about the story in either script (see Georgian.Script): "xeli" (hand) only ever goes with
        // signing here, "yirimi" is Crimea as ყირიმი is spelled, "samachablo" South Ossetia as Georgians call it.
        ["xeli"] = string.Empty, ["gaaporma"] = "signed", ["gaaforma"] = "signed", ["aweren"] = "sign",
        ["yirimi"] = "Crimea", ["samachablo"] = "South Ossetia", ["axseneben"] = "mention", ["axsenebt"] = "mention",
        ["weltavi"] = "anniversary", ["moixsenieba"] = "is called", ["moixsenieben"] = "call",
        ["shenoba"] = "building", ["romel"] = "which", ["daicaven"] = "will defend", ["pasuxismgebloba"] = "responsibility",
        ["ushishroeba"] = "security", ["ushishroebis"] = "security", ["sheuertdeba"] = "will join", ["sheertdeba"] = "will join",
        ["daido"] = "concluded", ["gasvla"] = "expiry", ["finansuri"] = "financial", ["moculoba"] = "amount",
        ["dahpirda"] = "promised", ["dahpirdnen"] = "promised", ["miscaes"] = "was given", ["mieca"] = "was given",
        ["vistvis"] = "for whom", ["vistvisaa"] = "for whom is", ["gansxvavdeba"] = "differs", 
        ["pirveli"] = "first", ["daemsgavsa"] = "became similar", ["posti"] = "position",
        ["ufrosi"] = "head", ["statusi"] = "status", ["konteqsti"] = "context", ["pasuxi"] = "response", ["gasca"] = "gave",
        ["mimarta"] = "turned to", ["mimartes"] = "turned to", ["xdeboda"] = "happened", ["temebi"] = "topics",
        ["tema"] = "topic", ["udzghveba"] = "leads", ["ewinaaghmdegebian"] = "oppose", ["ewinaagmdegeba"] = "opposes",
        ["awuxebt"] = "worries", ["awuxebs"] = "worries", ["vitareba"] = "situation", ["dasrulda"] = "ended",
        ["dasruldeba"] = "will end", ["gmadlobt"] = "thanks", ["boti"] = "bot", ["martali"] = "right",
        ["unda"] = "should", ["gadaericxa"] = "was transferred", ["gadaericxos"] = "be transferred",
        ["gadawyvitos"] = "resolve", ["gadawyvita"] = "resolved", ["rogoraa"] = "how is", ["ewevat"] = string.Empty,
    });

    // Words another reader has in a sentence of its own ("da", "tu" and "me" are Slavic and Romance, "es" Spanish and
    // German, "sad" Serbian, "ara" Spanish, "vada" Hindi, "ici" French, "var" Turkish, "mersi" Persian, "rubli" and
    // "miliardi" Italian, "evropa" Serbian): a marker with another only.
    private static readonly string[] Shared =
    [
        "da", "sad", "ara", "ra", "aris", "iyo", "xar", "vin", "kide", "axla", "puli", "shen", "statia", "miliardi",
        "miliard", "rubli", "mersi", "putini", "kremli", "jeneva", "zheneva", "amerika", "evropa", "krimi", "tanxa", "rac",
        "ras", "iq", "aq", "dzma", "kargi", "lari", "weli", "qali", "saxeli", "adre", "tviton", "diax", "kvira", "marti",
        "maisi", "aprili", "avtori", "dokumenti", "teqsti", "erti", "omi", "dge", "kaci", "pakti", "roli", "federika",
        "ar", "ver", "anu", "vina",
    ];

    // Words of the tables that show no Georgian at all: the function words every reader has ("is", "am", "me", "ra",
    // Hinglish and Turkish "ki"), the names English writes so too ("Psaki", "Mogherini", "Garibashvili") and the words
    // Russian, Serbian, Italian and Greek write alike ("respublika", "regioni", "politika", "istoria").
    private static readonly string[] NotMarkers =
    [
        "is", "am", "me", "ki", "tu", "es", "an", "im", "ho", "var", "ici", "vis", "vada", "sul", "rom", "mere", "ese",
        "ise", "ase", "rato", "roca", "rame", "dros", "gamo", "mier", "mara", "tve", "dila", "lol", "xo", "obama", "sochi", "nato",
        "psaki", "mogherini", "mogerini", "garibashvili", "margvelashvili", "bokhua", "boxua", "grigori", "sokhumi",
        "sukhumi", "tskhinvali", "tskinvali", "tshinvali", "abkhazia", "ukraina", "respublika", "regioni", "politika",
        "istoria", "situacia", "ekonomika", "konflikti", "referendumi", "ratifikacia", "okupacia", "integracia",
        "diskusia", "delegacia", "pozicia", "komentari", "baza", "prezidenti", "premieri", "ministri", "lideri",
        "diplomati", "departamenti", "stabilizacia", "tendencia", "investicia", "pensia", "armia", "milioni", "dolari",
        "biujeti", "jurnalisti", "kavkasia", "pozitiuri", "oficialuri", "stabiluri", "agvisto", "dekemberi", "noemberi",
        "ivnisi", "ivlisi", "tebervali", "ianvari", "proeqti", "muxli", "draft", "speaker", "discussions", "rejimi",
        "suvereniteti", "separatistebi", "mdivani", "transkavkasia", "tema", "posti", "unda", "statusi", "boti", "pirveli",
    ];

    // The other letters phones type for one Georgian letter: "kh" or "x" (ხ), "ts", "c" or "w" (ც, წ), "q" or "k" (ქ),
    // "y" or "q" (ყ), "p" or "f" (ფ).
    private static readonly (string Letter, string Other)[] Alternatives =
        [("kh", "x"), ("x", "kh"), ("ts", "c"), ("c", "ts"), ("w", "ts"), ("q", "k"), ("y", "q"), ("p", "f"), ("f", "p")];

    // Words a Georgian sentence has and English and the readers near it have not: the tables' words in each spelling
    // phones give them (see Spellings) that is no English word.
    private static readonly MarkerWords Markers = new(
        Words.Keys.Concat(["kho", "ganmimarte", "mitxari", "momiyevi", "mshvidobisa", "sheidzleba", "gkitxo"])
            .Where(word => !NotMarkers.Contains(word)).SelectMany(Spellings).Distinct()
            .Where(word => word.Length > 1 && !EnglishWords.Contains(word) && !NotMarkers.Contains(word)),
        Shared.SelectMany(Spellings));

    // <paramref name="word"/> as phones type it: "xelshekruleba" and "khelshekruleba", "moawera" and "moatsera".
    private static IEnumerable<string> Spellings(string word)
    {
        IEnumerable<string> spellings = [word];
        foreach (var (letter, other) in Alternatives)
        {
            spellings = spellings.SelectMany(spelling => spelling.Contains(letter, StringComparison.Ordinal)
                ? [spelling, spelling.Replace(letter, other, StringComparison.Ordinal)] : new[] { spelling });
        }

        return spellings;
    }

    // "xo?", ", ara?", "ki ara?", "xo ara?", "sworia?" at the end of a sentence: whether it is so; not "tu ara" (or not).
    [GeneratedRegex(@"(?<!\btu)[,\s]+(?:xo\s+ara|ki\s+ara|ara\s+xo|xo|kho|ara|sworia|swori|martalia|xom)(?=\s*(?:[?!.]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    // "saqartvelom ra tqva", "ra tqva evrokavshirma", "NATO-m ra tqva": "ra tqva" (what said) next to the one who said
    // it, whose ergative ("-m", "-ma") goes; not the last word of the ministry's name ("sagareo saqmeta saministrom").
    [GeneratedRegex(@"(?<![\p{L}-])(?<!\bsa[qk]meta\s+)(?:(?<who>\p{L}[\p{L}.]+)-ma?|(?<who>\p{L}[\p{L}.]+m)a?)\s+ra\s+(?:tqva|tkva|tqves|tkves|ganacxada|ganatskhada|ganacxades|ganatskhades)\b|\bra\s+(?:tqva|tkva|tqves|tkves|ganacxada|ganatskhada|ganacxades|ganatskhades)\s+(?:(?<who>\p{L}[\p{L}.]+)-ma?|(?<who>\p{L}[\p{L}.]+m)a?)(?![\p{L}-])", RegexOptions.IgnoreCase)]
    private static partial Regex WhatDidTheySay();

    // "treaty-s", "EU-m", "telegram-shi", "2016-stvis", "side-dan": an English word or a number with a Georgian ending.
    [GeneratedRegex(@"(?<![\p{L}\p{N}.-])(?<word>[\p{L}\p{N}.]+(?:-[\p{L}\p{N}.]+)*)-(?<ending>shi|shia|ze|tan|stan|dan|idan|stvis|tvis|istvis|isgan|sgan|mde|amde|ma|m|s|is|it|t|ic|c|i|ad|ebi|ebs|ebis)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex HyphenEnding();

    // "rusetma", "osetis", "jenevashi", "apkhazetTan", "xelshekrulebaze", "2016-shi": a word of the article, or a number,
    // with a case only Georgian glues to it; a name other languages decline too ("Putina", "Kremls") only with one of
    // the postpositions or the ergative.
    [GeneratedRegex(@"\b(?:(?:ruset|saqartvel[oa]?|sakartvel[oa]?|oset|apxazet|apkhazet|afxazet|abxazet|abkhazet|cxinval|tskhinval|soxum|sokhum|moskov|jeneva?|zheneva?|evrokavshir|xelshekruleba?|khelshekruleba?|qrim|yirim|tbilis)(?:ma|m|is|shi|ze|tan|dan|tvis|istvis|isgan|it|ad|ic|ac|ebi|eb\p{L}+|s|sa)|(?:amerik|kreml|putin|tibilov|karasin|mogerin|mogherin|psak|medvedev|lavrov|krim|nato)(?:ma|am|im|om|is|shi|ze|tan|dan|tvis|istvis|isgan|ic)|(?:sazgvr|statia|statii|reaqcia|integracia|molaparakeb|shexvedr|xelmower|khelmotser|usafrtxoeb|usafrtkhoeb|stabilizacia|diskusi|shetanxmeb)(?:shi|ze|is|ebi|ebis|ebze|ebshi|ebs|it|tvis|ma|aa)|(?:mart|april|mais|ivnis|ivlis|agvisto|seqtemb|oqtomb|noemb|dekemb)(?:shi|shia|idan|dan|amde|mde)|agvistos|\d+-(?:shi|ze|dan|stvis|tvis|mde|ma|ic|is|it)|\p{L}+-(?:shi|dan|stvis|tvis|mde|ma|ze))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GluedCase();

    [GeneratedRegex(@"\b(?:the|are|was|were|did|does|what|who|when|where|how|which|why|of|it|they|this|that|with|for|about|you|can|will|has|have|his|her|their|signed|money|right|exactly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    // A word, or the English of a phrase, marked so that its words are not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+(?:'\\p{L}+)*")]
    private static partial Regex Word();

    // Each word as written and respelled one way (see Respelled): "khelshekruleba" finds "xelshekruleba".
    private static Dictionary<string, string> WithRespellings(Dictionary<string, string> words)
    {
        foreach (var (word, english) in words.ToList())
        {
            words.TryAdd(Respelled(word.ToLowerInvariant()), english);
        }

        return words;
    }
}
