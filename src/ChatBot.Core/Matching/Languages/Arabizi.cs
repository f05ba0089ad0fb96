using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Arabizi, the chat Arabic of Egypt, the Levant, the Gulf and the Maghreb typed in Latin letters with digits for the
/// sounds Latin has not (3 for ain, 7 for ha, 2 for hamza, 5 for kha), mixed into English, and a little Arabic script:
/// "meen wa2a3 el mo3ahda?" is "who signed the treaty?", "kam flous ra7 ye3tu ossetia?" how much money they will give
/// Ossetia, "shu 2alet amrika?" what America said, "emta el jawle el jaye?" when the next round is, "putin promised 5
/// billion, sa7?" "..., right?"; greetings and thanks ("salam 3alaykom", "shukran", "yslmo idak") are small talk's words.
/// The Maghreb's Darija and Tunisian are read too, with the French they mix in: "chkoun li signa le traité?" is who
/// signed the treaty, "9addech toul el treaty?" how long it lasts, "fin tsigna?" where it was signed, "bch7al ghadi t3ti
/// russia l ossetia?" how much Russia will give Ossetia; their French verbs conjugated as Arabic ("signaw", "tsigna",
/// "stabilisat") are read here, and their French words ("le traité", "l'armée") are left to French, which reads after.
/// Rewritten word for word before the question is read (the bot reads words, not word order); the article "el" and the
/// prefixes Arabic writes on a word ("wel", "bel", "fel", "lel", "w", "b", "l") are read off it. Only in a message with a
/// word English has not: a word with Arabizi's digits ("ya3ni", "sa7"), or one of the Latin or Arabic words listed below;
/// the words Arabizi shares with English, its names or the other languages the bot reads ("eh", "min", "kam", "ana",
/// "salam", South Africa's "eish", the "sho" of "fo sho", French "fin", Hindi "ghadi") count only with another ("min"
/// counts alone opening a question about one of the article's people: "min tibilov?"), and "el", "la", "fi", "da", "de", "wala" or "had" not at all, so that Spanish, French,
/// Caribbean or Hinglish sentences and English ones ("it had a deal", "El Salvador") keep their meaning.
/// </summary>
internal static partial class Arabizi
{
    /// <summary><paramref name="text"/> with Arabizi and Arabic words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!HasMarker(text))
        {
            return text;
        }

        text = WithLatinPunctuation(text);
        // "5 billion to ossetia, sa7?", "signed in moscow mish keda?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        text = Phrases.InEnglish(text);
        return WordByWord(text);
    }

    // Whether the text has one of Arabizi's own words, or two it shares. One pass over the words, no allocation.
    private static bool HasMarker(string text)
    {
        // "min tibilov?", "min jen psaki": Levantine who, opening a question about one of the article's people.
        if (WhoIsPerson().IsMatch(text))
        {
            return true;
        }

        var found = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var letters = false;
            var arabizi = false;
            while (i < text.Length && IsWordChar(text[i]))
            {
                letters |= char.IsLetter(text[i]);
                arabizi |= char.IsAsciiDigit(text[i]) || IsArabic(text[i]);
                i++;
            }

            if (!letters)
            {
                continue;
            }

            var word = text.AsSpan(start, i - start);
            found += OwnLookup.Contains(word) || (arabizi && Prefixed(word, OwnLookup)) ? 2 : SharedLookup.Contains(word) ? 1 : 0;
            if (found >= 2)
            {
                return true;
            }
        }

        return false;
    }

    // Whether the word is a known one with a prefix Arabic writes on it ("elmo3ahda", "wel7dood", "والمعاهدة").
    private static bool Prefixed(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> known)
    {
        foreach (var prefix in Prefixes)
        {
            if (word.Length >= prefix.Length + 3 && word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && known.Contains(word[prefix.Length..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || (c >= '\u064B' && c <= '\u0652');

    private static bool IsArabic(char c) => c >= '\u0600' && c <= '\u06FF';

    // "مين وقع المعاهدة؟": the Arabic question mark, comma and digits as English writes them.
    private static string WithLatinPunctuation(string text)
    {
        if (!text.Any(IsArabic))
        {
            return text;
        }

        var latin = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            latin.Append(c switch
            {
                '\u061F' => '?',
                '\u060C' or '\u061B' => ',',
                '\u066B' => '.',
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                '\u0640' => '\u200B',
                _ => c,
            });
        }

        return latin.Replace("\u200B", string.Empty).ToString();
    }

    // Each word in English, read with its neighbours where Arabizi has one word for two English ones.
    private static string WordByWord(string text)
    {
        var english = new StringBuilder(text.Length + 32);
        var first = true;
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i]))
            {
                // A sentence ends at ".", "?", "!" or ",": the next word opens a clause.
                first |= text[i] is '.' or '?' or '!' or ',' or ':' or ';';
                english.Append(text[i++]);
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            // "l'ittifaqiya", "d'lflous": the Maghreb's article written with an apostrophe.
            if (word is "l" or "L" or "d" or "D" && i + 1 < text.Length && text[i] is '\'' && IsWordChar(text[i + 1]))
            {
                // "had l'article": this, without the article after it.
                english.Append(word is "d" or "D" ? "of the " : english.ToString().EndsWith("this ", StringComparison.Ordinal) ? string.Empty : "the ");
                i++;
                first = false;
                continue;
            }

            // "2esset-ha", "ra2y-o": a pronoun ending written after a hyphen says nothing the word before has not.
            if (start >= 2 && text[start - 1] == '-' && IsWordChar(text[start - 2]) && word.ToLowerInvariant() is "ha" or "hom" or "hum" or "o" or "ho" or "hu")
            {
                english.Length--;
                continue;
            }

            var next = NextWord(text, i, out var last);
            english.Append(InContext(word, word.ToLowerInvariant(), next, first, last, english));
            first = false;
        }

        return english.ToString();
    }

    // The word after position <paramref name="from"/>, and whether the clause ends before it.
    private static string NextWord(string text, int from, out bool last)
    {
        var i = from;
        last = false;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            last |= text[i] is '.' or '?' or '!' or ',' or ':' or ';';
            i++;
        }

        if (i == text.Length)
        {
            last = true;
            return string.Empty;
        }

        var start = i;
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }

        return text[start..i].ToLowerInvariant();
    }

    private static string InContext(string word, string lower, string next, bool first, bool last, StringBuilder before)
    {
        switch (lower)
        {
            // "fi mo3ahda ma3 abkhazia?": is there one; "shu sar fi geneva": in.
            case "fi" or "fe" or "fee" or "fih" or "fiha" or "feeh":
                return first ? "is there" : lower is "fih" or "feeh" or "fiha" ? "in it" : "in";
            // "meen howa tibilov?", "shu hiya abkhazia?": is, after a question word; he or she elsewhere ("hiya" opening a
            // message is the English greeting).
            case "howa" or "huwa" or "hoa" or "houwa" or "hwa" or "hiya" or "heya" or "hya" or "hia" or "hiyya" or "hiye" or "hiyeh" or "homma" or "humma" or "houma" or "huma" or "homa":
                return AfterQuestionWord(before) ? (lower.StartsWith('h') && lower.Contains('m') ? "are" : "is")
                    : first && lower == "hiya" ? word
                    : lower.Contains('m') ? "they" : lower.Contains('w') || lower.Contains('o') || lower.Contains('u') ? "he" : "she";
            // "meen mogherini?", "shu el natija?": who is, what is, before a name or a noun; "meen wa2a3?" asks who did it.
            case "meen" or "miin" or "mnu" or "minu" or "mino" or "shu" or "sho" or "shou" or "shinu" or "shnu" or "shno" or "esh" or "eish" or "aysh" or "aish":
                var what = lower.StartsWith('m') ? "who" : "what";
                return next is "el" or "il" or "al" || (next.Length > 0 && !Copulas.Contains(next) && next.Any(char.IsLetter) && !Words.ContainsKey(next)
                    && !EnglishWords.Contains(next) && !next.StartsWith("el", StringComparison.Ordinal)) ? $"{what} is" : what;
            // "inta bani2adam?", "enti chatbot?": are you, opening a question.
            case "enta" or "inta" or "enti" or "inti" or "ente" or "inte":
                return first && !last ? "are you" : "you";
            // "meen jen psaki hay?": Levantine "this one", said after what it points at.
            case "hay" or "hayy":
                return string.Empty;
            // "ya bot", "ya shabab": the vocative; "see ya" keeps its English.
            case "ya" or "yaa" or "yaaa":
                return last ? word : string.Empty;
            // "had el bot", "had l'ittifaqiya": Maghrebi "this"; the English "had" elsewhere.
            case "had" or "hadi" or "hada":
                return next is "el" or "l" or "al" or "il" or "le" or "la" or "les" || lower != "had" ? "this" : word;
            // "el mo3ahda de", "el 7dood dol": Egyptian "this", "these" after its noun; "de facto" keeps its Latin.
            case "de" or "da" or "di" or "dah" or "deh" or "dih":
                return next == "facto" || (lower == "de" && !last && (!Words.ContainsKey(next) || next == "fin" || !next.All(char.IsAscii))) ? word : "this";
            // "la abkhazia": to; "la2", a lone "la" at a clause's end or start: no.
            // "b la crimée", "3la la frontière": the French article in a Franco-Arabic sentence, left to French.
            case "la":
                return first || last ? "no" : !next.All(char.IsAscii) ? "the" : "to";
            // "les panneaux": the French article, read with a French word this reader reads; left to French elsewhere.
            case "les":
                return Words.ContainsKey(next) ? "the" : word;
            // "date de fin": the French end, after "de"; where elsewhere.
            case "fin":
                return before.ToString().TrimEnd().EndsWith(" de", StringComparison.Ordinal) ? word : "where";
            // "ki signaw": Maghrebi when, as a clause's first word after its subject.
            case "ki":
                return "when";
            // "ittifa9at ab 2008": Levantine August, before its year.
            case "ab" or "aab":
                return next.Length == 4 && next.All(char.IsAsciiDigit) ? "August" : word;
            // "chkoun li signa", "meen elli wa2a3": the relative after a question word says nothing English says.
            case "li" or "lli" or "elli" or "illi" or "elly" or "yalli":
                return AfterQuestionWord(before) ? string.Empty : "that";
            // "ma fhemt": not; "ma hiya abkhazia?": what.
            case "ma":
                return next is "hiya" or "howa" or "huwa" or "hia" or "hoa" or "heya" or "hwa" or "hi" or "ho" ? "what" : last ? word : "not";
            // "min wa2a3?": who, opening a question; "min russia": from.
            // "putin signa m3a men?": whom, after with; "akther men abkhazia": than, after more.
            case "min" or "mn" or "men" or "mien":
                var previous = before.ToString().TrimEnd();
                return first ? (next.Length > 0 && !Words.ContainsKey(next) && !EnglishWords.Contains(next) && !Copulas.Contains(next) && next.Any(char.IsLetter) ? "who is" : "who")
                    : previous.EndsWith("with", StringComparison.Ordinal) ? "whom" : previous.EndsWith("more", StringComparison.Ordinal) ? "than" : "from";
            // "tarikh el treaty kam?": Egypt's "what" closing a question about a date ("el sa3a kam"); how much elsewhere.
            case "kam" or "kamm" when last && InClause(before, "date"):
                return "which";
            // "7atedfa3ha le tskhinvali": Egypt's to, before a place or a person; the French article elsewhere ("le traité").
            case "le":
                return Names.Contains(next) || (Words.TryGetValue(next, out var name) && name.Length > 1 && char.IsUpper(name[0])) ? "to" : word;
            // "hal wa2a3 putin?": Standard Arabic's yes/no question; the English name elsewhere.
            case "hal":
                return first && !last ? "did" : !first && !last && Words.ContainsKey(next) ? "this" : word;
        }

        if (Words.TryGetValue(lower, out var english))
        {
            return english;
        }

        // "elmo3ahda", "wel7dood", "bel qirim", "l'ittifaqiya", "والمعاهدة": the article or a preposition on a known word.
        if (lower.Length >= 4 && !EnglishWords.Contains(lower))
        {
            foreach (var prefix in Prefixes)
            {
                if (lower.Length >= prefix.Length + 3 && lower.StartsWith(prefix, StringComparison.Ordinal)
                    && Words.TryGetValue(lower[prefix.Length..], out var stem))
                {
                    return $"{PrefixWords[prefix]} {stem}".TrimStart();
                }
            }
        }

        return word;
    }

    // Whether the clause read so far has the English word.
    private static bool InClause(StringBuilder before, string word)
    {
        var read = before.ToString();
        var start = read.LastIndexOfAny(['.', '?', '!', ',', ';', ':']) + 1;
        return read[start..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(word);
    }

    // Whether the word before is a question word in English (as this reader wrote it) or Arabizi.
    private static bool AfterQuestionWord(StringBuilder before)
    {
        var end = before.Length;
        while (end > 0 && !char.IsLetter(before[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        return before.ToString(start, end - start).ToLowerInvariant() is "who" or "what" or "where" or "when" or "how" or "why" or "which";
    }

    // The places and people of the story, as English writes them.
    private static readonly FrozenSet<string> Names = FrozenSet.ToFrozenSet(
        ["tskhinvali", "ossetia", "abkhazia", "sokhumi", "sukhumi", "russia", "georgia", "moscow", "america", "tibilov", "putin", "south"], StringComparer.Ordinal);

    // The pronouns Arabic asks "who is" and "what is" with ("meen howa", "shu hiya").
    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(
        ["howa", "huwa", "hoa", "houwa", "hwa", "hiya", "heya", "hya", "hia", "hiyya", "hiye", "hiyeh", "homma", "humma", "houma", "huma", "homa", "hay", "hayy", "hada", "hadi"], StringComparer.Ordinal);

    // The prefixes Arabic writes on a word, longest first, and what they mean.
    private static readonly string[] Prefixes =
        ["wel", "wil", "wal", "bel", "bil", "bal", "fel", "fil", "lel", "lil", "3al", "el", "il", "al", "w", "b", "l",
            "وال", "بال", "فال", "لل", "ال", "و", "ب", "ل"];

    private static readonly FrozenDictionary<string, string> PrefixWords = new Dictionary<string, string>
    {
        ["wel"] = "and the", ["wil"] = "and the", ["wal"] = "and the", ["bel"] = "in the", ["bil"] = "in the", ["bal"] = "in the",
        ["fel"] = "in the", ["fil"] = "in the", ["lel"] = "to the", ["lil"] = "to the", ["3al"] = "on the", ["el"] = "the",
        ["il"] = "the", ["al"] = "the", ["w"] = "and", ["b"] = "in", ["l"] = "the", ["وال"] = "and the", ["بال"] = "in the",
        ["فال"] = "in the", ["لل"] = "to the", ["ال"] = "the", ["و"] = "and", ["ب"] = "in", ["ل"] = "to",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // "el itti7ad el orobbi", "al ittihad al urubi": the European Union in each spelling of its two words.
    private static readonly string EuropeanUnion = string.Join('|',
        from union in new[] { "itti7ad", "etti7ad", "etihad", "itihad", "ittihad", "etehad", "ete7ad", "ite7ad" }
        from european in new[] { "orobbi", "orobi", "oroby", "orobby", "urubbi", "urubi", "oropi", "europi", "orobbe" }
        from the in new[] { "el ", "al ", "il ", string.Empty }
        select $"{the}{union} {the}{european}");

    // The words of the phrasebook's phrases, filled as the tables below are built: their words with digits are markers too.
    private static readonly List<string> PhraseWords = [];

    // Several words that mean one thing, before the words are read one by one.
    private static readonly Phrasebook Phrases = new(Table(new Dictionary<string, string>
    {
        ["hello"] = "salam 3alaykom|salam 3aleikom|salam 3alaikom|salamu 3alaykom|assalamu 3alaykum|salam alaykom|salam alaikom|assalamu alaikum|asalamu alaikum|as-salamu alaykum|salamo 3alaykom|alsalam 3alaykom|el salam 3alaykom|السلام عليكم|salam 3likom|salam 3alikom|salam 3likoum|salam 3alikoum|slm 3likom|salamou 3alikom",
        ["good morning"] = "sabah el kheir|sabah el khair|saba7 el 5eir|saba7 el kheir|sba7 el 5eir|sabah el 5eir|saba7 el 5er|sabah al khair|sabah al kheir|صباح الخير",
        ["good evening"] = "masa el kheir|masa2 el kheir|masa el 5eir|masa2 el 5eir|masa al khair|مساء الخير",
        ["goodbye"] = "ma3 salama|ma3 el salama|ma3a salama|ma3a el salama|ma3 elsalama|ma3a alsalama|ma3 alsalama|ma3 as-salama|ma3 essalama|allah ma3ak|allah ma3ek|allah ma3ko|fi aman allah|fe aman allah|fi amanillah|مع السلامة|ma3 salame|ma3 el salame|ma3 elsalame|b slama|bi slama|bsslama|beslama|bslama|bisalama",
        ["thanks"] = "yslmo idak|yslmo edak|yeslamo idak|yeslamo edak|yislamo idak|tislam idak|teslam idak|teslam edak|tislam edak|teslam eedak|yeslamu edak|ya3tik el 3afye|ya3tik el 3afieh|ya3tik al3afya|ya3teek el 3afia|barak allah feek|barakallah feek|baraka allahu fik|jazak allah khair|jazakallah khair|jazak allah kheir|shukran jazeelan|shokran gazeelan|شكرا جزيلا",
        ["how are you"] = "kif el 7al|kif 7alak|kif halak|kif 7alek|ezzay el 7al|ezay el 7al|ezayak|ezzayak|izzayak|ezayek|ezzayek|3amel eh|3amla eh|shlonak|shlonik|shlonkom|kifak|kifik|keefak|keefik|kaifak|kaif 7alak|كيفك|ازيك",
        ["who are you"] = "enta meen|inta meen|enti meen|inti meen|meen enta|meen inta|meen enti|meen inti|min inta|min enta|min inti|mnu inta|minu inta|minu enta|mnu enta|shu enta|shu inta|eh enta|enta eh|inta min|مين انت|من انت|انت مين|chkoun nta|chkoun nti|chkon nta|chkun nta|shkoun nta|chkoun enta|achkoun nta|chkoun inta|chkoun anta",
        ["what do you think"] = "shu ra2yak|shu ra2yik|shu ra2yek|shu ra2ik|eh ra2yak|eh ra2yek|esh ra2yak|aish ra2yak|shinu ra2yak|shno ra2yak|sho ra2yak|ra2yak eh|ra2yek eh|bti3teqed|bte3te2ed|te3te2ed|ta3ta2ed|bt3te2d|شو رأيك|ايه رأيك|رأيك|shu btfaker|shu btfakker|chno btfaker|shu bitfakker|wesh tchouf|chno tchouf|ach katchouf|achno katchouf|chno ra2yek|chno ra2yak|wesh ra2yek",
        ["what can you do"] = "shu fi 3andak|shu 3andak|eh 3andak|shu bta3mel|shu bt3mel|bt3mel eh|bta3mel eh|bte3mel eh|shu fik ta3mel|shu fik t3mel|shu fik ta3mil|shu bti2dar ta3mel|shu bte2dar ta3mel|chno t9der dir|chno t9dar dir|ach t9der dir|ash t9der dir|chnou t9der dir|chnowa t9der dir|wesh t9der dir|achno t9der dir",
        ["human"] = "bani2adam|bani 2adam|bani adam|beni adam|beni2adam|ben adam|bani adem|bni adam|ebn adam|bani2dam",
        ["how much"] = "ad eh|2ad eh|2ad eih|ad eih|2adeh|addeh|2add eh|qad eh|2ad aih",
        ["how many years"] = "kam sana|kam sene|kam seneh|kam snin|kam sneen|kam 3am|kam sanawat|كم سنة|chhal men 3am|ch7al men 3am|9addech men 3am|chhal d 3am|kam 3am",
        ["what is the name of"] = "shu esm|shu ism|shu esmo|shu ismo|shu esmha|eh esm|eh ism|esh esm|shinu esm|shno esm|sho esm|esmo eh|esmaha eh|esmo eih|شو اسم|ايه اسم|ما اسم",
        ["what does it mean"] = "shu ya3ni|sho ya3ni|eh ya3ni|ya3ni eh|esh ya3ni|shu yaani|shu ya3neh|shinu ya3ni|yaani eh|شو يعني|يعني ايه|يعني إيه",
        ["what happened"] = "shu sar|sho sar|eh elly 7asal|eh elli 7asal|eh ely 7asal|eh illi 7asal|shu 7asal|shu saar|esh sar|shinu sar|shno w9e3|shu seer|شو صار|ايه اللي حصل|ya3ni eh elli 7asal|ya3ni eh elly 7asal|ya3ni eh illi 7asal|ya3ni shu sar|ya3ni sho sar",
        ["what did it have to do with"] = "shu 3ala2et|shu 3ala2at|eh 3ela2et|eh 3ala2et|shu 3ala2a|shu el 3ala2a|eh el 3ela2a|shu daxl|shu dakhl|shu khass|eh da5al|eh dakhal|shu 3alaqet|shu 3ala9et|chno 3ala9to|chno 3ala9t|chno 3ala9a",
        ["reaction"] = "radd el fe3l|rad el fe3l|radd fe3l|rad fe3l|radet fe3l|radet el fe3l|ridet fe3l|rad el fi3l|radd el fi3l|rad fi3l|radd el fa3l|rad fa3l|ردة الفعل|رد الفعل|ردة فعل|رد فعل|rad fe3laha|radd fe3laha|rad fe3lha|radd fe3lha|rad fe3lo|radd fe3lo|radet fe3laha|radet fe3lha|rad fe3lohom|rad fe3lhom|rad fe3lahom",
        ["the EU"] = EuropeanUnion + "|الاتحاد الأوروبي|الاتحاد الاوروبي",
        ["the UN"] = "el umam el mutta7ida|el omam el motta7eda|el umam el muta7ida|el omam el mota7eda|al umam al muttahida|el umam el muttahida|الأمم المتحدة|الامم المتحدة",
        ["China"] = "el seen|el sin|al seen|al sin|el sien|الصين",
        ["South Ossetia"] = "ossetia el janoubiya|osetia el janoubiya|ossetia el janubiya|ossetia al janubiya|osetia al janubiya|ossetia el ganoubeya|osetia el ganoubeya|ossetia el ganobeya|ossetia el janoubiye|ossetia el janoubieh|janoub ossetia|janub ossetia|janoub osetia|اوسيتيا الجنوبية|أوسيتيا الجنوبية",
        ["next"] = "el jaye|el jaya|el jayeh|el jaiye|el gaya|el gaye|el 2adem|el 2adme|el 2adma|el qadem|el qadima|el qadim|el adem|el adma|el 2adima|al qadem|al qadima|el muqbila|el moqbela|el mo2bela|القادمة|القادم|الجاية|الجاي|el gay|el gaya|el gayya|el gayy|el gayeh",
        ["responsible for"] = "mas2oul 3an|mas2ool 3an|mas2ul 3an|mas2oula 3an|mas2oleen 3an|mas2oulin 3an|mas2ouleen 3an|mas'oul 3an|masool 3an|mas2oliya 3an|مسؤول عن|مسئول عن",
        ["in short"] = "bel mokhtasar|bil mukhtasar|bel mo5tasar|bel mukhtasar|bel ekhtesar|bel e5tesar|bil ikhtisar|b ekhtesar|bi ikhtisar|bel 5tesar|باختصار|بالمختصر|bel 9lil|bl 9lil|b 9lil|bi 9lil|bel 9lile",
        ["right"] = "sa7 wala la2|sa7 walla la2|sa7 wla la2|sa7 wala la|sa7 walla la",
        ["foreign ministry"] = "wezaret el kharjiya|wizarat el kharijiya|wezaret el 5arjiya|wazaret el kharjiya|wezaret el kharjeya|wizaret el kharijiyye|el kharjiya|el kharijiya|el 5arjiya|el kharjeya|el kharjiyye|el kharijiyye|el 5arjeya|وزارة الخارجية|الخارجية",
        ["foreign minister"] = "wazir el kharjiya|wazir el kharijiya|wazeer el kharjiya|wazir el 5arjiya|wazeer el 5arjeya|wazir el kharjiyye|وزير الخارجية",
        ["state department"] = "el kharjiya el amrikiya|el kharijiya el amrikiya|el kharjiya el amrikiyye|el 5arjiya el amrikiya|el kharjeya el amrikeya|الخارجية الأمريكية|الخارجية الامريكية",
        ["border guards"] = "7aras el 7dood|7aras el 7odood|7ors el 7dood|7orras el 7dood|haras el hodood|7aras 7dood|حرس الحدود",
        ["armed forces"] = "el quwat el mosalla7a|el 2uwwat el musalla7a|el 2owat el mosalla7a|quwat mosalla7a|el quwwat el musalla7a|القوات المسلحة",
        ["I'm confused"] = "mish fahem|msh fahem|mesh fahem|mush fahem|mish fahma|msh fahma|mafhemtesh|mafhmtsh|ma fhemt|ma fhimt|ma fahemt|mo fahem|mu fahem|مش فاهم|ما فهمت",
        ["tell me"] = "2olli|2olly|2oli|2ouli|2ulli|olli|oolli|2oolli|2olena|2olelna|2ollna|khabberni|5aberni|5abberni|khaberni|7akini|e7kili|i7kili|e7kiley|قولي|خبرني|احكيلي",
        ["explain"] = "eshra7li|ishra7li|eshra7ly|shra7li|eshra7lna|eshra7|ishra7|fahhemni|fahemni|fahimni|fa77emni|waddahli|wadda7li|اشرحلي|اشرح|فهمني",
        ["please"] = "law sama7t|lw sama7t|men fadlak|min fadlak|mn fadlak|لو سمحت|من فضلك",
        [""] = "ان شاء الله|إن شاء الله",
        ["good night"] = "tosba7 3ala 5eir|tesba7 3ala kheir|tisba7 3ala kheir|tesba7 3la 5er|tisba7 3ala khair",
        ["the weather"] = "el jaw|el jaww|الجو",
        ["prime minister"] = "ra2ees el wozara|ra2is el wozara|ra2ees el wuzara2|ra2ees wozara|rayes el wozara|رئيس الوزراء|رئيس الحكومة",
        ["author"] = "sa7eb el maqal|sa7ib el maqal|sahib el maqal|katib el maqal|kateb el maqal|كاتب المقال",
        ["how long"] = "la emta|lemta|la2emta|le7ad emta|la7ad emta|7atta emta|le7ad imta|lal emta|la imta|lighayet emta|لحد امتى|لإمتى|لامتى|لغاية امتى|9addech toul|ch7al toul|chhal toul|9adech toul|qaddech toul|9add ach toul",
        ["with this"] = "bel mawdou3|bel mawdoo3|bel mawdu3|bel mawdo3|bil mawdu3|bil mawdou3|bel mawdo3 da|bel 2esa|bel qessa|bel 2essa|bel mawdou3 da|بالموضوع|bl mawdou3|bl mawdoo3|bl mawdu3|bl 2essa",
        ["to whom"] = "lemin|lameen|lmeen|la meen|l meen|lemeen|le meen|لمين|لمن",
        ["exactly"] = "bel zabt|bel dabt|bil zabt|bil dabt|bezzabt|bizzabt|bel 6abt|bil 6abt|bel zbt|بالظبط|بالضبط|bl zabt|bl dabt|bl 6abt|bizabt|bezabt|bi zabt|be zabt",
        ["I want to know"] = "3ayez a3raf|3ayz a3raf|3awez a3raf|3ayza a3raf|bidi a3ref|biddi a3ref|bddi a3ref|bidi a3rif|abi a3rif|abgha a3rif|ab8a a3rf|ba8a a3rf|بدي اعرف|عايز اعرف",
        // The Maghreb's and the Levant's chat, written with French and English words among them.
        ["how do I use you"] = "kifach nesta3mlek|kifach nsta3mlek|kifach nesta3mlak|kifech nesta3mlek|kif besta3mlak|kif ista3mlak|kif esta3mlak",
        ["is right"] = "3andha l7a9|3andha l7a2|3ndha l7a9|3andhom l7a9|3ando l7a9|3andha el 7a2",
        ["reactions"] = "rdoud el fe3el|rdoud el fi3l|rdod el fe3l|rdoud el fe3l|rdoud fe3l|rodood el fe3l|rdoud el af3al|ردود الفعل|ردود فعل|rodoud el af3al|rodood el af3al|rodod el af3al|rudud el af3al|rdod el af3al|rodoud af3al|rodood af3al",
        ["on the side of"] = "men jiht|mn jiht|men jihat|men jiha|min jiht|men jihet",
        ["asked"] = "tlbat men|tlbo men|tolbat men|tlbat mn|tlbo mn",
        ["where"] = "f ayy blassa|f ay blassa|f ayyi blassa|fi ay blassa|fi ay makan|f ay makan|f ina blassa|f anahi blassa",
        ["what date"] = "ay nhar|ayy nhar|ach men nhar|chmen nhar|ay youm|anhi youm",
        ["how many months"] = "9addech men chhar|chhal men chhar|ch7al men chhar|9addech men shhar",
        ["was there"] = "kan fama|kan famma|kan kayen|kanet kayna|kan fi",
        ["in the end"] = "f l'akhir|fel akhir|f lakhir|fi l'akhir|f la5er|f l5er|fel 5er|fel a5er|fel akher|fil akhir|fel akhir|f el a5er|fel a5ir",
        ["Georgian foreign ministry"] = "el kharjiye el georgiye|el kharjiya el georgiya|el kharjiya el jorjiya|el kharjiye el jorjiye",
        ["when"] = "imta wach",
        ["what is the story"] = "sho el mawdou3|shu el mawdou3|eh el mawdou3|el mawdou3 eh|shu el mawdoo3|sho el mawdoo3|eh el mawdoo3|el mawdoo3 eh|shu el mawdu3|eh el mawdu3|chno l mawdou3|chnou l mawdou3|esh el mawdou3",
        ["first time"] = "awel mara|awel marra|awwel marra|awwel mara|2awel mara|2awel marra|awal marra|awal mara",
        // "meen ra2as el wafd el rousi?": headed a delegation; chaired elsewhere ("meen ra2as el discussions").
        ["headed the delegation"] = "ra2as el wafd|ra2as wafd|ra2aset el wafd|ra2as el wofood",
        ["something"] = "chi haja|shi 7aja|chi 7aja|shi haja|chi 7aja",
    }));


    // One English word or phrase for each Arabizi word, all its spellings on one line.
    private static readonly FrozenDictionary<string, string> Words = Table(new Dictionary<string, string>
    {
        // Question words.
        ["what"] = "achno|ashno|achnou|ashnu|chnou|chno|chnu|ash|ach|اش|شنو|shu|sho|shou|shoo|eh|eih|ehh|esh|eish|aish|aysh|shinu|shino|shnu|shno|shnou|shnuw|wesh|madha|matha|maza|شو|ايش|إيش|ايه|إيه|ماذا|شنو|وش|chnowa|chnoua|chniya|chnia|achnou|ashnou|chnouwa",
        ["who"] = "chkoun|shkoun|chkon|shkun|chkun|shkoon|achkoun|ashkoun|شكون|meen|miin|mnu|minu|mino|meno|mno|مين|منو|chkoune|chkonn|achkon|ashkon|chkon",
        ["when"] = "emta|imta|emtaa|imtaa|amta|emteh|imteh|aymta|aimta|eimta|ayemta|emtah|imtah|mata|fo9ash|fou9ach|fo2ash|foqash|امتى|إمتى|امتي|متى|ايمتى|إيمتى|fo9ach|waqtach|w9tach|wa9tach|wqtach",
        ["where"] = "wein|wen|ween|wain|wayn|fein|feen|fain|fin|ayna|aina|feyn|وين|فين|أين|اين|fen",
        ["why"] = "leh|leih|lesh|leish|laysh|leysh|lish|3alesh|3lash|3lach|3la7al|lima|limatha|limaza|lech|ليش|ليه|لماذا|لمَ|3lach|3lech|3lah|3la8|3leh|3lash|3laache",
        ["how"] = "ezay|ezzay|izzay|izay|ezai|ezzai|ezaay|kif|keef|kaif|kayf|keif|kifash|kifach|kifesh|kefash|kefesh|shlon|shloun|chlon|shlun|كيف|ازاي|إزاي|كيفاش|شلون|kifech|kifeh|kifah|kifech|kifash",
        ["how much"] = "kam|kamm|addesh|adesh|2addesh|2adesh|2adeish|adeish|addeish|adeesh|2adeesh|qaddesh|9addesh|sh7al|ch7al|chhal|shhal|bikam|b2adesh|كم|قديش|قداش|بكم|9addech|9adech|9addach|qaddech|gaddech|9add ach|ch7al|chhal|shhal|bch7al|bchhal|b9addech|bqaddech",
        ["which"] = "ay|anhi|anhou|anho|anhu|ayya|ayy|ayyi|اي|أي|أيّ|انهي",
        // Pronouns, articles, prepositions, conjunctions.
        ["I"] = "ana|ani|انا|أنا",
        ["you"] = "enta|inta|enti|inti|ente|inte|intu|entu|entom|antum|انت|إنت|أنت|انتي|إنتي|nta|nti|ntaya|ntiya",
        ["we"] = "e7na|i7na|ne7na|ni7na|ehna|i7ni|احنا|إحنا|نحن|نحنا",
        ["this"] = "hayda|haida|hayde|haide|haidi|haydi|hadha|haadha|hatha|haza|hadhi|hathi|hazi|haay|hadi|هذا|هذه|هاد|هادا|هادي|ده|دي|هيدا|هيدي",
        ["these"] = "dol|dool|hadol|hadool|hadoul|haydol|hadola|ha2ula2|haulaa|hadolak|دول|هدول|هؤلاء|هيدول",
        ["the"] = "el|il|al|l|ال",
        ["and"] = "w|wa|و",
        ["or"] = "walla|wala|wla|willa|wella|wlla|aw|ولا|او|أو",
        ["but"] = "bas|bass|lakin|lakn|laken|بس|لكن",
        ["also"] = "kaman|kamaan|kamen|kmn|kman|barda|bardo|bardu|kaman|كمان|برضو|برضه|أيضا|ايضا",
        ["with"] = "ma3|ma3a|m3a|maa3|مع|b|m3aha|m3ah",
        ["with you"] = "ma3ak|ma3ek|ma3ik|maak|ma3kom|معك|معاك",
        ["about"] = "3an|3ann|عن",
        ["on"] = "3ala|3la|3lah|ala|على",
        ["at"] = "3and|3ind|3end|3nd|عند",
        ["of"] = "d|ta3|ta3et|ta3at|taba3|taba3et|bta3|bta3et|btaa3|betaa3|bita3|beta3|dyal|dial|diyal|ta3oun|taba3on|تبع|بتاع|تاع|ديال|mta3|mte3|nta3|dyalo|dyalha|dialo|dialha|ta3o|ta3ha",
        ["that"] = "li|lli|elli|illi|elly|yalli|alli|ellee|اللي|الّي|الذي|التي",
        ["in the"] = "bel|bil|fel|fil|bl|fl",
        ["to the"] = "lel|lil",
        ["and the"] = "wel|wil",
        ["on the"] = "3al|3a",
        ["to"] = "lal|ila|لـ|إلى|الى|لل",
        ["in"] = "bi|في|بـ|f",
        ["here"] = "hon|hena|hina|hna|honi|هون|هنا",
        ["there"] = "honik|hnak|hunak|henak|hinak|هونيك|هناك|هنيك",
        ["so"] = "kida|keda|kda|kede|heik|hek|haik|heyk|hayk|hakka|hakkeh|chidi|chithi|haka|كده|هيك|هكذا",
        ["not"] = "mish|msh|mush|mosh|mich|machi|mahu|مش|مو|ليس",
        ["there is no"] = "mafi|mafish|mafeesh|mafesh|mfish|mafeeh|mafee|مافي|مفيش",
        ["yes"] = "aywa|aiwa|aywah|eeh|na3am|naam|اه|أيوه|ايوه|ايوا|نعم",
        ["no"] = "la2|la2a|laa|la2|لا",
        ["now"] = "hala2|halla2|hal2|halaa2|delwa2ti|dilwa2ti|dlw2ty|delwa2ty|el7en|alhin|alheen|hassa|7alyan|halla|daba|هلأ|هلق|دلوقتي|الحين|هسه|هسا|dba|daba",
        ["because"] = "3ashan|3shan|3ashen|3alashan|ashan|la2anno|la2ano|la2an|liannahu|lianno|7ata|عشان|لأنه|لانه|لأن",
        ["after"] = "ba3d|ba3ed|b3d|بعد",
        ["before"] = "2abl|abl|qabl|2bl|قبل|9bel|9bal|qbel|gbel|9abl|qbal",
        ["all"] = "kol|kul|koll|kull|kolo|kollo|kollohom|كل",
        ["very"] = "ktir|kteer|keteer|ketir|kter|ktiir|awi|2awi|giddan|jiddan|wayed|wajed|bezzaf|bzaf|مرة|كتير|كثير|جدا|أوي|اوي",
        ["a little"] = "shwayye|shwaya|shwai|shway|shwaiya|shwiya|chwiya|شوية|شوي",
        ["same"] = "nafs|nafss|نفس",
        ["like"] = "zay|zai|zey|zy|metl|mitl|methl|mithl|misl|mtl|مثل|زي|متل|مثل",
        ["between"] = "bein|beyn|bain|baina|bayn|بين|bin|binat",
        ["was"] = "kan|kanet|kanat|kant|kano|kanu|kanoo|كان|كانت|كانوا|kanet|kant|kenet",
        ["will"] = "ra7|ra7a|ra7i|7ay|رح|راح|حي|ح|ghadi|ghad|gha|bch|bech|bach|bsh|besh|7a",
        ["if"] = "iza|eza|eiza|lw|إذا|اذا|لو",
        ["is it"] = "هل",
        // Fillers and address.
        [""] = "et|ba2a|ba2|ya3ni|ya3ny|ya3neh|yaani|yani|ya'ni|yalla|yallah|yala|wallah|wallahi|wallahy|wellah|walahi|inshallah|insha2allah|inshalla|nshalla|inchallah|mashallah|masha2allah|habibi|7abibi|habibti|7abibti|7abeebi|habeebi|7bibi|7abibe|7abiby|habibe|habiby|m3allem|me3allem|m3alem|basha|zalameh|zalame|zalamé|shabab|ya3neh|yani|يعني|يلا|والله|حبيبي|يا|ya5i|yakhi|ya khi|jama3a|jme3a|jma3a|khoya|khouya|sa7bi|sahbi|svp|ya3ne|wlh|wallah|ya7abibi|ya7bibi|yahabibi|ya7abibti|ya7abibty",
        ["ok"] = "khalas|5alas|5las|khlas|tayeb|tayyib|tayb|6ayeb|6ayb|tamam|tmam|tmm|mashi|mashy|maashi|ماشي|طيب|تمام|خلاص",
        ["please"] = "بليز",
        ["sorry"] = "ma3lesh|ma3lish|m3lsh|ma3leesh|معلش|3afwan|3afwn|afwan|asif|aasef|asfeen|assef|mta2asef|آسف|عفوا",
        // Greetings, thanks and farewells.
        ["hello"] = "salam|salaam|slm|slam|marhaba|mar7aba|mar7ba|marhaban|mrhba|mar7abtein|ahlan|ahla|ahleen|ahlein|ahlain|hala|halaa|مرحبا|أهلا|اهلا|هلا|سلام",
        ["thanks"] = "shukran|shokran|shukrn|shukraan|shokrn|mersi|meersi|tislam|teslam|tislamli|teslamli|teslami|tislami|yeslamo|yslmo|yslmu|yeslamu|yislamo|yislamu|yeslam|mashkoor|mashkour|mashkoora|mamnoon|mamnoun|mamnoonak|tislamu|شكرا|شكراً|مشكور|تسلم|يسلمو",
        ["bye"] = "bashofak|nshoofak|ashoofak|ashofak|bashoufak|beshofak|باي",
        // Asking and telling.
        ["want"] = "bidi|biddi|bdi|bddi|3ayez|3ayz|3awez|3awz|3ayza|3awza|abgha|ab8a|ab8y|baddi|bedde|biddna|بدي|عايز|عاوز|ابغى|أبغى|ابي|bade|badi|bghit|bghina|nbghi|ana bghit",
        ["need"] = "b7tag|me7tag|mi7tag|m7tag|a7tag|b7taj|m7taj|mi7taj|me7taga|محتاج|بحتاج",
        ["know"] = "a3raf|a3ref|a3rf|a3rif|ba3ref|ba3raf|ta3ref|te3raf|bta3ref|bte3raf|bt3rf|ta3rif|te3rif|اعرف|أعرف|تعرف",
        ["understand"] = "fhemt|fhimt|fahem|fahma|fahmeen|افهم|فاهم|فهمت",
        ["say"] = "2ol|2oul|ool|2ool|bi2ool|bey2ool|biy2ul|bi2oul|bt2ool|bet2ool|bi2olo|bey2olo|y2ool|ye2ool|yi2ool|y2oul|ye2olo|y2olo|ygool|yqool|يقول|بيقول",
        ["said"] = "gal|galat|galo|galu|galaw|galt|galet|gali|2al|2alet|2alit|2alat|2alo|2alu|2aloo|2alou|2alt|alet|alit|qal|qalat|qalet|qalo|qalu|9al|9alt|9alo|قال|قالت|قالوا",
        ["use"] = "nesta3mel|asta3mel|esta3mel|bista3mel|nsta3mel|ast3ml|esta5dem|asta5dem|nesta5dem|istakhdem|estakhdem|nista3mil|nesta3mlo|asta3mlo|استعمل|نستعمل|استخدم|nesta3mel|nsta3mel",
        ["help"] = "sa3idni|sa3edni|saa3idni|sa3dni|sa3edna|sa3idna|mosa3ada|musa3ada|mosa3de|mosa3da|mesa3de|msa3de|ساعدني|مساعدة",
        ["do"] = "a3mel|a3mil|na3mel|na3mil|ta3mel|t3mel|bta3mel|bt3mel|ba3mel|bye3mal|bi3mal|ye3mal|yi3mal|اعمل|أعمل|تعمل|dir|ndir|tdir|ydir|ydiro",
        ["did"] = "3emlo|3amalo|3amlo|3amal|3emel|3emlet|3amalet|3amlet|3amalu|3amilo|سوا|سووا|عملوا|عمل|3mel|3mlo|3amlo|3mlat|3amlet|3amlat|dar|dart|daro|daru|3emlet",
        ["think"] = "tazon|tfakker|btfakker|bitfakkar|btifkar|shayef|shayif|shayfa|shayfeen|shayfin|ta3ta2ed|ba3ta2ed|a3ta2ed|تعتقد|بتعتقد|شايف",
        ["opinion"] = "ra2y|ra2i|ra2ee|ra2yi|ra2eey|رأي|راي",
        ["your opinion"] = "ra2yak|ra2yk|ra2yik|ra2yek|raayak|ra2eak|ra2yakom|rayak|رأيك|رايك",
        ["real"] = "7a2i2i|7a2i2y|7a2ee2i|7a2ee2y|ha2i2i|haqiqi|7aqiqi|7a2i2iya|7a2ee2iya|حقيقي",
        ["person"] = "shakhs|sha5s|shakhes|shakhsiya|sha5siya|شخص",
        // The article and its story.
        ["treaty"] = "mo3ahda|mu3ahada|mou3ahada|mo3ahada|mu3ahda|ma3ahda|mo3ahde|mu3ahade|mo3ahdah|mo3ahed|mu3ahadat|mo3ahdat|معاهدة|المعاهدة|معاهده|المعاهده|mu3ahade|mou3ahda|mo3ahda",
        ["agreement"] = "itifa2|ittifa2|etfa2|etefa2|itifaq|ittifaq|itifa2iya|ittifa2iya|itifa2iye|etefa2ya|etfa2ya|etfa2eya|etefa2eya|ittifa2iyye|ittifaqiya|itifaqiya|ittifaqiyya|itifaqia|ittifa9|ittifa9iya|itifa9iya|3a2d|3aqd|اتفاق|الاتفاق|اتفاقية|الاتفاقية|اتفاقيه|الاتفاقيه|itifa2eya|itifa2eyya|etifa2eya|ettifa2eya|etefa2iya|itfa2eya|etfa2iya|ittifa2eya",
        ["agreements"] = "itifa2iyat|ittifa2iyat|itifaqiyat|ittifaqiyat|etfa2eyat|etefa2iyat|itifa2at|ittifa2at|اتفاقيات|الاتفاقيات|ittifa9at|itifa9at|ttifa9at|etifa9at",
        ["article"] = "maqal|ma2al|makal|ma2ale|ma2aleh|maqala|ma2ala|maqalah|maqaleh|مقال|المقال|مقالة|المقالة",
        ["news"] = "khabar|5abar|akhbar|a5bar|el5abar|خبر|الخبر|اخبار|أخبار",
        ["topic"] = "mawdou3|mawdoo3|mawdu3|mawdo3|mawdoo3a|موضوع|الموضوع|mawdhou3|mawdhoo3|mawdou3|mawdo3",
        ["story"] = "2esa|2essa|2esse|2issa|qessa|qissa|qesa|qisa|2osa|2essat|قصة|القصة|قصه|2essa|9issa|9essa|l9issa",
        ["story of"] = "2esset|2essit|qissat|qesset|2ossat|qisset",
        ["title"] = "3enwen|3enwan|3inwan|3onwan|3unwan|عنوان|العنوان",
        ["wrote"] = "katab|katabo|katabet|katbo|katabit|كتب|كتبت|kteb|ktab|ktbat|ktbo|ktebha|kteba",
        ["writer"] = "kateb|katib|kateba|katiba|mo2alef|mu2allif|mo2alif|sa7afi|sa7afiya|sahafi|كاتب|الكاتب|مؤلف|صحفي|sa7afi",
        ["name"] = "esm|esmo|ismo|ismu|esmu|esmha|ismha|esmaha|ismaha|asm|اسم|إسم|اسمه|اسمها|smiya|smya|ismou|ism|asmha",
        ["date"] = "tarikh|tareekh|ta2rikh|ta2ree5|tari5|tareekh|tarekh|تاريخ|التاريخ",
        ["day"] = "yom|youm|yawm|yoom|يوم|nhar|nhar|nharat",
        ["signed"] = "mada|mado|madet|madoo|waqa3aw|wa2a3aw|waqqa3aw|wa2a3et|et3ama|tsena|tsinya|wa2a3|wa22a3|waqa3|waqqa3|wakka3|wa2a3o|wa2a3u|wa2a3oo|wa2a3ou|wa2a3at|wa2a3et|wa22a3o|wa22a3et|waqqa3o|waqa3o|waqa3at|twa2a3at|twa2a3et|itwa2a3|etwa2a3|etwa2a3et|itwa2a3et|etwa2a3it|itwa22a3et|etwa22a3et|tawa2a3|tsenyat|tsinyat|senyaw|senya|sinyaw|senyo|وقع|وقّع|وقعوا|وقعت|اتوقعت|توقعت|signa|tsigna|signaw|signat|signet|signo|tsignat|tsignaw|msigni|msignya|mda|mdaw|mdat|sna|snaw|tsenaw",
        ["sign"] = "ywa2a3|ywa22a3|yiwa2a3|yiwa22a3|ywaqqe3|biwa2a3|bywa2a3|bywa22a3|nwa2a3|twa2a3|twa22a3|يوقع|يوقعوا|ysigniw|ysigni|nsigniw",
        ["signing"] = "tawqi3|taw2i3|tawkee3|taw2ee3|tawqee3|tawqi3|tawki3|tawge3|توقيع|التوقيع",
        ["signature"] = "emda2|imda2|imdaa|emdaa|imda|emda|emda2at|imda2at|امضاء|إمضاء|امضا",
        ["promised"] = "wa3ad|wa3ed|wa3ado|wa3do|wa3adu|wa3adet|wa3adat|wa3det|wa3adit|t3ahad|ta3ahad|ta3ahadet|t3ahadet|وعد|وعدت|وعدوا|wa3dat|wa3dathom|wa3dthom",
        ["promise"] = "wa3d|wa3od|wo3ood|wu3ud|wo3oud|wu3oud|yo3ed|ye3ed|وعود|الوعد",
        ["money"] = "flouss|floouss|lflous|feloos|flous|floos|fulus|flus|fulous|filoos|felous|fliss|masari|masaari|masare|masaary|masary|mablagh|mablaa8|mablagh|ma2bla8|فلوس|مصاري|اموال|أموال|المال|مبلغ|folous|foloos|folos",
        ["billion"] = "milyar|malyar|milyaar|milyarat|malyaar|mlyar|مليار|مليارات",
        ["million"] = "milyon|malyoon|malyon|malayeen|milyoon|مليون|ملايين",
        ["rubles"] = "rubl|roubl|rubel|روبل|roble|rouble|robl",
        ["give"] = "hatedfa3|haydfa3|hayedfa3|hatdfa3|btedfa3|bitedfa3|tedfa3|ra7tedfa3|hate3ti|haye3ti|hatdi|haydi|btedfa3lhom|ye3ti|ya3ti|yi3ti|bye3ti|bi3ti|bya3ti|ye3tu|ye3to|ye3tou|yi3tu|ya3tu|ye3tihom|yi3tihom|yedi|yiddi|yeddi|yeddo|yeddihom|yedihom|ydi|yadfa3|yedfa3|yidfa3|يعطي|يعطوا|يدي|يدفع|t3ti|ta3ti|y3ti|te3ti|ya3tiw|y3tiw|t3tiw|7ayedfa3|7atedfa3|7aydfa3|7atdfa3|7ayedfa3ha|7atedfa3ha|hatedfa3ha|haydfa3ha|7aydfa3ha|7ate3ti|7aye3ti",
        ["gave"] = "3tat|3taw|3tahom|3tathom|3ata|3ato|3atu|3atet|3atat|a3ta|a3to|a3tu|3atahom|3atahon|3atahum|3atohom|3atoohom|3atoha|edda|eddo|iddahom|eddahom|edahom|edoolhom|eddalhom|dafa3|dafa3o|dafa3et|اعطى|أعطى|عطى|ادى|إدى|دفع",
        ["took"] = "akhad|a5ad|khad|5ad|akhado|a5ado|khado|5ado|akhdo|a5do|اخد|أخذ|اخذت|أخذت|khdhat|5dhaw|khdaw|5dhaw|5dhit|khedat",
        ["take"] = "yakhod|ya5od|ya5ud|yaakhod|bya5od|byekhod|byakhod|yekhdo|ya5do|ياخد|يأخذ",
        ["happened"] = "7asal|hasal|7asalet|7a9al|7asl|sar|saar|saret|sarat|seret|sarit|صار|حصل|حدث",
        ["happens"] = "byseer|bisir|biseer|bseer|yseer|ysir|yiseer|yesser|bey7sal|bi7sal|by7sal|hay7sal|7ay7sal|ra7yseer|بيصير|يصير|بيحصل|هيحصل|ysir|ysiro|yseer|ysra|sra",
        ["years"] = "sana|sene|seneh|sinin|snin|sneen|sanawat|sanawaat|sanat|sneen|a3wam|سنة|سنين|سنوات|سنه|عام|أعوام|اعوام",
        ["duration"] = "modetha|moddetha|muddetha|moddeta|modtha|muddatha|modet|moddat|moda|mudda|modda|muddat|moddet|moddat|moddeh|mudat|مدة|المدة|مده|muddet|moddet|toul|tol|tul",
        ["border"] = "7add|7ed|7adod|frontière|frontiere|lfrontière|lfrontiere",
        ["borders"] = "7dood|7odood|7odod|7dud|7doud|7oudoud|7udud|hudud|hodood|7adoud|حدود|الحدود|frontières|frontieres|7doud|l7doud",
        ["army"] = "jaysh|jeish|jesh|jaish|geish|gaysh|gesh|jeesh|geesh|جيش|الجيش|jaych|jaich|jich|jeych|l'armee",
        ["military"] = "3askar|3askari|3askariya|3askariye|3askariyye|3askary|عسكري|عسكرية",
        ["soldiers"] = "jonood|jnood|jnoud|junud|gonood|3asakir|3asaker|جنود|عساكر",
        ["forces"] = "quwat|2uwwat|2owat|qowat|quwwat|2wat|2uwat|قوات",
        ["security"] = "amn|2amn|el2amn|أمن|الأمن|امن|الامن",
        ["defence"] = "difa3|defa3|dfa3|الدفاع|دفاع",
        ["defend"] = "yedafe3|ydafe3|bidafe3|bydafe3|yidafi3|tedafe3|يدافع",
        ["protection"] = "7emaya|7imaya|7maye|7imaye|7emaye|himaya|hemaya|حماية|الحماية",
        ["protect"] = "ye7mi|yi7mi|y7mi|bi7mi|bye7mi|ta7mi|te7mi|yahmi|ye7meha|y7meha|yi7miha|يحمي|t7rass|t7res|y7res|y7rass|t7aras|ye7res|t7ress",
        ["responsible"] = "mas2oul|mas2ool|mas2ul|mas2oula|mas'oul|mas2ouliya|mas2ooleya|mas2oliya|mas2ouliye|مسؤول|مسؤولية|مسئول",
        ["annexation"] = "da7m|damm|dham|indimam|endemam|endimam|indamam|ndimam|ضم|الضم|انضمام|dam|dhamm",
        ["occupation"] = "e7tilal|i7tilal|ihtilal|e7telal|i7tilal|احتلال|الاحتلال",
        ["occupied"] = "m7tal|mo7tal|mu7tall|mo7tala|mu7tala|محتل|محتلة",
        ["integration"] = "idmaj|indimaj|damj|takamol|takamul|tkamol|دمج|اندماج|تكامل",
        ["alliance"] = "ta7aluf|ta7alof|ta7alouf|tahaluf|تحالف",
        ["partnership"] = "sharaka|shiraka|shraka|shirake|شراكة",
        ["strategic"] = "istratiji|estrateji|istratijiya|estratijiya|estrateejeya|استراتيجي|استراتيجية",
        ["independent"] = "mosta2ella|musta2illa|mostaqilla|mista2elle|mosta2el|mustaqil|mosta2ela|mista2ill|مستقل|مستقلة",
        ["independence"] = "esti2lal|isti2lal|istiqlal|esteqlal|este2lal|استقلال",
        ["recognition"] = "e3teraf|i3tiraf|e3tiraf|e3traf|اعتراف",
        ["recognized"] = "e3tarafet|i3tarafat|3tarafet|3tarfet|e3taraf|i3taraf|e3tarfo|i3tarafo|اعترف|اعترفت",
        ["recognize"] = "ye3tarfo|bte3taref|te3taref|ya3tarif|yi3tirif|yi3tirfo|ye3taref|بتعترف|يعترف|ta3tarif|ta3tarf|t3tarf|te3tarf|ta3tarifo",
        ["condemned"] = "condamnat|condamnaw|shajabat|shajab|adanet|adan|adano|adanat|estankarat|istankar|estankar|estankaret|ادانت|أدانت|استنكرت",
        ["condemnation"] = "edana|idana|estenkar|istinkar|ادانة|إدانة",
        ["sovereignty"] = "sayada|siyada|seyada|siyadat|siyadet|سيادة",
        ["violates"] = "yentahek|yintahik|bintahik|byentahek|intihak|entehak|انتهاك|ينتهك",
        ["legal"] = "qanooni|2anouni|qanuni|2anoony|2anooni|shar3i|shar3y|qanoniya|2anouniya|قانوني|شرعي",
        ["country"] = "dawla|dawle|dowla|dawleh|balad|beled|bilad|dawlet|دولة|الدولة|بلد|blad|bled|blaad",
        ["region"] = "mante2a|mantiqa|mante2et|manti2a|mante2a|manta2a|منطقة|المنطقة",
        ["republic"] = "jomhoriya|gomhoreya|jumhuriya|jumhouriyat|jomhouriya|jomhoriyet|gomhoreyet|جمهورية",
        ["capital"] = "3asima|3asme|3asimet|3asimat|3aasima|3asema|3aseme|عاصمة|العاصمة",
        ["international"] = "dawli|dawly|dawliya|dawleyye|dawleya|dowali|dawliyye|دولي|الدولي|الدولية",
        ["world"] = "3alam|3aalam|3alem|العالم|عالم",
        ["Russia"] = "rusia|rossia|roosiya|rousia|roosia|rosia|russya|rusya|rossiya|rousiya|roosya|روسيا",
        ["Russian"] = "rosi|russy|rousy|rousi|roosi|rusi|russi|rusiya|روسي|الروسي|الروسية",
        ["Russians"] = "rous|roos|روس|الروس",
        ["Georgia"] = "jorjia|jorgia|jurjia|georgya|gorgia|jorjiya|jurjiya|gorgya|جورجيا",
        ["Georgian"] = "jorji|gorgi|jurji|jorjiy|jorjiyin|jorjiyeen|gorgeyeen|جورجي|الجورجي|الجورجية|georgi|georgiye|georgiya|jorjiye",
        ["America"] = "amrika|amreeka|amerka|amreeca|emrika|amirka|amreka|amerika|أمريكا|امريكا|أميركا|اميركا",
        ["American"] = "amriki|amreeki|amrikani|amrikiya|amrikiyya|amerkani|أمريكي|الأمريكي|الامريكي",
        ["Americans"] = "amrikan|amerkan|amrikaan|amrekan|amrikiyin|amrikiyeen|amerkaan|الأمريكان|الامريكان",
        ["Europe"] = "orobba|oroba|urubba|ourouba|orobbe|أوروبا|اوروبا",
        ["European"] = "orobbi|orobi|urubbi|oroppi|oropi|orobiyeen|orobiyin|orobbiya|أوروبي|الأوروبي",
        ["Crimea"] = "qirim|2erim|2erem|2arm|qirm|qarm|2irim|el2arm|القرم",
        ["Moscow"] = "moskow|mosko|mosku|moskou|moskoo|موسكو|moscou|mosko",
        ["Geneva"] = "jenev|jeneef|janeef|jenif|jnif|jenef|جنيف|jneif|jneef|genève|geneve|jenève|jnev",
        ["Putin"] = "boutin|bootin|poutin|butin|بوتين",
        ["Turkey"] = "turkia|torkia|turkya|torkya|تركيا",
        ["Ukraine"] = "ukranya|okranya|ukrania|okrania|اوكرانيا|أوكرانيا",
        ["NATO"] = "natu|الناتو|ناتو|otan|l'otan",
        ["south"] = "janoubiya|janubiya|janoubi|ganoob|ganoubeya|janoub|janub|jnoub|الجنوبية|جنوب",
        ["north"] = "shamaliya|shamal|shamali|الشمالية|شمال",
        // Talks, people and reactions.
        ["meeting"] = "ijtima3|ejtema3|igtima3|egtema3|ijtima2|lo2a|li2a|liqa2|le2a|اجتماع|لقاء|réunion|reunion",
        ["meetings"] = "ijtima3at|ejtema3at|igtima3at|egtema3at|ijtim3at|اجتماعات",
        ["negotiations"] = "mofawadat|mufawadat|mfawadat|mofawdat|mufawada|mofawda|mofawadaat|mofawadet|mufawadhat|مفاوضات|المفاوضات",
        ["talks"] = "mo7adathat|mu7adathat|mo7adsat|mo7adasat|mu7adasat|mna2shat|muna2ashat|monaqashat|mona2sha|7iwar|7war|hiwar|محادثات|المحادثات|مناقشات|حوار",
        ["round"] = "jawle|jawla|jawleh|gawla|gawlet|jawlet|jawlat|جولة|الجولة",
        ["next"] = "jaye|jaya|jayeh|jaiye|2adem|2adme|2adma|qadem|qadima|muqbila|moqbela|mo2bela|جاي|جاية|القادمة|jay|jeye|jeya|jaya|jaye",
        ["representatives"] = "momathel|mumathil|momasel|momasleen|mumathileen|momaseleen|momaselin|momathilin|ممثل|ممثلين",
        ["delegation"] = "wafd|wfd|وفد|الوفد",
        ["delegations"] = "wofood|wufud|wofoud|wefood|وفود|الوفود",
        ["attended"] = "7ader|7adar|7adro|7edro|7adaro|7adret|7adrat|7aderin|7adreen|7adir|hadar|حضر|حضروا|حاضر|7dar|7edro|7dro|7adrou|7dro|7daro",
        ["participated"] = "sharak|sharako|sharakou|sharaket|mosharek|musharikin|moshrekeen|mosharekeen|shareko|شارك|شاركوا",
        ["headed"] = "ترأس|رأس",
        ["chaired"] = "tara2as|tra2as|tara2aset|tra2aset|yetra2as|yitra2as|bitra2as|ترأست|يترأس|mtra2es|mtra2as|mtra2sin|mtra2sine|mtra2es|ra2as|ra2aset|ra2asat|ra2aso",
        ["president"] = "ra2ees|ra2is|rayes|raees|rayis|ra2eesa|ra2isa|ra2eeset|ra2iset|رئيس|الرئيس|رئيسة",
        ["minister"] = "wazir|wazeer|wazira|wazeera|wazeeret|وزير|وزيرة",
        ["ministry"] = "wezara|wizara|wezaret|wizarat|wazara|وزارة",
        ["spokeswoman"] = "mota7adetha|mutahadditha|mot7adtha|nate2a|natiqa|na6e2a|mota7adeth|mutahaddith|متحدثة|متحدث|ناطقة",
        ["reaction"] = "radd|rudud|rodood|rdood|رد|ردود",
        ["reacted"] = "raddet|raddat|raddo|raddu|radet|radat|radu|ردت|ردوا|rda|rdat|rdaw|rad|radat|radit",
        ["statement"] = "tasri7|tasree7|tasrii7|tasri7at|tasree7at|bayan|bayaan|تصريح|بيان",
        ["outcome"] = "natija|nateeja|nateeje|nateega|natiga|natige|nata2ej|nataij|نتيجة|النتيجة|نتائج|nateega|nateegah|natega",
        ["agreed"] = "ettafa2o|ittafa2o|etfa2o|itafa2u|itafa2o|ettafa2u|ttafa2o|etafa2o|اتفقوا|tfa9o|tfa9ou|ttaf9o|tafa9o|ttafqo|tfahmo|tfahmou|ttafqou|etfa9o|ittafa9o",
        ["difference"] = "far2|farq|fare2|fer2|fur2|far2o|فرق|الفرق|far9|lfar9",
        ["relation"] = "3ala2a|3ala2et|3ela2a|3ila2a|3ilaqa|3alaqa|3ala2t|3ela2et|3alaqet|علاقة|3ala9a|3ela9a|3ala9to|3ala9t|3alaqet|3ela9et|3la9a",
        ["anniversary"] = "zekra|zikra|thikra|dhikra|zekrayat|zekret|thikrat|ذكرى",
        ["concern"] = "mashkale|mushkila|moshkela|mashakel|mashakil|mushkilat|moshkelt|mashkaltohom|mashkalhom|moshkelethom|mushkilathum|moshkelthom|mashakelhom|مشكلة|مشكلتهم|9la9|9al9|mashkeltoun|mashkelton|mochkelthom|mochkilthom|mashkelhom|inquietude",
        ["worried"] = "2al2anin|qal2in|2al2an|2al2aneen|qala2|2ala2|khayfin|khayfeen|5ayfeen|5ayfin|khayfeen|2al2ana|قلقين|قلق|خايفين|9le9|9al9in|9al9an|9l9in|qle9|9al9ana",
        ["complained"] = "eshtaka|ishtakat|eshtakat|ishtaka|ishtakao|eshtako|shakwa|shakwet|اشتكى|اشتكت|شكوى",
        ["warned"] = "7azzar|7azar|7azaro|7azzaro|7azaret|7azzaret|7athar|حذر|حذروا",
        ["warning"] = "ta7zir|ta7theer|ta7zeer|تحذير",
        ["signs"] = "3alamat|3alamaat|3alamet|علامات|lafitat|lafetat|esharat|isharat|لافتات|اشارات|panneaux|lpanneaux",
        ["people"] = "nas|naas|الناس|ناس",
        ["month"] = "shahr|sha7r|shaher|شهر|chhar|chhor|shhar|chehr",
        ["week"] = "esbou3|osbou3|isbu3|usbu3|osboo3|اسبوع|أسبوع",
        ["city"] = "madina|madine|mdine|medina2|madinat|مدينة|mdina|mdine|mdinat",
        ["valid"] = "sari|sarya|saryeh|sarye|sariya|سارية|ساري",
        ["expire"] = "yentehi|btintihi|btentehi|tentehi|bte5las|tekhlas|te5las|tintihi|تنتهي",
        ["aid"] = "mosa3adat|musa3adat|msa3dat|mosa3adaat|da3m|دعم|مساعدات",
        ["financial"] = "maliya|maleya|maliyye|maleyye|مالية",
        ["economic"] = "iqtisadi|e2tisadi|eqtesadi|iqtisadiya|e2tesadeya|اقتصادي|اقتصادية",
        ["development"] = "tanmiya|tanmeya|tanmiye|تنمية",
        ["social"] = "ijtima3i|egtema3i|ejtema3i|ijtima3iya|egtema3eya|اجتماعي|اجتماعية",
        ["job"] = "shoghl|sho8l|shoghla|sho8la|shoghlet|sho8let|wazifa|wazifet|wazeefa|wazeefet|wazifto|manseb|mansib|mansebha|mansebo|شغل|وظيفة|منصب|5edmtha|khedmtha|5edmto|khedmto|5edma|khedma|5dmtha|shoghlha|sho8lha|shoghlo|sho8lo|shoghlaha|sho8laha",
        ["works"] = "btishtighil|beteshta8al|btshta8el|btishtghil|btshtghl|beyeshta8al|byeshta8el|bti5dim|يشتغل|تشتغل|بتشتغل",
        ["leader"] = "za3eem|za3im|zaeem|2a2ed|qa2id|za3imha|زعيم|قائد",
        ["policy"] = "siyasa|seyasa|siyase|seyase|siyaset|سياسة",
        ["position"] = "mawqef|maw2ef|maw2af|mawqif|mawkef|mawgef|موقف",
        ["opposed"] = "3arada|3aradet|3arado|3aradat|mo3arda|mu3arada|عارض|عارضت|معارضة",
        ["supported"] = "ayyadat|ayyad|ayyado|ta2yeed|ta2yid|أيد|ايدت|تأييد",
        ["conference"] = "mo2tamar|mu2tamar|mo2tamr|مؤتمر",
        ["co"] = "moshtarak|mushtarak|moshtaraka|مشترك",
        ["damaging"] = "takhreeb|takhrib|ta5reeb|ta5rib|takseer|taksir|تخريب|تكسير",
        ["stabilization"] = "istiqrar|esteqrar|esti2rar|isti2rar|istikrar|استقرار",
        ["stable"] = "mostaqerra|mesta2er|mista2irr|mista2erra|mosta2er|mostaqer|مستقر|مستقرة",
        ["drills"] = "manawrat|manawarat|tadribat|tadreebat|tamarin|tamareen|مناورات|تدريبات",
        ["issue"] = "2adeya|qadiya|qadeya|2adiyye|2adiye|qadiyya|قضية",
        ["question"] = "so2al|su2al|sou2al|so2aal|سؤال",
        ["questions"] = "as2ila|as2ile|asi2la|as2ela|أسئلة|اسئلة",
        ["government"] = "7okoma|7ukuma|hokoma|7kome|7okoumat|7okomet|7ukumat|حكومة|الحكومة",
        ["become"] = "hayeb2a|hayob2a|hayb2a|yeb2a|yob2a|yib2a|tsir|tseer|ysiro|byseero|btseer|raytseer|hate2a|هيبقى|يصير|تصير",
        ["part"] = "gozo2|goz2|joz2|juz2|jez2|jizi2|juz2an|جزء",
        ["Ossetian"] = "osseti|ossetti|ossiti|oseti|osetti|اوسيتي|الأوسيتي",
        ["Ossetia"] = "ossitia|ositia|osetya|ossetya|osseteya|أوسيتيا|اوسيتيا",
        ["Abkhazia"] = "abkhazya|abkazya|abkhasya|abkhazeya|أبخازيا|ابخازيا",
        ["Tskhinvali"] = "تسخينفالي",
        ["Sokhumi"] = "سوخومي",
        ["Tbilisi"] = "تبليسي|تبيليسي",
        ["Kremlin"] = "الكرملين|كرملين",
        ["Mogherini"] = "موغيريني|موجيريني|موغريني",
        ["Psaki"] = "بساكي",
        ["Karasin"] = "كاراسين",
        ["Tibilov"] = "تيبيلوف",
        ["union"] = "itti7ad|etti7ad|etihad|itihad|ittihad|etehad|itti7ad|ete7ad|ite7ad|اتحاد|الاتحاد",
        ["is"] = "wach|wache|تم|تمت",
        ["I have"] = "3andi|3indi|3ndi|3andy|عندي",
        ["can you"] = "mumkin|momken|mumken|mmkn|momkin|mumkn|momkn|ممكن|t9der|t9dar|tqder|tgder|te9der",
        ["summarize"] = "tlakhaslo|tlakhasli|tla55asli|tla5asli|tlakhes|lakhes|la55es|lakhasli|la5asli|la55asli|lakhkhes|لخص|لخصلي",
        ["summary"] = "khulasa|5olasa|kholasa|mulakhas|mol5as|molakhas|mulakhkhas|ملخص|خلاصة|resume|resumi|l5olasa|5olasa",
        ["angry"] = "za3lana|za3lan|za3lanin|ze3let|ghadbana|8adbana|زعلانة|غاضبة",
        ["war"] = "7arb|harb|7arab|حرب|الحرب",
        ["population"] = "sokan|sukkan|soukan|sukan|سكان|السكان",
        ["number"] = "3adad|عدد",
        ["age"] = "3omr|3umr|3omro|3umro|3mro|3omru|عمر|عمره",
        ["language"] = "logha|lugha|lo8a|lugat|loghat|لغة",
        ["speak"] = "byehku|bye7ku|biy7ku|bi7ku|ye7ku|yetkallemo|byetkalmo|bitkalmo|yitkalamu|يحكوا|يتكلموا",
        ["currency"] = "3omla|3umla|عملة",
        ["tomorrow"] = "bokra|bukra|boukra|بكرة|بكره",
        ["yesterday"] = "mbare7|embare7|mbereh|embare7|imbare7|mbar7|امبارح|مبارح",
        ["weather"] = "ta2s|6a2s|طقس|الجو",
        ["love"] = "7ob|7obb|hobb|حب|الحب",
        ["poem"] = "shi3r|she3r|2asida|qasida|2aside|قصيدة|شعر",
        ["good"] = "kwayes|kwayyes|kwayyis|mni7|mne7|zein|zain|7elw|7ilw|كويس|منيح|زين|حلو",
        ["bad"] = "wa7esh|wi7esh|9a3b|سيء|وحش",
        ["separated"] = "infasalet|enfasalet|infasalat|enfasalat|infasal|enfasal|انفصلت|انفصل",
        ["comment"] = "ta3li2|ta3lee2|ta3liq|تعليق",
        // Egypt's: "emta et2ama el tawqee3?", "el 3alamat gowa georgia", "el 7odood hadya?".
        ["took place"] = "et2ama|it2ama|et2amet|it2amet|et2amit|et2amat|it2amat",
        ["inside"] = "gowa|gowwa|guwwa|jowa|jouwa|juwwa",
        ["calm"] = "hadya|hadye|hadyeh|hadi2a|hady2a|hadyin",
        ["things"] = "7agat|7agaat|hagat|7ajat|7ajaat|asya2|ashya2",
        ["you can"] = "te2dar|t2dar|ti2dar|te2dari|teqdar|ti2dari",
        ["answer"] = "tgaweb|tgawib|tjaweb|tjawib|tgawbni|tjawebni|gaweb|jaweb",
        ["on it"] = "3aleha|3aleeha|3alaiha|3aleh|3alaih",
        ["hear"] = "asma3|asma3t|sme3t|sim3t|sme3na|sama3t|asm3",
        ["about it"] = "beha|biha|beeha|beeh",
        ["talk"] = "kalam|kalaam|كلام",
        // The Maghreb's Darija and Tunisian, and chat's fillers, with the French verbs it conjugates as its own ("signaw").
        ["their"] = "ta3hom|ta3hum|ta3houm|dyalhom|dialhom|dyalhum|mta3hom|ta3on",
        ["to them"] = "fihon|fihom|fihum|fihoum|lihom|ysirelhom",
        ["is there"] = "kayen|kayn|kayna|kaynin|fama|famma",
        ["they"] = "houma|huma|homa|hma",
        ["something"] = "chi|shi|7aja|haja|chwiya7aja",
        ["another"] = "tani|tanya|tanye|okhra|ukhra",
        ["else"] = "akhor|akhour|akhrin|okhrin",
        ["more"] = "akther|aktar|aktr|akthar|ktar|kter",
        ["first"] = "awal|awwal|lawel|lawwel|2awal",
        ["originally"] = "asln|aslan|asl|2aslan",
        ["instead of"] = "bdal|bdel|badal|bedal",
        ["against"] = "dhed|ded|didd|dedd|dod",
        ["each"] = "kol",
        ["one"] = "wa7ed|wahed|wa7da|wahda",
        ["year"] = "3am|3amin|3wam",
        ["place"] = "blassa|blasa|plassa|plasa|mkan|makan|blasa",
        ["role"] = "dawr|dawrhom|dawro|dawrha|dour|dor",
        ["has"] = "3ando|3andha|3ndha|3ndo|3andhom|3andhoum|3endo|3endha",
        ["situation"] = "wad3|wade3|wad3iya|wad3ia|l7ala|el7ala",
        ["short"] = "2asir|2aseer|qasir|9sir|9ssir|9asir",
        ["says"] = "kat9ol|kat9oul|katgoul|katgol|kay9ol|kaygoul|t9oul|y9oul",
        ["side"] = "jiht|jiha|jihat",
        // Signing, giving, the rest of the story.
        ["call"] = "ysemmiw|ysamiw|ysmmiw|ysemiw|ysamou|ysammou|ysammiw",
        ["join"] = "ydekhlo|yedkhlo|ydkhlo|ydakhlo|yadkhlo|ydkhol|tdkhol",
        ["integrated"] = "tdekhlet|tdakhlet|dakhlet|dkhlat",
        ["become part of"] = "yrej3o|yerj3o|yrj3o|yrja3o|yweliw|ywaliw",
        ["last"] = "ydoum|ydom|tdoum|yidoum|ydum|tdum",
        ["end"] = "ykemmel|ykammel|tkemmel|ykmmel|ykamel|yekmel|akhir|lakhir|l5er|a5er|a5ir|akher",
        ["pay"] = "yedf3o|ydf3o|yedfa3o|ydf3ou|tedfa3|tdf3",
        // "abkhazia a5adet kam?": what a country was given.
        ["got"] = "akhadet|a5adet|akhadat|a5adat|5adet|khadet|5dhat|khdat|5dat",
        ["compared"] = "bi2aren|bi2arin|m9aren|mqaren|mqarna|m9arna|moqarana|mu2arane|bel mo9arana",
        ["similar to"] = "yechbah|ychbah|yshbah|yechbeh|yshbeh|tchbah",
        ["similar"] = "shabah|chbih|shbih|chabah|shbeh",
        ["changed"] = "t8ayyar|t8ayar|tghayyar|tghayar|tbeddel|tbdel|tbdl|tbadal|tbedel",
        ["foreign ministry"] = "kharjiye|kharjiya|5arjiye|5arjiya",
        ["give me"] = "3tini|a3tini|3teeni|a3teeni|3tina",
        ["do you think"] = "ta3tiqed|ta3ta9ed|t3ta9ed|tatfaker|katchouf",
        ["it"] = "3lih|3liha|3lihom",
        ["topics"] = "sujets",
        ["units"] = "unités|unites",
        ["asked"] = "tlbat|tlbo|tolbat|talbat|tlbet|tlbou|tolbo|tlab|tlb",
        ["from it"] = "menha|minha|mnha",
        ["considered"] = "3tabrat|3tabro|e3tabarat|3tabret|3tabrou|i3tabarat",
        ["were"] = "kenet|kaanet",
        ["talked"] = "tkalmo|tkallmo|tkelmo|tkellmo|tkalmou|7ako|7kaw|hdro|hadro|tkalmu",
        ["present"] = "mawjoud|mawjoudin|mawjood|mawjudin|mawjoudine",
        ["organized"] = "mnadem|mnaddem|mnazzem|mnazem|mnadmin",
        ["have to do with"] = "dakhal|dakhl|dakhlhom|dakhlou|dakhla",
        ["stabilized"] = "stabilisat|stabilizat|stabilisaw|stabilizaw",
        ["damaged"] = "ytkassro|tkassro|tkasro|ytkasro|tkasrat|t7attmo",
        ["again"] = "y3awdo|y3awdou|t3awdo|y3awed|3awdo",
        ["meet"] = "yjtam3o|yjtem3o|yejtam3o|yjtam3ou|yjtm3o|yetlaqaw|ytla9aw",
        ["human"] = "insan|insane|bnadem|bnadam",
        ["reasonable"] = "3a2ile|3a9la|3a9el|3a9ila|3a2le",
        ["tell me"] = "2elli|2ellna|9olli|goulli|9oli",
        ["March"] = "mars",
        ["reactions"] = "rdoud|rdod|rudud|rodoud|rodood",
    });

    // Words Arabizi shares with English, its names or another language: a marker only with another.
    private static readonly HashSet<string> Shared = new(StringComparer.OrdinalIgnoreCase)
    {
        "eh", "min", "kam", "ana", "salam", "salaam", "sana", "esm", "tarikh", "natija", "masari", "leh", "wen", "fein", "esh",
        "wesh", "eish", "elli", "barda", "bardo", "tamam", "mashi", "radd", "hala", "ahla", "ani", "kif", "kol", "bas", "sho", "amrika",
        "amreeka", "ehna", "hada", "hadi", "wla", "condamnat", "ittihad", "orobi", "ghadi", "blad", "dial", "haja", "nta", "fin", "dah", "balad", "fen",
    };

    // Latin words only Arabizi has (its words with digits and in Arabic script are its own already).
    private static readonly string[] OwnLatin =
    [
        "shu", "shou", "meen", "mnu", "minu", "emta", "imta", "emteh", "imteh", "aymta", "eimta", "wein", "feen", "wayn",
        "leish", "lesh", "laysh", "leysh", "ezay", "ezzay", "izzay", "izay", "keef", "kifash", "kifach", "shlon", "shloun",
        "addesh", "adesh", "adeish", "shinu", "shnu", "shno", "aysh", "anhi", "anhou", "enta", "inta", "enti", "inti",
        "hayda", "haida", "hayde", "haide", "hadol", "hadool", "haydol", "kaman", "kamaan", "mish", "msh", "mafi",
        "mafish", "mafeesh", "aywa", "aiwa", "hala2", "delwa2ti", "dilwa2ti", "ashan", "ktir", "kteer", "keteer", "shwayye",
        "shwaya", "yani", "yaani", "yalla", "yallah", "wallah", "wallahi", "wallahy", "inshallah", "nshalla", "inchallah",
        "mashallah", "habibi", "habibti", "habeebi", "khalas", "tayeb", "tayyib", "marhaba", "marhaban", "ahlan", "ahlein",
        "ahleen", "shukran", "shokran", "tislam", "teslam", "yeslamo", "yslmo", "yislamo", "mashkoor", "mamnoon", "bidi",
        "biddi", "baddi", "abgha", "fhemt", "fahem", "shayef", "shakhs", "maqal", "katab", "kateb", "flous", "floos", "fulus",
        "milyar", "malyar", "sneen", "snin", "sanawat", "wafd", "jaysh", "jeish", "jaish", "wazir", "wazeer", "dawla",
        "dawle", "dawli", "jawle", "jawla", "mofawadat", "mufawadat", "ittifaqiya", "itifaqiya", "ittifaq", "itifaq",
        "jorjia", "rousia", "roosia", "rousi", "orobbi", "orobba", "qirim", "kida", "keda",
        "heik", "bezzaf", "ittifaqiyat", "kifak", "kifik", "keefak", "shlonak", "ezayak", "izzayak",
        "hadol", "dyal", "taba3", "lakin", "sokan", "natiga", "nateeja", "mawdou", "mantiqa", "sharaka", "tahaluf",
        "istiqlal", "siyada", "achno", "ashno", "chkoun", "shkoun", "chno", "chnou", "amrikan", "bokra", "yaani", "amn", "yeslamu", "mokhtasar", "mukhtasar",
        // The Maghreb's.
        "chnowa", "chnoua", "chkon", "chkoune", "chhal", "bchhal", "kifech", "kifeh", "mta3", "nta3", "dyalo", "dyalha", "dyalhom",
        "kayen", "kayn", "kayna", "bzaf", "barcha", "tsigna", "signaw", "tsignaw", "tsignat", "ysigniw", "nhar", "chhar", "jiht", "bdal",
        "blassa", "bslama", "kenet", "hiye", "houma", "asln", "akther", "jaych", "kteb", "tlbat", "tlbo", "ysemmiw", "smiya",
        "mdina", "waqtach", "fo9ach", "menha", "mawjoud", "mnadem", "ysir", "ydekhlo", "ydoum", "ykemmel", "stabilisat", "tfahmo", "yechbah", "ychbah",
        // Egypt's.
        "rayak", "shoghlha", "shoghlo", "nateega", "bizabt",
    ];

    // Words with a digit or in Arabic script that are no sign of Arabic on their own: "و", "ال", "في" and "لا" are also Persian
    // and Urdu.
    private static readonly HashSet<string> NotMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "و", "ال", "لا", "في", "بـ", "لـ", "ح", "حي", "او", "أو", "اي", "أي", "اه", "مع", "كم", "من", "ان", "لو", "ده", "دي", "هل",
        "كل", "عن", "على", "بين", "بعد", "قبل", "مثل", "نفس", "رد", "حب", "عمل", "اسم", "عمر", "عدد", "سلام", "مرة", "بس", "اين",
        "عالم", "تاريخ", "خبر", "حدود", "امن", "شعر", "سنة", "قانون",
    };

    private static readonly HashSet<string> Own = Words.Keys
        .Concat(PhraseWords)
        .Where(word => word.Any(c => char.IsAsciiDigit(c) || IsArabic(c)) && word.Any(char.IsLetter))
        .Where(word => !NotMarkers.Contains(word))
        .Concat(OwnLatin.Where(word => !Shared.Contains(word)))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnLookup = Own.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SharedLookup = Shared.GetAlternateLookup<ReadOnlySpan<char>>();

    // The table written one English meaning a line, its spellings separated by "|".
    private static FrozenDictionary<string, string> Table(Dictionary<string, string> byEnglish)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (english, spellings) in byEnglish)
        {
            foreach (var spelling in spellings.Split('|'))
            {
                table.TryAdd(spelling, english);
                if (spelling.Contains(' '))
                {
                    PhraseWords.AddRange(spelling.Split(' '));
                }
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"[,\s]+(?:sa7|sa77|sah|sahh|sa7i7|sa7ee7|sahih|saheeh|mazbou?t|mazboot|mazbut|ma?zboot|(?:mish|msh|mesh|mush|mu|mo|ma|mosh)\s+(?:kida|keda|kda|kede|heik|hek|haik|heyk|hayk|chidi|chithi|sa7)|sa7\s+(?:wala|walla|wla|wella|willa)\s+la2?|walla\s+la2|wala\s+la2|صح|مظبوط|مش\s+كده|مش\s+هيك|صح\s+ولا\s+لا)(?=\s*[?!.؟]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"^\s*(?:min|mnu|minu)\s+(?:kan\s+|kanet\s+|kano\s+|hiye\s+|howa\s+|huwa\s+)?(?:co-?chairs?\b|jen|psaki|tibilov|leonid|mogherini|federica|karasin|grigory|bokhua|sally)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoIsPerson();
}
