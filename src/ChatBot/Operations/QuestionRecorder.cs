using System.Threading.Channels;
using ChatBot.Moderation.Log;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Operations;

/// <summary>
/// Takes questions off the reply path: <see cref="Enqueue"/> never blocks or throws, and one background writer puts them
/// in the <see cref="IQuestionLog"/>. A failing log is logged (once per failure streak) and never reaches a reply; when
/// the queue is full new questions are dropped and counted. Stopping the host writes what is still queued.
/// </summary>
internal sealed class QuestionRecorder : BackgroundService
{
    private const int Capacity = 10_000;

    private readonly IQuestionLog _log;
    private readonly ILogger<QuestionRecorder> _logger;
    private readonly Channel<QuestionRecord> _queue;
    private long _dropped;
    private int _failures;

    public QuestionRecorder(IQuestionLog log, ILogger<QuestionRecorder> logger)
    {
        _log = log;
        _logger = logger;
        _queue = Channel.CreateBounded<QuestionRecord>(
            new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true },
            _ => Interlocked.Increment(ref _dropped));
    }

    /// <summary>Queues <paramref name="question"/> for the log; returns false when it was not queued (host stopping).</summary>
    public bool Enqueue(QuestionRecord question) => _queue.Writer.TryWrite(question);

    /// <inheritdoc/>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        if (ExecuteTask is { } running)
        {
            try
            {
                await running.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Shutdown timed out: base.StopAsync cancels the writer.
            }
        }

        await base.StopAsync(cancellationToken);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Reads until StopAsync completes the queue, so what was asked before shutdown is still written.
        await foreach (var question in _queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            if (Interlocked.Exchange(ref _dropped, 0) is var dropped and > 0)
            {
                _logger.LogWarning("The question log fell behind: {Dropped} questions were not recorded", dropped);
            }

            await WriteAsync(question, stoppingToken);
        }
    }

    private async Task WriteAsync(QuestionRecord question, CancellationToken stoppingToken)
    {
        try
        {
            await _log.RecordQuestionAsync(question, stoppingToken);
            if (_failures > 0)
            {
                _logger.LogInformation("The question log works again after {Failures} failed writes", _failures);
                _failures = 0;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown ran out of time; the rest of the queue is lost.
        }
        catch (Exception ex)
        {
            if (_failures++ == 0)
            {
                _logger.LogError(ex, "Recording a question in the question log failed; replies are not affected and further failures are counted, not logged");
            }
        }
    }
}
