using System.Threading.Channels;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Messaging;

/// <summary>
/// Bounded channels between the receive loop and the workers. <see cref="Post"/> never waits: the gateway must keep
/// heartbeating however slow answers are. Each channel id maps to one partition, so one chat's events stay in order.
/// </summary>
internal sealed class DispatchQueue : IDispatchSink
{
    private readonly Channel<GatewayDispatch>[] _partitions;
    private readonly ILogger<DispatchQueue> _logger;

    public DispatchQueue(IOptions<DiscordOptions> options, ILogger<DispatchQueue> logger)
    {
        _logger = logger;
        _partitions = Enumerable.Range(0, options.Value.Workers)
            .Select(_ => Channel.CreateBounded<GatewayDispatch>(new BoundedChannelOptions(options.Value.QueueCapacity)
            {
                SingleReader = true,
                SingleWriter = true,
                FullMode = BoundedChannelFullMode.Wait,
            }))
            .ToArray();
    }

    /// <inheritdoc/>
    public void Post(GatewayDispatch dispatch)
    {
        var partition = _partitions[(int)((uint)StringComparer.Ordinal.GetHashCode(dispatch.PartitionKey) % (uint)_partitions.Length)];
        if (!partition.Writer.TryWrite(dispatch))
        {
            _logger.LogWarning("Dropped {Event} #{Sequence}: the answer queue is full", dispatch.EventName, dispatch.Sequence);
        }
    }

    /// <summary>Starts one worker per partition; each runs <paramref name="handle"/> for its events in order until the queue is completed and drained.</summary>
    public IReadOnlyList<Task> StartWorkers(Func<GatewayDispatch, CancellationToken, Task> handle, CancellationToken cancellationToken) =>
        _partitions.Select(partition => Task.Run(() => WorkAsync(partition.Reader, handle, cancellationToken), CancellationToken.None)).ToList();

    /// <summary>No more events will come; workers finish what is queued and end.</summary>
    public void Complete()
    {
        foreach (var partition in _partitions)
        {
            partition.Writer.TryComplete();
        }
    }

    private async Task WorkAsync(ChannelReader<GatewayDispatch> reader, Func<GatewayDispatch, CancellationToken, Task> handle, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var dispatch in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await handle(dispatch, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception ex)
                {
                    // One failed event must not stop the worker.
                    _logger.LogError(ex, "Handling Discord {Event} #{Sequence} failed", dispatch.EventName, dispatch.Sequence);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown gave up waiting for queued events.
        }
    }
}
