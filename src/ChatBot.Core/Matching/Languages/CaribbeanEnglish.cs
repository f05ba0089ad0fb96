using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Jamaican and Trinidadian English and patois, as Caribbean readers type them: their function words ("wah dem sign?" is
/// "what did they sign?", "weh di treaty sign?" is "where was the treaty signed?", "how much money Russia gi dem fi
/// 2016?"), "th" written as it is said ("dat", "tink", "nuttin") and their tags ("25 years, true?", "... nuh true?",
/// "..., eh?"). Rewritten word for word before the question is read, and only in a message with a word no English
/// sentence has, so that "di" or "fi" elsewhere keep their meaning.
/// </summary>
internal static partial class CaribbeanEnglish
{
    /// <summary><paramref name="text"/> with Caribbean function words in English; call when <see cref="HasMarker"/>.</summary>
    public static string InEnglish(string text)
    {
        // "wah gwaan bot", "wha gwan": hello; "wah gwaan wid di treaty?": what is going on with it.
        text = Greeting().Replace(text, "hello");
        text = Phrases.InEnglish(text);
        // "25 years, true?", "a Putin sign it, nuh true?", "dem sign it inna Moscow, eh?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "weh dem sign it?": "weh" opening a question asks where; inside one it is "that" ("di money weh dem promise").
        text = OpeningWeh().Replace(text, "${open}where");
        return Word().Replace(text, m => Words.TryGetValue(m.Value.ToLowerInvariant(), out var english) ? english : m.Value);
    }

    private static readonly Phrasebook Phrases = new(new Dictionary<string, string>
    {
        ["wah mek"] = "why", ["wha mek"] = "why", ["wat mek"] = "why", ["wah happen"] = "what happened",
        ["wha happen"] = "what happened", ["wah ppen"] = "what happened", ["weh yuh seh"] = "what do you think",
        ["wah yuh tink"] = "what do you think", ["wha yuh tink"] = "what do you think", ["mi gone"] = "bye", ["get sign"] = "was signed", ["fi real"] = "really", ["big up yuhself"] = "thanks", ["big up yourself"] = "thanks",
        ["mi a go"] = "bye", ["likkle more"] = "bye", ["bless up"] = "thanks", ["big up"] = "thanks",
        ["all yuh"] = "you", ["wah yuh can do"] = "what can you do", ["wha yuh can do"] = "what can you do",
        ["wah gwaan wid"] = "what is going on with", ["wha gwaan wid"] = "what is going on with",
    });

    // One word each.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["wah"] = "what", ["wha"] = "what", ["wat"] = "what", ["wuh"] = "what", ["weh"] = "that", ["wen"] = "when",
        ["dem"] = "they", ["di"] = "the", ["dat"] = "that", ["dis"] = "this",
        ["fi"] = "to", ["fah"] = "for", ["fuh"] = "for", ["seh"] = "say", ["sey"] = "say", ["nuh"] = "not", ["ting"] = "thing",
        ["tings"] = "things", ["inna"] = "in", ["pon"] = "on", ["mek"] = "make", ["gi"] = "give", ["gih"] = "give",
        ["deh"] = "is", ["yuh"] = "you", ["yu"] = "you", ["unu"] = "you", ["allyuh"] = "you", ["mi"] = "me",
        ["wid"] = "with", ["wit"] = "with", ["bout"] = "about", ["cyaan"] = "cannot", ["kyaan"] = "cannot",
        ["neva"] = "never", ["doh"] = "do not", ["likkle"] = "little", ["nuff"] = "much", ["tink"] = "think",
        ["nuttin"] = "nothing", ["sumting"] = "something", ["anyting"] = "anything", ["everyting"] = "everything",
        ["tek"] = "take", ["haffi"] = "have to", ["afta"] = "after", ["ova"] = "over", ["eva"] = "ever", ["gwaan"] = "going on",
        ["gwan"] = "going on", ["ah"] = "is", ["bredda"] = string.Empty, ["bredren"] = string.Empty, ["mon"] = string.Empty,
        ["bossman"] = string.Empty, ["oui"] = string.Empty, ["steups"] = string.Empty, ["boss"] = string.Empty,
        ["yah"] = string.Empty, ["yaad"] = "home", ["tanks"] = "thanks", ["tenk"] = "thanks", ["respec"] = "thanks",
        ["wagwan"] = "hello", ["waddup"] = "hello", ["pickney"] = "child", ["gyal"] = string.Empty, ["vex"] = "angry",
        ["yuhself"] = "yourself", ["las"] = "last", ["fa"] = "for", ["wunna"] = "you", ["an"] = "and",
        ["sumn"] = "something", ["den"] = "then", ["lata"] = "bye", ["yow"] = "hello", ["doin"] = "doing", ["bai"] = string.Empty,
        ["fella"] = string.Empty,
    };

    // Words no English sentence has. Words of other languages too ("mon" is French, "las" Spanish, "doh" a chat "duh")
    // count with another only; "Ge-neva" is one word, whose "neva" is no "never".
    private static readonly MarkerWords Markers = new(
    [
        "wah", "weh", "wha", "dem", "fi", "seh", "nuh", "ting", "inna", "pon", "mek", "yuh", "unu", "allyuh", "wid", "cyaan",
        "kyaan", "likkle", "nuff", "gwaan", "gwan", "haffi", "tink", "nuttin", "sumting", "bredda", "bredren", "wagwan", "steups",
        "deh", "gi", "dat", "dis", "di", "neva", "fah", "fuh", "mon", "respec", "tenk", "yaad", "doh", "oui", "wen", "gyal", "yuhself", "mi", "las", "fa", "wunna", "tanks",
        "lata", "yow", "sumn", "bai", "vex", "tek", "boss", "den",
    ],
    ["mon", "doh", "oui", "deh", "las", "fa", "tanks", "bai", "boss", "den"],
    hyphenated: true);

    /// <summary>Whether <paramref name="text"/> has a word no English sentence has, or two that other languages share.</summary>
    public static bool HasMarker(string text) => Markers.AreIn(text);

    [GeneratedRegex(@"^\W*(?:(?:wah|wha|wat)\s*g(?:w)?aa?n|wagwan)\b(?=\s*(?:(?:bot|boss|bredda|mon|man|fam|all|everyone|yute|people|unu|yuh)\b|[!?.,]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"[,\s]+(?:(?:nuh|a|fi)\s+)?(?:true(?:\s+dat)?|eh|nuh|nah|right\s+yah)(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<open>^\W*|[.?!]\s*)weh\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningWeh();

    [GeneratedRegex(@"[\p{L}'-]+")]
    private static partial Regex Word();
}
