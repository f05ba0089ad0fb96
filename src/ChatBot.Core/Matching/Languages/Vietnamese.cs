using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Vietnamese as Vietnamese readers type it in chat, with its diacritics or without them and with the chat's
/// abbreviations ("ko" not, "dc" and "đc" can or was, "j" what, "ntn" how, "bn" how much, "vs" with): "ai ký hiệp ước
/// này?" is "who signed this treaty?", "hiep uoc ky o dau vay" where was the treaty signed, "Nga cho Nam Ossetia bao
/// nhiêu tiền" how much money Russia gives South Ossetia, "Gruzia phản ứng sao" how Georgia reacted, "Tibilov là ai"
/// who Tibilov is, "cảm ơn nha" thanks, "pp nhé" bye. Vietnamese writes a word as several syllables ("hiệp ước" treaty,
/// "biên giới" border), so the reader is one phrasebook of words and syllables, longest first, each also typed plain
/// ("hiep uoc", "bien gioi"); the particles that only soften a question ("vậy", "thế", "nhé", "ạ") are dropped. Only in
/// a message with a letter only Vietnamese writes ("ư", "ơ", "ạ", "ế", "ở"...), a plain word only it writes ("hiep",
/// "nhieu", "ntn", "khong"), a plain question phrase ("la gi", "bao nhieu"), or two different chat words it shares with
/// English, Tagalog and Hindi ("ko", "j", "v", "dc").
/// </summary>
internal static partial class Vietnamese
{
    /// <summary><paramref name="text"/> with Vietnamese words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!IsVietnamese(text))
        {
            return text;
        }

        // "who signed the treaty? tra loi tieng viet cung dc": in an English sentence "the", "do" and "may" are English.
        var english = EnglishWord().IsMatch(text);
        // "ngày 18/3", "17-18/3": the day, then the month.
        text = DayOfMarch().Replace(text, m => $"{m.Groups["days"].Value} March");
        // "năm 2016": in that year ("năm" alone is years).
        text = InTheYear().Replace(text, "in ");
        // "Nga có phải bảo vệ biên giới không?", "EU có lên án ko": "có ... không" asks yes or no, as English's order does.
        var yesOrNo = YesOrNo().IsMatch(text);
        text = yesOrNo ? YesOrNo().Replace(text, "${comma}") : text;
        // "Tibilov là ai", "Abkhazia là gì": Vietnamese puts the question word last, and "who is X" is what it asks.
        text = IsWhoOrWhat().Replace(text, m => Pronouns.Contains(m.Groups["thing"].Value) ? m.Value
            : $"{(m.Groups["who"].Success ? "who" : "what")} is {m.Groups["thing"].Value}{m.Groups["end"].Value}");
        // "hiep uoc noi j ve quan doi", "Mogherini nói gì về hiệp ước": what X says about Y.
        text = SaysAbout().Replace(text, "\u0001what does\u0002 ${who} \u0001say about\u0002 ${what}");
        text = Phrases.InEnglish(text);
        text = Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && EnglishToo.Contains(m.Value) ? m.Value
            : Words.GetValueOrDefault(m.Value.ToLowerInvariant()) ?? Words.GetValueOrDefault(Plain(m.Value.ToLowerInvariant())) ?? m.Value);
        text = Spaces().Replace(text, " ").Trim();
        // "Putin signed with who", "Russia to South Ossetia how much money": the question word first, as English asks.
        text = QuestionWordLast().Replace(text, m => $"{(m.Index > 0 ? " " : string.Empty)}{m.Groups["asked"].Value switch { "is who" => "who is", "is what" => "what is", var asked => asked }} {m.Groups["before"].Value.Trim()}");
        // "lãnh đạo Nam Ossetia tên gì": the name of a person asks who they are.
        text = PersonsName().Replace(text, "who is the ${person}");
        text = Polish.InEnglishOrder(text);
        text = yesOrNo && !StartsWithQuestionWord().IsMatch(text) ? "is " + text.TrimEnd('?', ' ') + "?" : text;
        // Dropped particles leave their spaces.
        return Spaces().Replace(text, " ").Replace(" ?", "?").Replace(" ,", ",").Trim();
    }

    /// <summary>"hiệp ước" as typed without its diacritics: "hiep uoc"; "đ" is no accented "d" to Unicode.</summary>
    internal static string Plain(string lower) => Accents.Strip(lower).Replace('đ', 'd').Replace('Đ', 'D');

    // A letter only Vietnamese writes: "ơ", "ư" and the stacked vowels of Latin Extended Additional ("ạ", "ế", "ở", "ữ").
    private static bool HasVietnameseLetter(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u1EA0' and <= '\u1EF9' or 'ơ' or 'ư' or 'Ơ' or 'Ư')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVietnamese(string text) => HasVietnameseLetter(text) || HasMarkers(text) || PlainPhrase().IsMatch(text);

    // A plain word only Vietnamese writes, or two different chat words it shares: a French or Hindi sentence says its own
    // "la" or "ko" twice.
    private static bool HasMarkers(string text)
    {
        string? shared = null;
        foreach (Match word in Word().Matches(text))
        {
            var lower = word.Value.ToLowerInvariant();
            if (OwnMarkers.Contains(lower))
            {
                return true;
            }

            if (SharedMarkers.Contains(lower))
            {
                if (shared is not null && shared != lower)
                {
                    return true;
                }

                shared = lower;
            }
        }

        return false;
    }

    // Plain words only Vietnamese writes count alone.
    private static readonly HashSet<string> OwnMarkers = new(StringComparer.Ordinal)
    {
        "hiep", "uoc", "nguoi", "nhieu", "ntn", "vay", "nuoc", "thoa", "thuan", "giua", "chuc", "gioi", "tieng", "thuc", "xay",
        "niem", "nhap", "luong", "hieu", "cuoi", "giong", "truoc", "giu", "truong", "thuoc", "tuyen", "keu", "nhung",
        "huong", "phai", "khong", "duoc", "đc", "gì", "nào", "ký", "có", "chào", "nhìu", "nhé", "lên", "sáp", "cua", "ngay",
        "phan", "tks", "bnhieu", "nghia", "dien", "thoi", "lanh",
    };

    // Its chat words that English ("v", "j"), Tagalog and Hindi ("ko") write too count only with a different second. "la",
    // "bn", "vs", "nga", "ki" and "nao" are no markers: French and Spanish write "la" twice a sentence, English "bn" and
    // "vs", Tagalog, Hindi and Portuguese the others.
    private static readonly HashSet<string> SharedMarkers = new(StringComparer.Ordinal)
    {
        "ko", "gi", "j", "mn", "ae", "dc", "v", "z", "sao", "cai", "lam", "chua", "alo", "bai", "tien", "voi", "nha", "nhe", "pp",
    };

    // "la gi", "la ai", "o dau", "bao nhieu", "the nao": plain question phrases no other language writes.
    [GeneratedRegex(@"(?<!\p{L})(?:là\s+(?:ai|gì|j|sao)|kéo\s+dài|la\s+(?:gi|ai|j)|o\s+dau|bao\s+(?:nhieu|lau|gio)|the\s+nao|khi\s+nao|tai\s+sao|cam\s+on|tam\s+biet|xin\s+chao|noi\s+gi|lien\s+minh|chau\s+au|la\s+bn|cam\s+ket|so\s+tien|keo\s+dai|co\s+lich|dung\s+ra\s+k[yi]|alo\s+alo|tham\s+gia|(?:đàm|dam)\s+(?:phán|phan)|dan\s+dau|co\s+mat\s+tai|chiem\s+dong|nhac\s+nho)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlainPhrase();

    // "Tibilov là ai", "leonid tibilov la ai vay", "Abkhazia là gì": a short subject, then "là" and the question word.
    [GeneratedRegex(@"^(?<thing>(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)(?<!gọi|goi|tên|ten)\s+(?:là|la)\s+(?:(?<who>ai|thằng\s+nào|thang\s+nao)|gì|gi|j|cái\s+gì|cái\s+j|cai\s+gi|cai\s+j)(?<end>(?:\s+(?:vậy|vay|v|z|thế|the|ạ|vậy\s+ạ|nhỉ|hả|ha))?\s*[?!.]*\s*(?:,.*)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex IsWhoOrWhat();

    [GeneratedRegex(@"(?:\b(?:ngày|ngay)\s+)?(?<days>\d{1,2}(?:-\d{1,2})?)/(?:0?3)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayOfMarch();

    [GeneratedRegex(@"\b(?:năm|nam)\s+(?=(?:19|20)\d\d\b)", RegexOptions.IgnoreCase)]
    private static partial Regex InTheYear();

    // "... ko", "... không?", "... k", "... chưa" closing a question, or its first clause ("Gruzia có nên vào NATO ko, ý kiến bạn").
    [GeneratedRegex(@"\s+(?:ko|không|khong|k|hông|hong|chưa|chua)(?:\s+(?:vậy|vay|v|z|nhỉ|ạ))?\s*\??\s*(?<comma>,|$)", RegexOptions.IgnoreCase)]
    private static partial Regex YesOrNo();

    // A question word closing a clause, after what it asks about: "Putin ký vs ai" (Putin signed with whom).
    [GeneratedRegex(@"(?<=^|,\s*)(?<before>[^,?]*?\S)\s+(?<asked>is who|is what|how much money|how many years|how much|how many|how long before|how long|how old|how is|how|what day|what month|what year|what is it called|what is the English name of|what is the full name|what is the name|what is|what did they say|what did say|what about|what do|what was the outcome|what did they agree on|what|who gets|with who|who|when|where|why|which side|which parties|which)(?=\s*(?:[,?!.]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWordLast();

    [GeneratedRegex(@"^what is the name (?<person>(?:leader|spokeswoman|head|president|head of the delegation)\b.*?)\s*(?=[?,]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex PersonsName();

    [GeneratedRegex(@"^\W*(?:who|what|when|where|why|how|which|is|are|does|do|did|can|will|should)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartsWithQuestionWord();

    [GeneratedRegex(@"^(?<who>[^,?]+?)\s+(?:nói|noi)\s+(?:gì|gi|j)\s+(?:về|ve)\s+(?<what>[^,?]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SaysAbout();

    // "m là ai", "bạn là ai": the bot asked who it is, which the phrasebook reads.
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "m", "bạn", "ban", "mày", "may", "bot", "bot này", "bot nay" };

    // A word, or the English of a phrase, marked so that its words are not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|(?<![\\p{L}\\p{M}\\d])[\\p{L}\\p{M}]+(?![\\p{L}\\p{M}\\d])")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:the|is|are|was|were|did|does|what|who|when|where|how|which|why|of|and|it|they|this|that|for|about|you|will|has|have|signed|money|treaty|please|thanks|hello)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();

    // Plain Vietnamese that is an English word too, left as it is in a sentence with English in it.
    private static readonly HashSet<string> EnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "do", "an", "my", "so", "may", "ban", "ten", "hop", "dat", "on", "to", "me", "he", "no", "ha", "ho", "can",
        "in", "con", "dan", "ad", "cap", "a", "i", "tan", "lo", "van", "den", "di", "bo", "m", "t", "s", "d", "ll", "re", "ve", "bot", "help", "hi", "bye",
    };
}
