using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Hinglish, the English of Indian readers mixed with Hindi in Latin letters, up to whole Hindi sentences around English
/// nouns: "treaty pe sign kisne kiya?" asks who signed the treaty, "South Ossetia ko kitna paisa milega?" how much money
/// South Ossetia gets, "Mogherini ne kya bola treaty ke baare me?" what Mogherini said about it, "25 saal ka hai na ye
/// agreement?" whether it is for 25 years; greetings and thanks ("namaste", "shukriya") are small talk's words. The bot
/// reads words, not word order, so the words are mostly rewritten one by one; but Hindi puts its question word, verb and
/// postpositions last ("Karasin kaun hai", "Moscow mein sign hua"), and where English reads order (who spoke, in what place,
/// which yes/no question) a clause is turned around first ("who is Karasin", "signed in Moscow"). "kya" is "what" inside
/// a question and only asks at its start or end ("hua tha kya?" is "was it?"). Only in a message with a word English has
/// not ("kya", "kaun", "paisa"), so that "me", "to", "is" or "do" elsewhere keep their English meaning; the particles
/// Hindi shares with Tagalog, Japanese or Pidgin ("ka", "ko", "na", "ne") never open it. A learner's single "kab" or
/// "kaun" in an English sentence is <see cref="MixedLanguage"/>'s.
/// </summary>
internal static partial class Hinglish
{
    /// <summary><paramref name="text"/> with Hindi words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        // "संधि कब साइन हुई?": Hindi's own script, read in Latin letters first.
        text = FromDevanagari(text);
        // "Jen Psaki White House press secretary hai na?": the tag alone says it too.
        if (!Markers.AreIn(text) && !text.Contains("hai na", StringComparison.OrdinalIgnoreCase))
        {
            return Farewell().IsMatch(text) ? "bye" : text;
        }

        text = WhatThing().Replace(text, "what is it");

        // "25 saal ka hai na?", "Moscow mein sign hua na?": the tag that asks whether it is so, and the "is" it keeps; "5
        // billion de raha hai na S. Ossetia ko?" tags what follows it.
        text = Tag().Replace(text, m => m.Groups["aux"].Success ? $" {m.Groups["aux"].Value}, right" : ", right");
        text = TagBefore().Replace(text, " ${aux} ${rest}, right");
        // "is treaty ka naam", "us din pe", "is pe": this treaty, that day, this; read before any English "is" is written.
        text = HindiThis().Replace(text, m => m.Value.StartsWith('u') ? "that" : "this");
        // "10 saal ki treaty": a 10 year treaty; "9.2 arab": Hindi's billion; "samjhauta kab hua": when the treaty was
        // concluded (what a treaty's "happening" is).
        text = YearsLong().Replace(text, "${years} year");
        text = Arab().Replace(text, "${n} billion");
        text = TreatyWhen().Replace(text, "${treaty} when concluded");
        // "alliance and integration naam hai na iska?": its name is the one checked; "S. Ossetia": South Ossetia.
        text = NameIs().Replace(text, "${its} name is ${name}");
        text = SouthOssetiaAbbreviation().Replace(text, "South ");
        // "Mogherini ne kya bola", "Georgia ko kya bola gaya", "is pact ko kya bolte hai", "article kis baare me hai".
        text = WhatSomeoneSaid().Replace(text, Said);
        // "Karasin kaun hai", "Georgia ka kya reaction tha": who is Karasin, what was Georgia's reaction.
        text = AskedLast().Replace(text, AskedFirst);
        text = WhatOf().Replace(text, m => AsksAlready(m.Groups["body"].Value) || IsHindi(m.Groups["noun"].Value) ? m.Value
            : $"kya {m.Groups["aux"].Value} {m.Groups["body"].Value} {m.Groups["noun"].Value}");
        // "treaty ka russian me naam": a name in a language the article does not give it in.
        text = InLanguage().Replace(text, "in ${lang} language");
        // "Moscow mein", "17 march ko", "Abkhazia ke saath": in Moscow, on 17 March, with Abkhazia.
        text = Postposition().Replace(text, Preposed);
        // "Tbilisi mein sign hua na?", "Medvedev ne sign kiya tha?": a deed checked, in English order ("signed in Tbilisi").
        text = DeedChecked().Replace(text, Deed);
        // "dono treaties same hai kya?", "kya Tibilov president tha?": is it so, asked as English asks it.
        text = YesNo().Replace(text, IsItSo);
        text = Phrases.InEnglish(text);
        // "sign kiya", "sign hui thi": an English verb with Hindi's "did" or "was" is that verb done; "guard karega" is "will
        // guard".
        text = VerbDone().Replace(text, m =>
            (m.Groups["will"].Success ? $"will {m.Groups["verb"].Value}" : Past(m.Groups["verb"].Value))
            + (m.Groups["asked"].Success ? ", right" : string.Empty));
        return WordByWord(text);
    }

    // Each word in English, read with its neighbours where Hindi and English share it or a Hindi word has two uses.
    private static string WordByWord(string text)
    {
        var words = Word().Matches(text);
        var english = new StringBuilder(text.Length + 16);
        var last = 0;
        var starts = true;
        var someoneDid = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var lower = word.Value.ToLowerInvariant();
            var gap = text.AsSpan(last, word.Index - last);
            english.Append(gap);
            last = word.Index + word.Length;
            var previous = i > 0 ? words[i - 1].Value.ToLowerInvariant() : string.Empty;
            var next = i + 1 < words.Count ? words[i + 1].Value.ToLowerInvariant() : string.Empty;
            // Whether a sentence ends after the word: "bot hai kya? tum batao".
            var ends = i + 1 == words.Count || EndsSentence(text.AsSpan(last, words[i + 1].Index - last));
            // "Tibilov ne ... kaha": someone named before "ne" did or said something in this sentence.
            someoneDid = (!starts && someoneDid) || Ergative.Contains(lower);
            // "Putin ka pura naam", "South Ossetia ki army": a name's, as English says it ("Putin's full name").
            if (lower is "ka" or "ki" or "ke" && i > 0 && !ends && !IsHindi(previous) && gap.IsWhiteSpace())
            {
                english.Length -= gap.Length;
                english.Append("'s");
            }
            else
            {
                english.Append(InContext(word.Value, lower, previous, next, starts, ends, someoneDid));
            }

            starts = ends;
        }

        english.Append(text, last, text.Length - last);
        return english.ToString();
    }

    private static string InContext(
        string word, string lower, string previous, string next, bool first, bool ends, bool someoneDid)
    {
        switch (lower)
        {
            // "EU ne kya kaha": what; "hua tha kya?", "guard karega kya?": only asks whether it is so; "kya NATO ... hai?"
            // at the start asks it too, and "kya aap bata sakte hain" can you tell.
            case "kya" or "kyaa" or "kia" or "kyya":
                return ends && Auxiliaries.Contains(previous) ? ", right"
                    : ends || Auxiliaries.Contains(previous) || (first && next is "aap" or "ap" or "tum" or "tu") ? string.Empty
                    : first && !Verbs.Contains(next) ? "is" : "what";
            // "Tibilov ne kya kaha": said; "South Ossetia kaha hai", "treaty kaha sign hui": where.
            case "kaha":
                return someoneDid || previous is "kya" or "jo" or "bhi" ? "said" : "where";
            // "kya ye treaty theek hai?": whether it is good, once the question is turned around ("is this treaty theek?").
            case "theek" or "thik" or "sahi" when ends && !first && previous is not ("hai" or "h"):
                return "good";
            // "south ossetia ka main shehar": the main city, not "I".
            case "main" when previous is "ka" or "ki" or "ke":
                return word;
            // "Geneva me kya hua": in; "tell me", "for me": the English "me".
            case "me":
                return EnglishBeforeMe.Contains(previous) ? word : "in";
            // "mai" is "in" after a word, "I" before one at the start.
            case "mai":
                return first ? "I" : "in";
            // "1 billion rubles hi mile the na?": only; "hi bot": hello.
            case "hi":
                return first ? word : string.Empty;
            // "Abkhazia kya he": a chat spelling of "hai" after a question word, else the English "he".
            case "he":
                return QuestionWords.Contains(previous) ? "is" : word;
            default:
                return Words.GetValueOrDefault(lower, word);
        }
    }

    // "Mogherini ne kya bola": what did Mogherini say; "Russia ne kya sign kiya": what did it sign; "Georgia ko kya bola
    // gaya": what was Georgia told; "is pact ko officially kya bolte hai": what is it called; "article kis baare me hai":
    // what is it about.
    private static string Said(Match m)
    {
        var who = Determined(m.Groups["who"].Value);
        // "treaty ko kya bola gaya": what a treaty is told is what it is called.
        return m.Groups["told"].Success && TreatyNoun().IsMatch(who) ? $"what is {who} called"
            : m.Groups["told"].Success ? $"what was {who} told"
            : m.Groups["called"].Success ? $"what is {who} {m.Groups["how"].Value}called"
            : m.Groups["about"].Success ? $"what {Aux(m.Groups["aux"].Value)} {who} about"
            : m.Groups["did"].Success ? $"what did {who} {m.Groups["did"].Value} {m.Groups["rest"].Value}"
            : m.Groups["do"].Success ? $"what did {who} do {m.Groups["rest"].Value}"
            : $"what did {who} say {m.Groups["rest"].Value}";
    }

    // "South Ossetia kahan hai": where is South Ossetia. "ye kaun hai?" asks who the person just named is, not who the bot is.
    private static string AskedFirst(Match m)
    {
        var body = m.Groups["body"].Value;
        return AsksAlready(body) ? m.Value
            : body.ToLowerInvariant() is "ye" or "yeh" or "wo" or "woh" or "vo"
                && m.Groups["q"].Value.ToLowerInvariant() is "kaun" or "kon" ? "who is he"
            : $"{m.Groups["q"].Value} {m.Groups["aux"].Value} {body}";
    }

    // "Moscow mein" -> "in Moscow", "17 march ko" -> "on 17 march", "Geneva wali meeting me" -> "Geneva wali in meeting":
    // the noun is what follows the last Hindi word, and a Hindi word alone ("is pe", "kis baare me") is no noun.
    private static string Preposed(Match m)
    {
        var post = m.Groups["post"].Value.ToLowerInvariant();
        var words = m.Groups["np"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var hindi = words.Length;
        while (hindi > 0 && !IsHindi(words[hindi - 1]))
        {
            hindi--;
        }

        if (hindi == words.Length || (post == "me" && EnglishBeforeMe.Contains(words[^1].ToLowerInvariant())))
        {
            return m.Value;
        }

        var lead = hindi > 0 ? string.Join(' ', words[..hindi]) + " " : string.Empty;
        var noun = Determined(m.Groups["det"].Value + string.Join(' ', words[hindi..]));
        var english = post == "ko" && (noun.Any(char.IsDigit) || Months().IsMatch(noun) || TimeNoun().IsMatch(noun)) ? "on"
            : Prepositions.GetValueOrDefault(Separators().Replace(post, " "), post);
        return $"{lead}{english} {noun}";
    }

    // "Medvedev ne sign kiya tha?": Medvedev signed it; "Tbilisi mein sign hua?": signed in Tbilisi.
    private static string Deed(Match m)
    {
        if (AsksAlready(m.Value))
        {
            return m.Value;
        }

        var subject = m.Groups["subj"].Success ? m.Groups["subj"].Value + " " : string.Empty;
        var done = m.Groups["obj"].Value.Trim() is { Length: > 0 } obj ? obj : "it";
        return $"{subject}{Past(m.Groups["verb"].Value)} {done}{m.Groups["or"].Value}";
    }

    // "X hai kya?" -> "is X?"; "Georgia ka part hai kya?" names no subject: is it Georgia's part?
    private static string IsItSo(Match m)
    {
        var body = m.Groups["body"].Value;
        return AsksAlready(body) ? m.Value
            : $"{Aux(m.Groups["aux"].Value)} {(Subjectless().IsMatch(body) ? "it " : string.Empty)}{body}";
    }

    // "is treaty", "wo meeting", "kis date": a noun with its Hindi determiner in English, before the English "is" of a
    // question turned around could be taken for the Hindi one.
    private static string Determined(string noun) => Determiner().Replace(noun, m => m.Value.ToLowerInvariant() switch
    {
        "is" or "iss" or "ye" or "yeh" => "this",
        "us" or "uss" or "wo" or "woh" => "that",
        "ek" => "one",
        "kisi" => "some",
        _ => "which",
    });

    // Hindi's "is" and "was" in English.
    private static string Aux(string hindi) => hindi.ToLowerInvariant() switch
    {
        "hain" => "are",
        "tha" or "thi" => "was",
        "the" => "were",
        "hoga" or "hogi" or "honge" => "will",
        _ => "is",
    };

    // "sign" -> "signed", "lead" -> "led": an English verb done, as Hindi says it with "kiya" or "hua".
    private static string Past(string verb)
    {
        var lower = verb.ToLowerInvariant();
        return IrregularPast.TryGetValue(lower, out var past) ? past
            : lower.EndsWith('e') ? verb + "d"
            : lower.EndsWith('y') && lower.Length > 2 && !"aeiou".Contains(lower[^2]) ? verb[..^1] + "ied"
            : verb + "ed";
    }

    private static bool IsHindi(string word)
    {
        var lower = word.ToLowerInvariant();
        return Words.ContainsKey(lower) || Verbs.Contains(lower) || Postpositions.Contains(lower)
            || lower is "is" or "kya" or "kaha" or "mai";
    }

    // Whether a clause asks with a question word, not only with "kya" at its end.
    private static bool AsksAlready(string clause) => QuestionWord().IsMatch(clause);

    // Whether what lies between two words ends a sentence: "?", "!", a full stop, but not the point of "9.2".
    private static bool EndsSentence(ReadOnlySpan<char> between)
    {
        for (var i = 0; i < between.Length; i++)
        {
            var decimalPoint = between[i] == '.' && i > 0 && char.IsDigit(between[i - 1])
                && i + 1 < between.Length && char.IsDigit(between[i + 1]);
            if (between[i] is '?' or '!' || (between[i] == '.' && !decimalPoint))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly Dictionary<string, string> IrregularPast = new(StringComparer.Ordinal)
    {
        ["write"] = "wrote", ["say"] = "said", ["lead"] = "led", ["give"] = "gave", ["take"] = "took", ["meet"] = "met",
        ["hold"] = "held", ["tell"] = "told", ["pay"] = "paid", ["commit"] = "committed", ["admit"] = "admitted",
        ["submit"] = "submitted", ["plan"] = "planned", ["chair"] = "chaired", ["co-chair"] = "co-chaired", ["veto"] = "vetoed",
        ["signature"] = "signed", ["hastakshar"] = "signed", ["dastakhat"] = "signed",
    };

    // Each postposition Postposition() finds, in English.
    private static readonly Dictionary<string, string> Prepositions = new(StringComparer.Ordinal)
    {
        ["me"] = "in", ["mein"] = "in", ["mai"] = "in", ["mei"] = "in", ["ko"] = "to", ["pe"] = "on", ["par"] = "on",
        ["se"] = "from", ["tak"] = "until", ["ke baare me"] = "about", ["ke bare me"] = "about", ["ke baare mein"] = "about",
        ["ke bare mein"] = "about", ["ke baare mai"] = "about", ["ke bare mai"] = "about", ["ke liye"] = "for",
        ["ke liya"] = "for", ["ke lie"] = "for", ["ke saath"] = "with", ["ke sath"] = "with", ["ke baad"] = "after",
        ["ke bad"] = "after", ["ke pehle"] = "before", ["ke pahle"] = "before", ["se pehle"] = "before",
        ["se pahle"] = "before", ["ke beech"] = "between", ["ke bich"] = "between", ["ke khilaf"] = "against",
        ["ke khilaaf"] = "against", ["ke paas"] = "to", ["ke pas"] = "to", ["ke hisaab se"] = "according to",
        ["ke hisab se"] = "according to", ["ki wajah se"] = "because of", ["ki vajah se"] = "because of",
        ["ke against"] = "against", ["ke under"] = "under", ["ki taraf se"] = "for", ["ke taraf se"] = "for",
        ["ki or se"] = "for", ["ko lekar"] = "about", ["ko leke"] = "about", ["ke leke"] = "about", ["ke alawa"] = "besides",
        ["ke alaava"] = "besides", ["ke siva"] = "besides", ["ke siwa"] = "besides",
    };

    // English words the English "me" follows: "tell me", "for me", "help me".
    private static readonly HashSet<string> EnglishBeforeMe = new(StringComparer.Ordinal)
    {
        "tell", "give", "show", "help", "let", "for", "to", "with", "explain", "excuse", "remind", "send", "call", "ask",
        "teach", "brief", "guide", "update", "answer", "about", "from", "like", "than", "inform", "told", "gave", "pls",
        "please", "plz", "and", "or", "get", "make", "got",
    };

    // Hindi's postpositions, which show an "is" before them is "this".
    private static readonly HashSet<string> Postpositions = new(StringComparer.Ordinal)
    {
        "pe", "par", "me", "mein", "mai", "ke", "ki", "ka", "ko", "se", "baare", "bare", "tarah", "liye", "wajah", "waja",
    };

    // Verbs and what Hindi says with them, which show the "kya" before them asks what ("kya hua", "kya bola").
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "hai", "h", "he", "hain", "tha", "thi", "the", "hua", "hui", "hue", "hoga", "hogi", "kar", "kiya", "kiye", "bola", "boli",
        "bole", "kaha", "kahi", "kehta", "kehti", "kehte", "likha", "chal", "scene", "baat", "haal", "hal", "matlab", "lagta",
        "lagti", "decide", "karu", "karun", "karein", "karen", "kare", "karo", "puchu", "poochu", "bolu", "kahu",
    };

    // The helpers a "kya" after them only asks with: "hua tha kya", "bot hai kya", "merge ho jayegi kya".
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "hai", "h", "hain", "tha", "thi", "the", "hua", "hui", "hue", "hoga", "hogi", "honge", "gaya", "gayi", "gaye",
        "jayega", "jayegi", "jayenge", "jayengi", "karega", "karegi", "karenge", "sakta", "sakti", "sakte", "kiya", "kiye",
        "mila", "mile", "mili", "diya", "diye", "raha", "rahi", "rahe", "rahega", "rahegi",
    };

    // The question words a chat's "he" (for "hai") follows.
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "kya", "kaun", "kon", "kahan", "kaha", "kab", "kitna", "kitni", "kitne", "kaisa", "kaisi", "kyu", "kyun", "kyon",
        "kidhar",
    };

    // The doers Hindi marks ("Tibilov ne", "usne"), after which "kaha" is "said".
    private static readonly HashSet<string> Ergative = new(StringComparer.Ordinal)
    {
        "ne", "usne", "unhone", "unhoney", "inhone", "isne", "kisne", "maine", "humne", "aapne", "tumne", "jisne", "jinhone",
    };

    // Several words that mean one thing, before the words are read one by one.
    private static readonly Phrasebook Phrases = new(new Dictionary<string, string>
    {
        // Postpositions of more than one word ("Abkhazia ke saath" is read before, where a noun comes first).
        ["ke baare me"] = "about", ["ke baare mein"] = "about", ["ke bare me"] = "about", ["ke bare mein"] = "about",
        ["ke baare mai"] = "about", ["ke bare mai"] = "about", ["ke baare main"] = "about", ["ke barey me"] = "about",
        ["ke baray me"] = "about", ["ke baare"] = "about", ["baare me"] = "about", ["baare mein"] = "about",
        ["bare me"] = "about", ["bare mein"] = "about", ["baare mai"] = "about", ["kis baare me"] = "about what",
        ["kis baare mein"] = "about what", ["kis bare me"] = "about what", ["kis bare mein"] = "about what",
        ["kis baat pe"] = "on what", ["kis baat par"] = "on what", ["kis cheez pe"] = "on what", ["ke liye"] = "for",
        ["ke liya"] = "for", ["ke lie"] = "for", ["ke liy"] = "for", ["ke lye"] = "for", ["kiske liye"] = "for whom",
        ["kis liye"] = "why", ["kisliye"] = "why", ["ke saath"] = "with", ["ke sath"] = "with", ["ke saat"] = "with",
        ["ke saathh"] = "with", ["kiske saath"] = "with whom", ["kiske sath"] = "with whom", ["ke baad"] = "after",
        ["ke bad"] = "after", ["ke pehle"] = "before", ["se pehle"] = "before", ["ke pahle"] = "before",
        ["se pahle"] = "before", ["baad me"] = "later", ["baad mein"] = "later", ["bad me"] = "later",
        ["ke beech"] = "between", ["ke bich"] = "between", ["ke darmiyan"] = "between", ["ke khilaf"] = "against",
        ["ke khilaaf"] = "against", ["ke hisaab se"] = "according to", ["ke hisab se"] = "according to",
        ["ke anusar"] = "according to", ["ke mutabik"] = "according to", ["ke according"] = "according to",
        ["ki taraf se"] = "for", ["ke taraf se"] = "for", ["ki taraf"] = "towards", ["ki or se"] = "for",
        ["ke paas"] = "to", ["ke pass"] = "to", ["ke pas"] = "to", ["kiske paas"] = "to whom",
        ["kiske pass"] = "to whom", ["kiske saamne"] = "before whom", ["ke saamne"] = "before",
        ["ke samne"] = "before", ["ki wajah se"] = "because of", ["ki vajah se"] = "because of",
        ["ke wajah se"] = "because of", ["ke karan"] = "because of", ["ke through"] = "through",
        ["ke andar"] = "inside", ["ke upar"] = "on", ["ke against"] = "against", ["ke under"] = "under",
        ["ke jaisa"] = "like", ["ki tarah"] = "like", ["ko leke"] = "about", ["ko lekar"] = "about",
        ["ke leke"] = "about",
        // Question words of more than one word.
        ["kaun kaun"] = "who all", ["kon kon"] = "who all", ["kaun-kaun"] = "who all", ["kis kis"] = "who",
        ["kisne kisne"] = "who", ["kya kya"] = "what", ["kaun sa"] = "which", ["kaun si"] = "which",
        ["kaun se"] = "which", ["kon sa"] = "which", ["kon si"] = "which", ["kon se"] = "which",
        ["kitne saal"] = "how many years", ["kitne sal"] = "how many years", ["kitne varsh"] = "how many years",
        ["kitne saalon"] = "how many years", ["kitne time"] = "how long", ["kitna time"] = "how long",
        ["kitne samay"] = "how long", ["kitna samay"] = "how long", ["kitne din"] = "how many days",
        ["kab tak"] = "until when", ["kab se"] = "since when", ["kitne baje"] = "what time",
        ["kitne log"] = "how many people", ["kis din"] = "which day", ["kis date"] = "which date",
        ["kis tarikh"] = "which date", ["kis jagah"] = "which place", ["kya hua"] = "what happened",
        ["kya hua tha"] = "what happened", ["kya matlab"] = "what does it mean", ["ka matlab"] = "meaning of",
        ["ki matlab"] = "meaning of", ["matlab kya"] = "what does mean", ["kya cheez"] = "what", ["kya chiz"] = "what",
        ["kahin aur"] = "somewhere else", ["kisi aur"] = "someone else", ["koi aur"] = "someone else",
        ["ya nahi"] = "or not", ["ki nahi"] = "or not", ["kaun log the"] = "who were the people",
        ["kaun log hai"] = "who are the people", ["kis kis desh"] = "which countries",
        ["kin deshon"] = "which countries", ["kitne salon"] = "how many years", ["kab hua"] = "when happened", ["kab aaya"] = "when", ["kab aayi"] = "when", ["kab aaye"] = "when",
        ["kab hui"] = "when happened", ["kab hue"] = "when happened", ["kya lena dena"] = "what is the connection",
        ["kya scene hai"] = "what happens", ["kya scene h"] = "what happens", ["ka kya hoga"] = "what will happen to",
        ["ki kya hoga"] = "what will happen to", ["ke kya hoga"] = "what will happen to",
        ["kya hoga"] = "what will happen",
        // Asking, telling and thinking.
        ["bata do"] = "tell me", ["batado"] = "tell me", ["bata dijiye"] = "tell me", ["bata de"] = "tell me",
        ["bata sakte ho"] = "can you tell me", ["bata sakte hai"] = "can you tell me",
        ["bata sakte hain"] = "can you tell me", ["bata sakta hai"] = "can you tell me", ["samjha do"] = "explain",
        ["samjha dijiye"] = "explain", ["samjha de"] = "explain", ["samajh nahi aaya"] = "I don't understand",
        ["samajh nahi aya"] = "I don't understand", ["samjha nahi"] = "I don't understand",
        ["samajh nahi"] = "I don't understand", ["pata nahi"] = "I don't know", ["pooch sakta hu"] = "can I ask",
        ["pooch sakti hu"] = "can I ask", ["puch sakta hu"] = "can I ask", ["puch sakti hu"] = "can I ask",
        ["pooch sakta hoon"] = "can I ask", ["pooch sakte hai"] = "can I ask", ["puch sakte hai"] = "can I ask",
        ["pooch sakte hain"] = "can I ask", ["kaam karta hai"] = "work", ["kaam karti hai"] = "work",
        ["kaam karte ho"] = "work", ["kaam karta h"] = "work", ["use karte hai"] = "use", ["use karu"] = "use",
        ["use kare"] = "use", ["use karna"] = "use", ["use karte"] = "use", ["kya lagta hai"] = "what do think",
        ["kya lagta h"] = "what do think", ["kya sochte ho"] = "what do think", ["kya khayal hai"] = "what do think",
        ["kya rai hai"] = "what opinion", ["kya raay hai"] = "what opinion", ["kya lagti hai"] = "who is",
        ["tumhe kya lagta hai"] = "what do you think", ["aapko kya lagta hai"] = "what do you think",
        ["tujhe kya lagta hai"] = "what do you think", ["tumko kya lagta hai"] = "what do you think",
        ["apko kya lagta hai"] = "what do you think", ["aap kya sochte hain"] = "what do you think",
        ["tum kya sochte ho"] = "what do you think", ["bata sakte hain ki"] = "can you tell me",
        ["bata sakte ho ki"] = "can you tell me", ["bata sakte hai ki"] = "can you tell me", ["batao ki"] = "tell me",
        ["bataiye ki"] = "tell me", ["bata do ki"] = "tell me", ["janna hai ki"] = "I want to know",
        ["jaanna hai ki"] = "I want to know", ["janna chahta hu ki"] = "I want to know",
        ["janna chahti hu ki"] = "I want to know", ["jaanna chahta hoon ki"] = "I want to know",
        ["hisaab se"] = "according to", ["hisab se"] = "according to", ["tumhare hisaab se"] = "in your opinion",
        ["aapke hisaab se"] = "in your opinion", ["tere hisaab se"] = "in your opinion",
        ["tumhare hisab se"] = "in your opinion", ["aapke hisab se"] = "in your opinion", ["bta do"] = "tell me",
        ["btado"] = "tell me", ["bta de"] = "tell me", ["kya kar sakte ho"] = "what can you do",
        ["kya kar sakte hain"] = "what can you do", ["kya kar sakte hai"] = "what can you do",
        ["kya kar sakta hai"] = "what can you do", ["kya kar sakti hai"] = "what can you do",
        // Small talk.
        ["kaun ho tum"] = "who are you", ["tum kaun ho"] = "who are you", ["kon ho tum"] = "who are you",
        ["tum kon ho"] = "who are you", ["aap kaun ho"] = "who are you", ["aap kaun hain"] = "who are you",
        ["aap kaun hai"] = "who are you", ["kaun hai tu"] = "who are you", ["tu kaun hai"] = "who are you",
        ["kaun ho aap"] = "who are you", ["kaise ho"] = "how are you", ["kaise hain"] = "how are you",
        ["kaise ho aap"] = "how are you", ["aap kaise hain"] = "how are you", ["aap kaise ho"] = "how are you",
        ["tum kaise ho"] = "how are you", ["kya haal hai"] = "how are you", ["kya hal hai"] = "how are you",
        ["milte hai"] = "see you", ["milte hain"] = "see you", ["phir milenge"] = "see you",
        ["fir milenge"] = "see you", ["chalta hu"] = "bye", ["chalti hu"] = "bye", ["chalta hoon"] = "bye",
        ["chalti hoon"] = "bye", ["bas itna hi"] = "that's all", ["itna hi"] = "that's all",
        ["bas itna"] = "that's all", ["help hui"] = "it helped", ["madad hui"] = "it helped",
        ["shubh ratri"] = "good night", ["bahut bahut"] = "very", ["thik hai"] = "ok", ["theek hai"] = "ok",
        ["thik h"] = "ok", ["theek h"] = "ok", ["shukriya aapka"] = "thank you", ["aapka shukriya"] = "thank you",
        ["aapka dhanyavaad"] = "thank you", ["aapka dhanyawad"] = "thank you", ["tumhara shukriya"] = "thank you",
        ["bahut achha"] = "very good", ["bahut accha"] = "very good", ["bahut acha"] = "very good",
        // Deeds said with a noun and a helper verb.
        ["kam hua"] = "reduced", ["kam hui"] = "reduced", ["kam ho gaya"] = "reduced", ["kam ho gayi"] = "reduced",
        ["baat hui"] = "talked about", ["baat kahi"] = "said", ["de raha"] = "giving", ["de rahi"] = "giving",
        ["de rahe"] = "giving", ["galat kar raha"] = "is wrong", ["galat kar rahi"] = "is wrong",
        ["galat kar rahe"] = "are wrong", ["mil jayegi"] = "merge", ["mil jayega"] = "merge",
        ["mil jayenge"] = "merge", ["mil jaegi"] = "merge", ["mil jaayegi"] = "merge", ["hissa liya"] = "took part",
        ["bhaag liya"] = "took part", ["hissa lenge"] = "take part", ["manyata di"] = "recognized",
        ["manyata dega"] = "will recognize", ["manyata denge"] = "will recognize", ["ninda ki"] = "condemned",
        ["virodh kiya"] = "opposed", ["samarthan kiya"] = "supported", ["nuksan pahunchaya"] = "damaged",
        ["nuksaan pahunchaya"] = "damaged", ["thukra diya"] = "rejected", ["kaha gaya"] = "was said",
        ["bataya gaya"] = "said", ["warning di"] = "warned", ["warning di gayi"] = "warned",
        ["chetavani di"] = "warned", ["swagat kiya"] = "welcomed", ["baat rakhi"] = "raised the issue",
        ["mudda uthaya"] = "raised the issue", ["baat uthayi"] = "raised the issue", ["sehmati bani"] = "agreed",
        ["sahmati bani"] = "agreed",
        // Things and times.
        ["baar baar"] = "repeatedly", ["usi time"] = "at the same time", ["usi samay"] = "at the same time",
        ["usi din"] = "on the same day", ["same time pe"] = "at the same time", ["same din"] = "on the same day",
        ["suraksha bal"] = "security forces", ["agla daur"] = "next round", ["agle daur"] = "next round",
        ["sah adhyaksh"] = "co-chair", ["videsh mantri"] = "foreign minister",
        ["videsh mantralay"] = "foreign ministry", ["pradhan mantri"] = "prime minister",
        ["raksha mantri"] = "defence minister", ["sena pramukh"] = "army chief", ["ek saath"] = "together",
        ["ek sath"] = "together", ["ek line"] = "one line", ["phir se"] = "again", ["fir se"] = "again",
        ["short me"] = "in short", ["short mein"] = "in short",
        // Chat shortenings of "ke" and more postpositions.
        ["k sath"] = "with", ["k saath"] = "with", ["k baad"] = "after", ["k bad"] = "after", ["k liye"] = "for",
        ["k baare me"] = "about", ["k bare me"] = "about", ["ke taur pe"] = "as", ["ke taur par"] = "as",
        ["ke roop me"] = "as", ["ke roop mein"] = "as", ["ke rup me"] = "as",
        // Who writes, who will do, what else, still.
        ["likhne wali"] = "writer", ["likhne wala"] = "writer", ["likhne wale"] = "writer",
        ["kaun karega"] = "who will do", ["kon karega"] = "who will do", ["aur kya"] = "what else",
        ["abhi bhi"] = "still", ["ab bhi"] = "still", ["milti julti"] = "similar", ["milta julta"] = "similar",
        ["milte julte"] = "similar", ["milti-julti"] = "similar", ["milta-julta"] = "similar",
        ["shamil ho jayegi"] = "will become part", ["shamil ho jayega"] = "will become part",
        ["shamil ho jayenge"] = "will become part", ["shamil hogi"] = "will become part",
        ["shamil hoga"] = "will become part", ["shamil honge"] = "will become part",
        ["tay kiya"] = "agreed", ["tay kia"] = "agreed", ["tay hua"] = "agreed", ["tay hui"] = "agreed",
        ["kab rakhi"] = "when scheduled", ["kab rakha"] = "when scheduled", ["kab rakhe"] = "when scheduled",
        ["wala kya scene hai"] = "what is the story", ["wali kya scene hai"] = "what is the story",
        ["wale kya scene hai"] = "what is the story", ["pehli baar"] = "first time", ["pehli bar"] = "first time",
        ["kis ko bola gaya hai"] = "who is called", ["kisko bola gaya hai"] = "who is called",
        ["kise bola gaya hai"] = "who is called", ["kis ko kaha gaya hai"] = "who is called",
        ["kisko kaha gaya hai"] = "who is called", ["kis type ke"] = "what kind of", ["kis type ki"] = "what kind of",
        ["kis tarah ke"] = "what kind of", ["kis tarah ki"] = "what kind of", ["puch sakte hain"] = "can I ask",
        ["puchh sakte hain"] = "can I ask", ["pooch sakte"] = "can I ask", ["puch sakte"] = "can I ask",
        ["theek kiya"] = "did the right thing", ["thik kiya"] = "did the right thing",
        ["sahi kiya"] = "did the right thing", ["apni opinion"] = "your opinion", ["apni rai"] = "your opinion",
        ["apna opinion"] = "your opinion", ["apni raay"] = "your opinion", ["opinion do"] = "give opinion",
        ["saal poore hone"] = "year anniversary", ["saal pure hone"] = "year anniversary",
        ["saal poora hone"] = "year anniversary", ["phir se kab milenge"] = "when is the next meeting",
        ["fir se kab milenge"] = "when is the next meeting", ["dobara kab milenge"] = "when is the next meeting",
        // Urdu greetings and farewells.
        ["assalam o alaikum"] = "hello", ["assalamu alaikum"] = "hello", ["assalam alaikum"] = "hello",
        ["asalam o alaikum"] = "hello", ["salam alaikum"] = "hello", ["assalam-o-alaikum"] = "hello",
        ["allah hafiz"] = "goodbye",
        // "Psaki ab kya karti hai": what she does today, which the article does not say.
        ["ab kya karti hai"] = "what does today", ["ab kya karta hai"] = "what does today",
        ["abhi kya karti hai"] = "what does today", ["abhi kya karta hai"] = "what does today",
        ["ab kya karte hain"] = "what does today", ["khuda hafiz"] = "goodbye",
        ["ab kya kar rahi hai"] = "what does today", ["ab kya kar raha hai"] = "what does today",
        ["abhi kya kar rahi hai"] = "what does today", ["abhi kya kar raha hai"] = "what does today",
        ["ab kya kar rahe hain"] = "what does today", ["aajkal kya karti hai"] = "what does today",
        ["aajkal kya karta hai"] = "what does today",
        // Asking and judging.
        ["samajh nahi aa raha"] = "I don't understand", ["samajh nahi aa rha"] = "I don't understand",
        ["kya puchna hai"] = "what to ask", ["kya puchu"] = "what to ask", ["kya poochu"] = "what to ask",
        ["examples do"] = "give examples", ["example do"] = "give example",
        ["achha hai ya bura"] = "is good or bad", ["acha hai ya bura"] = "is good or bad",
        ["accha hai ya bura"] = "is good or bad", ["sahi hai ya galat"] = "is right or wrong",
        ["pura scene kya tha"] = "what happened", ["poora scene kya tha"] = "what happened",
        ["pura scene kya hai"] = "what happened", ["scene kya tha"] = "what happened", ["kis ne"] = "who", ["kis cheez ka"] = "what kind of",
        ["kis cheez ki"] = "what kind of", ["kya bola gaya"] = "what was said", ["kya kaha gaya"] = "what was said",
        ["dare hue"] = "afraid", ["darte hai"] = "afraid", ["darte hain"] = "afraid",
        // Roman Urdu as Pakistani readers write it.
        ["kis ne ki"] = "who did",
        ["kisne ki"] = "who did", ["sadarat kis ne ki"] = "who chaired", ["sadarat kisne ki"] = "who chaired",
        ["jis ne"] = "who", ["kya kehta hai"] = "what does say", ["kya kehti hai"] = "what does say",
        ["kis wajah se"] = "why", ["kis vajah se"] = "why", ["stability aayi"] = "stabilized",
        ["stability ayi"] = "stabilized", ["behtari aayi"] = "stabilized", ["behtari ki wajah"] = "why stabilized",
        ["ka kya scene tha"] = "what happened at", ["ki kya scene tha"] = "what happened at",
        ["bara shehar"] = "main city", ["bada shehar"] = "main city", ["alag mulk"] = "independent country",
        ["alag desh"] = "independent country", ["ke samne ye issue"] = "with this issue",
        ["ke samne issue"] = "with the issue", ["ke samne ye masla"] = "with this issue",
        ["ke saamne ye issue"] = "with this issue", ["zikr kyun aya"] = "why mentioned",
        ["zikr kyun aaya"] = "why mentioned", ["zikr kyun hai"] = "why mentioned", ["zikr kyun kiya"] = "why mentioned",
        ["kya reaction diya"] = "how reacted", ["kya reaction di"] = "how reacted", ["reaction diya"] = "reacted",
        ["kya kya bata sakte ho"] = "what can you do",
        ["kya kya bata sakte hain"] = "what can you do", ["kya kya bata sakte hai"] = "what can you do",
        ["ye log"] = "these people", ["guarding kaun karega"] = "who will guard",
        ["hifazat kaun karega"] = "who will guard", ["ab kahan"] = "where today", ["abhi kahan"] = "where today",
        ["aajkal kahan"] = "where today", ["job karti hai"] = "work", ["job karta hai"] = "work",
        ["kis jaisi"] = "similar to which", ["kis jaisa"] = "similar to which", ["kis jaise"] = "similar to which",
        ["kiske haath me"] = "who had", ["kisko diya"] = "to whom given", ["kiske hath me"] = "who had", ["kiske haath mein"] = "who had",
    }, hyphens: true);

    // One word each. Particles that only soften or stress ("ji", "yaar", "bhai", "wala") are no words of the question.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Question words.
        ["kaun"] = "who", ["kon"] = "who", ["koun"] = "who", ["kaon"] = "who", ["kisne"] = "who", ["kisney"] = "who",
        ["kiski"] = "whose", ["kiska"] = "whose", ["kiske"] = "whose", ["kisko"] = "whom", ["kise"] = "whom",
        ["kisse"] = "from whom", ["kis"] = "which", ["kin"] = "which", ["kinhone"] = "who", ["kaunsa"] = "which",
        ["kaunsi"] = "which", ["kaunse"] = "which", ["konsa"] = "which", ["konsi"] = "which", ["konse"] = "which",
        ["kab"] = "when", ["kb"] = "when", ["kahan"] = "where", ["kahaan"] = "where", ["kidhar"] = "where",
        ["kitna"] = "how much", ["kitni"] = "how much", ["kitne"] = "how much", ["kitnaa"] = "how much",
        ["ktna"] = "how much", ["ktne"] = "how much", ["ktni"] = "how much", ["kha"] = "where", ["kyu"] = "why",
        ["kyun"] = "why", ["kyon"] = "why", ["kyoon"] = "why", ["kiyu"] = "why", ["kiun"] = "why", ["kaise"] = "how",
        ["kese"] = "how", ["kaisa"] = "how", ["kaisi"] = "how", ["kaisey"] = "how",
        // Postpositions, linkers and pronouns.
        ["ka"] = "of", ["ki"] = "of", ["ke"] = "of", ["ko"] = "to", ["ne"] = string.Empty, ["se"] = "from",
        ["pe"] = "on", ["par"] = "on", ["pr"] = "on", ["mein"] = "in", ["mei"] = "in", ["mien"] = "in",
        ["aur"] = "and", ["aor"] = "and", ["bhi"] = "also", ["ya"] = "or", ["lekin"] = "but", ["magar"] = "but",
        ["kyunki"] = "because", ["kyuki"] = "because", ["kyonki"] = "because", ["agar"] = "if", ["toh"] = "so",
        ["phir"] = string.Empty, ["fir"] = string.Empty, ["jo"] = "that", ["jab"] = "as", ["tak"] = "until",
        ["liye"] = "for", ["wala"] = string.Empty, ["wali"] = string.Empty, ["wale"] = string.Empty,
        ["waala"] = string.Empty, ["waali"] = string.Empty, ["waale"] = string.Empty, ["vala"] = string.Empty,
        ["vali"] = string.Empty, ["vale"] = string.Empty, ["ye"] = "this", ["yeh"] = "this", ["yah"] = "this",
        ["yahi"] = "this", ["yehi"] = "this", ["wo"] = "that", ["woh"] = "that", ["vo"] = "that", ["voh"] = "that",
        ["wahi"] = "that", ["iss"] = "this", ["isko"] = "it", ["ise"] = "it", ["isse"] = "this", ["iska"] = "its",
        ["iski"] = "its", ["iske"] = "its", ["isne"] = "it", ["usko"] = "them", ["usse"] = "that", ["uska"] = "their",
        ["uski"] = "their", ["uske"] = "their", ["usne"] = "they", ["unhone"] = "they", ["unhoney"] = "they",
        ["inhone"] = "they", ["unka"] = "their", ["unki"] = "their", ["unke"] = "their", ["inka"] = "their",
        ["inki"] = "their", ["inke"] = "their", ["unko"] = "them", ["unhe"] = "them", ["inko"] = "them",
        ["unse"] = "from them", ["inse"] = "from them", ["usme"] = "in it", ["usmein"] = "in it", ["isme"] = "in it",
        ["ismein"] = "in it", ["wahan"] = "there", ["waha"] = "there", ["yahan"] = "here", ["yaha"] = "here",
        ["mera"] = "my", ["meri"] = "my", ["mujhe"] = "me", ["mujhko"] = "me", ["main"] = "I", ["hum"] = "we",
        ["humein"] = "us", ["hame"] = "us", ["humko"] = "us", ["hamara"] = "our", ["tum"] = "you", ["tu"] = "you",
        ["aap"] = "you", ["ap"] = "you", ["tumhe"] = "you", ["tumko"] = "you", ["aapko"] = "you", ["apko"] = "you",
        ["tujhe"] = "you", ["tera"] = "your", ["teri"] = "your", ["tumhara"] = "your", ["tumhari"] = "your",
        ["aapka"] = "your", ["aapki"] = "your", ["apka"] = "your", ["apki"] = "your", ["khud"] = "himself",
        ["koi"] = "any", ["kuch"] = "anything", ["kuchh"] = "anything", ["kch"] = "anything", ["sab"] = "all",
        ["sabhi"] = "all", ["saare"] = "all", ["sare"] = "all", ["sabka"] = "everyone's", ["sabko"] = "everyone",
        ["dono"] = "both", ["ek"] = "one", ["itna"] = "this much", ["itne"] = "so many", ["aisa"] = "such",
        ["aisi"] = "such", ["aise"] = "such",
        // Verbs and their helpers.
        ["hai"] = "is", ["h"] = "is", ["hain"] = "are", ["hu"] = "am", ["hoon"] = "am", ["hun"] = "am",
        ["ho"] = string.Empty, ["tha"] = "was", ["thi"] = "was", ["thay"] = "were", ["hua"] = "was", ["hui"] = "was",
        ["hue"] = "were", ["huyi"] = "was", ["huye"] = "were", ["huaa"] = "was", ["huwa"] = "was", ["huva"] = "was",
        ["thaa"] = "was", ["hoga"] = "will be", ["hogi"] = "will be", ["honge"] = "will be", ["hogaa"] = "will be",
        ["hona"] = "be", ["hone"] = "being", ["raha"] = string.Empty, ["rahi"] = string.Empty, ["rahe"] = string.Empty,
        ["rha"] = string.Empty, ["rhi"] = string.Empty, ["rhe"] = string.Empty, ["gaya"] = string.Empty,
        ["gayi"] = string.Empty, ["gaye"] = string.Empty, ["gya"] = string.Empty, ["gyi"] = string.Empty,
        ["jayega"] = "will", ["jayegi"] = "will", ["jayenge"] = "will", ["jayengi"] = "will", ["jaega"] = "will",
        ["jaegi"] = "will", ["jaenge"] = "will", ["jaayega"] = "will", ["jaayegi"] = "will", ["jaata"] = string.Empty,
        ["jata"] = string.Empty, ["jati"] = string.Empty, ["jaate"] = string.Empty, ["jate"] = string.Empty,
        ["kar"] = string.Empty, ["kr"] = string.Empty, ["karo"] = string.Empty, ["kro"] = string.Empty,
        ["karna"] = string.Empty, ["karne"] = string.Empty, ["karke"] = string.Empty, ["krke"] = string.Empty,
        ["karta"] = "does", ["karti"] = "does", ["karte"] = "do", ["kare"] = string.Empty, ["karein"] = string.Empty,
        ["karega"] = "will", ["karegi"] = "will", ["karenge"] = "will", ["kiya"] = "did", ["kiye"] = "did",
        ["kari"] = "did", ["kiyaa"] = "did", ["karu"] = "do", ["karun"] = "do", ["sakta"] = "can", ["sakti"] = "can",
        ["sakte"] = "can", ["chahiye"] = "need", ["chahta"] = "want", ["chahti"] = "want", ["chahte"] = "want",
        ["bata"] = "tell me", ["batao"] = "tell me", ["btao"] = "tell me", ["bataiye"] = "tell me",
        ["bataao"] = "tell me", ["batayein"] = "tell me", ["batayen"] = "tell me", ["batayiye"] = "tell me",
        ["bataye"] = "tell me", ["bataoge"] = "tell me", ["batana"] = "tell me", ["bolo"] = "say", ["bol"] = "say",
        ["bola"] = "said", ["boli"] = "said", ["bole"] = "said", ["bolte"] = "say", ["bolta"] = "says",
        ["bolti"] = "says", ["bolna"] = "say", ["kaha"] = "said", ["kahi"] = "said", ["kahaa"] = "said",
        ["kehta"] = "says", ["kehti"] = "says", ["kehte"] = "say", ["kahta"] = "says", ["likha"] = "written",
        ["likhi"] = "written", ["likhe"] = "written", ["likhta"] = "writes", ["likhti"] = "writes",
        ["likhna"] = "write", ["diya"] = "gave", ["diye"] = "gave", ["di"] = "gave", ["de"] = "give",
        ["dega"] = "will give", ["degi"] = "will give", ["denge"] = "will give", ["dena"] = "give", ["dene"] = "give",
        ["deta"] = "gives", ["deti"] = "gives", ["dete"] = "give", ["mila"] = "got", ["mili"] = "got",
        ["mile"] = "got", ["milega"] = "will get", ["milegi"] = "will get", ["milenge"] = "will get",
        ["milna"] = "get", ["milta"] = "gets", ["milti"] = "gets", ["liya"] = "took", ["lena"] = "take",
        ["lega"] = "will take", ["legi"] = "will take", ["aaya"] = "came", ["aayi"] = "came", ["aaye"] = "came",
        ["aya"] = "came", ["ayi"] = "came", ["aa"] = "come", ["aata"] = "comes", ["aati"] = "comes",
        ["nikla"] = "came out", ["nikli"] = "came out", ["chalegi"] = "last", ["chalega"] = "last",
        ["chalenge"] = "last", ["rahega"] = "remain", ["rahegi"] = "remain", ["rahenge"] = "remain",
        ["banega"] = "become", ["banegi"] = "become", ["banenge"] = "become", ["bana"] = "became", ["bani"] = "became",
        ["bane"] = "became", ["banaya"] = "made", ["banaye"] = "made", ["ban"] = "become", ["dekhega"] = "handle",
        ["dekhegi"] = "handle", ["dekhenge"] = "handle", ["sambhalega"] = "handle", ["sambhalegi"] = "handle",
        ["sambhalenge"] = "handle", ["sambhalta"] = "handles", ["samjhao"] = "explain", ["samjhaiye"] = "explain",
        ["samjhaao"] = "explain", ["smjhao"] = "explain", ["samjhaye"] = "explain", ["samajh"] = "understand",
        ["samjha"] = "understood", ["pooch"] = "ask", ["puch"] = "ask", ["poochna"] = "ask", ["puchna"] = "ask",
        ["puchu"] = "ask", ["poochu"] = "ask", ["jaanna"] = "know", ["janna"] = "know", ["pata"] = "know",
        ["maloom"] = "know", ["malum"] = "know", ["lagta"] = "think", ["lagti"] = "think", ["lage"] = "think",
        ["socho"] = "think", ["uthaya"] = "raised", ["uthayi"] = "raised", ["maanga"] = "asked for",
        ["maangi"] = "asked for", ["todne"] = "breaking", ["toda"] = "damaged", ["tode"] = "damaged",
        ["todna"] = "break", ["dar"] = "fear", ["darta"] = "fears", ["darti"] = "fears", ["chal"] = "going",
        ["badhna"] = "moving", ["jud"] = "join", ["judna"] = "join", ["mara"] = "died", ["hota"] = "happens",
        ["hoti"] = "happens", ["hote"] = "happen", ["lagu"] = "in force", ["nikalna"] = "get out",
        // Small words of time, amount and manner.
        ["abhi"] = "currently", ["ab"] = "now", ["aaj"] = "today", ["kal"] = "tomorrow", ["pehle"] = "before",
        ["pahle"] = "before", ["phle"] = "before", ["baad"] = "after", ["tab"] = "then", ["jaldi"] = "quickly",
        ["bahut"] = "very", ["bohot"] = "very", ["bahot"] = "very", ["bhot"] = "very", ["zyada"] = "more",
        ["jyada"] = "more", ["zyaada"] = "more", ["jada"] = "more", ["kam"] = "less", ["thoda"] = "a little",
        ["thodi"] = "a little", ["sirf"] = "only", ["srf"] = "only", ["bas"] = "just", ["sahi"] = "right",
        ["galat"] = "wrong", ["nahi"] = "not", ["nahin"] = "not", ["nhi"] = "not", ["nai"] = "not", ["mat"] = "not",
        ["haan"] = "yes", ["han"] = "yes", ["haa"] = "yes", ["ji"] = string.Empty, ["na"] = string.Empty,
        ["naa"] = string.Empty, ["hi"] = string.Empty, ["bhai"] = string.Empty, ["bhaiya"] = string.Empty,
        ["yaar"] = string.Empty, ["yar"] = string.Empty, ["arre"] = string.Empty, ["arey"] = string.Empty,
        ["acha"] = "ok", ["accha"] = "ok", ["achha"] = "ok", ["achcha"] = "ok", ["thik"] = "ok", ["theek"] = "ok",
        ["chalo"] = "ok", ["matlab"] = "mean", ["matlb"] = "mean", ["khaas"] = "special", ["khas"] = "special",
        ["alag"] = "different", ["poora"] = "full", ["pura"] = "full", ["puri"] = "full", ["poori"] = "full",
        ["asli"] = "actual", ["naya"] = "new", ["nayi"] = "new", ["naye"] = "new", ["purana"] = "old",
        ["purani"] = "old", ["bada"] = "big", ["badi"] = "big", ["bade"] = "big", ["agla"] = "next", ["agli"] = "next",
        ["agle"] = "next", ["pichla"] = "last", ["pichli"] = "last", ["pichle"] = "last", ["pehla"] = "first",
        ["pehli"] = "first", ["pahla"] = "first", ["pahli"] = "first", ["aakhir"] = "finally", ["akhir"] = "finally",
        ["saath"] = "with", ["sath"] = "together", ["taraf"] = "side", ["dusra"] = "other", ["dusre"] = "other",
        ["dusri"] = "other",
        // Things.
        ["naam"] = "name", ["nam"] = "name", ["paisa"] = "money", ["paise"] = "money", ["paisaa"] = "money",
        ["pese"] = "money", ["paiso"] = "money", ["pesa"] = "money", ["paison"] = "money", ["rubal"] = "rubles",
        ["rakam"] = "amount", ["raqam"] = "amount", ["saal"] = "years", ["sal"] = "years", ["varsh"] = "years",
        ["baras"] = "years", ["saalo"] = "years", ["din"] = "day", ["tarikh"] = "date", ["tareekh"] = "date",
        ["taarikh"] = "date", ["jagah"] = "place", ["jageh"] = "place", ["desh"] = "country", ["mulk"] = "country",
        ["duniya"] = "world", ["dunia"] = "world", ["log"] = "people", ["logon"] = "people", ["logo"] = "people",
        ["sarkar"] = "government", ["sarkaar"] = "government", ["fauj"] = "army", ["sena"] = "army",
        ["sainik"] = "soldiers", ["sipahi"] = "soldiers", ["seema"] = "border", ["sarhad"] = "border",
        ["samjhauta"] = "treaty", ["samjhota"] = "treaty", ["samjhouta"] = "treaty", ["sandhi"] = "treaty",
        ["karar"] = "agreement", ["baat"] = "talk", ["baatein"] = "talks", ["baatcheet"] = "talks",
        ["batchit"] = "talks", ["vaarta"] = "talks", ["varta"] = "talks", ["baithak"] = "meeting", ["khabar"] = "news",
        ["khabren"] = "news", ["samachar"] = "news", ["lekh"] = "article", ["lekhak"] = "writer", ["neta"] = "leader",
        ["rashtrapati"] = "president", ["mantri"] = "minister", ["raksha"] = "defence", ["suraksha"] = "security",
        ["hamla"] = "attack", ["jung"] = "war", ["yudh"] = "war", ["ladai"] = "war", ["azadi"] = "independence",
        ["aazadi"] = "independence", ["kabza"] = "annexation", ["kabzaa"] = "annexation", ["hissa"] = "part",
        ["bhaag"] = "part", ["shart"] = "terms", ["sharten"] = "terms", ["wada"] = "promise", ["vaada"] = "promise",
        ["waada"] = "promise", ["vada"] = "promise", ["madad"] = "help", ["jawab"] = "answer", ["sawal"] = "question",
        ["sawaal"] = "question", ["raay"] = "opinion", ["rai"] = "opinion", ["raye"] = "opinion", ["vichar"] = "views",
        ["nateeja"] = "result", ["natija"] = "result", ["faisla"] = "decision", ["faisala"] = "decision",
        ["mudda"] = "issue", ["mamla"] = "matter", ["mamala"] = "matter", ["maamla"] = "matter",
        ["chinta"] = "concern", ["fikar"] = "concern", ["fikr"] = "concern", ["khatra"] = "threat",
        ["virodh"] = "protest", ["ninda"] = "condemnation", ["maang"] = "demand", ["shikayat"] = "complaint",
        ["cheez"] = "thing", ["chiz"] = "thing", ["wajah"] = "reason", ["vajah"] = "reason", ["karan"] = "reason",
        ["samay"] = "time", ["waqt"] = "time", ["mahina"] = "month", ["mahine"] = "months", ["farak"] = "difference",
        ["fark"] = "difference", ["farq"] = "difference", ["insaan"] = "human", ["insan"] = "human",
        ["aadmi"] = "person", ["banda"] = "person", ["bandi"] = "person", ["zimmedar"] = "responsible",
        ["jimmedar"] = "responsible", ["zimmedari"] = "responsibility", ["jimmedari"] = "responsibility",
        ["kaam"] = "work", ["pad"] = "post", ["mamle"] = "matter", ["designation"] = "post",
        // Formal Hindi of news and school.
        ["hastakshar"] = "signature", ["dastakhat"] = "signature", ["antar"] = "difference", ["shamil"] = "involved",
        ["adhyakshata"] = "chairmanship", ["adhyaksh"] = "chair", ["hifazat"] = "protection", ["halat"] = "situation",
        ["haalat"] = "situation", ["sthiti"] = "situation", ["nuksan"] = "damage", ["nuksaan"] = "damage",
        ["pratikriya"] = "reaction", ["pratikriyaen"] = "reactions", ["deshon"] = "countries", ["desho"] = "countries",
        ["rishta"] = "connection", ["sambandh"] = "relation", ["rakha"] = "allocated", ["rakhi"] = "allocated",
        ["rakhe"] = "allocated", ["samjhaute"] = "treaty", ["samjhauton"] = "treaties", ["samjhote"] = "treaty",
        ["amrika"] = "America", ["amerika"] = "America", ["jinhone"] = "who", ["jisne"] = "who", ["jiske"] = "whose",
        ["jahan"] = "where", ["kehna"] = "say", ["avadhi"] = "duration", ["awadhi"] = "duration", ["muddat"] = "term",
        ["khatam"] = "end", ["patrakar"] = "journalist", ["jaankari"] = "information", ["jankari"] = "information",
        ["daur"] = "round", ["aalochana"] = "criticism", ["alochna"] = "criticism", ["dhan"] = "money",
        ["rashi"] = "amount", ["raashi"] = "amount", ["nidhi"] = "funds", ["arthik"] = "economic",
        ["aarthik"] = "economic", ["vikas"] = "development", ["samajik"] = "social", ["ekikaran"] = "integration",
        ["vilay"] = "merger", ["gathbandhan"] = "alliance", ["sajhedari"] = "partnership",
        ["saajhedaari"] = "partnership", ["sahyog"] = "cooperation", ["rannitik"] = "strategic", ["ghatna"] = "event",
        ["saalgirah"] = "anniversary", ["varshganth"] = "anniversary", ["chetavani"] = "warning",
        ["chetawani"] = "warning", ["chetavni"] = "warning", ["tanav"] = "tension", ["shanti"] = "peace",
        ["sthirata"] = "stability", ["sthir"] = "stable", ["kripya"] = "please", ["kripaya"] = "please",
        ["bayan"] = "statement", ["bayaan"] = "statement", ["ulanghan"] = "violation", ["ullanghan"] = "violation",
        ["samprabhuta"] = "sovereignty", ["akhandta"] = "integrity", ["sainya"] = "military",
        ["pravakta"] = "spokesperson", ["pratinidhi"] = "representatives", ["pratinidhimandal"] = "delegation",
        ["sammelan"] = "conference", ["charcha"] = "discussion", ["nirnay"] = "decision", ["prastav"] = "proposal",
        ["ghoshna"] = "announcement", ["kshetra"] = "region", ["ilaka"] = "region", ["ilaaka"] = "region",
        ["rajya"] = "state", ["rashtra"] = "nation", ["swatantra"] = "independent", ["azaad"] = "independent",
        ["aazaad"] = "independent", ["antarrashtriya"] = "international", ["mantralaya"] = "ministry",
        ["bheja"] = "sent", ["bheje"] = "sent", ["bataya"] = "said", ["batayi"] = "said", ["shehar"] = "city",
        ["sheher"] = "city", ["shahar"] = "city", ["saalon"] = "years", ["salon"] = "years", ["khush"] = "happy",
        ["naraz"] = "angry", ["naraaz"] = "angry", ["baaki"] = "rest of", ["baki"] = "rest of",
        ["sehmati"] = "agreement", ["sahmati"] = "agreement", ["zikr"] = "mention", ["jikr"] = "mention",
        ["dikkat"] = "problem", ["dikkatein"] = "problems", ["pareshani"] = "problem", ["samasya"] = "problem",
        ["halaat"] = "situation", ["tumse"] = "you", ["aapse"] = "you", ["tumhare"] = "your", ["tumhaare"] = "your",
        ["aapke"] = "your", ["tere"] = "your", ["usi"] = "that", ["alawa"] = "besides", ["todi"] = "damaged",
        ["bta"] = "tell me", ["mtlb"] = "mean", ["pahunchaya"] = "caused", ["maana"] = "accepted",
        ["mana"] = "accepted", ["manega"] = "will accept", ["maanega"] = "will accept", ["sweekar"] = "accept",
        ["svikar"] = "accept", ["khaarij"] = "rejected", ["kharij"] = "rejected", ["samarthan"] = "support",
        ["lekar"] = "about", ["leke"] = "about", ["umar"] = "age", ["umr"] = "age", ["abadi"] = "population",
        ["aabaadi"] = "population", ["bhasha"] = "language", ["chunav"] = "election", ["mausam"] = "weather",
        ["rajdhani"] = "capital", ["mare"] = "died", ["swagat"] = "welcome", ["manyata"] = "recognition",
        ["likhne"] = "writing", ["darr"] = "fear", ["nishaan"] = "signs", ["nishan"] = "signs", ["nishane"] = "signs",
        ["tokaa"] = "warned", ["toka"] = "warned", ["gussa"] = "angry", ["gusse"] = "angry", ["aayenge"] = "will come",
        ["ayenge"] = "will come", ["aayega"] = "will come", ["aayegi"] = "will come", ["suna"] = "heard",
        ["dobara"] = "again", ["kisi"] = "some", ["zimma"] = "responsibility", ["jimma"] = "responsibility",
        ["zimmedaari"] = "responsibility", ["bura"] = "bad", ["badla"] = "changed", ["badli"] = "changed",
        ["badle"] = "changed",
        // Urdu, as Pakistani readers write it in Latin letters (and as the Urdu-script reader spells it).
        ["muahida"] = "treaty", ["muahda"] = "treaty", ["muahide"] = "treaty", ["muahiday"] = "treaty",
        ["muahede"] = "treaty", ["muahidon"] = "treaties", ["muahidey"] = "treaty", ["muzakrat"] = "talks",
        ["muzakraat"] = "talks", ["mazakrat"] = "talks", ["sadarat"] = "chairmanship", ["tashweesh"] = "concern",
        ["tashwish"] = "concern", ["zahir"] = "expressed", ["nishanat"] = "signs", ["pahunchane"] = "damaging",
        ["behtari"] = "improvement", ["wafd"] = "delegation", ["mutalba"] = "demand", ["qabza"] = "annexation",
        ["qabzaa"] = "annexation", ["shareek"] = "participated", ["sharik"] = "participated", ["arse"] = "time",
        ["arsa"] = "time", ["fouj"] = "army", ["ohda"] = "post", ["oohda"] = "post", ["taluq"] = "connection",
        ["taalluq"] = "connection", ["talluq"] = "connection", ["kirdar"] = "role", ["kirdaar"] = "role",
        ["masla"] = "problem", ["masala"] = "problem", ["walay"] = string.Empty, ["walon"] = string.Empty,
        ["walo"] = string.Empty, ["unhon"] = "they", ["unhonne"] = "they", ["mutabiq"] = "according to",
        ["mutabik"] = "according to", ["huin"] = "were", ["jazakallah"] = "thanks",
        ["jazakalla"] = "thanks", ["jazakallahkhair"] = "thanks", ["sadar"] = "president", ["wazir"] = "minister",
        ["kharja"] = "foreign", ["hukumat"] = "government", ["sarhadon"] = "borders", ["bara"] = "big",
        ["bari"] = "big", ["baray"] = "big", ["jaye"] = "joins", ["abkhaziya"] = "Abkhazia", ["radd-e-amal"] = "reaction", ["raddeamal"] = "reaction",
        // Small talk.
        ["namaste"] = "hello", ["namaskar"] = "hello", ["pranam"] = "hello", ["shukriya"] = "thanks",
        ["shukria"] = "thanks", ["dhanyavaad"] = "thanks", ["dhanyawad"] = "thanks", ["dhanyavad"] = "thanks",
        ["dhanywad"] = "thanks", ["dhanyawaad"] = "thanks", ["alvida"] = "goodbye", ["tata"] = "bye",
    };

    // Hindi words that are English words, names, or words of another language the bot reads.
    private static readonly HashSet<string> NotMarkers = new(StringComparer.Ordinal)
    {
        "ka", "ne", "na", "naa", "ko", "me", "mai", "main", "par", "pr", "magar", "agar", "fir", "jo", "jab", "tak", "vale",
        "vala", "vali", "ye", "yah", "wo", "vo", "hum", "hame", "tu", "ap", "sab", "sare", "ek", "hu", "hun", "ho", "thay",
        "huye", "hone", "gaye", "jati", "jate", "kar", "kr", "kare", "kari", "karu", "karun", "bol", "di", "de", "dega",
        "dena", "dene", "deta", "deti", "dete", "milta", "lena", "lega", "aya", "aa", "chalenge", "bana", "bani", "bane",
        "ban", "pooch", "puch", "janna", "pata", "lage", "toda", "tode", "dar", "chal", "jud", "mara", "hote", "ab", "kal",
        "tab", "jada", "kam", "bas", "nai", "mat", "han", "haa", "hi", "pura", "puri", "bade", "nam", "sal", "din", "log",
        "logo", "sena", "karar", "neta", "jung", "vada", "wada", "rai", "raye", "karan", "banda", "pad", "designation",
        "antar", "shamil", "rakhi", "amerika", "jahan", "dhan", "vikas", "bayan", "maana", "mana", "umar", "abadi", "mare",
        "kin", "kb", "yar", "thik", "tere", "arse", "arsa", "bara", "bari", "baray", "masala", "zahir", "sadar", "walo", "jaye", "abkhaziya",
    };

    // A message is Hinglish when it has a Hindi word of the dictionary above or a phrase's ("baare", "saath"), but for the
    // words English, its names or another language the bot reads have too: those count not at all ("main", "do", "din",
    // "pata", "mana") or only with another ("hai", "ke", "se", "ya"). "ka", "ko", "na" and "ne" are also Tagalog's,
    // Japanese's and Pidgin's, "tha" a dialect's "the", and "hua" ends "Bokhua" after a break.
    private static readonly MarkerWords Markers = new(
        Words.Keys.Concat(["kya", "kyaa", "kyya", "kaha", "baare", "hisaab", "kahin", "bata", "haina", "alaikum", "hafiz"])
            .Where(word => !NotMarkers.Contains(word)),
        ["hai", "ke", "ki", "se", "pe", "ko", "ji", "bhai", "yaar", "ya", "h", "hua", "tha", "mein", "tata", "mila", "mili",
            "mile"]);

    // "..., hai na?", "... na?", "..., right?": the tag at the end, and the "hai" before it.
    [GeneratedRegex(@"(?:\s+(?<aux>hai|h)(?=\s+na)|\s+hi(?=\s+na))?[,\s]+(?:na+|haina+|na\s+ji|hai\s+ki\s+nahi|sahi\s+hai\s+na|sach\s+me|right)(?=\s*(?:\?|[!.]*\s*$))", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    // "hai na S. Ossetia ko?": the tag before the words it tags.
    [GeneratedRegex(@"\s+(?<aux>hai|h)\s+na+\s+(?<rest>[^?!]+?)(?=\s*\?)", RegexOptions.IgnoreCase)]
    private static partial Regex TagBefore();

    // "10 saal ki treaty", "25 saal ka agreement".
    [GeneratedRegex(@"(?<years>\b\d+)\s+(?:saal|sal|varsh)\s+(?:ka|ki|ke)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearsLong();

    // "9.2 arab": a Hindi billion.
    [GeneratedRegex(@"(?<n>\d)\s+arab\b", RegexOptions.IgnoreCase)]
    private static partial Regex Arab();

    // "alliance and integration naam hai iska", after the tag has moved.
    [GeneratedRegex(@"(?<=(?:^|[?!,;]|(?<!\d)\.|\.(?=\s))\s*)(?!\s)(?<name>[^?.!,;]+?)\s+(?i:naam|name)\s+(?i:hai|h|tha)\s+(?<its>(?i:iska|uska|iski|uski))(?=\s*(?:,\s*right\b|[?.!]|$))")]
    private static partial Regex NameIs();

    [GeneratedRegex(@"^(?:(?i:is|iss|ye|yeh|wo|woh|ek|kisi|kis|kaunse|kaunsi|kaunsa|konse|konsi|konsa|kaun\s+se|kaun\s+si|kon\s+se|kon\s+si)|us|uss)(?=\s)")]
    private static partial Regex Determiner();

    // Hindi's "is" and "us" (this, that) before a postposition or a noun and its postposition: "is pe", "is treaty ka",
    // "us din ko"; not the English "is" of "is the treaty ...", nor "US".
    [GeneratedRegex(@"(?<![\p{L}'-])(?:(?i:is|iss)|us|uss)(?=\s+(?:(?i:pe|par|me|mein|mai|ke|ki|ka|ko|se|baare|bare|tarah|liye|wajah)(?![\p{L}-])|(?!(?i:the|a|an|it|this|that|there|he|she|they|we|you|i)\s)[\p{L}-]+\s+(?i:pe|par|me|mein|mai|ke|ki|ka|ko|se)(?![\p{L}-])))")]
    private static partial Regex HindiThis();

    [GeneratedRegex(@"\b(?:treaty|agreement|pact|deal|samjhauta|samjhota|sandhi|muahida|muahda|muahide|muahiday|isko|ise)$", RegexOptions.IgnoreCase)]
    private static partial Regex TreatyNoun();

    // "kya cheez hai": what is it, read before "kya ... hai" could ask whether it is a thing.
    [GeneratedRegex(@"\bkya\s+(?:cheez|chiz|chij)\s+(?:hai|h|he)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatThing();

    // "ok tata", "tata bye": a farewell, though "Tata" alone is a name.
    [GeneratedRegex(@"^\W*(?:(?:ok|okay|chalo|acha|accha)\s+)?tata(?:\s+bye)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Farewell();

    // "S. Ossetia", "S Ossetia", "S.Ossetia".
    [GeneratedRegex(@"\bS\.?\s*(?=Ossetia)")]
    private static partial Regex SouthOssetiaAbbreviation();

    // "treaty kab hui", "samjhauta kab hua".
    [GeneratedRegex(@"\b(?<treaty>treaty|samjhauta|samjhota|samjhouta|agreement|pact|deal|sandhi|muahida|muahda|muahide|muahiday)\s+kab\s+(?:hua|hui|hue)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TreatyWhen();

    // "Tibilov ne kya kaha", "Georgia ne kya bola is treaty pe", "Russia ne kya sign kiya", "Georgia ko kya bola gaya",
    // "is pact ko officially kya bolte hai", "article kis baare me hai".
    [GeneratedRegex(@"(?<![\p{L}\d'-])(?<who>(?:(?i:this|that|is|iss|ye|yeh|wo|woh)\s+)?(?:(?:\p{Lu}[\p{L}.'-]*\s+){1,3}(?:\p{Ll}[\p{L}'-]*\s+)?\p{Ll}[\p{L}'-]*|(?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}'-]*|\p{L}+))\s+(?i:ne\s+(?<rest>(?:[^\s?.!,]+\s+){0,6}?)kya\s+(?:(?:bola|boli|bole|kaha|kahi|bataya|batayi|(?:statement|bayan|bayaan)\s+(?:diya|di|diye)|stand\s+(?:liya|li))(?:\s+(?:tha|thi|the|hai|h|hain))?|(?<did>sign|decide|commit|promise|pledge|offer|demand|propose|agree|discuss|announce|write|give|say)\s+(?:kiya|ki|kiye|kari)(?:\s+(?:tha|thi|the|hai|h))?|(?<do>kiya|kia|kari)(?:\s+(?:tha|thi|the|hai|h))?)|(?<told>ko\s+kya\s+(?:bola|kaha)\s+(?:gaya|gya))|(?<called>ko\s+(?<how>(?:officially|actually|formally|exactly)\s+)?kya\s+(?:bolte|kehte|kahte|bulate|bulaate)\s+(?:hai|hain|h)(?:\s+log)?)|(?<about>kis\s+baa?re\s+m(?:e|ein|ai)\s+(?<aux>hai|h|hain|tha|thi|the)))(?![\p{L}-])")]
    private static partial Regex WhatSomeoneSaid();

    // A clause that ends in its question word and "is": "South Ossetia kaha hai", "treaty ka naam kya hai".
    [GeneratedRegex(@"(?<=(?:^|[?!,;]|(?<!\d)\.|\.(?=\s))\s*)(?!\s)(?<body>(?:[^\s?.!,;]+\s+){0,3}[^\s?.!,;]+)\s+(?<q>kya|kaun|kon|kahan|kahaan|kaha|kab|kitna|kitni|kitne|kaisa|kaisi|kyu|kyun|kyon)\s+(?<aux>hai|h|he|hain|tha|thi|the|hoga|hogi)(?=(?:\s+(?:phir|fir|bhai|yaar|yar|ji|exactly|actually|basically|bro|sir))*\s*(?:[?.!,;]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex AskedLast();

    // "Georgia ka kya reaction tha", "OSCE ka kya role tha geneva me": what was Georgia's reaction.
    [GeneratedRegex(@"(?<=(?:^|[?!,;]|(?<!\d)\.|\.(?=\s))\s*)(?!\s)(?<body>(?:[^\s?.!,;]+\s+){0,3}[^\s?.!,;]+\s+(?:ka|ki|ke))\s+kya\s+(?<noun>[\p{L}-]+)\s+(?<aux>hai|h|hain|tha|thi|the|hoga|hogi)(?=(?:\s+[^\s?.!,;]+){0,3}\s*(?:[?.!,;]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex WhatOf();

    // A noun (a name of capitalised words, maybe with one word after it, a date, or one word) and the postposition after
    // it, with the "is", "ek" or "kis" before the noun.
    [GeneratedRegex(@"(?<![\p{L}\d'-])(?<!\b(?i:kitne|kitna|kitni|kiske)\s+)(?<det>(?:(?i:this|that|is|iss|ye|yeh|wo|woh|ek|kis|kisi|kaunse|kaunsi|kaunsa|konse|konsi|konsa|kaun\s+se|kaun\s+si|kon\s+se|kon\s+si)|us|uss)\s+)?(?<np>(?!\p{Lu}+\s+\p{Ll})(?:\p{Lu}[\p{L}.'-]*\s+){1,3}\p{Ll}[\p{L}'-]*|(?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}'-]*|(?i:south|north)\s+ossetia|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,}|\p{L}{3,}\s+\d{1,2}(?:st|nd|rd|th)?|[\p{L}\d][\p{L}\d'-]*)\s+(?<post>(?i:ke\s+baa?re\s+m(?:e|ein|ai)|ke\s+li(?:ye|ya|e)|ke\s+saa?th|ke\s+baa?d|ke\s+p[ae]?hle|se\s+p[ae]?hle|ke\s+beech|ke\s+bich|ke\s+khilaa?f|ke\s+paa?s|ke\s+hisaa?b\s+se|ki\s+wajah\s+se|ki\s+vajah\s+se|ke\s+against|ke\s+under|ki\s+taraf\s+se|ke\s+taraf\s+se|ki\s+or\s+se|ko\s+lekar|ko\s+leke|ke\s+leke|ke\s+alawa|ke\s+alaava|ke\s+siva|ke\s+siwa|me|mein|mai|mei|ko|pe|par|se|tak))(?![\p{L}-])")]
    private static partial Regex Postposition();

    // A clause that ends in an English verb done ("sign hua", "sign kiya tha"), with its subject before "ne", checked with
    // "kya" or a tag, or offered with "ya kahin aur".
    [GeneratedRegex(@"(?<=(?:^|[?!,;]|(?<!\d)\.|\.(?=\s))\s*)(?!\s)(?:(?<subj>(?:[^?.!,;]|(?<=\d)\.(?=\d))*?)\s+ne\s+)?(?<obj>(?:[^?.!,;]|(?<=\d)\.(?=\d))*?)\s*\b(?<verb>sign|react|condemn|pledge|promise|decide|discuss|chair|co-chair|attend|annex|recogni[sz]e|accept|reject|violate|mention|allocate|implement|complain|warn|damage|merge|join|participate|agree|critici[sz]e|support|announce|ratify|confirm|guard|protect|approve|oppose|visit|protest|integrate|invite|conclude|declare|discuss|negotiate|change|revise|amend|stabili[sz]e)\s+(?:kiya|kiye|kia|ki|kari|kara|hua|hui|hue|huyi|huye|huaa)(?:\s+(?:tha|thi|the|hai|h|hain|gaya|gayi|gaye))*(?:\s+(?:kya|kia))?(?<or>\s+ya\s+(?:kahin|kisi|koi)\s+aur|\s+ya\s+nahi)?(?=\s*(?:,\s*right\b|[?.!]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex DeedChecked();

    // "hua tha kya?", "kya X hai?", "X hai kya?", "X hai, right?": a clause that only asks whether it is so, and its helper.
    [GeneratedRegex(@"(?<=(?:^|[?!,;]|(?<!\d)\.|\.(?=\s))\s*)(?!\s)(?:kya\s+)?(?<body>(?:[^?.!,;]|(?<=\d)\.(?=\d))+?)\s+(?<aux>hai|h|hain|tha|thi|the|hoga|hogi|honge)(?:\s+(?:kya|kia)|(?=\s*,\s*right\b))(?=\s*(?:,\s*right\b|[?.!]|$))|(?<=(?:^|[?!,;]|(?<!\d)\.|\.(?=\s))\s*)(?!\s)kya\s+(?<body>(?:[^?.!,;]|(?<=\d)\.(?=\d))+?)\s+(?<aux>hai|h|hain|tha|thi|the|hoga|hogi|honge)(?=\s*(?:[?.!]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex YesNo();

    // English verbs a Hindi "kiya" or "hua" makes a deed of ("sign kiya", "decide hua"), or "karega" a promise.
    [GeneratedRegex(@"\b(?<verb>sign|react|condemn|pledge|promise|decide|discuss|chair|co-chair|lead|attend|annex|recogni[sz]e|accept|reject|violate|mention|commit|allocate|implement|complain|warn|damage|merge|join|participate|agree|critici[sz]e|support|announce|ratify|confirm|write|say|guard|protect|approve|oppose|veto|visit|protest|attack|integrate|invite|sanction|finali[sz]e|conclude|call|declare|request|demand|raise|post|publish|report|cover|describe|explain|summari[sz]e|plan|organi[sz]e|host|hold|meet|take|give|pay|transfer|send|release|fund|provide|claim|state|stress|express|cancel|break|deny|ask|tell|respond|reply|object|threaten|negotiate|draft|change|revise|amend|stabili[sz]e|signature|hastakshar|dastakhat)\s+(?:kiya|kiye|kia|ki|kari|kara|kare|kri|kiyaa|hua|hui|hue|huyi|huye|huaa|gaya|gayi|gaye|(?<will>karega|karegi|karenge|karengi))\b(?:\s+(?<asked>kya|kia)(?=\s*(?:[?.!]|$)))?", RegexOptions.IgnoreCase)]
    private static partial Regex VerbDone();

    // Question words, Hindi or English, but "kya" at the end of a clause, which only asks.
    [GeneratedRegex(@"\b(?:kaun|kon|kisne|kiske|kiska|kiski|kisko|kab|kahan|kahaan|kaha|kitna|kitni|kitne|kyu|kyun|kyon|kaise|kaisa|kaisi|kis|kaunsa|kaunsi|kaunse|konsa|konsi|konse|what|who|when|where|why|how|which)\b|\bkya\b(?!\s*(?:[?.!,]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWord();

    // A possession alone ("Georgia ka part") or one word: no subject of its own.
    [GeneratedRegex(@"^\S+(?:\s+(?i:ka|ki|ke)\s+\S+)?$")]
    private static partial Regex Subjectless();

    [GeneratedRegex(@"^(?:date|din|day|tarikh|tareekh|time|samay|waqt)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeNoun();

    [GeneratedRegex(@"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", RegexOptions.IgnoreCase)]
    private static partial Regex Months();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Separators();

    // "russian me naam", "georgian mein kya kehte": in that language.
    [GeneratedRegex(@"\b(?<lang>russian|rusi|georgian|ossetian)\s+(?:me|mein|mai)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InLanguage();

    [GeneratedRegex(@"[\p{L}]+(?:-[\p{L}]+)*")]
    private static partial Regex Word();
}
