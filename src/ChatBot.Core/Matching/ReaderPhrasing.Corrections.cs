using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

/// <summary>
/// A chat writer's correction of their own typo, the way chats mark it: "who signed the treat *treaty", "what's the team
/// of the deal\n*term", "psakis roll, role*". The starred word takes the place of the word it corrects (see <see cref="Plain"/>).
/// </summary>
internal static partial class ReaderPhrasing
{
    // FuzzySharp's ratio from which a starred word is a correction of a word before it ("treat" and "treaty" 91, "roll"
    // and "role" 75; "the" and "term" 57). A starred word like no other is the writer's emphasis ("signed *where*?").
    private const int CorrectedWordSimilarity = 60;

    /// <summary><paramref name="folded"/> with the word a closing starred word corrects replaced by it.</summary>
    public static string WithSelfCorrection(string folded)
    {
        if (!folded.Contains('*') || StarredCorrection().Match(folded) is not { Success: true } starred)
        {
            return folded;
        }

        var correction = starred.Groups["word"].Value;
        var before = folded[..starred.Index];
        var end = starred.Groups["end"].Value;
        Match? corrected = null;
        var closest = CorrectedWordSimilarity - 1;
        foreach (Match word in Word().Matches(before))
        {
            // The later of two equally close words: a correction follows its typo closely.
            var similarity = FuzzySharp.Fuzz.Ratio(word.Value.ToLowerInvariant(), correction.ToLowerInvariant());
            if (similarity >= closest)
            {
                (corrected, closest) = (word, similarity);
            }
        }

        return corrected is null
            ? $"{before.TrimEnd()} {correction}{end}"
            : $"{before[..corrected.Index]}{correction}{before[(corrected.Index + corrected.Length)..].TrimEnd()}{end}";
    }

    // The message's last word, starred before or after: "*treaty", "treaty*", "*treaty*", with any closing punctuation.
    [GeneratedRegex(@"(?:(?<=^|[\s,;])\*(?<word>\p{L}[\p{L}'-]*)\*?|(?<=[\s,;])(?<word>\p{L}[\p{L}'-]*)\*)(?<end>[.!?]*)\s*$")]
    private static partial Regex StarredCorrection();

    [GeneratedRegex(@"\p{L}[\p{L}'-]*")]
    private static partial Regex Word();
}
