using ChatBot.Core.Answers;

namespace ChatBot.Moderation.Log;

/// <summary>The words the question log and the metrics use for each <see cref="AnswerKind"/>; stable, since old rows keep them.</summary>
public static class KindNames
{
    /// <summary>"answered", "smalltalk", "didyoumean" or "declined".</summary>
    public static string ToName(AnswerKind kind) => kind switch
    {
        AnswerKind.Answered => "answered",
        AnswerKind.SmallTalk => "smalltalk",
        AnswerKind.DidYouMean => "didyoumean",
        AnswerKind.Declined => "declined",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown answer kind"),
    };

    /// <summary>The kind a stored word names, or null for a word this version does not know.</summary>
    public static AnswerKind? FromName(string name) => name switch
    {
        "answered" => AnswerKind.Answered,
        "smalltalk" => AnswerKind.SmallTalk,
        "didyoumean" => AnswerKind.DidYouMean,
        "declined" => AnswerKind.Declined,
        _ => null,
    };
}
