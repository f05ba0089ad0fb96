using System.Text.RegularExpressions;
using ChatBot.Core.Intents;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answers;

/// <summary>
/// "What does 'actual annexation' refer to?", "what's behind the 'positive trend towards stabilization'?": a reader
/// quoting the article asks what the quoted words mean, and the intent that uses or cites them says it. Only when the
/// rest of the question asks nothing but what they mean.
/// </summary>
internal static partial class QuotedPhrase
{
    // Words that ask what a quote means, and nothing else.
    private static readonly HashSet<string> AboutMeaning = new(StringComparer.Ordinal)
    {
        "mean", "means", "meant", "refer", "refers", "referring", "behind", "stand", "stands", "quote", "quoted", "phrase",
        "expression", "line", "clause", "sentence", "term", "wording", "talk", "talking", "signify", "signifies", "imply",
        "implies", "explain", "article", "text", "story",
    };

    /// <summary>The one intent whose answer uses the words the question quotes and asks the meaning of, or null.</summary>
    /// <remarks>The moderator wrote the phrase into the answer ("the article also calls it the Republic of South Ossetia"): it explains it.</remarks>
    public static Intent? ExplainedBy(string question, IReadOnlyList<Intent> intents, TextAnalyzer analyzer) =>
        Find(question, analyzer, quote => intents.Where(i => i.Kind == IntentKind.Fact && TextFolding.FoldForSearch(i.Answer).Contains(quote, StringComparison.Ordinal)).ToList());

    /// <summary>
    /// The intent citing the words the question quotes and asks the meaning of: the only one, or the one citing fewest
    /// other sentences ("What did Georgia say?", not the overview citing it too); else null.
    /// </summary>
    public static Intent? CitedBy(string question, IReadOnlyList<Intent> intents, TextAnalyzer analyzer) =>
        Find(question, analyzer, quote => intents.Where(i => i.Kind == IntentKind.Fact && i.Citations.Any(c => TextFolding.FoldForSearch(c.Quote).Contains(quote, StringComparison.Ordinal)))
            .GroupBy(i => i.Citations.Count)
            .OrderBy(g => g.Key)
            .FirstOrDefault()?
            .ToList() ?? []);

    private static Intent? Find(string question, TextAnalyzer analyzer, Func<string, List<Intent>> candidates)
    {
        var folded = TextFolding.Fold(question);
        var quotes = Quoted().Matches(folded).Select(m => m.Groups["q"].Value.Trim(' ', '.', ',', '?', '!').ToLowerInvariant()).Where(q => q.Length >= 3).ToList();
        if (quotes.Count == 0)
        {
            return null;
        }

        var outside = Quoted().Replace(folded, " ");
        var asksMeaning = analyzer.Analyze(outside).Slots.All(s => s.IsFiller || AboutMeaning.Contains(s.Word) || quotes.Any(q => q.Contains(s.Word, StringComparison.Ordinal)));
        if (!asksMeaning)
        {
            return null;
        }

        // The longest quote first: "who is 'sokhumi' in 'pledged 9.2 billion rubles to sokhumi'?" is about the sentence.
        foreach (var quote in quotes.OrderByDescending(q => q.Length))
        {
            if (candidates(quote) is [var only])
            {
                return only;
            }
        }

        return null;
    }

    // "double quotes" anywhere; 'single quotes' only around words, so "what's" and "Georgia's" are no quotes.
    [GeneratedRegex("\"(?<q>[^\"]{3,})\"|(?<![\\w])'(?<q>[^']{3,}?)'(?![\\w])")]
    private static partial Regex Quoted();
}
