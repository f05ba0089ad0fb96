using System.Collections.Concurrent;
using System.Threading.Channels;
using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Core.Knowledge;

namespace ChatBot.Telegram.Tests.Support;

/// <summary>Records every question the adapter passes to the core (awaitable), answering from a script or else the real engine.</summary>
public sealed class RecordingAnswerService(IAnswerService inner) : IAnswerService
{
    private readonly ConcurrentDictionary<string, Answer> _scripted = new();
    private readonly Channel<(ConversationKey Conversation, string Question)> _asked = Channel.CreateUnbounded<(ConversationKey, string)>();

    public IReadOnlyList<SourceDocument> Sources => inner.Sources;

    public void Script(string question, Answer answer) => _scripted[question] = answer;

    /// <summary>The next question the core was asked, with who asked it.</summary>
    public Task<(ConversationKey Conversation, string Question)> NextAsync() => _asked.Reader.ReadAsync().AsTask().WaitAsync(TestTimeouts.Step);

    public ValueTask<Answer> AskAsync(ConversationKey conversation, string question, CancellationToken cancellationToken = default)
    {
        _asked.Writer.TryWrite((conversation, question));
        return _scripted.TryGetValue(question, out var answer) ? ValueTask.FromResult(answer) : inner.AskAsync(conversation, question, cancellationToken);
    }
}
