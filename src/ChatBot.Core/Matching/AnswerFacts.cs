using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

/// <summary>What kinds of fact an intent's answer and citations state: "how many troops?" cannot be answered by a text without a number.</summary>
internal readonly partial record struct AnswerFacts(bool HasNumber, bool HasYear, bool HasDate, bool HasClockTime)
{
    public static AnswerFacts Read(string text) =>
        new(text.Any(char.IsDigit) || NumberWord().IsMatch(text), Year().IsMatch(text), Year().IsMatch(text) || DateWord().IsMatch(text), ClockTime().IsMatch(text));

    /// <summary>True for a number written as a word ("four", "billion").</summary>
    public static bool IsNumberWord(string word) => NumberWord().IsMatch(word) && NumberWord().Match(word).Length == word.Length;

    /// <summary>True when an answer with these facts cannot answer a question of <paramref name="type"/>.</summary>
    public bool CannotAnswer(QuestionType type) => type switch
    {
        QuestionType.Quantity => !HasNumber,
        QuestionType.Year => !HasYear,
        QuestionType.Time or QuestionType.FutureTime => !HasDate,
        QuestionType.Clock => !HasClockTime,
        _ => false,
    };

    // A "when" needs a calendar answer: a month, a day, the eve, or months/years relative to an event ("four months after").
    [GeneratedRegex(@"\b(january|february|march|april|may|june|july|august|september|october|november|december|eve|day|days|months?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateWord();

    [GeneratedRegex(@"\b\d{1,2}[:.]\d\d\b|\b(a\.m|p\.m|am|pm|o'clock|noon|midnight|morning|afternoon|evening|night)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    // "four months", "one year": a number spelled out is still a number.
    [GeneratedRegex(@"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|million|billion|dozen|half)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"\b(1[89]|20)\d\d\b")]
    private static partial Regex Year();
}
