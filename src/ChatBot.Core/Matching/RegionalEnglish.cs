using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

/// <summary>
/// Scots, Irish and Australian English as readers type it: "whit's the name o this treaty?" is "what's the name of this
/// treaty?", "whit happens tae their sodjers?" what happens to their soldiers, "g'day", "what's the craic" and "hooroo"
/// are hello and goodbye. Rewritten word for word before the question is read, and only in a message with a word
/// standard English has not ("whit", "dinnae", "g'day"), so that "o" or "ye" elsewhere keep their meaning.
/// </summary>
internal static partial class RegionalEnglish
{
    /// <summary><paramref name="text"/> with dialect words in standard English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!Markers.AreIn(text))
        {
            return text;
        }

        // "well hello, what's the craic", "how's the craic?": how are you.
        text = Craic().Replace(text, "how are you");
        // "so their army's folded into Russia's, fair dinkum?": is that right?
        text = FairDinkum().Replace(text, ", right");
        // "cheerio the noo": for now.
        text = TheNoo().Replace(text, "now");
        return Word().Replace(text, m => Words.TryGetValue(m.Value.ToLowerInvariant(), out var english) ? english : m.Value);
    }

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["whit"] = "what", ["whit's"] = "what's", ["dae"] = "do", ["tae"] = "to", ["dinnae"] = "don't", ["cannae"] = "can't",
        ["didnae"] = "didn't", ["isnae"] = "isn't", ["wasnae"] = "wasn't", ["wouldnae"] = "wouldn't", ["ken"] = "know",
        ["hame"] = "home", ["sodjers"] = "soldiers", ["wrang"] = "wrong", ["ye"] = "you", ["youse"] = "you", ["yous"] = "you",
        ["wi"] = "with", ["o"] = "of", ["aye"] = "yes", ["naw"] = "no", ["och"] = string.Empty, ["wee"] = string.Empty,
        ["g'day"] = "hello", ["gday"] = "hello", ["hooroo"] = "goodbye", ["slan"] = "goodbye", ["slainte"] = "cheers",
        ["d'ye"] = "do you", ["whaddya"] = "what do you", ["arvo"] = "afternoon", ["yoke"] = "thing", ["oot"] = "out",
        ["aboot"] = "about", ["doon"] = "down", ["awa"] = "away", ["frae"] = "from", ["fae"] = "from", ["ma"] = "my",
        ["mair"] = "more", ["ony"] = "any", ["nae"] = "no", ["gonnae"] = "going to", ["tellin"] = "telling",
    };

    // Words standard English has not ("g'day" with its apostrophe; "whit's" is "whit").
    private static readonly MarkerWords Markers = new(
    [
        "whit", "dae", "tae", "dinnae", "cannae", "didnae", "isnae", "wasnae", "wouldnae", "hame", "sodjers", "wrang", "youse",
        "g'day", "gday", "hooroo", "craic", "slan", "d'ye", "whaddya", "dinkum", "arvo", "aboot", "frae", "gonnae", "noo", "och",
    ],
    [],
    apostrophes: true);

    [GeneratedRegex(@"\b(?:what'?s|how'?s)\s+the\s+craic\b", RegexOptions.IgnoreCase)]
    private static partial Regex Craic();

    [GeneratedRegex(@"[,\s]*\bfair\s+dinkum\b", RegexOptions.IgnoreCase)]
    private static partial Regex FairDinkum();

    [GeneratedRegex(@"\bthe\s+noo\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheNoo();

    [GeneratedRegex(@"[\p{L}]+(?:'[\p{L}]+)?")]
    private static partial Regex Word();
}
