using System.Text.RegularExpressions;

namespace ChatBot.Core.Answers;

/// <summary>
/// Chat questions often check a fact as a statement: "the treaty is for 10 years, right?", "it was signed march 17
/// yeah?", "Tibilov, is he a Georgian minister?". Read as the yes/no question they are ("is the treaty for 10
/// years?"), so the checked value is read as a guess the answer corrects.
/// </summary>
internal static partial class TagQuestion
{
    /// <summary>The yes/no question a tagged statement asks, or the text unchanged.</summary>
    public static string AsQuestion(string text)
    {
        if (Dislocated().Match(text) is { Success: true } d)
        {
            return $"{d.Groups["aux"].Value} {d.Groups["name"].Value} {d.Groups["rest"].Value}";
        }

        if (Tagged().Match(text) is { Success: true } t)
        {
            var (subject, aux) = t.Groups["contracted"].Success
                ? (t.Groups["contracted"].Value.StartsWith("that", StringComparison.OrdinalIgnoreCase) ? "that" : "it", "is")
                : (t.Groups["subj"].Value, t.Groups["aux"].Value);
            return $"{aux} {subject} {t.Groups["rest"].Value.TrimEnd(' ', ',')}?";
        }

        return text;
    }

    // "Tibilov, is he a Georgian minister?"
    [GeneratedRegex(@"^\s*(?<name>[\p{L}][\p{L}\s'-]{1,40}?)\s*,\s*(?<aux>is|was)\s+(?:he|she|it|that)\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Dislocated();

    // "abkhazia is an independent country, right?", "its called the X treaty right?", "next round is in august right?"
    [GeneratedRegex(@"^\s*(?:(?<contracted>it's|its|that's|thats)\s+|(?<subj>(?:[\p{L}][\p{L}'-]*\s+){0,4}?[\p{L}][\p{L}'-]*)\s+(?<aux>is|was|are|were)\s+)(?<rest>.+?)[\s,]*(?:right|yeah|yes|correct|true|innit|eh|no)\s*\?*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Tagged();
}
