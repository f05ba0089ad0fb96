using ChatBot.Core.Answers;
using ChatBot.Moderation.Feedback;
using ChatBot.Moderation.Log;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Thumbs-up/down for answers: on only when the host registered an <see cref="IQuestionLog"/>. Remembers which question
/// each recent answer answered, under the keys a click can name: the reply's message id (<see cref="MessageKey"/>) or,
/// for interaction responses, the interaction's id (<see cref="InteractionKey"/>). A log that fails is logged (by
/// <see cref="FeedbackWriter"/>) and never reaches the user.
/// </summary>
internal sealed class FeedbackRecorder(ILogger<FeedbackRecorder> logger, IQuestionLog? log = null)
{
    private readonly AnsweredQuestions _answers = new();
    private readonly FeedbackWriter _writer = new(logger, log, "user");

    /// <summary>True when clicks can be recorded.</summary>
    public bool Enabled => _writer.Enabled;

    /// <summary>True when <paramref name="answer"/> gets 👍/👎 buttons: feedback is on and it states a fact from the article.</summary>
    public bool Offers(Answer answer) => Enabled && answer.Kind == AnswerKind.Answered && !string.IsNullOrEmpty(answer.IntentId);

    public static string MessageKey(string messageId) => "m:" + messageId;

    public static string InteractionKey(string interactionId) => "i:" + interactionId;

    /// <summary>Remembers that the reply at <paramref name="replyKey"/> answered <paramref name="question"/> (when it <see cref="Offers"/> feedback).</summary>
    public void Remember(string replyKey, string question, Answer answer)
    {
        if (Offers(answer))
        {
            _answers.Remember(replyKey, new AnsweredQuestion(question, answer.IntentId));
        }
    }

    /// <summary>The remembered answer under the first of <paramref name="replyKeys"/> that is known.</summary>
    public bool TryRecall(IEnumerable<string> replyKeys, out AnsweredQuestion answered)
    {
        foreach (var key in replyKeys)
        {
            if (_answers.TryRecall(key, out answered))
            {
                return true;
            }
        }

        answered = null!;
        return false;
    }

    /// <summary>Appends the click to the question log; returns false (after logging why) when the log failed.</summary>
    public Task<bool> RecordAsync(string platform, AnsweredQuestion answered, bool helpful, CancellationToken cancellationToken) =>
        _writer.RecordAsync(platform, answered, helpful, cancellationToken);
}
