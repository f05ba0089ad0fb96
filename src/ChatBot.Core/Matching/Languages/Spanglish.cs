using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Spanish as readers from Spain and Latin America write it, from Spanglish (Spanish words mixed into English) up to whole
/// Spanish questions: "quién firmó el tratado?" is "who signed the treaty?", "cuánta lana le dio Rusia a South Ossetia?"
/// how much money Russia gave, "¿Cuánto dura el tratado?" how long the treaty lasts, "es por 50 años, verdad?" "is for
/// 50 years, right?", "vosotros sabéis quién lo firmó?", "che, y cuánta guita hay?", "se firmó en Tiflis, ¿no?", "Psaki
/// = portavoz del Departamento de Estado, correcto?", "mil gracias crack", "qué onda bot". Rewritten word for word before
/// the question is read (the bot reads words, not word order), with or without accents and ¿ ¡ ("cuanto", "firmo",
/// "q"), in the forms of tú, vos, usted, vosotros and ustedes, regional words ("plata", "guita", "lana", "pasta", "tío",
/// "güey", "vale", "dale", "neta") and the tags that ask whether it is so ("¿no?", "¿verdad?", "¿cierto?", "¿sí o
/// no?", "¿o qué?"). Only in a message with a word English has not ("qué", "firmó", "tratado", "dinero", "¿") or two
/// it shares with English, its names or another reader's language ("el", "los", "la", "pero", "con", "che", "vale"), so
/// that "a", "no", "me", "se", "son" or "Los Angeles" elsewhere keep their meaning, Italian's "che" and Tagalog's
/// "pero" stay theirs, and a message a reader wrote in English with one Spanish word keeps its English words ("was it
/// 5 billion? my tío said so"). Learners' single borrowings and false friends are <see cref="MixedLanguage"/>'s.
/// </summary>
internal static partial class Spanglish
{
    /// <summary><paramref name="text"/> with Spanish words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!Markers.AreIn(text) && text.AsSpan().IndexOfAny('¿', '¡') < 0)
        {
            return text;
        }

        // "¿Quién firmó?", "¡gracias!": the opening marks English has not.
        text = OpeningMark().Replace(text, string.Empty);
        // "9,2 mil millones", "1.000 millones": Spanish writes a decimal comma and a thousands point.
        text = Numbers().Replace(text, m => m.Groups["thousands"].Success ? m.Groups["thousands"].Value : m.Groups["whole"].Value + "." + m.Groups["fraction"].Value);
        // "1000 millones": a billion, as English counts it.
        text = ThousandMillion().Replace(text, "${number} billion");
        // "es por 25 años, ¿no?", "lo firmaron en Moscú verdad?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "hablaron de la OTAN?": "was it for 25 years? pues, what did they say about it" keeps its English.
        var english = EnglishWord().IsMatch(text);
        // "lo firmaron Putin y Tibilov?", "lo escribió Sally Bokhua?": the object first, and who did it after the verb.
        text = DoneBy().Replace(text, "was ${verb} by ");
        // "y cómo se llama?": what it is called.
        text = WhatIsItCalled().Replace(text, "what is it called");
        // "Psaki = portavoz del Departamento de Estado?": is.
        text = text.Replace(" = ", " es ", StringComparison.Ordinal);
        text = Phrases.InEnglish(text);
        // "qué dice el tratado sobre...?", "qué dijo Mogherini?": what does the treaty say, in the order English asks it.
        text = WhatDoesItSay().Replace(text, m => $"what {(m.Groups["verb"].Value.EndsWith('o') || m.Groups["verb"].Value.EndsWith("eron", StringComparison.Ordinal) ? "did" : "does")} {(m.Groups["thing"].Length > 0 ? m.Groups["thing"].Value : m.Groups["verb"].Value.EndsWith('o') || m.Groups["verb"].Value.EndsWith("eron", StringComparison.Ordinal) ? "they" : "it")} say");
        // "que dijo Psaki?", "y q pasó?", "en que fecha?": "que" asks what where a sentence starts or after a preposition,
        // elsewhere it is "that" ("le dijo que iban a dar"); "como" asks how where a sentence starts, elsewhere it is "as".
        text = OpeningQue().Replace(text, m => m.Groups["before"].Value + (m.Groups["how"].Success ? "how" : "what"));
        // "quién la preside?", "Tiflis lo llama anexión", "Putin lo firmó en persona": the pronoun before a verb is its object.
        text = ObjectPronoun().Replace(text, m => VerbForms.Contains(m.Groups["verb"].Value.ToLowerInvariant())
            ? $"{m.Groups["verb"].Value} {(m.Groups["pronoun"].Value.EndsWith('s') ? "them" : "it")}" : m.Value);
        // "quién lideraba a los rusos?": who led the Russians; "a" after a verb and before its people marks them as its object.
        text = PersonalA().Replace(text, m => VerbForms.Contains(m.Groups["verb"].Value.ToLowerInvariant()) ? m.Groups["verb"].Value : m.Value);
        text = Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && EnglishToo.Contains(m.Value) ? m.Value
            : Words.TryGetValue(m.Value.ToLowerInvariant(), out var translated) ? translated : m.Value);
        // "che, ¿Putin firmó?": the comma of a filler read as nothing.
        return LeadingComma().Replace(text, string.Empty);
    }

    [GeneratedRegex(@"\b[Ll][oa]\s+(?<verb>\p{Ll}{3,}(?:[oó]|aron|ieron))\s+(?=\p{Lu})")]
    private static partial Regex DoneBy();

    [GeneratedRegex(@"\b(?:[Qq]u[eé]|[Qq])\s+(?<verb>dice|dicen|dijo|dijeron|pone)(?:\s*(?<thing>(?=[?!.]*\s*$))|\s+(?<thing>(?:[Ee]l|[Ll]as?|[Ll]os)\s+(?:\u0001[^\u0002]*\u0002|\p{L}+)|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)|(?<thing>(?=\s+(?:sobre|acerca|del?)\b)))")]
    private static partial Regex WhatDoesItSay();

    [GeneratedRegex(@"\b(?<number>\d+)000\s+(?:de\s+)?millones\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThousandMillion();

    [GeneratedRegex(@"\bc[oó]mo\s+se\s+llama(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIsItCalled();

    [GeneratedRegex(@"\b(?<pronoun>[Ll][oa]s?)\s+(?<verb>\p{L}+)")]
    private static partial Regex ObjectPronoun();

    [GeneratedRegex(@"\b(?<verb>\p{L}+)\s+a(?=\s+(?:los|las)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalA();

    [GeneratedRegex(@"^\s*,\s*")]
    private static partial Regex LeadingComma();

    [GeneratedRegex(@"[¿¡]+\s*")]
    private static partial Regex OpeningMark();

    [GeneratedRegex(@"(?<!\d[.,]?)(?:(?<thousands>\d{1,3})\.(?=\d{3}(?![\d.,]))|(?<whole>\d+),(?<fraction>\d{1,2})(?![\d.,]))")]
    private static partial Regex Numbers();

    // "..., ¿no?", "... verdad?", "..., ¿cierto?", "¿sí o no?", "..., ¿o qué?", "..., correcto?", "..., es así?": at the
    // end of the message. A bare "no?" needs no comma ("el tratado es por 25 años no?").
    [GeneratedRegex(@"[,\s(]+(?:o\s+algo\s+as[ií]|o\s+qu[eé]\s+onda|(?:no\s+)?(?:es\s+)?(?:verdad|cierto|as[ií])|o\s+no|s[ií]\s+o\s+no|o\s+qu[eé]|o\s+q|no\s+es\s+as[ií]|correcto|no)(?=\s*\)?\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    // English words a Spanish question never has: the message mixes English sentences in.
    [GeneratedRegex(@"\b(?:the|is|are|was|were|did|does|what|who|when|where|how|which|why|of|to|it|they|this|that|with|about|you|can|will|has|have|on|his|her|their|my|i)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"(?<before>(?:^|[.?!,;:(""'=]|\b(?:y|e|o|pero|and|but|entonces|pues|oye|che|vale|bueno|tío|tio|güey|wey|neta|en|de|a|con|sobre|para|pa|por|x|desde|hasta|según|segun)\b)\s*)(?:(?<how>como)|que|q)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningQue();

    // A word, or the English of a phrase, marked so that its words are not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+")]
    private static partial Regex Word();
}
