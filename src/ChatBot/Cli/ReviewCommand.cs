using System.CommandLine;
using System.Globalization;
using ChatBot.Core.Answers;
using ChatBot.Core.Intents;
using ChatBot.Moderation.Log;
using ChatBot.Moderation.Review;

namespace ChatBot.Cli;

/// <summary>
/// <c>review [--days N] [--data DIR]</c>: the moderators' inbox. Unanswered and low-confidence questions from the
/// question log, grouped by similarity, most frequent first, each with other wordings and the intent it came closest
/// to; then the intents that got thumbs-down.
/// </summary>
internal static class ReviewCommand
{
    private const int WordingsShown = 3;

    public static Command Create(CliContext context, KnowledgeOptions knowledge)
    {
        var days = new Option<int>("--days") { Description = "How many days back to look.", DefaultValueFactory = _ => 7 };
        var data = DataDirectoryOption.Create();
        var lowConfidence = new Option<double>("--low-confidence") { Description = "Answers below this confidence (0-1) are listed too.", DefaultValueFactory = _ => 0.8 };
        var similarity = new Option<int>("--similarity") { Description = "How alike (0-100, token set ratio) two wordings must be to count as one question.", DefaultValueFactory = _ => QuestionGrouper.DefaultThreshold };
        var command = new Command("review", "List the questions the bot could not answer well, grouped by similarity, and the answers people marked unhelpful.")
        {
            days, data, lowConfidence, similarity,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var period = result.GetValue(days);
            var threshold = result.GetValue(similarity);
            var below = result.GetValue(lowConfidence);
            if (period <= 0 || threshold is < 0 or > 100 || below is < 0 or > 1)
            {
                await context.Error.WriteLineAsync("--days must be positive, --similarity between 0 and 100, --low-confidence between 0 and 1.");
                return ExitCodes.UsageError;
            }

            var folder = DataDirectoryOption.Resolve(result, data, context);
            using var log = new SqliteQuestionLog(folder, TimeProvider.System);
            if (!File.Exists(log.FilePath))
            {
                await context.Error.WriteLineAsync($"There is no question log at {log.FilePath}: the bot has not recorded a question there yet. Give the bot's data directory with --data.");
                return ExitCodes.BadInput;
            }

            var since = TimeProvider.System.GetUtcNow().AddDays(-period);
            var questions = await log.ReadQuestionsAsync(since, cancellationToken);
            var feedback = await log.ReadFeedbackAsync(since, cancellationToken);
            var (intents, seeds) = knowledge.Get(result);
            var suggestions = KnowledgeLoader.Load(intents, seeds).Knowledge.Intents.ToDictionary(i => i.Id, i => i.SuggestQuestion, StringComparer.Ordinal);

            var unanswered = questions.Where(q => q.Unanswered).ToList();
            var unsure = questions.Where(q => q.Kind == AnswerKind.Answered && q.Confidence < below).ToList();
            var answered = questions.Count(q => q.Kind == AnswerKind.Answered);
            var share = questions.Count == 0 ? 0 : (double)answered / questions.Count;
            var output = context.Out;
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Last {period} day(s): {questions.Count} questions, {answered} answered ({share:P0}), {unanswered.Count} unanswered, {unsure.Count} answered with confidence below {below:0.##}."));
            await output.WriteLineAsync();
            PrintGroups(output, QuestionGrouper.Group(unanswered.Concat(unsure), threshold), suggestions);
            await output.WriteLineAsync();
            PrintFeedback(output, FeedbackSummary.ThumbsDown(feedback));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void PrintGroups(TextWriter output, IReadOnlyList<QuestionGroup> groups, IReadOnlyDictionary<string, string> suggestions)
    {
        if (groups.Count == 0)
        {
            output.WriteLine("Unanswered and low-confidence questions: none.");
            return;
        }

        output.WriteLine("Unanswered and low-confidence questions, most frequent first:");
        foreach (var group in groups)
        {
            output.WriteLine();
            output.WriteLine($"{group.Count,4} x \"{group.Representative}\"");
            if (group.OtherWordings.Count > 0)
            {
                var more = group.OtherWordings.Count > WordingsShown ? $" (+{group.OtherWordings.Count - WordingsShown} more)" : string.Empty;
                output.WriteLine($"       also asked as: {string.Join(", ", group.OtherWordings.Take(WordingsShown).Select(w => $"\"{w}\""))}{more}");
            }

            var closest = group.ClosestIntentId switch
            {
                null => "no intent",
                { } id when suggestions.TryGetValue(id, out var question) => $"{id} (\"{question}\")",
                { } id => id,
            };
            output.WriteLine($"       came closest to: {closest}");
        }
    }

    private static void PrintFeedback(TextWriter output, IReadOnlyList<IntentFeedback> feedback)
    {
        if (feedback.Count == 0)
        {
            output.WriteLine("Thumbs-down feedback: none.");
            return;
        }

        output.WriteLine("Thumbs-down feedback, most first:");
        foreach (var intent in feedback)
        {
            output.WriteLine($"  {intent.IntentId}: {intent.Down} down, {intent.Up} up");
            foreach (var question in intent.DownQuestions.Take(WordingsShown))
            {
                output.WriteLine($"       \"{question}\"");
            }
        }
    }
}
