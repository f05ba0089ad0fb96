using ChatBot.Cli;
using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Core.Intents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Hosting;

/// <summary>
/// Holds the engine in force. At start it loads what is valid and logs each rejected intent with file:line,
/// so a broken edit never takes the bot down; <see cref="TryReload"/> swaps in new knowledge only when it is error-free.
/// </summary>
public sealed class EngineHolder : IEngineSource
{
    private readonly ILogger<EngineHolder> _logger;
    private readonly string _intents;
    private readonly string _seeds;
    private AnswerEngine _current;

    /// <summary>Loads the knowledge named by <paramref name="settings"/>.</summary>
    public EngineHolder(IOptions<KnowledgeSettings> settings, ILogger<EngineHolder> logger)
    {
        _logger = logger;
        _intents = KnowledgePaths.Resolve(settings.Value.IntentsPath);
        _seeds = KnowledgePaths.Resolve(settings.Value.SeedsPath);
        var result = KnowledgeLoader.Load(_intents, _seeds);
        LogIssues(result);
        _current = new AnswerEngine(result.Knowledge);
        _logger.LogInformation("Loaded {Intents} intents from {Folder}", result.Knowledge.Intents.Count, _intents);
    }

    /// <inheritdoc/>
    public AnswerEngine Current => Volatile.Read(ref _current);

    /// <summary>Reloads from disk; keeps the current engine and returns the issues when the new files have errors.</summary>
    public IReadOnlyList<ValidationIssue> TryReload()
    {
        var result = KnowledgeLoader.Load(_intents, _seeds);
        LogIssues(result);
        if (!result.HasErrors)
        {
            Volatile.Write(ref _current, new AnswerEngine(result.Knowledge));
            _logger.LogInformation("Reloaded {Intents} intents", result.Knowledge.Intents.Count);
        }
        else
        {
            _logger.LogWarning("Reload rejected: the intent files have errors; still serving the last good version");
        }

        return result.Issues;
    }

    private void LogIssues(LoadResult result)
    {
        foreach (var issue in result.Issues)
        {
            _logger.Log(issue.Severity == IssueSeverity.Error ? LogLevel.Error : LogLevel.Warning, "{Issue}", issue.ToString());
        }
    }
}
