namespace ChatBot.Core.Matching;

/// <summary>Tuning of the matcher. Defaults were chosen on the evaluation set in tests/, never on intent examples.</summary>
public sealed record MatchOptions
{
    /// <summary>Confidence at or above which the bot states the intent's answer.</summary>
    public double AnswerThreshold { get; init; } = 0.65;

    /// <summary>Confidence at or above which the bot replies with small talk (greetings, thanks): no fact is at stake.</summary>
    public double SmallTalkThreshold { get; init; } = 0.6;

    /// <summary>
    /// A fact a little below <see cref="AnswerThreshold"/> is still answered when the question is all explained, of
    /// the intent's kind, and far ahead of every other intent (see <see cref="ClearLeadRatio"/>).
    /// </summary>
    public double ClearLeadThreshold { get; init; } = 0.6;

    /// <summary>How far ahead a clear lead is: the runner-up's confidence is at most this share of the best one's.</summary>
    public double ClearLeadRatio { get; init; } = 0.6;

    /// <summary>Confidence at or above which the bot offers "did you mean" instead of a plain decline.</summary>
    public double SuggestThreshold { get; init; } = 0.3;

    /// <summary>When the runner-up (an unrelated intent) scores within this ratio of the best, the bot asks instead of answering.</summary>
    public double AmbiguityRatio { get; init; } = 0.92;

    /// <summary>Share of a question's weight that must come from the query side when combining coverage (the rest from the example side).</summary>
    public double QueryCoverageShare { get; init; } = 0.6;

    /// <summary>Factor for each name the intent never mentions (a different entity: "Crimea" instead of "Abkhazia", "China").</summary>
    public double UnexplainedNameFactor { get; init; } = 0.3;

    /// <summary>Factor for each ordinary word the intent never mentions but the article or another intent uses ("troops", "new").</summary>
    public double UnexplainedCommonWordFactor { get; init; } = 0.6;

    /// <summary>Factor for each question word neither the intent nor the article knows ("population", "China").</summary>
    public double UnknownWordFactor { get; init; } = 0.6;

    /// <summary>Factor for a number the intent does not mention (a different year or amount).</summary>
    public double UnexplainedNumberFactor { get; init; } = 0.25;

    /// <summary>Factor when the question asks for a different kind of thing ("where" to a "when" intent).</summary>
    public double TypeMismatchFactor { get; init; } = 0.5;

    /// <summary>Weight of filler words ("please", "tell") relative to topic words.</summary>
    public double FillerWeight { get; init; } = 0.15;

    /// <summary>How many best lexical candidates get the full (explanation and type) check.</summary>
    public int Candidates { get; init; } = 12;
}
