using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Scots, Irish, Australian and South African English as readers type it: "whit's the name o this treaty?" is "what's
/// the name of this treaty?", "whit happens tae their sodjers?" what happens to their soldiers, "g'day", "what's the
/// craic", "howzit" and "hooroo" are hello and goodbye, "eish, ja, how much did they give?" asks how much, and an
/// Afrikaans question ("wie het die verdrag geteken?") is who signed the treaty. Rewritten word for word before the question is read, and only in a message with a word
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
        ["whaur"] = "where", ["wis"] = "was", ["yer"] = "your",
        // Northern English: "did they agree owt?", "nowt", "summat".
        ["owt"] = "anything", ["nowt"] = "nothing", ["summat"] = "something",
        // South African: Afrikaans and township words in English ("howzit bru", "eish", "ja nee", "baie dankie").
        ["howzit"] = "hello", ["eish"] = string.Empty, ["ag"] = string.Empty, ["haibo"] = string.Empty, ["yoh"] = string.Empty,
        ["sho"] = string.Empty, ["bru"] = string.Empty, ["boet"] = string.Empty, ["bra"] = string.Empty, ["boetie"] = string.Empty,
        ["ja"] = "yes", ["nee"] = "no", ["lekker"] = "great", ["dankie"] = "thanks", ["baie"] = "very", ["totsiens"] = "goodbye",
        ["oke"] = "guy", ["okes"] = "guys", ["ou"] = "guy", ["angazi"] = string.Empty, ["shot"] = "thanks", ["journo"] = "journalist",
        ["asseblief"] = "please", ["môre"] = "morning", ["groete"] = "regards",
        // Zulu and township greetings.
        ["sawubona"] = "hello", ["heita"] = "hello", ["ngiyabonga"] = "thanks", ["kakhulu"] = string.Empty, ["ntwana"] = string.Empty,
        ["yebo"] = "yes", ["hamba"] = "goodbye", ["kahle"] = string.Empty,
        // Afrikaans questions: "wie het dit geteken?" is who signed it, "wat is die naam van die verdrag?" the treaty's name.
        ["wie"] = "who", ["wat"] = "what", ["wanneer"] = "when", ["waar"] = "where", ["hoeveel"] = "how much", ["hoe"] = "how",
        ["hoekom"] = "why", ["het"] = string.Empty, ["die"] = "the", ["dit"] = "it", ["geteken"] = "signed", ["teken"] = "sign",
        ["verdrag"] = "treaty", ["ooreenkoms"] = "agreement", ["naam"] = "name", ["van"] = "of", ["datum"] = "date",
        ["lank"] = "long", ["geldig"] = "valid", ["gebeur"] = "happens", ["met"] = "with", ["se"] = "'s", ["weermag"] = "army",
        ["gesê"] = "said", ["sê"] = "say", ["geld"] = "money", ["belowe"] = "promised", ["jaar"] = "years", ["grens"] = "border",
        ["rusland"] = "Russia", ["georgië"] = "Georgia", ["suid"] = "South", ["ossetië"] = "Ossetia", ["ding"] = "thing",
    };

    // Words standard English has not ("g'day" with its apostrophe; "whit's" is "whit").
    private static readonly MarkerWords Markers = new(
    [
        "whit", "dae", "tae", "dinnae", "cannae", "didnae", "isnae", "wasnae", "wouldnae", "hame", "sodjers", "wrang", "youse",
        "g'day", "gday", "hooroo", "craic", "slan", "d'ye", "whaddya", "dinkum", "arvo", "aboot", "frae", "gonnae", "noo", "och",
        "howzit", "eish", "haibo", "boet", "boetie", "lekker", "dankie", "totsiens", "ja", "bru", "yoh", "ag", "sho", "okes",
        "angazi", "asseblief", "môre", "sawubona", "heita", "ngiyabonga", "kakhulu", "ntwana", "yebo", "wanneer",
        "hoeveel", "hoekom", "geteken", "verdrag", "ooreenkoms", "geldig", "weermag", "gesê", "belowe", "georgië", "ossetië",
        "het", "die", "dit", "wat", "waar", "ou", "hamba", "kahle", "naam", "datum", "lank", "gebeur", "rusland", "suid",
        "aye", "whaur", "owt", "nowt", "summat", "wis", "yer", "ye",
    ],
    // "Ja" is German's and Dutch's yes too, "bra" a garment, "ag" agriculture, "yoh" an English interjection; "het", "die",
    // "wie", "wat", "ou" and the like are English, Dutch or German words or shorthand as well; "wis", "yer" and "ye" typos or old English.
    ["ja", "bra", "yoh", "ag", "wie", "het", "die", "dit", "wat", "waar", "ou", "hamba", "kahle", "naam", "datum", "lank", "gebeur", "rusland", "suid",
     "wis", "yer", "ye"],
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
