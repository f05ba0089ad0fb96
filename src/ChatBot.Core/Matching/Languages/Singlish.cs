using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Singlish and Manglish, the English of Singapore and Malaysia: its particles ("who signed ah", "how much lah", "SO is
/// what sia") say how the reader feels, not what they ask; "izzit?" and "or not?" ask whether it is so ("signed in Moscow
/// izzit?"); "kena" is the passive's "got" ("their army kena absorb?"); and Malay lends whole questions ("berapa duit
/// Abkhazia dapat?" is how much money Abkhazia gets). Rewritten word for word before the question is read, and only in
/// a message with a word English has not, so that "ah", "can" or "one" elsewhere keep their meaning.
/// </summary>
internal static partial class Singlish
{
    /// <summary><paramref name="text"/> with Singlish particles gone and Malay words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!Markers.AreIn(text))
        {
            return text;
        }

        // "signed in Tbilisi izzit?", "25 years correct or not?": the tag that asks whether it is so. "Can summarise for me
        // or not?" and "got money or not?" ask what they ask without it.
        // Read after the particles, which may follow it ("correct or not lah?").
        text = Phrases.InEnglish(text);
        text = Word().Replace(text, m => Words.TryGetValue(m.Value.ToLowerInvariant(), out var english) ? english : m.Value);
        text = Tag().Replace(text, m => m.Groups["check"].Success ? ", right" : string.Empty);
        return Izzit().Replace(text, "is it");
    }

    private static readonly Phrasebook Phrases = new(new Dictionary<string, string>
    {
        ["terima kasih"] = "thank you", ["jumpa lagi"] = "goodbye", ["macam mana"] = "how", ["di mana"] = "where",
        ["apa khabar"] = "how are you", ["same like"] = "same as", ["short short"] = "briefly",
    });

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Particles: the reader's tone, no word of the question.
        ["lah"] = string.Empty, ["la"] = string.Empty, ["leh"] = string.Empty, ["lor"] = string.Empty, ["meh"] = string.Empty,
        ["sia"] = string.Empty, ["hor"] = string.Empty, ["har"] = string.Empty, ["ah"] = string.Empty, ["liao"] = string.Empty,
        ["wah"] = string.Empty, ["walao"] = string.Empty, ["alamak"] = string.Empty, ["aiyo"] = string.Empty, ["aiyoh"] = string.Empty,
        ["aiya"] = string.Empty, ["aiyah"] = string.Empty, ["paiseh"] = "sorry", ["kena"] = string.Empty,
        ["kaki"] = "friend", ["bojio"] = string.Empty, ["shiok"] = "great", ["lepak"] = string.Empty, ["abuden"] = string.Empty,
        // Malay.
        ["berapa"] = "how much", ["duit"] = "money", ["wang"] = "money", ["dapat"] = "get", ["siapa"] = "who", ["bila"] = "when",
        ["mana"] = "where", ["kenapa"] = "why", ["apa"] = "what", ["tak"] = "not", ["boleh"] = "can", ["ini"] = "this",
        ["itu"] = "that", ["perjanjian"] = "treaty", ["tandatangan"] = "sign", ["dah"] = string.Empty, ["sudah"] = string.Empty,
        ["tahun"] = "years", ["negara"] = "country", ["askar"] = "army", ["sempadan"] = "border", ["mesyuarat"] = "meeting",
        ["cakap"] = "say", ["kata"] = "say", ["janji"] = "promise", ["ke"] = string.Empty, ["pun"] = string.Empty,
        ["kah"] = string.Empty,
    };

    // Words English has not; those it shares ("ah", "mana", "ini", "tak", "apa") or Tagalog does ("dapat") count with
    // another only, and "la" (La Paz) not at all.
    private static readonly MarkerWords Markers = new(
    [
        "lah", "leh", "lor", "meh", "sia", "hor", "har", "liao", "walao", "alamak", "aiyo", "aiyoh", "aiyah", "paiseh", "izzit",
        "kena", "bojio", "shiok", "lepak", "abuden", "berapa", "duit", "dapat", "siapa", "kenapa", "boleh", "perjanjian",
        "tandatangan", "sudah", "tahun", "negara", "sempadan", "mesyuarat", "cakap", "janji", "ah", "mana", "ini",
        "tak", "apa", "bila", "itu", "wah", "aiya", "kaki", "dah", "kah", "ke", "pun", "wang", "askar", "kata",
    ],
    ["ah", "mana", "ini", "tak", "apa", "bila", "itu", "wah", "dapat", "aiya", "kaki", "dah", "kah", "ke", "pun", "wang", "askar", "kata"]);

    [GeneratedRegex(@"[,\s]+(?:(?<check>izzit|(?:correct|right|true)\s+or\s+not)|(?:can\s+|got\s+)?or\s+not)(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\bizzit\b", RegexOptions.IgnoreCase)]
    private static partial Regex Izzit();

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex Word();
}
