using System.Collections.Concurrent;
using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Core.Knowledge;

namespace ChatBot.Discord.Tests.Support;

/// <summary>
/// A fake <see cref="IAnswerService"/> for the cases the real engine cannot stage: records every question, answers from a
/// script (falling back to the real engine), and can hold answers until released to simulate a slow engine.
/// </summary>
public sealed class ScriptedAnswers(IAnswerService inner) : IAnswerService
{
    private readonly ConcurrentDictionary<string, Answer> _scripted = new();
    private TaskCompletionSource? _gate;

    public AsyncLog<(ConversationKey Conversation, string Question)> Questions { get; } = new();

    public IReadOnlyList<SourceDocument> Sources => inner.Sources;

    public void Script(string question, Answer answer) => _scripted[question] = answer;

    /// <summary>From now on every answer waits until <see cref="Release"/>.</summary>
    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate?.TrySetResult();

    public async ValueTask<Answer> AskAsync(ConversationKey conversation, string question, CancellationToken cancellationToken = default)
    {
        Questions.Add((conversation, question));
        if (_gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        return _scripted.TryGetValue(question, out var answer) ? answer : await inner.AskAsync(conversation, question, cancellationToken);
    }
}
