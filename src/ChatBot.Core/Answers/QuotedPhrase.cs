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
        "implies", "explain", "article", "text", "story", "typo", "misspelling", "misspelled", "misspelt", "spelling",
        "spelled", "spelt", "paragraph", "first", "says", "say", "said", "word", "different", "mistake", "error", "written",
    };

    /// <summary>The one intent whose answer uses the words the question quotes and asks the meaning of, or null.</summary>
    /// <remarks>The moderator wrote the phrase into the answer ("the article also calls it the Republic of South Ossetia"): it explains it.</remarks>
    public static Intent? ExplainedBy(string question, IReadOnlyList<Intent> intents, TextAnalyzer analyzer) =>
        Find(question, analyzer, quote => intents.Where(i => i.Kind == IntentKind.Fact && Uses(TextFolding.FoldForSearch(i.Answer), quote)).ToList());

    /// <summary>
    /// The intent citing the words the question quotes and asks the meaning of: the only one, or the one citing fewest
    /// other sentences ("What did Georgia say?", not the overview citing it too); else null.
    /// </summary>
    public static Intent? CitedBy(string question, IReadOnlyList<Intent> intents, TextAnalyzer analyzer) =>
        Find(question, analyzer, quote => intents.Where(i => i.Kind == IntentKind.Fact && i.Citations.Any(c => Uses(TextFolding.FoldForSearch(c.Quote), quote)))
            .GroupBy(i => i.Citations.Count)
            .OrderBy(g => g.Key)
            .FirstOrDefault()?
            .ToList() ?? []);

    /// <summary>
    /// "who is 'Sokhumi' in 'pledged 9.2 billion rubles to Sokhumi'?" asks about the first quote; the second only says
    /// where it stands, and its words would pull the question towards the sentence: the question without it.
    /// </summary>
    public static string WithoutWhereItStands(string question)
    {
        var folded = TextFolding.Fold(question);
        var matches = Quoted().Matches(folded);
        return matches.Count == 2 && folded[(matches[0].Index + matches[0].Length)..matches[1].Index].Trim() is "in" or "in the sentence" or "in the line"
            ? folded[..(matches[0].Index + matches[0].Length)] + folded[(matches[1].Index + matches[1].Length)..]
            : question;
    }

    private static Intent? Find(string question, TextAnalyzer analyzer, Func<string, List<Intent>> candidates)
    {
        var folded = TextFolding.Fold(question);
        // "what does 'provocative' mean?" asks a dictionary's meaning of an everyday word, which the answer using it does
        // not give; a name ("Kremli") or a phrase of the article is another matter.
        // "it's the 'alliance and strategic partnership' treaty, right?" guesses this treaty's name (see QuestionReading):
        // the matcher's to settle, not the answer quoting another treaty's name.
        if (NameGuessed().IsMatch(folded))
        {
            return null;
        }

        var quotes = Quoted().Matches(folded).Select(m => m.Groups["q"].Value.Trim(' ', '.', ',', '?', '!').ToLowerInvariant())
            .Where(q => q.Length >= 3 && !EnglishWords.Contains(q)).ToList();
        if (quotes.Count == 0)
        {
            return null;
        }

        var outside = Quoted().Replace(folded, " ");
        // Besides asking what the quote means, a question may only use words of the answer it gets: "'Kremli', is that
        // where they signed?" to the answer saying where it was signed.
        // "how many troops are in 'the armed forces'?" asks a number, not what the words mean.
        var analyzedOutside = analyzer.Analyze(outside);
        var asked = analyzedOutside.Slots
            .Where(s => !s.IsFiller && !AboutMeaning.Contains(s.Word) && !quotes.Any(q => q.Contains(s.Word, StringComparison.Ordinal)))
            .ToList();
        if (asked.Count > 0 && analyzedOutside.Type is not (QuestionType.Open or QuestionType.Place))
        {
            return null;
        }

        // The longest quote first: "who is 'sokhumi' in 'pledged 9.2 billion rubles to sokhumi'?" is about the sentence.
        foreach (var quote in quotes.OrderByDescending(q => q.Length))
        {
            if (candidates(quote) is [var only] && (asked.Count == 0 || UsesOnlyWordsOf(only, asked, analyzer)))
            {
                return only;
            }
        }

        return null;
    }

    // The quote as whole words: "Kremli" is not in "Kremlin".
    private static bool Uses(string text, string quote)
    {
        for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            var end = at + quote.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UsesOnlyWordsOf(Intent intent, List<Slot> asked, TextAnalyzer analyzer)
    {
        var said = analyzer.AnalyzeCurated(string.Join(' ', intent.Citations.Select(c => c.Quote).Append(intent.Answer))).Slots
            .SelectMany(s => new[] { s.Surface, s.Key })
            .ToHashSet(StringComparer.Ordinal);
        return asked.All(s => said.Contains(s.Surface) || said.Contains(s.Key));
    }

    // "double quotes" anywhere; 'single quotes' only around words, so "what's" and "Georgia's" are no quotes.
    [GeneratedRegex("\"(?<q>[^\"]{3,})\"|(?<![\\w])'(?<q>[^']{3,}?)'(?![\\w])")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:it|this)(?:'s|\s+is|\s+was)?\s+(?:the|a|an)\s+['""“‘][^'""”’]+['""”’]\s+(?:treaty|agreement|pact|deal|accord)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NameGuessed();
}
