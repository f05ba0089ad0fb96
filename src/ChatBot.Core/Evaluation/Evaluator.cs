using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;

namespace ChatBot.Core.Evaluation;

/// <summary>Runs an evaluation set through an engine, replaying each case's conversation first.</summary>
public static class Evaluator
{
    /// <summary>Answers every case and collects the figures.</summary>
    /// <remarks>Conversations go through <see cref="ConversationService"/>, exactly as the chat adapters' do, each case in its own.</remarks>
    public static EvalReport Run(AnswerEngine engine, IEnumerable<EvalCase> cases)
    {
        var service = new ConversationService(new FixedEngineSource(engine), TimeProvider.System, new ConversationOptions());
        return new(cases.Select((c, i) => new EvalOutcome(c, AskInConversation(service, c, i))).ToList());
    }

    private static Answer AskInConversation(ConversationService service, EvalCase evalCase, int index)
    {
        var conversation = new ConversationKey("eval", index.ToString(System.Globalization.CultureInfo.InvariantCulture), "reader");
        foreach (var earlier in evalCase.Context)
        {
            service.AskAsync(conversation, earlier).AsTask().GetAwaiter().GetResult();
        }

        return service.AskAsync(conversation, evalCase.Question).AsTask().GetAwaiter().GetResult();
    }
}
