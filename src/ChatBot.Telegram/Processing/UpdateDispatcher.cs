using System.Threading.Channels;
using ChatBot.Telegram.Options;
using ChatBot.Telegram.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Processing;

/// <summary>
/// Between receiving and replying: a bounded queue drained by a loop that runs each update once the previous update of
/// the same chat is done, with a cap on replies in progress. So receiving never waits on answer work, one chat keeps
/// its order, and a slow or failing chat does not hold up the others.
/// </summary>
internal sealed class UpdateDispatcher : IDisposable
{
    private readonly Channel<WorkItem> _queue;
    private readonly SemaphoreSlim _pendingSlots;
    private readonly SemaphoreSlim _running;
    private readonly Dictionary<string, Task> _chatTails = [];
    private readonly CancellationTokenSource _abort = new();
    private readonly UpdateHandler _handler;
    private readonly TimeProvider _time;
    private readonly TimeSpan _replyTimeout;
    private readonly TokenRedactor _redactor;
    private readonly ILogger<UpdateDispatcher> _logger;
    private Task _loop = Task.CompletedTask;

    public UpdateDispatcher(UpdateHandler handler, IOptions<TelegramOptions> options, TimeProvider time, TokenRedactor redactor, ILogger<UpdateDispatcher> logger)
    {
        _handler = handler;
        _redactor = redactor;
        _time = time;
        _logger = logger;
        _replyTimeout = options.Value.ReplyTimeout;
        _queue = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(options.Value.MaxPendingUpdates) { SingleReader = true });
        _pendingSlots = new SemaphoreSlim(options.Value.MaxPendingUpdates);
        _running = new SemaphoreSlim(options.Value.MaxConcurrentReplies);
    }

    public void Start() => _loop = Task.Run(LoopAsync);

    /// <summary>Queues an update; waits only when <c>MaxPendingUpdates</c> are already queued (back-pressure).</summary>
    public ValueTask EnqueueAsync(WorkItem item, CancellationToken cancellationToken) => _queue.Writer.WriteAsync(item, cancellationToken);

    /// <summary>
    /// Stops taking updates and waits for those already queued or in progress (graceful shutdown). When
    /// <paramref name="cancellationToken"/> fires first, the rest are abandoned unanswered: they are not marked handled,
    /// so a persisted offset still covers them.
    /// </summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await using var abort = cancellationToken.Register(_abort.Cancel);
        await _loop;
        Task[] tails;
        lock (_chatTails)
        {
            tails = [.. _chatTails.Values];
        }

        await Task.WhenAll(tails);
    }

    public void Dispose()
    {
        _abort.Dispose();
        _pendingSlots.Dispose();
        _running.Dispose();
    }

    private async Task LoopAsync()
    {
        try
        {
            await foreach (var item in _queue.Reader.ReadAllAsync(_abort.Token))
            {
                await _pendingSlots.WaitAsync(_abort.Token);
                var key = item.Update.OrderingKey;
                lock (_chatTails)
                {
                    var previous = _chatTails.GetValueOrDefault(key, Task.CompletedTask);
                    var task = RunAfterAsync(previous, item);
                    _chatTails[key] = task;
                    _ = task.ContinueWith(t => Forget(key, t), TaskScheduler.Default);
                }
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            _logger.LogWarning("Shutdown deadline reached; queued Telegram updates are left unanswered");
        }
    }

    private void Forget(string key, Task finished)
    {
        lock (_chatTails)
        {
            if (_chatTails.TryGetValue(key, out var tail) && tail == finished)
            {
                _chatTails.Remove(key);
            }
        }
    }

    // Never throws: a failed update is logged, so the next one of its chat still runs.
    private async Task RunAfterAsync(Task previous, WorkItem item)
    {
        try
        {
            // Off the dispatch loop at once: answer work must never run on it.
            await Task.Yield();
            await previous;
            await _running.WaitAsync(_abort.Token);
            try
            {
                using var timeout = new CancellationTokenSource(_replyTimeout, _time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(_abort.Token, timeout.Token);
                await _handler.HandleAsync(item.Update, linked.Token);
            }
            finally
            {
                _running.Release();
            }

            MarkHandled(item);
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            _logger.LogWarning("Update {UpdateId} abandoned at shutdown; it will be answered after a restart", item.Update.UpdateId);
        }
        catch (OperationCanceledException)
        {
            _logger.LogWarning("Update {UpdateId} took longer than {Timeout} and was given up", item.Update.UpdateId, _replyTimeout);
            MarkHandled(item);
        }
        catch (Exception ex)
        {
            // Marked handled all the same: an update that fails every time must not be replayed forever.
            _logger.LogError(_redactor.Redact(ex), "Failed to handle Telegram update {UpdateId}", item.Update.UpdateId);
            MarkHandled(item);
        }
        finally
        {
            _pendingSlots.Release();
        }
    }

    private void MarkHandled(WorkItem item)
    {
        try
        {
            item.OnHandled?.Invoke();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Could not record Telegram update {UpdateId} as handled", item.Update.UpdateId);
        }
    }
}
