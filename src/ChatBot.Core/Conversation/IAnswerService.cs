using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Conversation;

/// <summary>
/// What every chat adapter talks to: answers a question within its conversation.
/// Never throws for a question, however odd; an exception means a bug.
/// </summary>
public interface IAnswerService
{
    /// <summary>The documents answers are drawn from (for /sources-style commands).</summary>
    IReadOnlyList<SourceDocument> Sources { get; }

    /// <summary>Answers <paramref name="question"/> for <paramref name="conversation"/>, using and updating its follow-up context.</summary>
    ValueTask<Answer> AskAsync(ConversationKey conversation, string question, CancellationToken cancellationToken = default);
}
