namespace ChatBot.Core.Matching;

/// <summary>A question or example reduced to what matching needs.</summary>
internal sealed record AnalyzedText(IReadOnlyList<string> Words, QuestionType Type, IReadOnlyList<Slot> Slots)
{
    /// <summary>Keys of the slots written possessive ("Putin's title": "putin").</summary>
    public IReadOnlyList<string> Possessors { get; init; } = [];
}
