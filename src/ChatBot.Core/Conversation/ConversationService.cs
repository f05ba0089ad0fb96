using System.Collections.Concurrent;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Conversation;

/// <summary>Answers questions and remembers each conversation's last answered question for follow-ups, expiring it on the injected clock.</summary>
public sealed class ConversationService(IEngineSource engines, TimeProvider time, ConversationOptions options) : IAnswerService
{
    private readonly ConcurrentDictionary<ConversationKey, (ConversationTurn Turn, DateTimeOffset At)> _turns = new();

    /// <inheritdoc/>
    public IReadOnlyList<SourceDocument> Sources => engines.Current.Knowledge.Documents.Documents;

    /// <inheritdoc/>
    public ValueTask<Answer> AskAsync(ConversationKey conversation, string question, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = time.GetUtcNow();
        ConversationTurn? previous = null;
        if (_turns.TryGetValue(conversation, out var entry) && now - entry.At <= options.ContextLifetime)
        {
            previous = entry.Turn;
        }

        var answer = engines.Current.Ask(question, previous);
        if (answer.IntentId is not null && answer.Kind == AnswerKind.Answered)
        {
            // Only what the engine reads of it: a huge question must not sit in memory for the context's lifetime.
            Remember(conversation, engines.Current.NextTurn(question, answer, previous), now);
        }

        return ValueTask.FromResult(answer);
    }

    private void Remember(ConversationKey conversation, ConversationTurn turn, DateTimeOffset now)
    {
        _turns[conversation] = (turn, now);
        if (_turns.Count > options.MaxConversations)
        {
            foreach (var stale in _turns.Where(t => now - t.Value.At > options.ContextLifetime).Select(t => t.Key).ToList())
            {
                _turns.TryRemove(stale, out _);
            }

            while (_turns.Count > options.MaxConversations && _turns.MinBy(t => t.Value.At) is { Key: var oldest })
            {
                _turns.TryRemove(oldest, out _);
            }
        }
    }
}
