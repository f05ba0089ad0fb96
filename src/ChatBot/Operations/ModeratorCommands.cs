using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using Microsoft.Extensions.Logging;

namespace ChatBot.Operations;

/// <summary>Runs /reload and /stats for moderators; everyone else gets a polite refusal and nothing changes.</summary>
internal sealed class ModeratorCommands(ModeratorList moderators, KnowledgeReloader reloader, DailyStats stats, ILogger<ModeratorCommands> logger)
{
    public async ValueTask<Answer> RunAsync(ConversationKey conversation, ModeratorCommand command, string name, string question, CancellationToken cancellationToken)
    {
        if (!moderators.Contains(conversation))
        {
            logger.LogInformation("Refused {Command} from someone who is not a moderator on {Platform}", name, conversation.Platform);
            return Reply(question, $"Sorry, {name} is only for the bot's moderators. Ask me anything about the article instead.");
        }

        logger.LogInformation("Moderator command {Command} on {Platform}", name, conversation.Platform);
        return command switch
        {
            ModeratorCommand.Reload => Reply(question, (await reloader.ReloadAsync($"{name} by a moderator", cancellationToken)).Describe()),
            ModeratorCommand.Stats => Reply(question, await StatsAsync(cancellationToken)),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Unknown moderator command"),
        };
    }

    private async Task<string> StatsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await stats.DescribeTodayAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Reading the question log for /stats failed");
            return "Stats are unavailable right now: the question log could not be read (the bot's log has the details).";
        }
    }

    private static Answer Reply(string question, string text) => new(question, AnswerKind.SmallTalk, text, 1.0, null, [], []);
}
