using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;

namespace ChatBot.Core.Evaluation;

/// <summary>Runs an evaluation set through an engine, replaying each case's conversation first.</summary>
public static class Evaluator
{
    /// <summary>Answers every case and collects the figures.</summary>
    public static EvalReport Run(AnswerEngine engine, IEnumerable<EvalCase> cases) =>
        new(cases.Select(c => new EvalOutcome(c, AskInConversation(engine, c))).ToList());

    private static Answer AskInConversation(AnswerEngine engine, EvalCase evalCase)
    {
        ConversationTurn? previous = null;
        foreach (var earlier in evalCase.Context)
        {
            var answer = engine.Ask(earlier, previous);
            previous = answer.IntentId is { } id ? new ConversationTurn(earlier, id) : previous;
        }

        return engine.Ask(evalCase.Question, previous);
    }
}
