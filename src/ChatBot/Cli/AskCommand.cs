using System.CommandLine;
using ChatBot.Core.Conversation;
using ChatBot.Core.Rendering;

namespace ChatBot.Cli;

/// <summary><c>ask "question"</c> prints the answer for a person; <c>ask --json</c> answers stdin lines as JSON lines.</summary>
internal static class AskCommand
{
    public static Command Create(CliContext context, KnowledgeOptions knowledge)
    {
        var question = new Argument<string?>("question") { Description = "The question to answer (omit with --json to read questions from standard input).", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Read questions from standard input, one per line, and write one JSON object per line." };
        var conversation = new Option<bool>("--conversation") { Description = "With --json: treat all lines as one conversation, so follow-ups refer to earlier lines." };
        var command = new Command("ask", "Answer a question about the article.") { question, json, conversation };
        command.SetAction(async (result, cancellationToken) =>
        {
            var (intents, seeds) = knowledge.Get(result);
            var engine = EngineFactory.Load(context, intents, seeds);
            if (engine is null)
            {
                return ExitCodes.InvalidKnowledge;
            }

            var text = result.GetValue(question);
            var asJson = result.GetValue(json);
            if (!asJson && string.IsNullOrWhiteSpace(text))
            {
                context.Error.WriteLine("Give a question, e.g. ask \"How much did Russia pledge?\", or use --json to read questions from standard input.");
                return ExitCodes.UsageError;
            }

            var service = new ConversationService(new FixedEngineSource(engine), TimeProvider.System, new ConversationOptions());
            var shared = result.GetValue(conversation);
            var lines = asJson && text is null ? ReadLines(context.In) : [text!];
            var number = 0;
            foreach (var line in lines)
            {
                var key = new ConversationKey("cli", "stdin", shared ? "0" : (number++).ToString(System.Globalization.CultureInfo.InvariantCulture));
                var answer = await service.AskAsync(key, line, cancellationToken);
                await context.Out.WriteLineAsync(asJson ? AnswerJson.Serialize(answer) : PlainTextRenderer.Render(answer));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
