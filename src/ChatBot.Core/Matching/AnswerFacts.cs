using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

/// <summary>What kinds of fact an intent's answer and citations state: "how many troops?" cannot be answered by a text without a number.</summary>
internal readonly partial record struct AnswerFacts(bool HasNumber, bool HasYear, bool HasDate, bool HasClockTime, bool HasWords, bool OnlyScheduled)
{
    public static AnswerFacts Read(string text)
    {
        var year = Year().IsMatch(text);
        return new(text.Any(char.IsDigit) || NumberWord().IsMatch(text), year, year || DateWord().IsMatch(text), ClockTime().IsMatch(text), Speech().IsMatch(text), Scheduled().IsMatch(text))
        {
            HasCalendarDate = year || Month().IsMatch(text),
            OnlyPromised = Promised().IsMatch(text) && !Delivered().IsMatch(text),
        };
    }

    /// <summary>A day on the calendar ("March 18", "2016"), which "which day exactly?" asks for; "four months before" is none.</summary>
    public bool HasCalendarDate { get; init; }

    /// <summary>
    /// "1 billion rubles will be allocated", "Moscow has pledged 9.2 billion": a promise, of which the answer does not
    /// say whether it was kept.
    /// </summary>
    public bool OnlyPromised { get; init; }

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

    [GeneratedRegex(@"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Month();

    [GeneratedRegex(@"\b\d{1,2}[:.]\d\d\b|\b(a\.m|p\.m|am|pm|o'clock|noon|midnight|morning|afternoon|evening|night)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    // Someone's words reported: "Psaki said", "issued a statement", "expressed concern", "agreed to continue".
    [GeneratedRegex(@"\b(said|says|say|told|tell|stated|statements?|comments?|commented|called|calls|condemn\w*|warn\w*|noted|noting|express\w*|raised|mention\w*|declar\w*|announc\w*|urg\w*|critici[sz]\w*|argued|insist\w*|drawn|reacted|reaction|responded|response|replied|recogni[sz]e|agreed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Speech();

    // "four months", "one year": a number spelled out is still a number.
    [GeneratedRegex(@"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|million|billion|dozen|half)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    // "The next round is scheduled for June 30": an event still to come, of which nothing has happened yet.
    [GeneratedRegex(@"\b(scheduled|planned for|due to take place)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Scheduled();

    [GeneratedRegex(@"\b(?:will\s+be\s+(?:allocated|paid|given|transferred|provided)|pledged|promised)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Promised();

    [GeneratedRegex(@"\b(?:was|were|has\s+been|have\s+been)\s+(?:paid|transferred|disbursed|received|delivered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Delivered();

    [GeneratedRegex(@"\b(1[89]|20)\d\d\b")]
    private static partial Regex Year();
}
