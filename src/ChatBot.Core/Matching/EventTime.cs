namespace ChatBot.Core.Matching;

/// <summary>
/// "What happened in August 2008?" asks for an event at a time. An answer that names the time only as a label ("the
/// agreements of August 2008") says nothing of what happened then; one that says something happened then ("signed on
/// March 18", "allocated in 2016", "by the end of 2017") or does not name the time at all is left to the words.
/// </summary>
internal static class EventTime
{
    private static readonly HashSet<string> HappenWords = new(StringComparer.Ordinal)
    {
        "happen", "happened", "happens", "happening", "occur", "occurred", "occurs",
    };

    // Words that make the time that follows them the time of an event.
    private static readonly HashSet<string> EventPrepositions = new(StringComparer.Ordinal)
    {
        "on", "in", "by", "since", "until", "till", "from", "during", "after", "before", "between", "to", "at", "through", "for",
    };

    // "the end of 2017": a part of a period is a time, not a label.
    private static readonly HashSet<string> PeriodParts = new(StringComparer.Ordinal) { "end", "beginning", "start", "middle", "spring", "summer", "autumn", "fall", "winter" };

    /// <summary>
    /// The months and years a question asks what happened in; empty when it asks no such thing. "Did the signing happen
    /// in April?" checks a date, which the answer giving the date settles.
    /// </summary>
    public static IReadOnlyList<string> Asked(IReadOnlyList<string> words) =>
        words.Any(HappenWords.Contains) && words.Any(w => w is "what" or "whats" or "wat") && !words.Any(w => w is "will" or "next")
            ? words.Where(IsTime).Distinct().ToList()
            : [];

    /// <summary>
    /// The months and years <paramref name="text"/> names only as a label ("the agreements of August 2008"), never as
    /// the time something happened ("signed on March 18", "scheduled for June 30", "by the end of 2017").
    /// </summary>
    public static IReadOnlySet<string> OnlyLabels(string text)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var events = new HashSet<string>(StringComparer.Ordinal);
        var words = Tokenizer.Tokenize(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsTime(words[i]))
            {
                continue;
            }

            // Back over the rest of the date ("17 18 march", "march 18"), then read the word that governs it.
            var at = i - 1;
            while (at >= 0 && (IsTime(words[at]) || words[at].All(char.IsDigit)))
            {
                at--;
            }

            var governing = at >= 0 ? words[at] : string.Empty;
            var ofAPeriodPart = governing == "of" && at > 0 && PeriodParts.Contains(words[at - 1]);
            (EventPrepositions.Contains(governing) || ofAPeriodPart ? events : labels).Add(words[i]);
        }

        labels.ExceptWith(events);
        // Most answers label no time: one shared empty set keeps 10,000 intents from holding 10,000 of them.
        return labels.Count == 0 ? NoTimes : labels;
    }

    private static readonly IReadOnlySet<string> NoTimes = new HashSet<string>(StringComparer.Ordinal);

    private static bool IsTime(string word) => QuestionTypeReader.Months.Contains(word) || QuestionTypeReader.IsYear(word);
}
