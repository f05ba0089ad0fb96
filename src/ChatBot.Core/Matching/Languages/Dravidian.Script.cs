using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Tamil and Telugu in their own scripts: "ஒப்பந்தத்தின் பெயர் என்ன?" is "oppandham peyar enna?", "ఒప్పందం మీద ఎవరు
/// సంతకం చేశారు?" is "oppandam meeda evaru santhakam chesaru?", which the Latin reader then reads. Each word is looked up
/// as Tanglish and Tenglish spell it, the article's names and English loanwords as English writes them; a Tamil word
/// with a case ending the table lacks is looked up without it ("ஒசேஷியாவுக்கு" is "Ossetia ku"). A word the table lacks
/// is kept as written: a word the matcher does not know, never a wrong one. No other reader writes these scripts.
/// </summary>
internal static partial class Dravidian
{
    // The message with its Tamil and Telugu words in Latin letters, or as it is when it has none.
    private static string FromScript(string text) => !ScriptWord().IsMatch(text) ? text
        : ScriptWord().Replace(text, m => ScriptWords.TryGetValue(m.Value, out var latin) ? latin : WithCaseOff(m.Value) ?? m.Value);

    // "ஒசேஷியாவுக்கு" (to Ossetia), "ஜெனீவாவில்" (in Geneva): a word of the table with a Tamil case ending.
    private static string? WithCaseOff(string word)
    {
        foreach (var (ending, latin) in CaseEndings)
        {
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal)
                && ScriptWords.TryGetValue(word[..^ending.Length], out var stem))
            {
                return latin.Length == 0 ? stem : $"{stem} {latin}";
            }
        }

        return null;
    }

    private static readonly (string Ending, string Latin)[] CaseEndings =
    [
        ("வுக்கு", "ku"), ("க்கு", "ku"), ("வில்", "la"), ("த்தில்", "la"), ("த்தின்", string.Empty), ("வின்", string.Empty),
        ("కు", "ki"), ("కి", "ki"), ("లో", "lo"),
    ];

    // Tamil and Telugu words as Tanglish and Tenglish spell them, so that the Latin tables read them.
    private static readonly Dictionary<string, string> ScriptWords = new(StringComparer.Ordinal)
    {
        // Tamil question words, verbs and particles.
        ["என்ன"] = "enna", ["யார்"] = "yaaru", ["யாரு"] = "yaaru", ["எப்போது"] = "eppo", ["எப்போ"] = "eppo",
        ["எங்கே"] = "enga", ["எங்கு"] = "enga", ["எவ்வளவு"] = "evlo", ["ஏன்"] = "yen", ["எப்படி"] = "eppadi",
        ["எத்தனை"] = "ethanai", ["எந்த"] = "endha", ["இந்த"] = "indha", ["இது"] = "idhu", ["அது"] = "adhu",
        ["அடுத்த"] = "adutha", ["பற்றி"] = "pathi", ["சொல்லுங்க"] = "sollunga", ["சொல்லுங்கள்"] = "sollunga",
        ["சொல்"] = "sollu", ["சொன்னார்கள்"] = "sonnanga", ["சொன்னது"] = "sonnadhu", ["கொடுத்தது"] = "kuduthanga",
        ["கொடுத்தார்கள்"] = "kuduthanga", ["கையெழுத்திட்டார்கள்"] = "kaiyezhuthittargal", ["கையெழுத்திட்டது"] = "kaiyezhuthittargal",
        ["கையெழுத்திட்டனர்"] = "kaiyezhuthittargal", ["கையெழுத்து"] = "kaiyezhuthu", ["எழுதியது"] = "ezhudhiyadhu",
        ["எழுதியவர்"] = "writer", ["நடந்தது"] = "nadandhadhu", ["நன்றி"] = "nandri", ["வணக்கம்"] = "vanakkam",
        ["நீ"] = "nee", ["நீங்கள்"] = "neenga", ["நீங்க"] = "neenga",
        // Tamil nouns.
        ["ஒப்பந்தம்"] = "oppandham", ["ஒப்பந்தத்தின்"] = "oppandham", ["ஒப்பந்தத்தை"] = "oppandham",
        ["ஒப்பந்தத்தில்"] = "oppandham la", ["பெயர்"] = "peyar", ["பணம்"] = "panam", ["தேதி"] = "thethi", ["நாள்"] = "naal",
        ["ஆண்டுகள்"] = "varusham", ["வருடம்"] = "varusham", ["வருடங்கள்"] = "varusham", ["ஆண்டு"] = "varusham",
        ["கூட்டம்"] = "koottam", ["பேச்சுவார்த்தை"] = "pechuvaarthai", ["கட்டுரை"] = "katturai", ["செய்தி"] = "seidhi",
        ["ராணுவம்"] = "raanuvam", ["எல்லை"] = "ellai", ["பாதுகாப்பு"] = "paadhukappu", ["எதிர்வினை"] = "reaction",
        ["தலைவர்"] = "thalaivar", ["முதல்வர்"] = "chief minister", ["தமிழ்நாட்டு"] = "Tamil Nadu", ["தமிழ்நாடு"] = "Tamil Nadu",
        // Tamil names.
        ["ரஷ்யா"] = "Russia", ["ரஷ்யாவின்"] = "Russia's", ["ஜார்ஜியா"] = "Georgia", ["தெற்கு"] = "South",
        ["ஒசேஷியா"] = "Ossetia", ["ஒசேடியா"] = "Ossetia", ["ஒசெட்டியா"] = "Ossetia", ["அப்காசியா"] = "Abkhazia",
        ["அப்காஸியா"] = "Abkhazia", ["ஜெனீவா"] = "Geneva", ["ஜெனிவா"] = "Geneva", ["புடின்"] = "Putin", ["புதின்"] = "Putin",
        ["திபிலோவ்"] = "Tibilov", ["நேட்டோ"] = "NATO", ["அமெரிக்கா"] = "America", ["கிரிமியா"] = "Crimea",
        ["க்ரைமியா"] = "Crimea", ["கிரெம்ளின்"] = "Kremlin", ["மாஸ்கோ"] = "Moscow",
        // Telugu question words, verbs and particles.
        ["ఏంటి"] = "enti", ["ఏమిటి"] = "emiti", ["ఏమి"] = "emi", ["ఏం"] = "em", ["ఎవరు"] = "evaru", ["ఎవరిది"] = "evaridi",
        ["ఎంత"] = "entha", ["ఎన్ని"] = "enni", ["ఎప్పుడు"] = "eppudu", ["ఎక్కడ"] = "ekkada", ["ఎలా"] = "elaa",
        ["ఎందుకు"] = "enduku", ["ఏ"] = "ye", ["ఈ"] = "ee", ["ఆ"] = "aa", ["మీద"] = "meeda", ["గురించి"] = "gurinchi",
        ["అంటే"] = "ante", ["చేశారు"] = "chesaru", ["చేసారు"] = "chesaru", ["చేసింది"] = "chesindi", ["చేసిన"] = "chesina",
        ["రాసింది"] = "rasindi", ["రాశారు"] = "rasaru", ["రాసారు"] = "rasaru", ["స్పందించింది"] = "spandinchindi",
        ["స్పందించారు"] = "spandinchindi", ["ఇచ్చారు"] = "icharu", ["ఇచ్చింది"] = "ichindi", ["ఉంది"] = "undi",
        ["జరిగింది"] = "jarigindi", ["చెప్పండి"] = "cheppandi", ["చెప్పు"] = "cheppu", ["తదుపరి"] = "tadupari",
        ["నువ్వు"] = "nuvvu", ["మీరు"] = "meeru", ["ధన్యవాదాలు"] = "dhanyavadalu", ["నమస్కారం"] = "namaskaram",
        // Telugu nouns.
        ["ఒప్పందం"] = "oppandam", ["ఒప్పందంపై"] = "oppandam meeda", ["సంతకం"] = "santhakam", ["తేదీన"] = "thedi",
        ["తేదీ"] = "thedi", ["రక్షణ"] = "rakshana", ["బాధ్యత"] = "badhyata", ["సంవత్సరాలు"] = "samvatsaralu",
        ["సమావేశం"] = "samavesam", ["చర్చలు"] = "charchalu", ["డబ్బు"] = "dabbu", ["పేరు"] = "peru", ["రోజు"] = "roju",
        ["వార్త"] = "vartha", ["సైన్యం"] = "sainyam", ["సరిహద్దు"] = "sarihaddu", ["స్పందన"] = "reaction",
        ["ఆర్టికల్"] = "article", ["వ్యాసం"] = "article", ["వాతావరణం"] = "weather",
        // Telugu names.
        ["రష్యా"] = "Russia", ["సౌత్"] = "South", ["దక్షిణ"] = "South", ["ఒసేటియా"] = "Ossetia", ["ఒస్సేటియా"] = "Ossetia",
        ["ఒసెటియా"] = "Ossetia", ["జార్జియా"] = "Georgia", ["అబ్ఖాజియా"] = "Abkhazia", ["అబ్ఖాజియాకు"] = "Abkhazia ki",
        ["జెనీవా"] = "Geneva", ["జెనీవాలో"] = "Geneva lo", ["నాటో"] = "NATO", ["అమెరికా"] = "America", ["పుతిన్"] = "Putin",
        ["టిబిలోవ్"] = "Tibilov", ["క్రిమియా"] = "Crimea", ["క్రెమ్లిన్"] = "Kremlin", ["మాస్కో"] = "Moscow",
    };

    // A run of Tamil or Telugu letters and signs.
    [GeneratedRegex(@"[\u0B80-\u0BFF\u0C00-\u0C7F]+")]
    private static partial Regex ScriptWord();
}
