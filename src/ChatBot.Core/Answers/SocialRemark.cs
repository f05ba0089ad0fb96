using System.Text.RegularExpressions;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answers;

/// <summary>
/// Finds the greeting, thanks or farewell in a chat message that asks nothing: "Good morning, I'm a history teacher",
/// "gotta go pack, bye", "thanks, that's really helpful for my lesson", "thank u for the figures". The rest is the
/// reader talking about themselves, which no intent accounts for and which would otherwise sink the small talk.
/// </summary>
internal static partial class SocialRemark
{
    // Words that make the rest of a message a request, whatever punctuation it lacks: "hi, tell me who signed".
    private static readonly HashSet<string> RequestWords = new(StringComparer.Ordinal)
    {
        "tell", "explain", "give", "show", "summarize", "summarise", "describe", "list", "define", "wondering", "know",
    };

    /// <summary>
    /// The clauses that may carry the social part: the first and the last. None when the message asks something: a
    /// question mark, a question word or a request.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string message)
    {
        if (message.Contains('?'))
        {
            return [];
        }

        var clauses = ClauseEnd().Split(message).Select(c => c.Trim()).Where(c => c.Any(char.IsLetter)).ToList();
        return clauses.Count < 2 || clauses.Any(Requests) ? [] : [clauses[0], clauses[^1]];
    }

    /// <summary>The thanks of "thank u for the figures", "many thanks for your help": what is thanked for is no question.</summary>
    public static string? Thanks(string message) =>
        !message.Contains('?') && ThanksFor().Match(message) is { Success: true } thanks && !Requests(message[(thanks.Index + thanks.Length)..])
            ? thanks.Groups["thanks"].Value
            : null;

    private static bool Requests(string text) =>
        Tokenizer.Tokenize(text) is var words
        && (words.Any(w => QuestionTypeReader.IsQuestionWord(w) || RequestWords.Contains(w)) || (words.Count > 0 && WordLists.YesNoOpeners.Contains(words[0])));

    [GeneratedRegex(@"^\W*(?<thanks>(?:many\s+|big\s+)?(?:thanks|thank\s+(?:you|u|ya)|thx|ty)(?:\s+(?:so|very)\s+much)?)\s+for\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThanksFor();

    // Commas, semicolons, colons, sentence ends and dashes between words; a decimal point is no clause end.
    [GeneratedRegex(@"(?<!\d)[.](?!\d)|[,;:!]|\s[-–—]+\s")]
    private static partial Regex ClauseEnd();
}
