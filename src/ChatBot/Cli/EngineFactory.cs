using ChatBot.Core.Answers;
using ChatBot.Core.Intents;

namespace ChatBot.Cli;

/// <summary>Loads knowledge for a verb, printing any problems; verbs that answer questions refuse to run on broken files.</summary>
internal static class EngineFactory
{
    public static AnswerEngine? Load(CliContext context, string intents, string seeds)
    {
        var result = KnowledgeLoader.Load(intents, seeds);
        if (!result.HasErrors)
        {
            return new AnswerEngine(result.Knowledge);
        }

        foreach (var issue in result.Issues)
        {
            context.Error.WriteLine(issue);
        }

        context.Error.WriteLine("The intent files have errors; run the 'validate' verb for details.");
        return null;
    }
}
