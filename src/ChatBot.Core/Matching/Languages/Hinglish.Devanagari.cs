using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Hindi in its own script: "संधि कब साइन हुई?" is "sandhi kab sign hui?", which the Latin reader then reads. Each word is
/// looked up (Hindi words as Hinglish spells them, the article's names and English loanwords as English writes them), and
/// a word the table lacks is spelled out letter by letter ("तिबिलोव" is "tibilov"). No other reader writes Devanagari.
/// </summary>
internal static partial class Hinglish
{
    // The message with its Devanagari words in Latin letters, or as it is when it has none.
    private static string FromDevanagari(string text)
    {
        if (!DevanagariWord().IsMatch(text))
        {
            return text;
        }

        // "। " ends a sentence as "." does.
        text = text.Replace('।', '.').Replace('॥', '.');
        return DevanagariWord().Replace(text, m =>
            DevanagariWords.TryGetValue(m.Value, out var latin) ? latin : Spelled(m.Value));
    }

    // A word spelled out: a consonant carries "a" unless a vowel sign or a virama follows it, and the last one none.
    private static string Spelled(string word)
    {
        var latin = new StringBuilder(word.Length * 2);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (Consonants.TryGetValue(c, out var consonant))
            {
                latin.Append(consonant);
                var next = i + 1 < word.Length ? word[i + 1] : '\0';
                if (next == '़' && i + 2 < word.Length)
                {
                    next = word[i + 2];
                }

                if (next != '्' && !VowelSigns.ContainsKey(next) && i + 1 < word.Length && next != '़')
                {
                    latin.Append('a');
                }
            }
            else if (VowelSigns.TryGetValue(c, out var sign))
            {
                latin.Append(sign);
            }
            else if (Vowels.TryGetValue(c, out var vowel))
            {
                latin.Append(vowel);
            }
            else if (c is 'ं' or 'ँ')
            {
                latin.Append('n');
            }
            else if (c is >= '०' and <= '९')
            {
                latin.Append((char)('0' + (c - '०')));
            }
        }

        return latin.ToString();
    }

    private static readonly Dictionary<char, string> Consonants = new()
    {
        ['क'] = "k", ['ख'] = "kh", ['ग'] = "g", ['घ'] = "gh", ['ङ'] = "n", ['च'] = "ch", ['छ'] = "chh", ['ज'] = "j",
        ['झ'] = "jh", ['ञ'] = "n", ['ट'] = "t", ['ठ'] = "th", ['ड'] = "d", ['ढ'] = "dh", ['ण'] = "n", ['त'] = "t",
        ['थ'] = "th", ['द'] = "d", ['ध'] = "dh", ['न'] = "n", ['प'] = "p", ['फ'] = "f", ['ब'] = "b", ['भ'] = "bh",
        ['म'] = "m", ['य'] = "y", ['र'] = "r", ['ल'] = "l", ['व'] = "v", ['श'] = "sh", ['ष'] = "sh", ['स'] = "s",
        ['ह'] = "h",
    };

    private static readonly Dictionary<char, string> VowelSigns = new()
    {
        ['ा'] = "a", ['ि'] = "i", ['ी'] = "i", ['ु'] = "u", ['ू'] = "u", ['ृ'] = "ri", ['े'] = "e", ['ै'] = "ai",
        ['ो'] = "o", ['ौ'] = "au", ['ॉ'] = "o", ['ॅ'] = "e",
    };

    private static readonly Dictionary<char, string> Vowels = new()
    {
        ['अ'] = "a", ['आ'] = "aa", ['इ'] = "i", ['ई'] = "i", ['उ'] = "u", ['ऊ'] = "u", ['ऋ'] = "ri", ['ए'] = "e",
        ['ऐ'] = "ai", ['ओ'] = "o", ['औ'] = "au", ['ऑ'] = "o",
    };

    // Hindi's words as Hinglish spells them, so that the Latin reader's tables read them; names and loanwords in English.
    private static readonly Dictionary<string, string> DevanagariWords = new(StringComparer.Ordinal)
    {
        // Question words and helpers.
        ["क्या"] = "kya", ["कौन"] = "kaun", ["कब"] = "kab", ["कहाँ"] = "kahan", ["कहां"] = "kahan", ["कितना"] = "kitna",
        ["कितनी"] = "kitni", ["कितने"] = "kitne", ["क्यों"] = "kyon", ["क्यूँ"] = "kyun", ["कैसे"] = "kaise",
        ["कैसा"] = "kaisa", ["कैसी"] = "kaisi", ["किसने"] = "kisne", ["किस"] = "kis", ["किसके"] = "kiske",
        ["किसकी"] = "kiski", ["किसका"] = "kiska", ["किसको"] = "kisko", ["कौनसा"] = "kaunsa", ["कौनसी"] = "kaunsi",
        ["है"] = "hai", ["हैं"] = "hain", ["था"] = "tha", ["थी"] = "thi", ["थे"] = "the", ["हुआ"] = "hua", ["हुई"] = "hui",
        ["हुए"] = "hue", ["होगा"] = "hoga", ["होगी"] = "hogi", ["हो"] = "ho", ["गया"] = "gaya", ["गई"] = "gayi",
        ["गयी"] = "gayi", ["गए"] = "gaye", ["रहा"] = "raha", ["रही"] = "rahi", ["रहे"] = "rahe",
        // Postpositions, pronouns, linkers.
        ["में"] = "mein", ["को"] = "ko", ["का"] = "ka", ["की"] = "ki", ["के"] = "ke", ["से"] = "se", ["पर"] = "par",
        ["ने"] = "ne", ["तक"] = "tak", ["और"] = "aur", ["या"] = "ya", ["भी"] = "bhi", ["लिए"] = "liye", ["लिये"] = "liye",
        ["बारे"] = "baare", ["साथ"] = "saath", ["बाद"] = "baad", ["पहले"] = "pehle", ["बीच"] = "beech",
        ["ख़िलाफ़"] = "khilaf", ["खिलाफ"] = "khilaf", ["यह"] = "yeh", ["ये"] = "ye", ["वह"] = "woh", ["वो"] = "wo",
        ["इस"] = "is", ["उस"] = "us", ["इसका"] = "iska", ["इसकी"] = "iski", ["इसके"] = "iske", ["उसका"] = "uska",
        ["उन्होंने"] = "unhone", ["आप"] = "aap", ["तुम"] = "tum", ["मैं"] = "main", ["मुझे"] = "mujhe", ["हम"] = "hum",
        ["नहीं"] = "nahi", ["ना"] = "na", ["न"] = "na", ["हाँ"] = "haan", ["जी"] = "ji", ["कुछ"] = "kuch",
        ["कोई"] = "koi", ["सब"] = "sab", ["दोनों"] = "dono", ["एक"] = "ek",
        // Verbs.
        ["किया"] = "kiya", ["किए"] = "kiye", ["करेगा"] = "karega", ["करेगी"] = "karegi", ["करेंगे"] = "karenge",
        ["कहा"] = "kaha", ["बोला"] = "bola", ["दिया"] = "diya", ["दी"] = "di", ["देगा"] = "dega", ["मिला"] = "mila",
        ["मिली"] = "mili", ["मिले"] = "mile", ["मिलेगा"] = "milega", ["मिलेगी"] = "milegi", ["मिलेंगे"] = "milenge",
        ["लिखा"] = "likha", ["बताओ"] = "batao", ["बताइए"] = "bataiye", ["बताइये"] = "bataiye", ["बताएं"] = "batayen",
        ["बताएँ"] = "batayen", ["चाहिए"] = "chahiye",
        // Things.
        ["संधि"] = "sandhi", ["समझौता"] = "samjhauta", ["समझौते"] = "samjhaute", ["करार"] = "karar",
        ["हस्ताक्षर"] = "hastakshar", ["ख़बर"] = "khabar", ["खबर"] = "khabar", ["समाचार"] = "samachar", ["लेख"] = "lekh",
        ["लेखक"] = "lekhak", ["पैसा"] = "paisa", ["पैसे"] = "paise", ["रूबल"] = "rubles", ["अरब"] = "arab",
        ["साल"] = "saal", ["वर्ष"] = "varsh", ["दिन"] = "din", ["तारीख"] = "tarikh", ["तारीख़"] = "tarikh",
        ["नाम"] = "naam", ["देश"] = "desh", ["सेना"] = "sena", ["फ़ौज"] = "fauj", ["फौज"] = "fauj", ["सीमा"] = "seema",
        ["सुरक्षा"] = "suraksha", ["रक्षा"] = "raksha", ["बैठक"] = "baithak", ["वार्ता"] = "varta", ["बातचीत"] = "baatcheet",
        ["प्रतिक्रिया"] = "pratikriya", ["राष्ट्रपति"] = "rashtrapati", ["नेता"] = "neta", ["मंत्री"] = "mantri",
        ["मंत्रालय"] = "mantralaya", ["विदेश"] = "videsh", ["सरकार"] = "sarkar", ["क्षेत्र"] = "kshetra",
        ["अगली"] = "agli", ["अगला"] = "agla", ["पहली"] = "pehli",
        // Greetings and thanks.
        ["नमस्ते"] = "namaste", ["नमस्कार"] = "namaskar", ["प्रणाम"] = "pranam", ["धन्यवाद"] = "dhanyavaad",
        ["शुक्रिया"] = "shukriya", ["अलविदा"] = "alvida",
        // The article's names and English loanwords.
        ["रूस"] = "Russia", ["रूसी"] = "Russian", ["पुतिन"] = "Putin", ["तिबिलोव"] = "Tibilov", ["जॉर्जिया"] = "Georgia",
        ["जार्जिया"] = "Georgia", ["दक्षिण"] = "South", ["साउथ"] = "South", ["ओसेशिया"] = "Ossetia",
        ["ओसेतिया"] = "Ossetia", ["ओस्सेतिया"] = "Ossetia", ["अबख़ाज़िया"] = "Abkhazia", ["अबखाज़िया"] = "Abkhazia",
        ["अबखाजिया"] = "Abkhazia", ["अब्खाज़िया"] = "Abkhazia", ["अब्खाजिया"] = "Abkhazia", ["जिनेवा"] = "Geneva",
        ["जेनेवा"] = "Geneva", ["क्रीमिया"] = "Crimea", ["नाटो"] = "NATO",
        ["अमेरिका"] = "America", ["अमरीका"] = "America", ["यूरोपीय"] = "European", ["संघ"] = "Union",
        ["मोगेरिनी"] = "Mogherini", ["साकी"] = "Psaki", ["कारासिन"] = "Karasin", ["क्रेमलिन"] = "Kremlin",
        ["मॉस्को"] = "Moscow", ["मास्को"] = "Moscow", ["त्सखिनवाली"] = "Tskhinvali", ["सुखुमी"] = "Sokhumi",
        ["साइन"] = "sign", ["ट्रीटी"] = "treaty", ["डील"] = "deal", ["एग्रीमेंट"] = "agreement",
        ["आर्टिकल"] = "article", ["न्यूज़"] = "news", ["न्यूज"] = "news", ["बॉर्डर"] = "border", ["आर्मी"] = "army",
        ["बॉट"] = "bot",
    };

    // A run of Devanagari letters, vowel signs and digits.
    [GeneratedRegex(@"[\u0900-\u0963\u0966-\u097F]+")]
    private static partial Regex DevanagariWord();
}
