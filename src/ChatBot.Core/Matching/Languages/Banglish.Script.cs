using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Bengali in its own script: "চুক্তি কবে সই হয়েছে" is "chukti kobe sign hoyeche", which the Latin reader then reads. Each
/// word is looked up (Bengali words as Banglish spells them, the article's names and loanwords as English writes them);
/// a word the table lacks is tried without the ending Bengali glues to it ("চুক্তির" chukti r, "ওসেটিয়াকে" Ossetia ke,
/// "জেনেভায়" Geneva e), and one still unknown is spelled out letter by letter, a word no table has. No other reader
/// writes Bengali script.
/// </summary>
internal static partial class Banglish
{
    // The message with its Bengali words in Latin letters, or as it is when it has none.
    private static string FromBengali(string text)
    {
        if (!BengaliLetter().IsMatch(text))
        {
            return text;
        }

        // "।" ends a sentence as "." does; "২০০৮" is 2008. Folding writes "য়" as "য" and a nukta: read both alike.
        text = text.Replace('।', '.');
        text = BengaliDigit().Replace(text, m => ((char)('0' + (m.Value[0] - '০'))).ToString());
        // Each word alone: the rest of the message may hold what Normalize refuses (a broken surrogate pair).
        return BengaliWord().Replace(text, m => ScriptWord(m.Value.Normalize(NormalizationForm.FormC)));
    }

    private static string ScriptWord(string word)
    {
        if (ScriptWords.TryGetValue(word, out var latin))
        {
            return latin;
        }

        foreach (var (ending, said) in ScriptEndings)
        {
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal)
                && ScriptWords.TryGetValue(word[..^ending.Length], out var stem))
            {
                return said.Length == 0 ? stem : $"{stem} {said}";
            }
        }

        return Spelled(word);
    }

    // A word spelled out: a consonant carries "o" unless a vowel sign or a hasanta follows it, and the last one none.
    private static string Spelled(string word)
    {
        var latin = new StringBuilder(word.Length * 2);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            if (next == '\u09BC')
            {
                next = i + 2 < word.Length ? word[i + 2] : '\0';
            }

            if (ScriptConsonants.TryGetValue(c, out var consonant))
            {
                // "য়", "ড়", "ঢ়" folded as a letter and a nukta.
                latin.Append(i + 1 < word.Length && word[i + 1] == '\u09BC' ? c switch { 'য' => "y", 'ড' => "r", 'ঢ' => "rh", _ => consonant } : consonant);
                if (next != '\u09CD' && next != '\0' && !ScriptVowelSigns.ContainsKey(next))
                {
                    latin.Append('o');
                }
            }
            else if (ScriptVowelSigns.TryGetValue(c, out var sign))
            {
                latin.Append(sign);
            }
            else if (ScriptVowels.TryGetValue(c, out var vowel))
            {
                latin.Append(vowel);
            }
            else if (c is 'ং' or 'ঁ')
            {
                latin.Append('n');
            }
        }

        return latin.ToString();
    }

    // Endings glued to a word, longest first, and how Banglish writes them apart.
    private static readonly (string Ending, string Said)[] ScriptEndings = new (string, string)[]
    {
        ("গুলোর", "gulo r"), ("গুলো", "gulo"), ("গুলি", "guli"), ("দের", "der"), ("টার", "tar"), ("টির", "tar"), ("কে", "ke"),
        ("টা", "ta"), ("টি", "ti"), ("তে", "te"), ("ের", "er"), ("র", "r"), ("য়", "e"), ("ে", "e"), ("ও", "o"),
    }.Select(e => (e.Item1.Normalize(NormalizationForm.FormC), e.Item2)).ToArray();

    private static readonly Dictionary<char, string> ScriptConsonants = new()
    {
        ['ক'] = "k", ['খ'] = "kh", ['গ'] = "g", ['ঘ'] = "gh", ['ঙ'] = "ng", ['চ'] = "ch", ['ছ'] = "chh", ['জ'] = "j",
        ['ঝ'] = "jh", ['ঞ'] = "n", ['ট'] = "t", ['ঠ'] = "th", ['ড'] = "d", ['ঢ'] = "dh", ['ণ'] = "n", ['ত'] = "t",
        ['থ'] = "th", ['দ'] = "d", ['ধ'] = "dh", ['ন'] = "n", ['প'] = "p", ['ফ'] = "f", ['ব'] = "b", ['ভ'] = "bh",
        ['ম'] = "m", ['য'] = "j", ['র'] = "r", ['ল'] = "l", ['শ'] = "sh", ['ষ'] = "sh", ['স'] = "s", ['হ'] = "h",
        ['ৎ'] = "t",
    };

    private static readonly Dictionary<char, string> ScriptVowelSigns = new()
    {
        ['া'] = "a", ['ি'] = "i", ['ী'] = "i", ['ু'] = "u", ['ূ'] = "u", ['ৃ'] = "ri", ['ে'] = "e", ['ৈ'] = "oi",
        ['ো'] = "o", ['ৌ'] = "ou",
    };

    private static readonly Dictionary<char, string> ScriptVowels = new()
    {
        ['অ'] = "o", ['আ'] = "a", ['ই'] = "i", ['ঈ'] = "i", ['উ'] = "u", ['ঊ'] = "u", ['ঋ'] = "ri", ['এ'] = "e",
        ['ঐ'] = "oi", ['ও'] = "o", ['ঔ'] = "ou",
    };

    // Bengali's words as Banglish spells them, so that the Latin reader's tables read them; names and loanwords in English.
    private static readonly Dictionary<string, string> ScriptWords = new Dictionary<string, string>
    {
        // Question words.
        ["কী"] = "ki", ["কি"] = "ki", ["কে"] = "ke", ["কারা"] = "kara", ["কার"] = "kar", ["কাকে"] = "whom", ["কবে"] = "kobe",
        ["কখন"] = "kokhon", ["কোথায়"] = "kothay", ["কত"] = "koto", ["কতো"] = "koto", ["কয়টা"] = "koyta", ["কেন"] = "keno",
        ["কিভাবে"] = "kivabe", ["কীভাবে"] = "kivabe", ["কেমন"] = "kemon", ["কোন"] = "kon", ["কোনটা"] = "konta", ["কাদের"] = "kader",
        // Being, doing, giving, saying.
        ["হয়েছিল"] = "hoyechilo", ["হয়েছিলো"] = "hoyechilo", ["হয়েছে"] = "hoyeche", ["হল"] = "holo", ["হলো"] = "holo",
        ["হবে"] = "hobe", ["হচ্ছে"] = "hocche", ["হয়"] = "hoy", ["হয়ে"] = "hoye", ["ছিল"] = "chilo", ["ছিলো"] = "chilo",
        ["আছে"] = "ache", ["করেছে"] = "koreche", ["করেছিল"] = "korechilo", ["করবে"] = "korbe", ["করে"] = "kore",
        ["করা"] = "kora", ["করতে"] = "korte", ["দেবে"] = "debe", ["দিবে"] = "dibe", ["দিয়েছে"] = "diyeche",
        ["দিয়েছিল"] = "diyeche", ["দেওয়ার"] = "give", ["দিল"] = "dilo", ["বলেছে"] = "boleche", ["বলেছিল"] = "boleche",
        ["বলল"] = "bollo", ["বলা"] = "bola", ["বলো"] = "bolo", ["বলুন"] = "bolo", ["লিখেছে"] = "likheche", ["লিখেছেন"] = "likheche",
        ["এসেছে"] = "eseche", ["যাবে"] = "jabe", ["যায়"] = "jay", ["গেল"] = "gelo", ["নিয়েছিল"] = "took", ["নিয়েছে"] = "took",
        ["পাবে"] = "pabe", ["জানো"] = "know", ["জানেন"] = "know",
        // Function words.
        ["এই"] = "ei", ["এটা"] = "eta", ["এটি"] = "eta", ["ওই"] = "oi", ["সেই"] = "that", ["আর"] = "ar", ["ও"] = "o",
        ["সাথে"] = "sathe", ["সঙ্গে"] = "songe", ["মধ্যে"] = "moddhe", ["নিয়ে"] = "niye", ["থেকে"] = "theke", ["জন্য"] = "jonno",
        ["পরে"] = "pore", ["পর"] = "por", ["আগে"] = "age", ["পরের"] = "porer", ["শেষ"] = "shesh", ["শেষে"] = "at the end",
        ["তুমি"] = "tumi", ["আপনি"] = "apni", ["তোমার"] = "tomar", ["আপনার"] = "apnar", ["আমি"] = "ami", ["আমার"] = "amar",
        ["তারা"] = "tara", ["তাদের"] = "tader", ["ওরা"] = "ora", ["কোনো"] = "kono", ["কিছু"] = "kichu", ["বিভিন্ন"] = "various",
        ["মতে"] = "opinion", ["বিষয়ে"] = "about", ["সম্পর্কে"] = "about", ["অনুযায়ী"] = "under", ["এখন"] = "ekhon",
        ["আজ"] = "today", ["আজকে"] = "today", ["না"] = "na", ["নাকি"] = "naki",
        // The article's things.
        ["চুক্তি"] = "chukti", ["সন্ধি"] = "treaty", ["সই"] = "sign", ["স্বাক্ষর"] = "sign", ["নাম"] = "naam", ["টাকা"] = "taka",
        ["রুবল"] = "rubles", ["বিলিয়ন"] = "billion", ["মেয়াদ"] = "meyad", ["বছর"] = "bochor", ["সাল"] = "sal", ["দিন"] = "din",
        ["তারিখ"] = "tarikh", ["দেশ"] = "desh", ["সীমান্ত"] = "border", ["সীমানা"] = "border", ["সেনাবাহিনী"] = "armed forces",
        ["সেনা"] = "army", ["নিরাপত্তা"] = "security", ["প্রতিরক্ষা"] = "defence", ["পাহারা"] = "pahara", ["অংশ"] = "part",
        ["আলোচনা"] = "talks", ["বৈঠক"] = "meeting", ["সভা"] = "meeting", ["সহ-সভাপতি"] = "co-chairs", ["আপত্তি"] = "concern",
        ["উদ্বেগ"] = "concern", ["কথা"] = "kotha", ["পরিস্থিতি"] = "situation", ["স্থিতিশীল"] = "stable", ["সতর্কতা"] = "warning",
        ["চিহ্ন"] = "signs", ["ভাঙার"] = "damage", ["ভাঙা"] = "damage", ["সিদ্ধান্ত"] = "decision", ["দফা"] = "round",
        ["প্রতিশ্রুতি"] = "pledge", ["প্রতিক্রিয়া"] = "protikriya", ["প্রতিনিধিদল"] = "delegation", ["প্রতিনিধি"] = "representative",
        ["প্রশ্ন"] = "proshno", ["দখল"] = "annexation", ["ঘটনা"] = "story", ["খবর"] = "news", ["সংবাদ"] = "news",
        ["আর্টিকেল"] = "article", ["প্রবন্ধ"] = "article", ["লেখক"] = "lekhok", ["বার্ষিকী"] = "anniversary", ["সম্পর্ক"] = "link",
        ["পার্থক্য"] = "difference", ["তফাৎ"] = "difference", ["নেতা"] = "leader", ["রাষ্ট্রপতি"] = "president",
        ["প্রেসিডেন্ট"] = "president", ["অঞ্চল"] = "region", ["শহর"] = "city", ["মানে"] = "mane", ["অর্থ"] = "meaning",
        ["রাজধানী"] = "capital", ["তাপমাত্রা"] = "temperature", ["চাঁদ"] = "moon", ["দূরে"] = "far", ["যুদ্ধ"] = "war",
        ["সেনাবাহিনীর"] = "armed forces", ["যুক্ত"] = "join", ["চুক্তিটা"] = "chukti ta", ["ট্রিটি"] = "treaty", ["ডিল"] = "deal",
        // The article's names.
        ["রাশিয়া"] = "Russia", ["রুশ"] = "Russian", ["দক্ষিণ"] = "South", ["ওসেটিয়া"] = "Ossetia", ["ওসেশিয়া"] = "Ossetia",
        ["আবখাজিয়া"] = "Abkhazia", ["আবখাজিয়া"] = "Abkhazia", ["জর্জিয়া"] = "Georgia", ["জেনেভা"] = "Geneva",
        ["ন্যাটো"] = "NATO", ["পুতিন"] = "Putin", ["তিবিলভ"] = "Tibilov", ["তিবিলোভ"] = "Tibilov", ["মোগেরিনি"] = "Mogherini",
        ["জেন"] = "Jen", ["সাকি"] = "Psaki", ["কারাসিন"] = "Karasin", ["সখিনভালি"] = "Tskhinvali", ["ৎসখিনভালি"] = "Tskhinvali",
        ["সুখুমি"] = "Sokhumi", ["ইইউ"] = "EU", ["ইউরোপীয়"] = "European", ["ইউনিয়ন"] = "Union", ["আমেরিকা"] = "America",
        ["যুক্তরাষ্ট্র"] = "US", ["মার্কিন"] = "US", ["ক্রিমিয়া"] = "Crimea", ["ক্রেমলিন"] = "Kremlin", ["মস্কো"] = "Moscow",
        ["জাতিসংঘ"] = "UN", ["আগস্ট"] = "August", ["মার্চ"] = "March", ["বাংলাদেশ"] = "Bangladesh", ["কলকাতা"] = "Kolkata",
        ["ঢাকা"] = "Dhaka", ["ভারত"] = "India", ["চীন"] = "China",
        // Small talk and the bot.
        ["হ্যালো"] = "hello", ["হাই"] = "hi", ["নমস্কার"] = "nomoskar", ["আসসালামু"] = "hello", ["ধন্যবাদ"] = "dhonnobad",
        ["বিদায়"] = "goodbye", ["আল্লাহ"] = "allah", ["হাফেজ"] = "hafez", ["বট"] = "bot", ["মানুষ"] = "manush",
        ["সাহায্য"] = "help",
    }.GroupBy(p => p.Key.Normalize(NormalizationForm.FormC)).ToDictionary(g => g.Key, g => g.First().Value);

    [GeneratedRegex(@"[\u0980-\u09FF]")]
    private static partial Regex BengaliLetter();

    [GeneratedRegex(@"[\u09E6-\u09EF]")]
    private static partial Regex BengaliDigit();

    // A run of Bengali letters and signs; a hyphenated word ("সহ-সভাপতি") is one word.
    [GeneratedRegex(@"[\u0980-\u09E3\u09F0-\u09FF]+(?:-[\u0980-\u09E3\u09F0-\u09FF]+)*")]
    private static partial Regex BengaliWord();
}
