using System.Text.RegularExpressions;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answers;

/// <summary>Splits a multi-part question ("Who signed it and when?") into its parts, and a chat message into its preamble and question.</summary>
internal static partial class QuestionSplitter
{
    public static IReadOnlyList<string> Split(string question)
    {
        // "ok and what was her comment?" is one question: a part of mere chat openers is no part.
        var parts = Separator().Split(question)
            .Select(p => p.Trim(' ', ',', ';', '?', '.', '!'))
            .Where(p => p.Length > 0 && !Tokenizer.Tokenize(p).All(Openers.Contains))
            .ToList();
        // "ANNEXATION?? is that what georgia said?", "5 billion? was that for abkhazia?": the second part asks about the
        // words of the first, so the two are one question.
        if (parts.Count == 2 && PointsBack().IsMatch(parts[1]) && Tokenizer.Tokenize(parts[0]) is { Count: <= 3 } named
            && !named.Any(QuestionTypeReader.IsQuestionWord))
        {
            return [question];
        }

        // "signed by Putin and whom?" is one question: its first part asks nothing.
        // "Is it a 10-year treaty? I thought I read that somewhere": a remark, not a second question.
        // "1) how much in 2016 2) how much by 2017": a numbered list asks each of its items, whether or not an item has a
        // question word.
        return parts.Count is > 1 and <= 4 && (Listed().IsMatch(question) || parts.All(p => AsksSomething(p) || question.Contains(p + "?", StringComparison.Ordinal))) ? parts : [question];
    }

    [GeneratedRegex(@"^(?:(?:so|and|but|wait)\s+)?(?:is|was|are|were)\s+(?:that|this|it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    private static bool AsksSomething(string part) =>
        Tokenizer.Tokenize(part) is var words && (words.Any(QuestionTypeReader.IsQuestionWord) || (words.Count > 0 && WordLists.YesNoOpeners.Contains(words[0])));

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "ok", "okay", "so", "well", "hey", "hi", "yeah", "yes", "no", "alright", "right", "cool", "hmm", "oh", "and", "but",
    };

    /// <summary>Splits "context. question" (or "context, who ...") into the context before the question and the question.</summary>
    public static (string Preamble, string Question)? SplitOffLast(string read)
    {
        // Chat text is often lower case, so any terminal punctuation ends a sentence here.
        // A point between digits is a decimal: "2.9 billion" is no end of a sentence.
        var sentences = SentenceEnd().Split(read).Select(p => p.Trim())
            .Where(p => p.Any(char.IsLetter))
            .ToList();
        if (sentences.Count == 0)
        {
            return null;
        }

        // "what's tskhinvali? they keep mentioning it": the question is the sentence with the question mark, the
        // remark after it is context.
        var last = read.LastIndexOf('?');
        // "was it in tbilisi?? we're staying there": the question ends at the first of its question marks.
        var mark = last;
        while (mark > 0 && read[mark - 1] == '?')
        {
            mark--;
        }

        var remark = mark > 0 ? read[(last + 1)..] : string.Empty;
        if (remark.Any(char.IsLetter)
            && Tokenizer.Tokenize(remark) is [var opening, ..] && !QuestionTypeReader.IsQuestionWord(opening) && !WordLists.YesNoOpeners.Contains(opening))
        {
            var start = SentenceEnd().Matches(read[..mark]).Select(m => m.Index + m.Length).DefaultIfEmpty(0).Last();
            var asked = read[start..(mark + 1)].Trim();
            var rest = $"{read[..start].Trim()} {remark.Trim()}".Trim();
            if (asked.Any(char.IsLetter) && rest.Any(char.IsLetter))
            {
                return (rest, asked);
            }
        }

        var clauses = sentences[^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p.Any(char.IsLetter)).ToList();
        // "what date did they sign it, my glasses are in the other room": the question first, then the reader's own remark.
        if (clauses.Count >= 2 && Tokenizer.Tokenize(clauses[0]) is [var opener, ..]
            && (QuestionTypeReader.IsQuestionWord(opener) || WordLists.YesNoOpeners.Contains(opener))
            && clauses.FindIndex(1, c => Tokenizer.Tokenize(c) is [var subject, ..] && ReadersOwn.Contains(subject)) is var aside and > 0)
        {
            var preamble = sentences.SkipLast(1).Append(string.Join(", ", clauses.Skip(aside)));
            return (string.Join(". ", preamble), string.Join(", ", clauses.Take(aside)));
        }

        // A trailing clause that opens a question: "my cousin says ..., is that in the treaty?", "..., for how many years
        // is it valid?", "excuse me, but could you tell me who signed it?"
        if (clauses.Count >= 2 && Tokenizer.Tokenize(clauses[^1]).SkipWhile(w => w is "but" or "so" or "then" or "for" or "in" or "on" or "at" or "to" or "from" or "by" or "with").FirstOrDefault() is { } first
            && (QuestionTypeReader.IsQuestionWord(first) || WordLists.YesNoOpeners.Contains(first))
            && !Qualifies(clauses[^2]))
        {
            return (string.Join(". ", sentences.SkipLast(1).Append(string.Join(", ", clauses.SkipLast(1)))), clauses[^1]);
        }

        return sentences.Count >= 2 ? (sentences[^2], sentences[^1]) : null;
    }

    /// <summary>Whether <paramref name="words"/> are a remark about the reader ("i need to write a summary", "my glasses
    /// are in the other room"), not "i mean Abkhazia", which says what was asked.</summary>
    public static bool IsReadersRemark(IReadOnlyList<string> words) =>
        words.Count > 0 && ReadersOwn.Contains(words[0]) && (words.Count == 1 || words[1] is not ("mean" or "meant"));

    // How a remark about the reader opens: "my glasses are in the other room", "i missed the name".
    private static readonly HashSet<string> ReadersOwn = new(StringComparer.Ordinal) { "i", "i'm", "im", "i've", "ive", "i'd", "my", "we", "we're", "our" };

    // Not the point of a capital initial: "S. Ossetia", "L. Tibilov", "U.S." end no sentence.
    [GeneratedRegex(@"(?<!(?:^|[\s(.])\p{Lu})(?:(?<!\d)\.|\.(?!\d))|[!?:;\n]")]
    private static partial Regex SentenceEnd();

    // "per capita, how much is it?", "compared to Crimea, how big is the pledge?", "in Georgian media, how was it
    // described?": a clause that opens with a preposition and says something qualifies the question after it ("in
    // short, who signed?" says nothing).
    // "in my class we're comparing the two deals, what amount ...": a clause with the reader as its subject is their story.
    private static bool Qualifies(string clause) =>
        Tokenizer.Tokenize(clause) is [var opening, .. var rest]
        && !rest.Any(w => w is "i" or "i'm" or "im" or "we" or "we're" or "i've" or "we've")
        && opening is "in" or "per" or "compared" or "relative" or "adjusted" or "apart" or "besides" or "except" or "excluding"
            or "including" or "without" or "after" or "before" or "since" or "during" or "under" or "beyond" or "against" or "versus" or "vs"
        && rest.Any(w => !WordLists.StopWords.Contains(w) && !WordLists.Filler.Contains(w));

    [GeneratedRegex(@"(?<!\S)[2-4][.)]\s+(?=\p{L})")]
    private static partial Regex Listed();

    // A question mark followed by more text, "and"/"also"/";" before a new question word (a chat's "+" reads as "and",
    // see ReaderPhrasing.WithChatSignsRead), or the number of a list's item ("1) who signed it 2) when").
    [GeneratedRegex(@"(?:^|\s+)[1-4][.)]\s+(?=\p{L})|\?+\s+(?=\S)|\s+[-–—]\s+(?=(?:who|whom|whose|when|where|why|how|what|which|did|does|do|is|are|was|were)\b)|[;,]?\s+(?:and|also|plus|&)\s+(?:also\s+)?(?=(?:(?:on|in|at|to|for|from|with|by)\s+)?(?:who|whom|whose|when|where|why|how|what|which|did|does|do|is|are|was|were)(?:'?s)?\b)|;\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();
}
