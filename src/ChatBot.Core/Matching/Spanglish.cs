using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

/// <summary>
/// Spanglish, the English of Spanish speakers mixed with Spanish, up to whole Spanish sentences: "quién firmó el
/// tratado?" is "who signed the treaty?", "cuánta lana le dio Rusia a South Ossetia?" how much money Russia gave, "es por
/// 50 años, verdad?" "it is for 50 years, right?". Rewritten word for word before the question is read (the bot reads
/// words, not word order), and only in a message with a word English has not, so that "a", "no" or "la" elsewhere keep
/// their meaning. Learners' single borrowings and false friends are <see cref="MixedLanguage"/>'s.
/// </summary>
internal static partial class Spanglish
{
    /// <summary><paramref name="text"/> with Spanish words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!Markers.AreIn(text))
        {
            return text;
        }

        text = Tag().Replace(text, ", right");
        text = Phrases.InEnglish(text);
        return Word().Replace(text, m => Words.TryGetValue(m.Value.ToLowerInvariant(), out var english) ? english : m.Value);
    }

    private static readonly Phrasebook Phrases = new(new Dictionary<string, string>
    {
        ["por qué"] = "why", ["por que"] = "why", ["o sea"] = string.Empty, ["fuerzas armadas"] = "armed forces",
        ["estados unidos"] = "US", ["unión europea"] = "EU", ["union europea"] = "EU", ["qué onda"] = "what's up",
        ["que onda"] = "what's up", ["cómo se llama"] = "what is the name of", ["como se llama"] = "what is the name of",
        ["cuánto tiempo"] = "how long", ["cuanto tiempo"] = "how long", ["de qué se trata"] = "what is it about",
        ["de que se trata"] = "what is it about", ["qué tiene que ver"] = "what does it have to do with",
        ["que tiene que ver"] = "what does it have to do with", ["en primer lugar"] = "in the first place",
        ["osetia del sur"] = "South Ossetia", ["quién eres"] = "who are you", ["quien eres"] = "who are you",
    });

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Question words.
        ["qué"] = "what", ["que"] = "what", ["quién"] = "who", ["quien"] = "who", ["quiénes"] = "who", ["quienes"] = "who",
        ["cuándo"] = "when", ["cuando"] = "when", ["dónde"] = "where", ["donde"] = "where", ["cuánto"] = "how much",
        ["cuanto"] = "how much", ["cuánta"] = "how much", ["cuanta"] = "how much", ["cuántos"] = "how many",
        ["cuantos"] = "how many", ["cuántas"] = "how many", ["cómo"] = "how", ["como"] = "how", ["cuál"] = "which",
        ["cual"] = "which",
        // Function words.
        ["el"] = "the", ["la"] = "the", ["los"] = "the", ["las"] = "the", ["de"] = "of", ["del"] = "of the", ["en"] = "in",
        ["y"] = "and", ["es"] = "is", ["son"] = "are", ["fue"] = "was", ["se"] = string.Empty, ["lo"] = "it", ["le"] = string.Empty,
        ["les"] = string.Empty, ["con"] = "with", ["sobre"] = "about", ["para"] = "for", ["por"] = "for", ["pero"] = "but",
        ["sus"] = "their", ["su"] = "its", ["esto"] = "this", ["eso"] = "that", ["este"] = "this", ["esta"] = "this",
        ["entre"] = "between", ["un"] = "a", ["una"] = "a", ["sí"] = "yes", ["tú"] = "you", ["eres"] = "are you",
        ["estaban"] = "were", ["hay"] = "is there", ["al"] = "to the", ["parte"] = "part", ["hago"] = "do",
        // Fillers.
        ["oye"] = string.Empty, ["pues"] = string.Empty, ["porfa"] = "please", ["bueno"] = "ok", ["mija"] = string.Empty,
        ["mijo"] = string.Empty, ["perdón"] = "sorry", ["perdon"] = "sorry", ["rápido"] = "quick", ["rapido"] = "quick",
        // Things and acts.
        ["tratado"] = "treaty", ["acuerdo"] = "agreement", ["acuerdos"] = "agreements", ["firma"] = "signature",
        ["firmó"] = "signed", ["firmo"] = "signed", ["firmaron"] = "signed", ["fecha"] = "date", ["dinero"] = "money",
        ["lana"] = "money", ["plata"] = "money", ["frontera"] = "border", ["fronteras"] = "borders", ["ejército"] = "army",
        ["ejercito"] = "army", ["seguridad"] = "security", ["defensa"] = "defence", ["gobierno"] = "government",
        ["dijo"] = "said", ["dijeron"] = "said", ["dice"] = "say", ["pasó"] = "happened", ["paso"] = "happened",
        ["pasa"] = "happens", ["ronda"] = "round", ["próxima"] = "next", ["proxima"] = "next", ["reunión"] = "meeting",
        ["reunion"] = "meeting", ["pláticas"] = "talks", ["platicas"] = "talks", ["reaccionó"] = "reacted",
        ["reacciono"] = "reacted", ["reacciones"] = "reactions", ["diferencia"] = "difference", ["artículo"] = "article",
        ["articulo"] = "article", ["escribió"] = "wrote", ["escribio"] = "wrote", ["resumen"] = "summary",
        ["años"] = "years", ["anos"] = "years", ["presidió"] = "chaired", ["presidio"] = "chaired", ["dio"] = "gave",
        ["dar"] = "give", ["prometió"] = "pledged", ["prometio"] = "pledged", ["preocupa"] = "worries",
        ["agosto"] = "August", ["marzo"] = "March", ["reconocen"] = "recognize", ["reconoce"] = "recognizes",
        ["mundo"] = "world", ["funciona"] = "works", ["ayuda"] = "help", ["gracias"] = "thanks", ["hola"] = "hello",
        ["adiós"] = "goodbye", ["adios"] = "goodbye", ["razón"] = "right", ["rusia"] = "Russia", ["ginebra"] = "Geneva",
        ["abjasia"] = "Abkhazia", ["nombre"] = "name", ["exactamente"] = "exactly", ["dura"] = "last",
        ["mandar"] = "send", ["van"] = string.Empty, ["va"] = string.Empty, ["gringos"] = "Americans", ["americanos"] = "Americans", ["internacionales"] = "international",
    };

    // Words English has not; those English or its names share ("El Salvador", "Los Angeles") count with another only.
    private static readonly MarkerWords Markers = new(
    [
        "qué", "quién", "quiénes", "cuándo", "dónde", "cuánto", "cuánta", "cuántos", "cómo", "cuál", "verdad", "tratado", "firmó",
        "firmaron", "oye", "pues", "porfa", "gracias", "lana", "dinero", "dijo", "dijeron", "pasó", "el", "los", "las", "del",
        "sobre", "eres", "quien", "cuando", "donde", "cuanto", "cuanta", "ejército", "frontera", "gobierno", "reunión", "pláticas",
        "fecha", "nombre", "resumen", "bueno", "perdón", "pero", "exactamente", "gringos",
    ],
    ["el", "los", "las", "del", "sobre", "quien", "cuando", "donde", "cuanto", "cuanta", "lana", "pero"]);

    [GeneratedRegex(@"[,\s]+(?:verdad|no\s+es\s+cierto|cierto|o\s+no|o\s+qu[eé])(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex Word();
}
