using ChatBot.Core.Intents;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answers;

/// <summary>Builds the platform-neutral replies: facts with citations, small talk, "did you mean", and declines.</summary>
internal static class AnswerComposer
{
    public const string DeclineText = "Sorry, the article doesn't say.";
    public const string DidYouMeanText = "I'm not sure what you're asking. Did you mean one of these?";
    public const string EmptyText = "Ask me anything about the article, for example:";

    public static Answer FromIntent(string question, ScoredIntent match) => match.Intent.Kind == IntentKind.SmallTalk
        ? new Answer(question, AnswerKind.SmallTalk, match.Intent.Answer, match.Confidence, match.Intent.Id, [], [])
        : new Answer(question, AnswerKind.Answered, match.Intent.Answer, match.Confidence, match.Intent.Id, match.Intent.Citations, []);

    public static Answer Combined(string question, IReadOnlyList<ScoredIntent> parts) => new(
        question,
        AnswerKind.Answered,
        string.Join(' ', parts.Select(p => p.Intent.Answer)),
        parts.Min(p => p.Confidence),
        parts[0].Intent.Id,
        parts.SelectMany(p => p.Intent.Citations).Distinct().ToList(),
        []);

    /// <summary>
    /// The answers to the parts of a message the article answers, then what it does not say: each open part quoted as the
    /// reader wrote it (never trusted: adapters escape all text), or "the rest" when a part was read from other words.
    /// </summary>
    public static Answer Partial(string question, IReadOnlyList<ScoredIntent> parts, IReadOnlyList<string?> unanswered)
    {
        var answered = Combined(question, parts);
        var notSaid = unanswered.All(p => p is not null)
            ? $"As for {string.Join(" and ", unanswered.Select(p => $"\"{p}\""))}: the article doesn't say."
            : "As for the rest of your question: the article doesn't say.";
        return answered with { Text = $"{answered.Text} {notSaid}" };
    }

    public static Answer DidYouMean(string question, double confidence, IReadOnlyList<Suggestion> suggestions) =>
        new(question, AnswerKind.DidYouMean, DidYouMeanText, confidence, null, [], suggestions);

    public static Answer Declined(string question, double confidence, IReadOnlyList<Suggestion> suggestions, string text = DeclineText) =>
        new(question, AnswerKind.Declined, suggestions.Count > 0 && text == DeclineText ? $"{text} You could ask:" : text, confidence, null, [], suggestions);

    public static Suggestion Suggest(Intent intent) => new(intent.Id, intent.SuggestQuestion);
}
