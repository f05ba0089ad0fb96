using ChatBot.Core.Answers;

namespace ChatBot.Core.Intents;

/// <summary>A curated question with its answer and verbatim citations, as a moderator wrote it and the loader checked it.</summary>
public sealed record Intent(
    string Id,
    IntentKind Kind,
    IReadOnlyList<string> Examples,
    string Answer,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> Related,
    string SuggestQuestion,
    SourceLine Where)
{
    /// <summary>
    /// The answer names everyone or everything of its kind (all who signed, all who attended), so it also corrects a
    /// wrong guess: "Did Medvedev sign it?" is answered with who did. Set by moderators with <c>complete: yes</c>.
    /// </summary>
    public bool Complete { get; init; }

    /// <summary>
    /// Questions close to this intent's examples that its answer does not answer ("which NATO bases exactly?"), written
    /// by moderators: a reader's question closer to one of them than to any example is not answered by this intent.
    /// </summary>
    public IReadOnlyList<string> NearMisses { get; init; } = [];
}
