namespace ChatBot.Core.Matching;

/// <summary>Reads the <see cref="QuestionType"/> from the first question word of a token list.</summary>
internal static class QuestionTypeReader
{
    private static readonly HashSet<string> TimeNouns = new(StringComparer.Ordinal) { "date", "day", "year", "month", "time", "dates", "days" };
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal) { "place", "city", "location", "venue", "building" };

    /// <summary>True for words that open a question of their own ("what did she say?" is not "and to Abkhazia?").</summary>
    public static bool IsQuestionWord(string word) => word is "who" or "whom" or "whose" or "who's" or "whos" or "when" or "when's"
        or "where" or "wheres" or "where's" or "why" or "how" or "what" or "which" or "whats" or "what's";

    public static QuestionType Read(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? words[i + 1] : string.Empty;
            switch (words[i])
            {
                case "who" or "whom" or "whose" or "who's" or "whos":
                    return QuestionType.Person;
                case "when" or "when's":
                    return QuestionType.Time;
                case "where" or "wheres" or "where's":
                    return QuestionType.Place;
                case "why":
                    return QuestionType.Reason;
                case "how" when next is "much" or "many":
                    return QuestionType.Quantity;
                case "how" when next is "long":
                    // "how long ago/before/after" asks when, not for how long.
                    return words.Skip(i + 2).Take(2).Any(w => w is "ago" or "before" or "after" or "earlier" or "later") ? QuestionType.Time : QuestionType.Duration;
                case "what" or "which" when next is "year":
                    return QuestionType.Year;
                case "what" or "which" when TimeNouns.Contains(next):
                    return QuestionType.Time;
                case "what" or "which" when PlaceNouns.Contains(next):
                    return QuestionType.Place;
                case "what" or "which" when next is "amount" or "sum":
                    return QuestionType.Quantity;
                case "how" when next is "was" or "were" or "did" or "does" or "do" or "is" or "are" or "will" or "would" or "can" or "could" or "has" or "have":
                    return QuestionType.Manner;
                case "how" or "what" or "which":
                    return QuestionType.Open;
            }
        }

        return QuestionType.Open;
    }
}
