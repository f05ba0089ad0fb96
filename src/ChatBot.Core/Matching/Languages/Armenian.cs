using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Armenian as Armenians of Armenia and of the diaspora type it in Latin letters and mix it into English chat: "ov
/// storagrec paymanagiry?" is "who signed the treaty?", "erb e storagrvel?" when was it signed, "inchqan pogh e tvel
/// Rusastany Harav Osetiayin?" how much money Russia gave South Ossetia, "qani tari e gortsum paymanagiry?" how many years
/// the treaty is in force, "Vrastany inchpes arcaganqec?" how Georgia reacted, "Putiny storagrec, che?" "Putin signed,
/// right?", "Mogherinin ov e?" who she is; "barev dzez", "shnorhakalutyun", "merci jan", "hajox" and "du bot es?" are
/// small talk. Read word for word (the bot reads words, not word order), phrases that mean one thing first ("inch eghav"
/// what happened, "inch e kochvum" what is the name of). Latin Armenian has no fixed spelling, so the tables hold its
/// usual ones (q and k for "ք", x and kh for "խ", gh and x for "ղ", c and ts for "ց", "@" or y for the schwa), Western
/// Armenian's beside Eastern's ("yerp", "inchbes", "gu"), and a noun or a name with the endings that carry its case
/// ("paymanagiry", "paymanagrov", "Moskvayum", "Zhenevum", "Rusastani", "Vrastanic", "Abkhaziayi", "Haravayin") is read
/// by its stem, a verb by its stem and the tense of its ending ("storagrec" signed, "storagrvel" was signed,
/// "storagrelu" will sign). Only in a message with a word English and the other readers have not ("paymanagir",
/// "storagrec", "inchqan", "vortegh", "barev", "Rusastan"), two it shares with them ("ov", "che", "jan", "ayo", "kam"),
/// or a short question its shared words ask ("Tibilovy ov e?", "inch e?"): Italian and Persian "che", Persian "jan",
/// Malay "ayo" or an English chat's "ur" alone never make a message Armenian, and in a sentence with English words
/// "or", "inch" and "a" keep their English.
/// </summary>
internal static partial class Armenian
{
    /// <summary><paramref name="text"/> with Armenian words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!IsArmenian(text))
        {
            return text;
        }

        // "inch@", "storagrec'", "vortegh՞": the schwa as "@", an apostrophe after an aspirate, the Armenian question mark.
        text = Typed().Replace(text, m => m.Value == "@" ? "y" : string.Empty);
        // "did they sign in Moscow? ur?": in an English sentence "or", "inch", "a" and "het" keep their English.
        var english = EnglishWord().IsMatch(text);
        // "Putiny storagrec, che?", "25 tari, chisht e?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "marti 18-in", "17-n": the ending of a date.
        text = DateEnding().Replace(text, string.Empty);
        // "ESh-n", "AMN-i", "NATO-n": the ending typed after an abbreviation.
        text = AbbreviationEnding().Replace(text, string.Empty);
        // "storagrel e", "tvel en": the perfect, done ("has signed"), before "e" alone is read as "is".
        text = Perfect().Replace(text, m => English(m.Groups["verb"].Value) is { } done && Done.Contains(done) ? $"\u0001{done}\u0002" : m.Value);
        // "Harav Osetiayum", "Haravayin Osetiayi": the name's case ending is on its second word.
        text = Ossetia().Replace(text, m => (m.Groups["ending"].Value is "um" or "yum" ? "\u0001in " : "\u0001")
            + (m.Groups["side"].Value.StartsWith("hy", StringComparison.OrdinalIgnoreCase) ? "North" : "South") + " Ossetia\u0002");
        text = Phrases.InEnglish(text);
        // "vor erkirn e?", "..., vor or?": which, where a question starts; elsewhere "vor" is "that".
        text = OpeningVor().Replace(text, "${before}\u0001which\u0002");
        return Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && EnglishToo.Contains(m.Value) ? m.Value
            : English(m.Value) ?? m.Value);
    }

    // One of its marker words; else a short question its shared words ask ("Tibilovy ov e?", "inch e?", "ur er?"), "du
    // bot es?", whose words English, German and Spanish share, or a message it opens with a word of address ("ara, ...").
    private static bool IsArmenian(string text) =>
        Markers.AreIn(text) || (text.Length < 50 && (AskedWithBe().IsMatch(text) || SmallTalk().IsMatch(text))) || Address().IsMatch(text);

    [GeneratedRegex(@"^\W*(?:du\s+)?(?:bot|robot|mard|chatbot|chatgpt|AI|II)\s+es\b", RegexOptions.IgnoreCase)]
    private static partial Regex SmallTalk();

    [GeneratedRegex(@"^\W*(?:ara|axper|akhper|aper)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    /// <summary>The English of one word: the word itself, else its stem without a case ending ("paymanagrov", "Moskvayum").</summary>
    private static string? English(string word)
    {
        var lower = Accents.Strip(word.ToLowerInvariant());
        if (Words.TryGetValue(lower, out var english))
        {
            return english;
        }

        if (EnglishWords.Contains(lower))
        {
            return null;
        }

        foreach (var ending in Endings)
        {
            if (lower.Length > ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal)
                && Words.TryGetValue(lower[..^ending.Length], out english) && english.Length > 0)
            {
                // "Moskvayum", "Zhenevum": in the place.
                return ending is "um" or "yum" && char.IsUpper(english[0]) ? $"in {english}" : english;
            }
        }

        return null;
    }

    // The endings Armenian types on a noun or a name, longest first: the plural ("-ner", "-er") with its cases, the
    // article ("-y", "-n", "-e"), of ("-i", "-yi"), to ("-in"), in ("-um", "-yum"), from ("-ic", "-its"), with ("-ov"),
    // and the adjective ("-ayin", "-akan").
    private static readonly string[] Endings =
    [
        "nerits", "nerin", "nerum", "neric", "neri", "nery", "nere", "ner", "erits", "erin", "erum", "eric", "eri", "ery",
        "ayin", "akan", "yits", "yum", "yic", "yin", "yov", "its", "ich", "yi", "ic", "um", "in", "ov", "er", "i", "y", "n", "e",
    ];

    // The past each verb's perfect reads as ("storagrel e" signed): what a verb form says when "e" or "en" follows it.
    private static readonly HashSet<string> Done = new(["gave", "pledged", "got", "said", "did"], StringComparer.Ordinal);

    // Several words that mean one thing, read before the words one by one; a hyphen may join their words.
    private static readonly Dictionary<string, string> PhraseTable = new(StringComparer.OrdinalIgnoreCase)
    {
        // Question words with "is", "was" and what they ask.
        ["inch e"] = "what is", ["inch a"] = "what is", ["inchn e"] = "what is", ["inchn a"] = "what is", ["inch er"] = "what was",
        ["ov e"] = "who is", ["ov a"] = "who is", ["ov er"] = "who was", ["ovqer en"] = "who are", ["ovker en"] = "who are",
        ["ovqer ein"] = "who were", ["ovker ein"] = "who were", ["ur e"] = "where is", ["ur er"] = "where was",
        ["vortegh e"] = "where is", ["vortegh a"] = "where is", ["vortegh er"] = "where was", ["erb e"] = "when is",
        ["erb a"] = "when is", ["erb er"] = "when was", ["yerb e"] = "when is", ["yerp e"] = "when is",
        ["inch eghav"] = "what happened", ["inch exav"] = "what happened", ["inch patahec"] = "what happened",
        ["inch patahets"] = "what happened", ["inch klini"] = "what will happen to",
        ["inch e linelu"] = "what will happen to", ["inch e kochvum"] = "what is the name of",
        ["inch a kochvum"] = "what is the name of", ["inchpes e kochvum"] = "what is the name of",
        ["inchpes a kochvum"] = "what is the name of", ["vonc e kochvum"] = "what is the name of",
        ["vonc a kochvum"] = "what is the name of", ["inch anun uni"] = "what is the name of",
        ["anuny inch e"] = "what is the name", ["anuny inch a"] = "what is the name", ["inch e asum"] = "what does say",
        ["inch a asum"] = "what does say", ["inch en asum"] = "what do say", ["inch asec"] = "what did say",
        ["inch asets"] = "what did say", ["inch asecin"] = "what did say", ["inch asetsin"] = "what did say",
        ["inch arec"] = "what did do", ["inch arets"] = "what did do", ["inch arecin"] = "what did do",
        ["inch e nshanakum"] = "what does mean", ["inch a nshanakum"] = "what does mean", ["inch kapi"] = "what connection",
        ["inch kap uni"] = "what does have to do with", ["inch kap"] = "what connection", ["inchi masin e"] = "what is about",
        ["inchi masin a"] = "what is about", ["inchi masin"] = "about what", ["inchi hamar"] = "why", ["inch hamar"] = "why",
        ["qani tari"] = "how many years", ["kani tari"] = "how many years", ["qani tarov"] = "how many years",
        ["kani tarov"] = "how many years", ["inchqan jamanak"] = "how long", ["inchqan jamanakov"] = "how long",
        ["inchkan jamanak"] = "how long", ["inchkan jamanakov"] = "how long", ["minchev erb"] = "until when",
        ["vor or"] = "what day", ["vor orn"] = "what day", ["vor amsatvin"] = "what date", ["vor tvin"] = "what date",
        ["vor tarin"] = "what year", ["inch amsativ"] = "what date", ["inch or"] = "what day", ["ov e patasxanatu"] = "who is responsible for",
        ["inchqan mard"] = "how many people", ["qani mard"] = "how many people", ["inchqan pogh"] = "how much money", ["inchkan pogh"] = "how much money", ["inchqan pox"] = "how much money",
        ["inchkan pox"] = "how much money", ["inchqan poxy"] = "how much money", ["inchqan poghy"] = "how much money",
        ["te voch"] = "or not", ["te che"] = "or not", ["inchpes arcaganqec"] = "how did react",
        ["inchpes arcaganqets"] = "how did react", ["inchpes artsaganqec"] = "how did react",
        ["inchpes artsaganqets"] = "how did react", ["inchpes arzaganqec"] = "how did react", ["vonc arcaganqec"] = "how did react",
        ["vonc artsaganqets"] = "how did react",
        // The people, places and bodies of the article.
        ["harav osetia"] = "South Ossetia", ["harav osetiya"] = "South Ossetia", ["haravayin osetia"] = "South Ossetia",
        ["haravayin osetiya"] = "South Ossetia", ["harav oseti"] = "South Ossetia", ["hyusisayin osetia"] = "North Ossetia",
        ["evropakan miutyun"] = "EU", ["evropakan miutyuny"] = "EU", ["yevropakan miutyun"] = "EU",
        ["evropakan miutyan"] = "EU", ["miavorvac azgeri kazmakerputyun"] = "UN", ["miavorvats azgeri kazmakerputyun"] = "UN",
        ["miacyal nahangner"] = "US", ["miatsyal nahangner"] = "US", ["miacyal nahangnery"] = "US", ["spitak tun"] = "White House",
        ["spitak tan"] = "White House", ["petakan departament"] = "State Department", ["petdepartament"] = "State Department",
        ["artaqin gorceri naxararutyun"] = "foreign ministry", ["artakin gortseri nakhararutyun"] = "foreign ministry",
        ["artaqin gorceri naxarar"] = "foreign minister", ["artakin gortseri nakharar"] = "foreign minister",
        ["artaqin"] = "foreign", ["artakin"] = "foreign", ["gorceri"] = "affairs", ["gortseri"] = "affairs",
        ["artgorcnaxararutyun"] = "foreign ministry", ["artgortsnakhararutyun"] = "foreign ministry", ["artgorcnaxarar"] = "foreign minister",
        ["poxnaxarar"] = "deputy minister", ["pokhnakharar"] = "deputy minister",
        // The clauses, the money and Geneva.
        ["zinvac uzher"] = "armed forces", ["zinvats uzher"] = "armed forces", ["zinvac ujer"] = "armed forces",
        ["zinvats ujer"] = "armed forces", ["zinvac uzhery"] = "armed forces", ["zinvats uzhery"] = "armed forces",
        ["anvtangutyan marminner"] = "security agencies", ["anvtangutyan marminnery"] = "security agencies",
        ["razmavarakan gorcynkerutyun"] = "strategic partnership", ["razmavarakan gortsynkerutyun"] = "strategic partnership",
        ["razmavarakan gorcynkerutyan"] = "strategic partnership", ["razmavarakan gortsynkerutyan"] = "strategic partnership",
        ["dashnakcutyan ev integraciayi"] = "alliance and integration", ["dashnaktsutyan ev integratsiayi"] = "alliance and integration",
        ["hajord raund"] = "next round", ["hajord puly"] = "next round", ["hajord pul"] = "next round", ["hajord handipum"] = "next meeting",
        ["hajord handipumy"] = "next meeting", ["zgushacman nshanner"] = "warning signs", ["zgushatsman nshanner"] = "warning signs",
        ["zgushacnogh nshanner"] = "warning signs", ["zgushatsnogh nshanner"] = "warning signs", ["taretsi verj"] = "end of the year",
        ["tarva verj"] = "end of the year", ["tarva verjin"] = "by the end of the year",
        // The bot and small talk.
        ["du bot es"] = "are you a bot", ["du robot es"] = "are you a robot", ["du mard es"] = "are you human",
        ["du ov es"] = "who are you", ["ov es du"] = "who are you", ["bot es"] = "are you a bot", ["robot es"] = "are you a robot",
        ["mard es"] = "are you human", ["inch kares anes"] = "what can you do", ["inch karox es anel"] = "what can you do",
        ["inch karogh es anel"] = "what can you do", ["inch kanes"] = "what can you do", ["inch es anum"] = "what do you do",
        ["inch karox em harcnel"] = "what can I ask", ["inch karogh em harcnel"] = "what can I ask",
        ["inch harcnem"] = "what can I ask", ["inch karam harcnem"] = "what can I ask", ["inch karox em harcnem"] = "what can I ask",
        ["inchpes e ashxatum"] = "how does it work", ["inchpes es ashxatum"] = "how do you work", ["vonc es ashxatum"] = "how do you work",
        ["inch es karcum"] = "what do you think", ["inch es kartsum"] = "what do you think", ["inch es mtacum"] = "what do you think",
        ["inch es mtatsum"] = "what do you think", ["qo karciqy"] = "your opinion", ["qo kartsiqy"] = "your opinion",
        ["qo karciqov"] = "what do you think", ["qo kartsiqov"] = "what do you think", ["du inch es karcum"] = "what do you think",
        ["barev dzez"] = "hello", ["barev dzes"] = "hello", ["bari or"] = "good day", ["bari luys"] = "good morning",
        ["bari ereko"] = "good evening", ["bari yereko"] = "good evening", ["bari gisher"] = "good night",
        ["shnorhakal em"] = "thanks", ["shnorakal em"] = "thanks", ["mnaq barov"] = "goodbye", ["mnas barov"] = "goodbye",
        ["mnaceq barov"] = "goodbye", ["hajox ara"] = "bye", ["xndrum em"] = "please", ["khndrum em"] = "please",
        ["ognir indz"] = "help me", ["ognek indz"] = "help me", ["harcnum em"] = string.Empty, ["harcnem"] = string.Empty, ["karch asa"] = "in short", ["karch asac"] = "in short",
        ["kartch asac"] = "in short", ["vonc es"] = "how are you", ["inch ka chka"] = "how are you", ["inch ka"] = "what's up",
    };

    private static readonly Phrasebook Phrases = new(ReaderTables.Marked(new Dictionary<string, string>(PhraseTable)), hyphens: true);

    // One word each, and the stems the endings are read off ("paymanagr" of "paymanagrov"). Words of address ("jan",
    // "axper", "ara", "cavt tanem") are no words of the question.
    private static readonly Dictionary<string, string> Words = WithVerbs(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Question words.
        ["ov"] = "who", ["ovqer"] = "who", ["ovker"] = "who", ["um"] = "whom", ["ume"] = "whose", ["umn"] = "whose",
        ["ova"] = "who is", ["inch"] = "what", ["inchy"] = "what", ["inchn"] = "what", ["incha"] = "what is",
        ["inche"] = "what is", ["inchi"] = "why", ["inchu"] = "why", ["incho"] = "why", ["inchpes"] = "how", ["inchbes"] = "how",
        ["vonc"] = "how", ["vonts"] = "how", ["vonch"] = "how", ["ontz"] = "how", ["inchqan"] = "how much", ["inchkan"] = "how much",
        ["inchqany"] = "how much", ["inchqana"] = "how much is", ["inchkana"] = "how much is", ["qani"] = "how many",
        ["kani"] = "how many", ["qanisy"] = "how many", ["erb"] = "when", ["yerb"] = "when", ["yerp"] = "when", ["erba"] = "when is",
        ["vortegh"] = "where", ["vorteh"] = "where", ["vortex"] = "where", ["urtegh"] = "where", ["ur"] = "where", ["ura"] = "where is",
        ["vortexic"] = "where from", ["vorteghic"] = "where from", ["vor"] = "that", ["vory"] = "which", ["vorn"] = "which",
        ["voronq"] = "which", ["voronk"] = "which", ["ardyoq"] = string.Empty, ["ardyok"] = string.Empty,
        // Being, having, doing.
        ["e"] = "is", ["a"] = "is", ["en"] = "are", ["er"] = "was", ["ein"] = "were", ["es"] = string.Empty, ["eq"] = string.Empty,
        ["em"] = "am", ["ka"] = "there is", ["kan"] = "there are", ["chka"] = "there is not", ["chi"] = "not", ["che"] = "not",
        ["chen"] = "are not", ["cher"] = "was not", ["klini"] = "will be", ["klinen"] = "will be",
        ["eghav"] = "was", ["exav"] = "was", ["yeghav"] = "was", ["eghel"] = "been", ["exel"] = "been", ["linelu"] = "will be",
        ["uni"] = "has", ["unen"] = "have", ["uner"] = "had", ["unein"] = "had", ["unes"] = "have you", ["arec"] = "did",
        ["arets"] = "did", ["arecin"] = "did", ["aretsin"] = "did", ["anum"] = "does", ["anel"] = "do", ["kares"] = "can you",
        ["karox"] = "can", ["karogh"] = "can", ["karam"] = "can I", ["kareli"] = "can", ["gites"] = "do you know",
        ["giteq"] = "do you know", ["gitem"] = "I know", ["chgitem"] = "I don't know", ["uzum"] = "want", ["harcnel"] = "ask",
        ["harcnum"] = "ask", ["harc"] = "question", ["harcer"] = "questions", ["kochvum"] = "is called",
        ["kochvel"] = "called", ["anvanvum"] = "is called", ["anvanel"] = "called", ["nshanakum"] = "means",
        ["patahec"] = "happened", ["patahets"] = "happened", ["patahum"] = "happens", ["ashxatum"] = "work", ["ashkhatum"] = "work",
        // The verbs of the article's topics that the table of stems does not make.
        ["tal"] = "give", ["talis"] = "give", ["tvec"] = "gave", ["tvets"] = "gave", ["tvecin"] = "gave", ["tvetsin"] = "gave",
        ["tvel"] = "gave", ["kta"] = "will give", ["ktan"] = "will give", ["tali"] = "gives", ["trvel"] = "was given",
        ["trvec"] = "was given", ["trvum"] = "is given", ["trvi"] = "will be given", ["trvelu"] = "will be given",
        ["asac"] = "said", ["asaca"] = "said", ["asvum"] = "is said", ["asvac"] = "said", ["asvats"] = "said",
        ["stanal"] = "get", ["stanum"] = "gets", ["stacav"] = "got", ["statsav"] = "got", ["stacan"] = "got",
        ["statsan"] = "got", ["stacel"] = "got", ["statsel"] = "got", ["kstana"] = "will get", ["kstanan"] = "will get",
        ["xostanal"] = "pledge", ["khostanal"] = "pledge", ["xostacel"] = "pledged", ["khostacel"] = "pledged",
        ["khostatsel"] = "pledged", ["xostatsel"] = "pledged", ["xostacav"] = "pledged", ["khostacav"] = "pledged",
        ["khostatsav"] = "pledged", ["xostatsav"] = "pledged", ["xostacan"] = "pledged", ["khostatsan"] = "pledged",
        ["xostanum"] = "pledge", ["khostanum"] = "pledge", ["xostum"] = "pledge", ["khostum"] = "pledge",
        ["handipum"] = "meeting", ["handipumy"] = "meeting", ["handipumner"] = "meetings", ["naxagah"] = "president",
        ["nakhagah"] = "president", ["naxagahy"] = "president", ["hamanaxagah"] = "co-chair", ["hamanakhagah"] = "co-chair",
        ["hamanaxagahner"] = "co-chairs", ["hamanakhagahner"] = "co-chairs", ["storagrutyun"] = "signature",
        ["storagrutyuny"] = "signature", ["storagrman"] = "signing", ["storagrogh"] = "signatory", ["storagrox"] = "signatory",
        ["storagroghner"] = "signatories", ["storagroxner"] = "signatories", ["arcaganq"] = "reaction", ["artsaganq"] = "reaction",
        ["arzaganq"] = "reaction", ["arcaganqy"] = "reaction", ["artsaganqy"] = "reaction", ["arcagang"] = "reaction",
        ["brnakcum"] = "annexation", ["brnaktsum"] = "annexation", ["patasxanatu"] = "responsible", ["pataskhanatu"] = "responsible",
        ["mtahog"] = "worried", ["mtahogvac"] = "worried", ["mtahogvats"] = "worried", ["mtahogutyun"] = "concern",
        ["mtahogutyunner"] = "concerns", ["vnasvac"] = "damaged", ["vnasvats"] = "damaged", ["gortsum"] = "valid",
        ["gorcum"] = "valid", ["gortsogh"] = "valid", ["gorcogh"] = "valid", ["avartvum"] = "expires", ["avartvi"] = "will expire",
        ["ognutyun"] = "help", ["ognir"] = "help", ["ognel"] = "help", ["miavorvum"] = "merge", ["miacvum"] = "join",
        ["miananum"] = "join", ["miacvelu"] = "will join", ["tsetsum"] = string.Empty,
        // Nouns of the article.
        ["paymanagir"] = "treaty", ["paymanagr"] = "treaty", ["paymanagire"] = "treaty", ["paymanagiry"] = "treaty",
        ["paymanagirn"] = "treaty", ["paymangir"] = "treaty", ["paymanagrery"] = "treaties", ["paymanagrer"] = "treaties",
        ["hamadzaynagir"] = "agreement", ["hamadzaynagr"] = "agreement", ["hamadzaynutyun"] = "agreement",
        ["hamadzaynutyan"] = "agreement", ["hamadzaynutyunner"] = "agreements", ["dashinq"] = "alliance", ["dashink"] = "alliance",
        ["dashnakcutyun"] = "alliance", ["dashnaktsutyun"] = "alliance", ["dashnakcutyan"] = "alliance",
        ["dashnaktsutyan"] = "alliance", ["integracia"] = "integration", ["integratsia"] = "integration",
        ["integraciayi"] = "integration", ["integratsiayi"] = "integration", ["gorcynkerutyun"] = "partnership",
        ["gortsynkerutyun"] = "partnership", ["razmavarakan"] = "strategic", ["anun"] = "name", ["anuny"] = "name",
        ["anvanum"] = "title", ["vernagir"] = "title", ["pogh"] = "money", ["pox"] = "money", ["poghy"] = "money",
        ["poxy"] = "money", ["pogher"] = "money", ["poxer"] = "money", ["poghery"] = "money", ["poxery"] = "money",
        ["miliard"] = "billion", ["milliard"] = "billion", ["mlrd"] = "billion", ["milion"] = "million", ["million"] = "million",
        ["rubli"] = "roubles", ["rubl"] = "roubles", ["ruble"] = "roubles", ["rublu"] = "roubles", ["rublov"] = "roubles",
        ["finansavorum"] = "financing", ["finansavorman"] = "financing", ["byuje"] = "budget",
        ["hatkacum"] = "allocation", ["hatkatsum"] = "allocation", ["tari"] = "years", ["tarov"] = "years", ["tarin"] = "year",
        ["tarva"] = "year", ["taretsi"] = "year", ["amis"] = "month", ["amsi"] = "month", ["or"] = "day", ["orn"] = "day",
        ["amsativ"] = "date", ["amsatvy"] = "date", ["tiv"] = "date", ["jamanak"] = "time", ["jamket"] = "term",
        ["jamkety"] = "term", ["jamketov"] = "term", ["mishtakan"] = "permanent", ["anjamket"] = "indefinite",
        ["sahman"] = "border", ["sahmanner"] = "borders", ["sahmannery"] = "borders", ["sahmanayin"] = "border",
        ["banak"] = "army", ["banaky"] = "army", ["zinvor"] = "soldier", ["zinvorner"] = "soldiers", ["zinvornery"] = "soldiers",
        ["zinuzh"] = "armed forces", ["zinuj"] = "armed forces", ["zorq"] = "troops", ["zorqer"] = "troops",
        ["zorker"] = "troops", ["ujer"] = "forces", ["uzher"] = "forces", ["anvtangutyun"] = "security",
        ["anvtangutyan"] = "security", ["pashtpanutyun"] = "defence", ["pashtpanutyan"] = "defence", ["marminner"] = "agencies",
        ["banakcutyun"] = "talks", ["banaktsutyun"] = "talks", ["banakcutyunner"] = "talks", ["banaktsutyunner"] = "talks",
        ["qnnarkumner"] = "discussions", ["knnarkumner"] = "discussions", ["qnnarkum"] = "discussion", ["raund"] = "round",
        ["hodvac"] = "article", ["hodvats"] = "article", ["hodvacy"] = "article", ["hodvatsy"] = "article", ["hodvacum"] = "in the article",
        ["hodvatsum"] = "in the article", ["heghinak"] = "author", ["hexinak"] = "author", ["hexinaky"] = "author",
        ["heghinaky"] = "author", ["lur"] = "news", ["lury"] = "news", ["norutyun"] = "news", ["patvirakutyun"] = "delegation",
        ["patvirakutyan"] = "delegation", ["patvirakutyuny"] = "delegation", ["ghekavar"] = "head", ["xekavar"] = "head",
        ["ghekavarec"] = "led", ["xekavarec"] = "led", ["ghekavarets"] = "led", ["ghekavarum"] = "led", ["xekavarum"] = "led",
        ["varchapet"] = "prime minister", ["naxarar"] = "minister", ["nakharar"] = "minister", ["naxararutyun"] = "ministry",
        ["nakhararutyun"] = "ministry", ["khosnak"] = "spokesperson", ["xosnak"] = "spokesperson", ["ashxatakic"] = "staff",
        ["erkir"] = "country", ["erkiry"] = "country", ["erkrner"] = "countries", ["erkrnery"] = "countries",
        ["petutyun"] = "state", ["hanrapetutyun"] = "republic", ["taracq"] = "region", ["taratsq"] = "region",
        ["mayraqaghaq"] = "capital", ["mayrakaghak"] = "capital", ["qaghaq"] = "city", ["kaghak"] = "city",
        ["bnakchutyun"] = "population", ["paterazm"] = "war", ["paterazmy"] = "war", ["okupacia"] = "occupation",
        ["okupatsia"] = "occupation", ["rejim"] = "regime", ["anjatoghakan"] = "breakaway", ["ankakh"] = "independent",
        ["ankax"] = "independent", ["ankakhutyun"] = "independence", ["tarberutyun"] = "difference", ["tarberutyuny"] = "difference",
        ["nuyn"] = "same", ["nuyny"] = "the same", ["ardyunq"] = "outcome", ["ardyunqy"] = "outcome", ["ardyunk"] = "outcome",
        ["kap"] = "connection", ["nshanner"] = "signs", ["nshannery"] = "signs", ["zgushacum"] = "warning",
        ["zgushatsum"] = "warning", ["spaarnaliq"] = "threat", ["spaarnalik"] = "threat", ["zoravarzhutyunner"] = "exercises",
        ["zoravarjutyunner"] = "exercises", ["irakanutyun"] = "situation", ["iravichak"] = "situation", ["kayun"] = "stable",
        ["kayunacum"] = "stabilization", ["kayunatsum"] = "stabilization", ["jamanakvor"] = "temporary",
        // Places, peoples, people and bodies as Armenian writes them.
        ["rusastan"] = "Russia", ["rusastana"] = "Russia", ["rusaststan"] = "Russia", ["rus"] = "Russian", ["rusakan"] = "Russian",
        ["rusner"] = "Russians", ["rusnery"] = "Russians", ["moskva"] = "Moscow", ["moskv"] = "Moscow", ["moskvan"] = "Moscow",
        ["vrastan"] = "Georgia", ["vrac"] = "Georgian", ["vrats"] = "Georgian", ["vraci"] = "Georgian", ["vratsi"] = "Georgian",
        ["vracakan"] = "Georgian", ["vratsakan"] = "Georgian", ["vracner"] = "Georgians", ["vratsiner"] = "Georgians",
        ["vracinery"] = "Georgians", ["harav"] = "South", ["haravayin"] = "South", ["hyusisayin"] = "North",
        ["osetia"] = "Ossetia", ["osetiya"] = "Ossetia", ["oseti"] = "Ossetia", ["osetiayi"] = "Ossetia", ["osetin"] = "Ossetian",
        ["osetiner"] = "Ossetians", ["osetinakan"] = "Ossetian", ["osakan"] = "Ossetian", ["abkhazia"] = "Abkhazia",
        ["abxazia"] = "Abkhazia", ["apkhazia"] = "Abkhazia", ["apxazia"] = "Abkhazia", ["abkhaziayi"] = "Abkhazia",
        ["abxaziayi"] = "Abkhazia", ["abkhaz"] = "Abkhaz", ["abxaz"] = "Abkhaz", ["abkhazner"] = "Abkhaz",
        ["abkhazakan"] = "Abkhaz", ["abxazakan"] = "Abkhaz", ["ghrim"] = "Crimea", ["xrim"] = "Crimea", ["ghrimi"] = "Crimea",
        ["xrimi"] = "Crimea", ["ghrimy"] = "Crimea", ["zheneva"] = "Geneva", ["zhenev"] = "Geneva", ["zhenevyan"] = "Geneva", ["jenevyan"] = "Geneva", ["genevyan"] = "Geneva", ["jeneva"] = "Geneva",
        ["jenev"] = "Geneva", ["geneva"] = "Geneva", ["genev"] = "Geneva", ["zhnev"] = "Geneva", ["tbilis"] = "Tbilisi",
        ["tbilisi"] = "Tbilisi", ["cxinvali"] = "Tskhinvali", ["tskhinval"] = "Tskhinvali", ["cxinval"] = "Tskhinvali",
        ["sukhum"] = "Sukhumi", ["suxum"] = "Sukhumi", ["kreml"] = "Kremlin", ["kremly"] = "Kremlin", ["kremlum"] = "in the Kremlin",
        ["evropa"] = "Europe", ["yevropa"] = "Europe", ["evropakan"] = "European", ["evromiutyun"] = "EU", ["amerika"] = "America",
        ["amerikyan"] = "American", ["amerikaci"] = "American", ["amerikacinery"] = "Americans", ["amn"] = "US",
        ["ukraina"] = "Ukraine", ["hayastan"] = "Armenia", ["adrbejan"] = "Azerbaijan", ["turqia"] = "Turkey",
        ["chinastan"] = "China", ["mak"] = "UN", ["eahk"] = "OSCE", ["esh"] = "EU", ["rd"] = "Russia", ["nato"] = "NATO",
        ["putin"] = "Putin", ["putiny"] = "Putin", ["putinn"] = "Putin", ["putini"] = "Putin", ["tibilov"] = "Tibilov",
        ["tibilovy"] = "Tibilov", ["karasin"] = "Karasin", ["karasiny"] = "Karasin", ["mogherini"] = "Mogherini",
        ["mogerini"] = "Mogherini", ["mogherinin"] = "Mogherini", ["mogerinin"] = "Mogherini", ["psaki"] = "Psaki",
        ["psakin"] = "Psaki", ["medvedev"] = "Medvedev", ["medvedevy"] = "Medvedev", ["lavrov"] = "Lavrov", ["lavrovy"] = "Lavrov",
        ["hunvar"] = "January", ["petrvar"] = "February", ["mart"] = "March", ["marti"] = "March", ["april"] = "April",
        ["aprili"] = "April", ["mayis"] = "May", ["hunis"] = "June", ["hunisi"] = "June", ["hulis"] = "July", ["hulisi"] = "July",
        ["ogostos"] = "August", ["ogostosi"] = "August", ["noyember"] = "November", ["noyemberi"] = "November",
        // Function words and adverbs.
        ["u"] = "and", ["ev"] = "and", ["yev"] = "and", ["isk"] = "and", ["naev"] = "also", ["el"] = "too", ["kam"] = "or",
        ["bayc"] = "but", ["bayts"] = "but", ["vortev"] = "because", ["het"] = "with", ["hetn"] = "with",
        ["masin"] = "about", ["hamar"] = "for", ["mej"] = "in", ["mejum"] = "in", ["meji"] = "in", ["minchev"] = "until",
        ["heto"] = "after", ["araj"] = "before", ["hima"] = "now", ["arden"] = "already", ["miayn"] = "only",
        ["menak"] = "only", ["inqy"] = "himself", ["inqn"] = "himself", ["ira"] = "his", ["irenc"] = "their", ["irents"] = "their",
        ["nra"] = "his", ["nranq"] = "they", ["nranc"] = "them", ["nrants"] = "them", ["na"] = "he", ["sa"] = "this",
        ["ays"] = "this", ["ayd"] = "that", ["ayn"] = "that", ["da"] = "that", ["dra"] = "its", ["ed"] = "that",
        ["du"] = "you", ["duq"] = "you", ["dzez"] = "you", ["qez"] = "you", ["kez"] = "you", ["indz"] = "me", ["mer"] = "our",
        ["qo"] = "your", ["amen"] = "every", ["bolor"] = "all", ["bolory"] = "all", ["mi"] = "a", ["mek"] = "one",
        ["erku"] = "two", ["shat"] = "very", ["lav"] = "good", ["vat"] = "bad", ["hajord"] = "next", ["naxord"] = "previous",
        ["nakhord"] = "previous", ["verjin"] = "last", ["verj"] = "end", ["verjum"] = "in the end", ["arajin"] = "first",
        ["nor"] = "new", ["mijazgayin"] = "international", ["pashtonakan"] = "official", ["pashtonapes"] = "officially",
        ["dem"] = "against", ["koghm"] = "side", ["koxm"] = "side", ["koghmic"] = "by", ["koxmic"] = "by", ["hatuk"] = "exactly",
        ["chisht"] = "exactly", ["aveli"] = "more", ["voch"] = "no", ["voche"] = "no",
        ["ayo"] = "yes", ["ha"] = "yes", ["hastat"] = "sure", ["karch"] = "short", ["kartch"] = "short",
        ["mot"] = "at", ["vra"] = "on", ["tak"] = "under", ["hamadzayn"] = "under",
        // Fillers and small talk.
        ["jan"] = string.Empty, ["jhan"] = string.Empty, ["axper"] = string.Empty, ["akhper"] = string.Empty,
        ["axpers"] = string.Empty, ["ara"] = string.Empty, ["aper"] = string.Empty,
        ["cavt"] = string.Empty, ["tanem"] = string.Empty, ["de"] = string.Empty, ["hle"] = string.Empty, ["lavy"] = string.Empty,
        ["yani"] = string.Empty, ["mihat"] = string.Empty, ["ape"] = string.Empty, ["bratan"] = string.Empty,
        ["barev"] = "hello", ["barevner"] = "hello", ["brev"] = "hello", ["voghjuyn"] = "hello", ["voxjuyn"] = "hello",
        ["shnorhakalutyun"] = "thanks", ["shnorakalutyun"] = "thanks",
        ["shnorhagalutyun"] = "thanks", ["shnorhakal"] = "thanks", ["merci"] = "thanks", ["mersi"] = "thanks",
        ["apres"] = "well done", ["hajox"] = "bye", ["hajogh"] = "bye", ["hajoxutyun"] = "goodbye", ["hajoghutyun"] = "goodbye",
        ["tstesutyun"] = "goodbye", ["ctesutyun"] = "goodbye", ["tsdesutyun"] = "goodbye", ["xndrum"] = "please",
        ["khndrum"] = "please", ["bot"] = "bot", ["robot"] = "robot", ["mard"] = "people", ["mardik"] = "people", ["aprum"] = "live", ["bnakvum"] = "live", ["aprox"] = "living",
        ["karciq"] = "opinion", ["kartsiq"] = "opinion", ["karcum"] = "think", ["kartsum"] = "think", ["mtacum"] = "think",
        ["mtatsum"] = "think",
    },
    [
        ("storagr", "sign", "signed"), ("vchar", "pay", "paid"), ("arcaganq", "react", "reacted"),
        ("artsaganq", "react", "reacted"), ("arzaganq", "react", "reacted"), ("as", "say", "said"), ("gr", "write", "wrote"),
        ("hatkacn", "allocate", "allocated"), ("hatkatsn", "allocate", "allocated"), ("datapart", "condemn", "condemned"),
        ("chanach", "recognize", "recognized"), ("janach", "recognize", "recognized"), ("pashtpan", "protect", "protected"),
        ("qnnark", "discuss", "discussed"), ("knnark", "discuss", "discussed"), ("handip", "meet", "met"),
        ("naxagah", "chair", "chaired"), ("nakhagah", "chair", "chaired"), ("masnakc", "take part", "took part"),
        ("masnakts", "take part", "took part"), ("tev", "last", "lasted"), ("brnakc", "annex", "annexed"),
        ("brnakts", "annex", "annexed"), ("knq", "sign", "signed"), ("knk", "sign", "signed"), ("hamadzaynv", "agree", "agreed"),
        ("boghoq", "protest", "protested"), ("boxoq", "protest", "protested"), ("avartv", "expire", "ended"),
        ("sharunak", "continue", "continued"), ("pahanj", "demand", "demanded"), ("xndr", "ask", "asked"),
        ("khndr", "ask", "asked"), ("zgushacn", "warn", "warned"), ("zgushatsn", "warn", "warned"), ("vnas", "damage", "damaged"),
        ("bacatr", "explain", "explained"), ("batsatr", "explain", "explained"), ("haytarar", "declare", "declared"),
    ]);

    // Words another reader has in a sentence of its own (Persian "che", "mard" and "merci", Italian "che" and "ira", Malay
    // "ayo", Hinglish, Czech and Arabizi "kam", Arabizi "ayn", German "vor", Dutch "het", Turkish "uzum", Serbian "ova",
    // an English chat's "ur"): a marker with another only.
    private static readonly string[] Shared =
    [
        "ov", "ur", "che", "ara", "merci", "mersi", "ayo", "kam", "vor", "het", "hamar", "ev", "yev", "lav",
        "vrac", "tari", "kani", "isk", "ira", "ayn", "chen", "cher", "uzum", "ova", "mard", "yani",
        "mak", "amis", "mek", "erku", "mot", "vra", "tak", "mer", "nor", "rus", "rusner", "kap", "harc", "anun", "ed",
        "uni", "miliard", "milion", "rubli", "rubl", "rublu", "ruble", "raund", "marti",
    ];

    // Words that show no Armenian at all: the letters and short words every language writes ("e", "a", "en", "es", "u"),
    // Persian "jan", which reads "merci jan" as Armenians write it too,
    // Russian "na", "da" and "kto", Tagalog "ka" and "sa", Spanish "el", "de" and "tal", German "du" and "ein", and the
    // names the other readers spell alike.
    private static readonly string[] NotMarkers =
    [
        "e", "a", "en", "er", "ein", "es", "eq", "em", "u", "jan", "ka", "kan", "na", "sa", "da", "de", "el", "du", "mi", "ha", "um",
        "ume", "ed", "tal", "ape", "bratan", "bot", "robot", "nato", "amerika", "evropa", "ukraina", "putin", "tibilov",
        "karasin", "mogherini", "mogerini", "psaki", "medvedev", "lavrov", "abkhazia", "abxazia", "geneva", "tbilisi", "kreml",
        "april", "mayis", "rd", "esh", "amn", "eahk", "genev", "jenev", "tbilis", "abkhaz", "abxaz", "rejim", "okupacia",
        "okupatsia", "integracia", "integratsia", "million", "mlrd", "milliard", "ghrim", "xrim", "hle", "apres", "osakan",
        "mihat", "pox", "chi", "moskva", "osetia", "osetiya", "oseti", "zheneva", "jeneva", "zhenev", "jenevyan", "sahman", "banak", "mart", "or", "dem", "asi", "asen", "ases", "kasi", "kasen", "gres", "gren",
        "grac", "tevi",
    ];

    // Words a Latin Armenian sentence has and English and the readers near it have not: any of the tables' words that
    // is no English word.
    private static readonly MarkerWords Markers = new(
        Words.Keys.Concat(PhraseTable.Keys.SelectMany(phrase => phrase.Split(' ')))
            .Where(word => !EnglishWords.Contains(word) && !NotMarkers.Contains(word)),
        Shared);

    // The tables' words English writes too ("or", "inch", "tal", "nor"), kept as they are in an English sentence; a word
    // of address ("ara") goes all the same.
    private static readonly HashSet<string> EnglishToo = new(Words.Where(w => w.Value.Length > 0 && EnglishWords.Contains(w.Key)).Select(w => w.Key), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// <paramref name="words"/> with each verb's forms in English where no word of the table has the form already: the
    /// infinitive and the perfect ("storagrel", "storagrel e") and the aorist ("storagrec", "storagrets", "storagrecin")
    /// as done, the present ("storagrum") as what it does, the future ("storagrelu", "kstoragri") as what it will, and the
    /// passive ("storagrvel", "storagrvec", "storagrvac") as what was done to it.
    /// </summary>
    private static Dictionary<string, string> WithVerbs(Dictionary<string, string> words, (string Stem, string Now, string Past)[] verbs)
    {
        foreach (var (stem, now, past) in verbs)
        {
            foreach (var ending in (string[])["el", "ec", "ets", "ecin", "etsin", "ecav", "etsav", "ac", "ats"])
            {
                words.TryAdd(stem + ending, past);
            }

            foreach (var ending in (string[])["um", "i", "en", "enq", "es", "ox", "ogh"])
            {
                words.TryAdd(stem + ending, ending is "i" ? ReaderTables.ThirdPerson(now) : now);
            }

            words.TryAdd(stem + "elu", $"will {now}");
            words.TryAdd("k" + stem + "i", $"will {now}");
            words.TryAdd("k" + stem + "en", $"will {now}");
            foreach (var ending in (string[])["vel", "vec", "vets", "vac", "vats", "vecin", "vetsin", "vum", "vi", "velu"])
            {
                words.TryAdd(stem + ending, ending is "vum" ? $"is {past}" : ending is "vi" or "velu" ? $"will be {past}" : $"was {past}");
            }

            Done.Add(past);
        }

        return words;
    }

    // "inch@", "storagrec'", "ch'ka", "erb՞": the schwa typed "@", an apostrophe after a letter, the Armenian stress and
    // question marks.
    [GeneratedRegex(@"(?<=\p{L})@|(?<=\p{L})'(?=\p{L})(?!s\b)|[\u055B-\u055E]")]
    private static partial Regex Typed();

    // "che?", "chisht e?", "ayo?", "aydpes che?", "hastat?" at the end: whether it is so.
    [GeneratedRegex(@"(?:[,\s]+(?:chisht\s+e|chisht\s+a|chisht|aydpes\s+che|aydpes\s+chi|ayo|hastat|ha\s+che)|,\s*(?:che|ha|voch))(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<=\d)-?(?:in|n|y|i|ic|its|um)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex DateEnding();

    [GeneratedRegex(@"(?<=(?<!\p{L})\p{Lu}[\p{Lu}\p{Ll}]{1,4})-(?:n|y|i|in|um|ic|its|ov|um|e)(?!\p{L})")]
    private static partial Regex AbbreviationEnding();

    [GeneratedRegex(@"(?<!\p{L})(?<side>harav|haravayin|hyusisayin)\s+oseti(?:y?a)?(?<ending>\p{L}*)", RegexOptions.IgnoreCase)]
    private static partial Regex Ossetia();

    // "storagrel e", "tvel en", "asel a": a verb form and "is" or "are" after it.
    [GeneratedRegex(@"(?<!\p{L})(?<verb>\p{L}{3,}(?:el|ac|ats|vel))\s+(?:e|en|a|er|ein)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Perfect();

    // "Tibilovy ov e?", "inch e?", "erb er?", "ur e Cxinvalin?": a question word and "is" or "was", each shared alone.
    [GeneratedRegex(@"(?<!\p{L})(?:ov|inch|inchn|erb|ur)\s+(?:e|er|en|ein)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex AskedWithBe();

    [GeneratedRegex(@"(?<before>(?:^|[.?!,;:(]|\b(?:u|ev|isk|kam|and|or)\b)\s*)vor(?=\s+\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningVor();

    [GeneratedRegex(@"\b(?:the|is|are|was|were|did|does|what|who|when|where|how|which|why|of|and|it|they|this|that|with|for|about|you|can|will|has|have|on|his|her|their|signed|money|right)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    // A word, or the English of a phrase, marked so that its words are not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+")]
    private static partial Regex Word();
}
