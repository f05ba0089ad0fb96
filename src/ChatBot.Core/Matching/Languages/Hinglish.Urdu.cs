using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Urdu in its own letters, as Pakistani readers write it: "معاہدہ کب ہوا؟" is "muahida kab hua?", which the Latin reader
/// then reads. Each word is looked up (Urdu words as Roman Urdu spells them, the article's names and loanwords as English
/// writes them); a word the table lacks is left as it is, so an unread question stays unread. Urdu script has no short
/// vowels, so "کیا" is both "kya" (what) and "kiya" (did): it is "did" when it closes a clause whose doer is marked ("روس
/// نے صحیح کیا؟"). A message is Urdu when it has a letter Persian and Arabic have not (ہ ے ٹ ڈ ڑ ں ھ) or only words of
/// the table ("شکریہ", "خدا حافظ"), so Persian and Arabic in their letters pass untouched.
/// </summary>
internal static partial class Hinglish
{
    /// <summary>The message with its Urdu words in Roman Urdu, or as it is when it is not Urdu.</summary>
    public static string FromUrdu(string text)
    {
        if (!UrduWord().IsMatch(text)
            || (text.AsSpan().IndexOfAny("ہےۓٹڈڑںھۂ") < 0 && !UrduWord().Matches(text).All(m => UrduWords.ContainsKey(m.Value))))
        {
            return text;
        }

        var normal = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            normal.Append(c switch
            {
                '\u200C' or '\u200F' or '\u200E' or 'ـ' or '\u064E' or '\u064F' or '\u0650' or '\u0651' or '\u0652' => "",
                >= '۰' and <= '۹' => ((char)('0' + (c - '۰'))).ToString(),
                >= '٠' and <= '٩' => ((char)('0' + (c - '٠'))).ToString(),
                '؟' => "?",
                '،' => ",",
                '؛' => ";",
                '۔' => ".",
                'ي' => "ی",
                'ك' => "ک",
                'ه' => "ہ",
                'ۂ' => "ہ",
                'ۓ' => "ئے",
                _ => c.ToString(),
            });
        }

        // "کرے گا", "ہو گی": the future written apart is one word in Roman Urdu ("karega").
        text = UrduFuture().Replace(normal.ToString(), "${verb}${ending}").Replace("بات چیت", "باتچیت")
            .Replace("شامل ہوگی", "شامل_ہوگی").Replace("شامل ہوگا", "شامل_ہوگا").Replace("شامل ہوںگے", "شامل_ہوںگے");
        // "روس نے صحیح کیا؟", "معاہدہ کیا تھا": "کیا" closing a clause with a doer is "did".
        text = UrduDid().Replace(text, "${head}کیے_");
        text = UrduWord().Replace(text, m => m.Value == "کیے_" ? "kiya" : UrduWords.GetValueOrDefault(m.Value, m.Value));
        return text.Replace("کیے_", "kiya");
    }

    private static readonly Dictionary<string, string> UrduWords = new(StringComparer.Ordinal)
    {
        // Question words and helpers.
        ["کیا"] = "kya", ["کون"] = "kaun", ["کب"] = "kab", ["کہاں"] = "kahan", ["کیوں"] = "kyun", ["کیسے"] = "kaise",
        ["کیسا"] = "kaisa", ["کیسی"] = "kaisi", ["کتنا"] = "kitna", ["کتنی"] = "kitni", ["کتنے"] = "kitne",
        ["کس"] = "kis", ["کسے"] = "kise", ["کسی"] = "kisi", ["کسکا"] = "kiska", ["کسکی"] = "kiski", ["کسکے"] = "kiske",
        ["کونسا"] = "kaunsa", ["کونسی"] = "kaunsi", ["کونسے"] = "kaunse", ["سا"] = "sa", ["سی"] = "si",
        ["ہے"] = "hai", ["ہیں"] = "hain", ["تھا"] = "tha", ["تھی"] = "thi", ["تھے"] = "the", ["ہوا"] = "hua",
        ["ہوئی"] = "hui", ["ہوئے"] = "hue", ["ہوگا"] = "hoga", ["ہوگی"] = "hogi", ["ہوںگے"] = "honge", ["ہونگے"] = "honge",
        ["ہو"] = "ho", ["گیا"] = "gaya", ["گئی"] = "gayi", ["گئے"] = "gaye", ["رہا"] = "raha", ["رہی"] = "rahi",
        ["رہے"] = "rahe",
        // Postpositions, pronouns, linkers.
        ["میں"] = "mein", ["کو"] = "ko", ["کا"] = "ka", ["کی"] = "ki", ["کے"] = "ke", ["سے"] = "se", ["پر"] = "par",
        ["نے"] = "ne", ["تک"] = "tak", ["اور"] = "aur", ["یا"] = "ya", ["بھی"] = "bhi", ["لیے"] = "liye",
        ["لئے"] = "liye", ["بارے"] = "baare", ["ساتھ"] = "saath", ["بعد"] = "baad", ["پہلے"] = "pehle",
        ["درمیان"] = "darmiyan", ["خلاف"] = "khilaf", ["یہ"] = "ye", ["وہ"] = "wo", ["اس"] = "is", ["اسکا"] = "iska",
        ["اسکی"] = "iski", ["اسکے"] = "iske", ["انہوں"] = "unhon", ["آپ"] = "aap", ["تم"] = "tum", ["مجھے"] = "mujhe",
        ["ہم"] = "hum", ["نہیں"] = "nahi", ["ہاں"] = "haan", ["جی"] = "ji", ["کچھ"] = "kuch", ["کوئی"] = "koi",
        ["سب"] = "sab", ["دونوں"] = "dono", ["ایک"] = "ek", ["مطابق"] = "mutabiq",
        // Verbs.
        ["کیے"] = "kiye", ["کئے"] = "kiye", ["کرے"] = "kare", ["کرےگا"] = "karega", ["کرےگی"] = "karegi",
        ["کریںگے"] = "karenge", ["کہا"] = "kaha", ["کہتے"] = "kehte", ["دیا"] = "diya", ["دی"] = "di", ["دیے"] = "diye",
        ["دئیے"] = "diye", ["دیگا"] = "dega", ["دےگا"] = "dega", ["ملا"] = "mila", ["ملی"] = "mili", ["ملے"] = "mile",
        ["ملےگا"] = "milega", ["ملےگی"] = "milegi", ["لکھا"] = "likha", ["لکھی"] = "likhi", ["لکھے"] = "likhe",
        ["بتائیں"] = "batayen", ["بتاؤ"] = "batao", ["بتائیے"] = "bataiye", ["چاہیے"] = "chahiye", ["چاہئے"] = "chahiye",
        ["پوچھوں"] = "puchu", ["نکلا"] = "nikla", ["ظاہر"] = "zahir", ["پہنچانے"] = "pahunchane", ["پہنچایا"] = "pahunchaya",
        ["شامل"] = "shamil", ["شامل_ہوگی"] = "shamil ho jayegi", ["شامل_ہوگا"] = "shamil ho jayega",
        ["شامل_ہوںگے"] = "shamil ho jayenge", ["شریک"] = "shareek",
        // Things.
        ["معاہدہ"] = "muahida", ["معاہدے"] = "muahide", ["معاہدوں"] = "muahidon", ["دستخط"] = "dastakhat",
        ["خبر"] = "khabar", ["مضمون"] = "article", ["پیسے"] = "paise", ["پیسہ"] = "paisa", ["رقم"] = "raqam",
        ["روبل"] = "rubles", ["ارب"] = "arab", ["سال"] = "saal", ["دن"] = "din", ["تاریخ"] = "tareekh", ["نام"] = "naam",
        ["ملک"] = "mulk", ["فوج"] = "fauj", ["سرحد"] = "sarhad", ["سرحدوں"] = "sarhadon", ["سرحدی"] = "border",
        ["حفاظت"] = "hifazat", ["سکیورٹی"] = "security", ["مدت"] = "muddat", ["بات"] = "baat", ["باتچیت"] = "baatcheet",
        ["مذاکرات"] = "muzakrat", ["صدارت"] = "sadarat", ["تشویش"] = "tashweesh", ["ذکر"] = "zikr", ["فرق"] = "farq",
        ["صورتحال"] = "situation", ["بہتری"] = "behtari", ["وجہ"] = "wajah", ["نشانات"] = "nishanat",
        ["نقصان"] = "nuksan", ["نتیجہ"] = "nateeja", ["اگلا"] = "agla", ["اگلی"] = "agli", ["دور"] = "daur",
        ["ردعمل"] = "reaction", ["وفد"] = "wafd", ["مطالبہ"] = "mutalba", ["دنیا"] = "duniya", ["مدد"] = "madad",
        ["صحیح"] = "sahi", ["غلط"] = "galat", ["قبضہ"] = "qabza", ["صدر"] = "sadar", ["وزیر"] = "wazir",
        ["خارجہ"] = "kharja", ["حکومت"] = "hukumat", ["شہر"] = "shehar", ["دارالحکومت"] = "capital", ["آبادی"] = "abadi",
        ["آج"] = "aaj", ["کل"] = "kal",
        // Greetings and thanks.
        ["السلام"] = "assalam", ["علیکم"] = "alaikum", ["سلام"] = "salam", ["شکریہ"] = "shukriya", ["خدا"] = "khuda",
        ["اللہ"] = "allah", ["حافظ"] = "hafiz",
        // The article's names and English loanwords.
        ["روس"] = "Russia", ["روسی"] = "Russian", ["پیوٹن"] = "Putin", ["پوتن"] = "Putin", ["تبیلوف"] = "Tibilov",
        ["جارجیا"] = "Georgia", ["جارجیائی"] = "Georgian", ["جنوبی"] = "South", ["شمالی"] = "North",
        ["اوسیتیا"] = "Ossetia", ["اوسیشیا"] = "Ossetia", ["اوسیٹیا"] = "Ossetia", ["اوسیٹیاء"] = "Ossetia",
        ["ابخازیا"] = "Abkhazia", ["ابخازیہ"] = "Abkhazia", ["جنیوا"] = "Geneva", ["کریمیا"] = "Crimea",
        ["نیٹو"] = "NATO", ["امریکہ"] = "America", ["امریکا"] = "America", ["یورپی"] = "European", ["یونین"] = "Union",
        ["موگرینی"] = "Mogherini", ["جین"] = "Jen", ["ساکی"] = "Psaki", ["کاراسین"] = "Karasin", ["ماسکو"] = "Moscow",
        ["تسخنوالی"] = "Tskhinvali", ["سوخومی"] = "Sokhumi", ["اگست"] = "August", ["سائن"] = "sign",
        ["ٹریٹی"] = "treaty", ["ڈیل"] = "deal", ["ایگریمنٹ"] = "agreement", ["آرٹیکل"] = "article", ["نیوز"] = "news",
        ["بارڈر"] = "border", ["آرمی"] = "army", ["بوٹ"] = "bot",
    };

    // "کرے گا", "ہو گی", "ملے گا": a verb and its future ending written apart.
    [GeneratedRegex(@"(?<verb>کرے|کریں|ہو|ہوں|دے|دیں|ملے|ملیں|رہے|رہیں)\s+(?<ending>گا|گی|گے)(?![\u0600-\u06FF])")]
    private static partial Regex UrduFuture();

    // "X نے ... کیا", "X نے ... کیا تھا": a doer's deed closing its clause, not "what".
    [GeneratedRegex(@"(?<head>(?<![\u0600-\u06FF])نے\s+(?:[^\s?.!,;]+\s+)*?)کیا(?=(?:\s+(?:تھا|تھی|تھے|ہے|گیا))?\s*(?:[?.!,;]|$))")]
    private static partial Regex UrduDid();

    // A run of Arabic letters (the Urdu ones among them), without digits and marks.
    [GeneratedRegex(@"[\u0621-\u063A\u0641-\u064A\u0679-\u06D3_]+")]
    private static partial Regex UrduWord();
}
