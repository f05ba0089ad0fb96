using System.Collections.Concurrent;
using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Core.Knowledge;

namespace ChatBot.Telegram.Tests.Support;

/// <summary>
/// A stand-in answer service for timing and hostile-text cases: echoes the question in the answer and a citation,
/// waits on a gate for questions starting with "slow", and throws for questions starting with "boom".
/// </summary>
public sealed class ScriptedAnswerService : IAnswerService
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _started = new();

    /// <summary>Opened by the test to let "slow" questions finish.</summary>
    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<SourceDocument> Sources { get; } =
        [new SourceDocument("article", "Title with <b>tags</b> & \"quotes\"", "by <i>Someone</i>", [])];

    /// <summary>Completes once the answer to <paramref name="question"/> has started.</summary>
    public Task Started(string question) => Signal(question).Task;

    public async ValueTask<Answer> AskAsync(ConversationKey conversation, string question, CancellationToken cancellationToken = default)
    {
        Signal(question).TrySetResult();
        if (question.StartsWith("slow", StringComparison.Ordinal))
        {
            await Gate.Task.WaitAsync(cancellationToken);
        }

        if (question.StartsWith("boom", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("scripted failure");
        }

        return new Answer(
            question,
            AnswerKind.Answered,
            $"You asked: {question}",
            1.0,
            "echo",
            [new Citation($"Quoted: {question}", 2, "article"), new Citation("Headline & more", 0, "article")],
            []);
    }

    private TaskCompletionSource Signal(string question) =>
        _started.GetOrAdd(question, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
