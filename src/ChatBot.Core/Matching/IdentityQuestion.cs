namespace ChatBot.Core.Matching;

/// <summary>
/// "What is the OSCE?", "who's Karasin?": a question that asks only who or what a name is. An answer that merely
/// mentions the name (the OSCE among the co-chairs) does not say what it is; only an intent whose examples ask that
/// same question about that name does.
/// </summary>
internal static class IdentityQuestion
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "ok", "okay", "so", "and", "hey", "sorry", "but", "um", "hmm", "though", "wait", "oh", "ah", "remind", "me" };
    private static readonly HashSet<string> Emphasis = new(StringComparer.Ordinal) { "exactly", "again", "actually", "really", "even", "now", "please", "pls", "quick", "question", "one", "context", "uninitiated", "article", "piece", "text", "anyway", "anyways" };
    private static readonly HashSet<string> Marker = new(StringComparer.Ordinal)
    {
        "who", "what", "whos", "whats", "is", "was", "are", "were", "the", "a", "an", "that", "this", "it", "here", "or",
    };

    // "in the pledge line", "in the sentence about the money": where the reader met the name, not more to ask.
    private static readonly HashSet<string> TextPlaces = new(StringComparer.Ordinal) { "sentence", "line", "paragraph", "passage", "quote", "bit", "part", "section" };

    /// <summary>
    /// The article names <paramref name="text"/> asks to identify; empty when it asks anything else. Any order of the
    /// same words: "who's Karasin?", "south ossetia is what exactly?", "tskhinvali, what's that?".
    /// </summary>
    public static IReadOnlyList<Slot> NamesAsked(AnalyzedText text, Func<Slot, bool> isArticleName)
    {
        var located = WhereInTheText(text.Words);
        var words = text.Words.Take(located).ToList();
        var slots = text.Slots.Where(s => words.Contains(s.Word)).ToList();
        var topic = slots.Where(s => !s.IsFiller).ToList();
        if (topic.Count is < 1 or > 2 || !topic.All(isArticleName)
            || slots.Any(s => s.IsFiller && !Emphasis.Contains(s.Word) && !Openers.Contains(s.Word)))
        {
            return [];
        }

        // The tokenizer drops "'s", so "who's Karasin" arrives as "who karasin". Nothing but the name may come with the
        // question words: "what was the NATO part about?" and "what's Crimea got to do with it?" ask more.
        var stopWords = words.Where((w, i) => WordLists.StopWords.Contains(w) && !AsidePreposition(words, i)).ToList();
        // "where is Geneva?" asks what it is as much: where on the map, which no answer naming it as a venue says.
        var asks = stopWords.Any(w => w is "who" or "what" or "whos" or "whats" or "where" or "wheres");
        // "what does the OSCE do?" asks what it is for, as "what is the OSCE?" does.
        var whatItDoes = stopWords.Count > 0 && stopWords[^1] == "do" && words[^1] == "do";
        return asks && stopWords.All(w => Marker.Contains(w) || Openers.Contains(w) || w is "where" or "wheres" || (whatItDoes && w is "do" or "does")) ? topic : [];
    }

    /// <summary>
    /// "Who is 'Sokhumi' in the pledge line?" without where the reader met the name ("Who is 'Sokhumi'?"), or null when
    /// the question says no place in the text.
    /// </summary>
    public static string? WithoutPlaceInText(string question)
    {
        // Asked of every question: most name no place in the text, and need no tokenizing to tell.
        if (!TextPlaces.Any(place => question.Contains(place, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var words = Tokenizer.Tokenize(question);
        var at = WhereInTheText(words);
        if (at == words.Count)
        {
            return null;
        }

        // The same word in the raw text: the tokenizer keeps the order, and "in" before the place is the one wanted.
        var match = System.Text.RegularExpressions.Regex.Matches(question, @"\bin\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            .FirstOrDefault(m => Tokenizer.Tokenize(question[..m.Index]).Count == at);
        return match is null ? null : question[..match.Index].TrimEnd(' ', ',') + "?";
    }

    // Where "in the pledge line" or "in the sentence about the pledge" starts, or the number of words when nothing
    // after the name says where in the text it stands.
    private static int WhereInTheText(IReadOnlyList<string> words)
    {
        for (var i = 1; i < words.Count - 1; i++)
        {
            if (words[i] == "in" && words.Skip(i + 1).Take(4).Any(TextPlaces.Contains))
            {
                return i;
            }
        }

        return words.Count;
    }

    // "in this context", "for the uninitiated": a preposition whose phrase is only an aside to the question.
    private static bool AsidePreposition(IReadOnlyList<string> words, int i)
    {
        if (words[i] is not ("in" or "for"))
        {
            return false;
        }

        var next = i + 1 < words.Count && words[i + 1] is "this" or "the" ? i + 2 : i + 1;
        return next < words.Count && Emphasis.Contains(words[next]);
    }
}
