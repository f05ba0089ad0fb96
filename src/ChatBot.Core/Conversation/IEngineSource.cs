using ChatBot.Core.Answers;

namespace ChatBot.Core.Conversation;

/// <summary>Supplies the engine in force; a reload swaps it without interrupting questions being answered.</summary>
public interface IEngineSource
{
    /// <summary>The current engine (the last good knowledge).</summary>
    AnswerEngine Current { get; }
}
