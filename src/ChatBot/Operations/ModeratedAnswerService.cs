using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Core.Knowledge;
using ChatBot.Moderation.Log;
using Microsoft.Extensions.Logging;

namespace ChatBot.Operations;

/// <summary>
/// Wraps the conversation service: moderator commands (/reload, /stats, also with "!") are handled here; every other
/// question goes to the inner service, then is measured and queued for the question log. Measuring and logging are
/// isolated: if they fail the failure is logged and the reply goes out unchanged.
/// </summary>
internal sealed class ModeratedAnswerService(
    IAnswerService inner,
    ModeratorCommands commands,
    AnswerMetrics metrics,
    QuestionRecorder recorder,
    TimeProvider time,
    ILogger<ModeratedAnswerService> logger) : IAnswerService
{
    /// <summary>The wrapped service (for checks of the wiring).</summary>
    public IAnswerService Inner => inner;

    /// <inheritdoc/>
    public IReadOnlyList<SourceDocument> Sources => inner.Sources;

    /// <inheritdoc/>
    public async ValueTask<Answer> AskAsync(ConversationKey conversation, string question, CancellationToken cancellationToken = default)
    {
        if (ModeratorCommandText.TryParse(question, out var command, out var name))
        {
            return await commands.RunAsync(conversation, command, name, question, cancellationToken);
        }

        var started = time.GetTimestamp();
        var answer = await inner.AskAsync(conversation, question, cancellationToken);
        var elapsed = time.GetElapsedTime(started);

        Isolated("metrics", () => metrics.Record(conversation.Platform, answer.Kind, elapsed));
        Isolated("the question log", () => recorder.Enqueue(ToRecord(conversation, question, answer)));
        return answer;
    }

    // The question as asked: secrets are taken out on the way into storage (RedactingQuestionLog).
    private QuestionRecord ToRecord(ConversationKey conversation, string question, Answer answer) => new(
        time.GetUtcNow(),
        conversation.Platform,
        UserHashing.Hash(conversation.Platform, conversation.UserId),
        answer.Kind,
        answer.Confidence,
        answer.IntentId,
        answer.Kind is AnswerKind.Answered or AnswerKind.SmallTalk ? answer.IntentId : answer.Suggestions.FirstOrDefault()?.IntentId,
        question);

    private void Isolated(string what, Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Recording {What} failed; the reply is not affected", what);
        }
    }
}
