using ChatBot.Cli;
using ChatBot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Operations;

/// <summary>
/// Hot reload: watches the intents and seeds folders (*.yml, *.yaml, *.txt) and, once the files have been quiet for
/// <see cref="ModerationOptions.ReloadDebounce"/> on the injected clock, reloads through <see cref="KnowledgeReloader"/>.
/// A broken edit is rejected with file:line errors and the last good version keeps serving.
/// The watchers start inside <see cref="StartAsync"/> (not on a background loop) so no edit made after the host starts is missed.
/// </summary>
internal sealed class KnowledgeWatcher(
    IOptions<KnowledgeSettings> knowledge,
    IOptions<ModerationOptions> options,
    KnowledgeReloader reloader,
    TimeProvider time,
    ILogger<KnowledgeWatcher> logger) : IHostedService, IDisposable
{
    private static readonly string[] Patterns = ["*.yml", "*.yaml", "*.txt"];

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly CancellationTokenSource _stopping = new();
    private ITimer? _quiet;

    /// <summary>Raised for every file event the watcher sees, before the debounce (tests wait on it before moving the clock).</summary>
    public event Action<string>? ChangeSeen;

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.WatchKnowledge)
        {
            logger.LogInformation("Hot reload is off (Moderation:WatchKnowledge); moderators can use /reload");
            return Task.CompletedTask;
        }

        _quiet = time.CreateTimer(_ => _ = ReloadAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var folders = new[] { knowledge.Value.IntentsPath, knowledge.Value.SeedsPath }
            .Select(KnowledgePaths.Resolve)
            .Distinct(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                logger.LogWarning("Not watching {Folder} for edits: it does not exist", folder);
                continue;
            }

            var watcher = new FileSystemWatcher(folder)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
                IncludeSubdirectories = false,
            };
            foreach (var pattern in Patterns)
            {
                watcher.Filters.Add(pattern);
            }

            watcher.Changed += (_, e) => OnChange(e.FullPath);
            watcher.Created += (_, e) => OnChange(e.FullPath);
            watcher.Deleted += (_, e) => OnChange(e.FullPath);
            watcher.Renamed += (_, e) => OnChange(e.FullPath);
            watcher.Error += (_, e) =>
            {
                logger.LogWarning(e.GetException(), "Watching {Folder} missed events; reloading to be safe", folder);
                OnChange(folder);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
            logger.LogInformation("Watching {Folder} for edits", folder);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = false;
        }

        _quiet?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _quiet?.Dispose();
        _stopping.Dispose();
    }

    private void OnChange(string path)
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        // Every event pushes the reload back: a save that fires several events reloads once, after the last.
        _quiet?.Change(options.Value.ReloadDebounce, Timeout.InfiniteTimeSpan);
        ChangeSeen?.Invoke(path);
    }

    private async Task ReloadAsync()
    {
        try
        {
            var outcome = await reloader.ReloadAsync("Automatic reload after an edit", _stopping.Token);
            if (!outcome.Accepted)
            {
                foreach (var error in outcome.Errors)
                {
                    logger.LogError("Edit rejected: {Error}", error);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Hot reload failed; still serving the last good version");
        }
    }
}
