using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Taglish, the English of Filipino readers mixed with Tagalog: its question words, particles and linkers ("sino po ang
/// pumirma ng treaty?" is "who signed the treaty?", "magkano yung para sa Abkhazia?" is "how much for Abkhazia?", "25
/// years ang treaty diba?" is "the treaty is 25 years, right?") and Tagalog's prefixes on English verbs ("nag-sign si
/// Putin?" is "did Putin sign?"). Rewritten word for word before the question is read: the bot reads words, not word
/// order. Only in a message with a word no English sentence has, so that "sino" or "ang" elsewhere keep their meaning.
/// </summary>
internal static partial class Tagalog
{
    /// <summary><paramref name="text"/> with Tagalog words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!Markers.AreIn(text) && !HasPrefixedVerb(text))
        {
            return text;
        }

        // "25 years ang treaty diba?", "sa Moscow pinirmahan, tama ba?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "ano sinabi ni Tibilov?": what did Tibilov say (not "what was said by him", which reads as anyone's words).
        text = WhatDidTheySay().Replace(text, "what did ${who} say");
        // "e yung Georgia, ano reaction?": and what about Georgia?
        text = WhatAbout().Replace(text, "what about ");
        // "sino ka ba", "anong bot ka": who, what bot are you (before "bot ka ba?", which asks whether it is one).
        text = WhoAreYou().Replace(text, m => (m.Groups["q"].Value.StartsWith('a') ? "what " : "who ") + m.Groups["n"].Value + "are you");
        // "bot ka ba?", "tao ka ba?": are you a bot, a human?
        text = AreYou().Replace(text, "are you ${what}");
        // "si putin ba pumirma?": did Putin sign; "presidente ba si tibilov?": is Tibilov the president;
        // "abkhazia ba bansa?", "sokhumi ba ay abkhazia": is it a country, is it Abkhazia.
        text = DidTheySign().Replace(text, "did ${who} ");
        text = IsTheLeader().Replace(text, m => $"is {m.Groups["who"].Value} the {(m.Groups["what"].Value.ToLowerInvariant() switch { "presidente" => "president", "pinuno" or "lider" => "leader", var w => w })}");
        // "ano official name nung treaty", "sino spokesperson ng state dept": what is the name, who is the spokesperson.
        text = WhatIsThe().Replace(text, m => (m.Groups["q"].Value.StartsWith('a') ? "what" : "who") + " is the ");
        // "saang bansa ang geneva": where Geneva is, which the article does not say (not which countries came to it).
        text = WhereIsPlace().Replace(text, "where is ");
        text = IsItACountry().Replace(text, "is ${what} a country");
        text = IsIt().Replace(text, "is ${what} ");
        // "pareho lang ba to sa abkhazia treaty": is this the same as it.
        text = SameAs().Replace(text, "is this the same as ");
        // "full name ni putin", "pangalan ni putin": his name, not a name given by him.
        text = NameOf().Replace(text, "${who}'s ${name}");
        // "kinuha ng russia", "pinirmahan ng russia": the one who did it follows "ng"; "binigyan ng pera" keeps its money.
        text = DoneBy().Replace(text, "${verb} by");
        // "1 billion rubles ba sa 2016?", "sa August ba yung next round?": "ba" without a question word asks whether it is so.
        var checks = YesNoBa().IsMatch(text) && !QuestionWord().IsMatch(text);
        var asks = BaAsks().IsMatch(text);
        text = Phrases.InEnglish(text);
        // "nag-sign", "mag-pledge", "i-explain", "nagsign": a Tagalog prefix on an English verb is the verb.
        text = PrefixedVerb().Replace(text, "${verb}");
        // "magdedefend", "mag guguard", "mag eexpire": a doubled first syllable is what will be done.
        text = FutureVerb().Replace(text, m => Words.ContainsKey(m.Value.ToLowerInvariant()) ? m.Value : "will " + m.Groups["verb"].Value);
        text = Word().Replace(text, m => Words.TryGetValue(m.Value.ToLowerInvariant(), out var english) ? english : m.Value);
        // "sa kremlin ba sila nagpirmahan": "ba" asks without its question mark; a mark mid-text has ended it already.
        return checks ? text.TrimEnd(' ', '?', '.', '!') + ", right?" : asks && !text.Contains('?') ? text.TrimEnd(' ', '.', '!') + "?" : text;
    }

    // Several words that mean one thing, before the words are read one by one.
    private static readonly Phrasebook Phrases = new(new Dictionary<string, string>
    {
        ["gaano katagal"] = "how long", ["hanggang kailan"] = "until when", ["gaano kalaki"] = "how much",
        ["sino sino"] = "who", ["sinu sino"] = "who", ["ano ano"] = "what", ["anu ano"] = "what", ["para sa"] = "for",
        ["tungkol sa"] = "about", ["ayon sa"] = "according to", ["ibig sabihin"] = "mean", ["sa tingin mo"] = "do you think",
        ["sa palagay mo"] = "do you think", ["maraming salamat"] = "thank you very much", ["magandang umaga"] = "good morning",
        ["magandang hapon"] = "good afternoon", ["magandang gabi"] = "good evening", ["kaya mong gawin"] = "can you do",
        ["kaya mo gawin"] = "can you do", ["ano kaya mo"] = "what can you do", ["paano gamitin"] = "how do I use",
        ["wala bang"] = "is there no", ["para saan"] = "what for", ["tungkol saan"] = "what about", ["sino pa"] = "who else",
        ["isa sa mga"] = "one of the", ["ano kinalaman"] = "what has to do with", ["anong kinalaman"] = "what has to do with", ["mas malalim"] = "deeper", ["mas mababaw"] = "shallower", ["meron bang"] = "is there", ["may sinabi ba"] = "did say", ["may sinabi"] = "said",
        // Chat spellings and more phrases readers write.
        ["gano katagal"] = "how long", ["hanggang kelan"] = "until when", ["tingin mo"] = "do you think",
        ["para sayo"] = "in your opinion", ["para sa iyo"] = "in your opinion", ["dahil dito"] = "because of this",
        ["anong taon"] = "what year", ["ano taon"] = "what year", ["anong year"] = "what year", ["ano yung"] = "what is the",
        ["ano ba yung"] = "what is the", ["ano ung"] = "what is the", ["sino yung"] = "who is", ["sino ung"] = "who is",
        ["cnu ung"] = "who is", ["sino si"] = "who is", ["sino c"] = "who is", ["cnu si"] = "who is", ["cno si"] = "who is",
        ["sino mga"] = "who are the", ["sino ang mga"] = "who are the", ["sinong mga"] = "which", ["mga bansa"] = "countries",
        ["di ko kilala"] = "I don't know it", ["di ko alam"] = "I don't know", ["sa sagot"] = "for the answer",
        ["pano ka gamitin"] = "how do I use you", ["paano ka gamitin"] = "how do I use you", ["alis na ko"] = "I'm leaving",
        ["tama ginawa"] = "right what was done", ["tama ba ginawa"] = "right what was done", ["tama ang ginawa"] = "right what was done",
        ["tama yung ginawa"] = "right what was done", ["mag kakagyera"] = "will there be war", ["isasama na sa"] = "will become part of",
        ["isasama sa"] = "will become part of", ["nag treaty"] = "made a treaty", ["kasali sa"] = "took part in",
        ["sinabi sa"] = "said to", ["may susunod"] = "is there a next", ["may susunod ba na"] = "is there a next",
    }, hyphens: true);

    // One word each. Particles that only soften or ask ("po", "ba", "naman", "daw") are no words of the question.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Question words.
        ["sino"] = "who", ["sinu"] = "who", ["ano"] = "what", ["anong"] = "what", ["anu"] = "what", ["kailan"] = "when",
        ["saan"] = "where", ["nasaan"] = "where", ["san"] = "where", ["magkano"] = "how much", ["ilan"] = "how many",
        ["ilang"] = "how many", ["bakit"] = "why", ["paano"] = "how", ["pano"] = "how", ["alin"] = "which", ["aling"] = "which",
        // Particles.
        ["po"] = string.Empty, ["ho"] = string.Empty, ["ba"] = string.Empty, ["naman"] = string.Empty, ["pala"] = string.Empty,
        ["daw"] = string.Empty, ["raw"] = string.Empty, ["lang"] = string.Empty, ["lamang"] = string.Empty, ["nga"] = string.Empty,
        ["yata"] = string.Empty, ["talaga"] = string.Empty, ["kasi"] = string.Empty, ["muna"] = string.Empty, ["eh"] = string.Empty,
        ["sana"] = string.Empty, ["kaya"] = string.Empty, ["ay"] = "is", ["din"] = "too", ["rin"] = "too", ["pati"] = "also",
        ["diba"] = "right", ["oo"] = "yes", ["hindi"] = "not", ["wala"] = "no", ["meron"] = "there is", ["tama"] = "right",
        ["totoo"] = "true", ["sige"] = "ok", ["na"] = string.Empty, ["tanong"] = "question",
        // Linkers and pronouns.
        ["ang"] = "the", ["ng"] = "of", ["nang"] = "of", ["mga"] = string.Empty, ["si"] = string.Empty, ["sina"] = string.Empty,
        ["ni"] = "by", ["nina"] = "by", ["kay"] = "to", ["kina"] = "to", ["sa"] = "in", ["nasa"] = "in", ["yung"] = "the",
        ["iyong"] = "the", ["nung"] = "of the", ["noong"] = "in", ["at"] = "and", ["pero"] = "but", ["kung"] = "if",
        ["ito"] = "this", ["eto"] = "this", ["nito"] = "of this", ["iyan"] = "that", ["yan"] = "that", ["yun"] = "that",
        ["iyon"] = "that", ["niyan"] = "of that", ["siya"] = "he", ["sya"] = "he", ["sila"] = "they", ["nila"] = "their",
        ["niya"] = "his", ["nya"] = "his", ["ko"] = "my", ["mo"] = "you", ["ka"] = "you", ["ikaw"] = "you", ["ako"] = "I",
        ["tayo"] = "we", ["kami"] = "we", ["natin"] = "our", ["namin"] = "our", ["lahat"] = "all",
        // Verbs.
        ["pumirma"] = "signed", ["pinirmahan"] = "signed", ["nagpirma"] = "signed", ["pirmahan"] = "signing", ["pirma"] = "signature",
        ["lumagda"] = "signed", ["nilagdaan"] = "signed", ["sabi"] = "say", ["sinabi"] = "said", ["nagsabi"] = "said",
        ["ipinangako"] = "pledged", ["pinangako"] = "pledged", ["nangako"] = "pledged", ["pangako"] = "pledge",
        ["ibibigay"] = "give", ["ibinigay"] = "gave", ["binigay"] = "gave", ["bibigyan"] = "give", ["binigyan"] = "was given",
        ["nangyari"] = "happened", ["mangyayari"] = "happen", ["sumulat"] = "wrote", ["sinulat"] = "wrote",
        ["isinulat"] = "wrote", ["nagsulat"] = "wrote", ["manunulat"] = "writer", ["tawag"] = "called", ["tinatawag"] = "called",
        ["tinawag"] = "called", ["dumalo"] = "attended", ["sumali"] = "took part", ["ipapasa"] = "handed over", ["ipasa"] = "handed over", ["ililipat"] = "handed over", ["pinag"] = string.Empty,
        ["usapan"] = "talks", ["nag-usap"] = "talked", ["tatagal"] = "last", ["gawin"] = "do", ["gamitin"] = "use",
        ["tulong"] = "help", ["tulungan"] = "help", ["alam"] = "know",
        // Things.
        ["pera"] = "money", ["taon"] = "years", ["kasunduan"] = "treaty", ["pangalan"] = "name", ["pangulo"] = "president",
        ["presidente"] = "president", ["bansa"] = "country", ["lugar"] = "place", ["petsa"] = "date", ["araw"] = "day",
        ["hangganan"] = "border", ["sundalo"] = "soldiers", ["hukbo"] = "army", ["pinuno"] = "leader", ["balita"] = "news",
        ["artikulo"] = "article", ["buod"] = "summary", ["susunod"] = "next", ["reaksyon"] = "reaction",
        ["reaksiyon"] = "reaction", ["opinyon"] = "opinion", ["tao"] = "human", ["dito"] = "here", ["doon"] = "there", ["dun"] = "there",
        ["mas"] = "more", ["malalim"] = "deep", ["kumpara"] = "compared", ["ginawa"] = "did", ["gumawa"] = "did",
        ["bukas"] = "tomorrow", ["ngayon"] = "now", ["kahapon"] = "yesterday", ["sagot"] = "answer", ["bago"] = "before",
        ["pagkatapos"] = "after", ["dahil"] = "because", ["gusto"] = "want", ["malaman"] = "know", ["pwede"] = "can",
        ["puwede"] = "can", ["paki"] = "please", ["pakisabi"] = "please tell", ["pakipaliwanag"] = "please explain",
        ["ipaliwanag"] = "explain", ["sabihin"] = "tell", ["kinondena"] = "condemned", ["kinikilala"] = "recognize",
        ["kilalanin"] = "recognize", ["galing"] = "from", ["ulit"] = "again", ["tungkol"] = "about",
        ["kelan"] = "when", ["saang"] = "which", ["ginanap"] = "held", ["nagpirmahan"] = "signed", ["nagsalita"] = "spoke",
        ["matapos"] = "end", ["nakalimutan"] = "forgot", ["mismo"] = "itself", ["magbabantay"] = "guard",
        ["bantay"] = "guard", ["depensa"] = "defence", ["nakasaad"] = "stated", ["isasama"] = "will become part of",
        ["isasanib"] = "merged", ["magiging"] = "become", ["ilalaan"] = "allocated", ["pondo"] = "funds",
        ["agad"] = "immediately", ["pareho"] = "same", ["kaysa"] = "than", ["dalawang"] = "two", ["dalawa"] = "two",
        ["kamukha"] = "similar", ["binago"] = "revised", ["nauna"] = "first", ["buwan"] = "months", ["neto"] = "of this",
        ["kanino"] = "to whom", ["tong"] = "this", ["itong"] = "this", ["sinong"] = "who", ["nanguna"] = "led",
        ["binanggit"] = "mentioned", ["binabanggit"] = "mentioned", ["tinutukoy"] = "meant", ["trabaho"] = "job",
        ["sang-ayon"] = "agree", ["kumontra"] = "opposed", ["tanggap"] = "accepted", ["sinuportahan"] = "supported",
        ["ibang"] = "other", ["iba"] = "other", ["amerika"] = "America", ["delegasyon"] = "delegation",
        ["nagreklamo"] = "complained", ["hiningi"] = "asked", ["kasunod"] = "next", ["tsaka"] = "and", ["saka"] = "and",
        ["nagreact"] = "reacted", ["nakipag"] = string.Empty, ["taga"] = "from", ["galit"] = "angry",
        ["irerecognize"] = "recognize", ["kumondena"] = "condemned", ["mundo"] = "world", ["nabanggit"] = "mentioned",
        ["tumapat"] = "coincided", ["kasabay"] = "same day as", ["inannex"] = "annexed", ["pinag-usapan"] = "discussed",
        ["kasali"] = "part", ["kasama"] = "with", ["ayaw"] = "against", ["kinakabahan"] = "worried", ["labag"] = "contradicts",
        ["lagay"] = "situation", ["sitwasyon"] = "situation", ["gumaganda"] = "improving", ["pinagsabihan"] = "warned",
        ["naging"] = "became", ["resulta"] = "result", ["napagkasunduan"] = "agreed", ["tuloy"] = "continue",
        ["magmemeeting"] = "meet", ["musta"] = "hello", ["uy"] = string.Empty, ["ha"] = string.Empty, ["sayo"] = "you",
        ["itanong"] = "ask", ["kausap"] = "talking to", ["kampi"] = "side", ["gyera"] = "war", ["magkakagyera"] = "will there be war",
        ["bisa"] = "validity", ["pinagkaiba"] = "difference", ["tapos"] = "then", ["e"] = string.Empty, ["pa"] = "else",
        // Small talk.
        ["cnu"] = "who", ["cno"] = "who", ["ung"] = "the", ["gano"] = "how", ["kesa"] = "than", ["salamuch"] = "thanks",
        ["sagot"] = "answer", ["klaseng"] = "kind of", ["sinasagot"] = "answer", ["alis"] = "leaving", ["kinuha"] = "took",
        ["maikli"] = "briefly", ["bnigay"] = "gave", ["hanggang"] = "until", ["kilala"] = "know",
        ["nandun"] = "there", ["nandoon"] = "there", ["gumanda"] = "improved", ["sinisirang"] = "damaged", ["sinira"] = "damaged",
        ["bawal"] = "forbidden", ["sirain"] = "damage", ["aayusin"] = "be resolved", ["kinalabasan"] = "result",
        ["magkikita"] = "will meet", ["kontra"] = "oppose", ["kakagyera"] = "war", ["bansang"] = "country",
        // Small talk.
        ["kumusta"] = "hello", ["kamusta"] = "hello", ["salamat"] = "thanks", ["paalam"] = "goodbye", ["ingat"] = "take care",
    };

    // Words no English sentence has; "si" or "ni" is also a chat "see"/"nice", "ba" a sheep, "ang" a name, "sa" South
    // Africa: with another only.
    private static readonly MarkerWords Markers = new(
    [
        "po", "ba", "naman", "sino", "sinu", "ano", "anong", "kailan", "saan", "nasaan", "magkano", "ilan", "ilang", "bakit",
        "paano", "diba", "pala", "daw", "yung", "nung", "noong", "ang", "ng", "mga", "siya", "sila", "nila", "niya", "nito",
        "pumirma", "pinirmahan", "salamat", "kumusta", "kamusta", "paalam", "sinabi", "nangyari", "ipinangako", "nangako",
        "pangalan", "kasunduan", "pera", "taon", "talaga", "lang", "yun", "iyon", "ito", "ikaw", "kay", "ni", "si", "ka",
        "gaano", "katagal", "tungkol", "ginawa", "dito", "pakisabi", "paki", "sinulat", "sumulat", "kelan", "saang",
        "ginanap", "nagpirmahan", "pirmahan", "sinong", "kanino", "neto", "pareho", "kaysa", "binago", "nauna", "galit",
        "tanggap", "sinuportahan", "kumontra", "ibang", "delegasyon", "nagreklamo", "hiningi", "kasunod", "tsaka", "trabaho",
        "depensa", "pondo", "ilalaan", "magbabantay", "isasama", "isasanib", "magiging", "nakasaad", "binanggit", "tinutukoy", "sa",
        "cnu", "cno", "gano", "kesa", "musta", "salamuch", "sagot", "gamitin", "ingat", "klaseng", "sinasagot", "tingin",
        "kinuha", "balita", "nagpirmahan", "bnigay", "binigay", "binigyan", "nandun", "kasali", "gumanda",
        "sitwasyon", "sinisirang", "sirain", "aayusin", "kinalabasan", "susunod", "magkikita", "nabanggit", "bansa",
        "pano", "kakagyera", "magkakagyera", "maikli", "ung", "ay", "kontra", "ulit", "sige", "kilala", "nag", "saang",
    ],
    ["ba", "ni", "si", "ito", "lang", "ang", "ng", "kay", "yun", "ka", "dito", "sa", "ung", "ay", "kontra", "ulit", "kilala", "nag"]);

    // "nag-sign", "mag-pledge": a Tagalog prefix on an English verb.
    private static bool HasPrefixedVerb(string text) =>
        text.Contains("nag-", StringComparison.OrdinalIgnoreCase) || text.Contains("mag-", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"[,\s]+(?:diba|di\s+ba|hindi\s+ba|tama\s+ba|tama|no|noh|di\s+po\s+ba|diba\s+po|tama\s+po\s+ba)(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\b(?:nag|mag|i|na|ni|pa|paki|mag-?ga|taga)-(?<verb>[a-z]{2,})\b|\b(?:nag|mag)\s+(?<verb>sign|pledge|promise|react|comment|attend|meet|talk|discuss|condemn|recognize|protest|explain|summarize|guard|raise|support|complain|co-chair|chair|lead|expire|defend|agree|end|give|pay|visit|join)\b|\b(?:nag|mag)(?<verb>sign|pledge|promise|react|comment|attend|meet|talk|discuss|condemn|recognize|protest|explain|summarize|sabi)\b|\b(?:paki|napag)[\s-]?(?<verb>explain|summarize|sum|agree|discuss|talk|usap)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixedVerb();

    [GeneratedRegex(@"\b(?i:anon?g?\s+(?:ang\s+)?(?:sinabi|sabi)\s+(?:ni|ng|nang))\s+(?<who>(?:\p{Lu}\p{L}*\s+(?=\p{Lu}))?\p{L}+)")]
    private static partial Regex WhatDidTheySay();

    [GeneratedRegex(@"^\W*(?:e|eh|pero|tapos)\s+(?:yung|ang|sa|si|kay)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex WhatAbout();

    [GeneratedRegex(@"^\W*(?<what>[\p{L}]+)\s+ka\s+ba\b", RegexOptions.IgnoreCase)]
    private static partial Regex AreYou();

    // Only after a figure or a month, which the answer can confirm or correct: "sa Tskhinvali ba sila nag sign?" or
    // "pareho lang ba...?" read as checks got other answers.
    [GeneratedRegex(@"(?:\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|disyembre))\S*\s+(?:\S+\s+){0,2}?ba(?:ng)?\b.*\?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex YesNoBa();

    // Tagalog's and English's question words, and "may ... ba?" (is there ...?), which asks already.
    [GeneratedRegex(@"\b(?:sino|sinong|sinu|ano|anong|anu|kailan|kelan|saan|saang|nasaan|magkano|ilan|ilang|bakit|paano|pano|gaano|kanino|alin|may|meron|mayroon|who|what|when|where|why|how|which|whom|whose|is|are|was|were|did|does|do|can|could|will|would|has|have)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"^\W*(?<q>sino|sinu|cnu|cno|ano|anong)\s+(?<n>(?:\p{L}+\s+)?)ka(?:\s+(?:ba|po))*(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex WhoAreYou();

    [GeneratedRegex(@"\b(?:si|c)\s+(?<who>\p{L}+)\s+ba\s+(?=pumirma|nagpirma|lumagda|nag|nagsabi|nangako|dumalo|sumali|nag-)", RegexOptions.IgnoreCase)]
    private static partial Regex DidTheySign();

    [GeneratedRegex(@"^\W*(?<what>presidente|president|pinuno|leader|lider)\s+(?:po\s+)?ba\s+(?:si|c|ang|yung)\s+(?<who>\p{L}+)", RegexOptions.IgnoreCase)]
    private static partial Regex IsTheLeader();

    [GeneratedRegex(@"^\W*(?<what>\p{L}+(?:\s+\p{L}+)?)\s+(?:po\s+)?ba\s+(?:isang\s+)?(?:bansa|country)\b(?:\s+(?:yan|yun|ba|po))*", RegexOptions.IgnoreCase)]
    private static partial Regex IsItACountry();

    [GeneratedRegex(@"^\W*(?<what>\p{L}+(?:\s+\p{L}+)?)\s+(?:po\s+)?ba\s+ay\s+", RegexOptions.IgnoreCase)]
    private static partial Regex IsIt();

    [GeneratedRegex(@"^\W*(?<q>ano|anong|sino|sinong|cnu|cno)\s+(?:po\s+|ba\s+)*(?=(?:official|full|buong)?\s*(?:name|pangalan|title)\b|(?:spokesperson|spokeswoman|writer|author|leader|pinuno|head)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIsThe();

    [GeneratedRegex(@"\bsaang\s+(?:bansa|country|lugar)\s+(?:(?:ba|po)\s+)*(?:ang|yung|ung)\s+(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex WhereIsPlace();

    [GeneratedRegex(@"\bpareho(?:\s+(?:lang|ba|po|to|ito|yan|yun|yung))*\s+sa\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SameAs();

    [GeneratedRegex(@"\b(?<name>name|pangalan)\s+(?:ni|nina)\s+(?<who>\p{L}+)", RegexOptions.IgnoreCase)]
    private static partial Regex NameOf();

    [GeneratedRegex(@"\b(?<verb>kinuha|pinirmahan|nilagdaan|binigay|bnigay|ibinigay|ginawa|kinondena|sinuportahan|pinangako|ipinangako|inannex|sinulat|isinulat)\s+(?:ng|nang|ni)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneBy();

    [GeneratedRegex(@"\b(?:mag|magpa)[\s-]?(?<cv>[bcdfghjklmnpqrstvwxyz]?[aeiou])(?=\k<cv>)(?<verb>[a-z]{4,})\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureVerb();

    [GeneratedRegex(@"\bba\b", RegexOptions.IgnoreCase)]
    private static partial Regex BaAsks();

    [GeneratedRegex(@"[\p{L}'-]+")]
    private static partial Regex Word();
}
