using System.Text.RegularExpressions;

namespace ChatBot.Core.Answers;

/// <summary>Splits a multi-part question ("Who signed it and when?") into its parts.</summary>
internal static partial class QuestionSplitter
{
    public static IReadOnlyList<string> Split(string question)
    {
        var parts = Separator().Split(question)
            .Select(p => p.Trim(' ', ',', ';', '?', '.', '!'))
            .Where(p => p.Length > 0)
            .ToList();
        return parts.Count is > 1 and <= 4 ? parts : [question];
    }

    // A question mark followed by more text, or "and"/"also"/";" before a new question word.
    [GeneratedRegex(@"\?+\s+(?=\S)|[;,]?\s+(?:and|also|plus|&)\s+(?:also\s+)?(?=(?:(?:on|in|at|to|for|from|with|by)\s+)?(?:who|whom|whose|when|where|why|how|what|which|did|does|do|is|are|was|were)\b)|;\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();
}
