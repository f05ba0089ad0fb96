using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

/// <summary>What kinds of fact an intent's answer and citations state: "how many troops?" cannot be answered by a text without a number.</summary>
internal readonly partial record struct AnswerFacts(bool HasNumber, bool HasYear, bool HasDate)
{
    public static AnswerFacts Read(string text) => new(text.Any(char.IsDigit), Year().IsMatch(text), Year().IsMatch(text) || DateWord().IsMatch(text));

    /// <summary>True when an answer with these facts cannot answer a question of <paramref name="type"/>.</summary>
    public bool CannotAnswer(QuestionType type) => type switch
    {
        QuestionType.Quantity => !HasNumber,
        QuestionType.Year => !HasYear,
        QuestionType.Time => !HasDate,
        _ => false,
    };

    // A "when" needs a calendar answer: a month, a day, the eve, or months/years relative to an event ("four months after").
    [GeneratedRegex(@"\b(january|february|march|april|may|june|july|august|september|october|november|december|eve|day|days|months?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateWord();

    [GeneratedRegex(@"\b(1[89]|20)\d\d\b")]
    private static partial Regex Year();
}
