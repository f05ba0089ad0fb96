using System.CommandLine;
using ChatBot.Core.Answers;
using ChatBot.Core.Intents;
using ChatBot.Core.Rendering;

namespace ChatBot.Cli;

/// <summary><c>validate</c> checks the intent files against the article and lists the sentences no intent cites.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context, KnowledgeOptions knowledge)
    {
        var command = new Command("validate", "Check the intent files (errors name file:line) and report which article sentences no intent covers.");
        command.SetAction(result =>
        {
            var (intents, seeds) = knowledge.Get(result);
            var loaded = KnowledgeLoader.Load(intents, seeds);
            // The engine's own checks need the index: near misses it cannot tell from an example.
            foreach (var issue in loaded.Issues.Concat(new AnswerEngine(loaded.Knowledge).Warnings))
            {
                context.Out.WriteLine(issue);
            }

            var facts = loaded.Knowledge.Intents.Count(i => i.Kind == IntentKind.Fact);
            var examples = loaded.Knowledge.Intents.Sum(i => i.Examples.Count);
            var nearMisses = loaded.Knowledge.Intents.Sum(i => i.NearMisses.Count);
            context.Out.WriteLine($"{loaded.Knowledge.Intents.Count} intents ({facts} facts), {examples} example questions, {nearMisses} near misses, {loaded.Knowledge.Documents.Documents.Count} article(s).");
            if (loaded.Uncovered.Count == 0)
            {
                context.Out.WriteLine("Coverage: every article sentence is cited by at least one intent.");
            }
            else
            {
                context.Out.WriteLine($"Coverage: {loaded.Uncovered.Count} article sentence(s) no intent cites:");
                foreach (var (document, sentence) in loaded.Uncovered)
                {
                    context.Out.WriteLine($"  {document.Id}, {PlainTextRenderer.DescribeParagraph(sentence.Paragraph)}: \"{sentence.Text}\"");
                }
            }

            var errors = loaded.Issues.Count(i => i.Severity == IssueSeverity.Error);
            context.Out.WriteLine(errors == 0 ? "OK: no errors." : $"{errors} error(s): the bot ignores the intents they are in until they are fixed.");
            return errors == 0 ? ExitCodes.Success : ExitCodes.InvalidKnowledge;
        });
        return command;
    }
}
