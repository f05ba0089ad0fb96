using System.Net.WebSockets;
using System.Text.Json;
using ChatBot.Discord.Messaging;
using ChatBot.Discord.Messaging.Payloads;
using ChatBot.Discord.Options;
using ChatBot.Discord.Rest;
using ChatBot.Discord.Transport;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Gateway;

/// <summary>
/// One gateway connection from connect to close: Hello, heartbeats, Identify or Resume, dispatches handed to the sink,
/// and the op 7 / op 9 / close-code rules. Returns what to do next; never reconnects by itself.
/// </summary>
internal sealed class GatewayConnection
{
    /// <summary>Close code that keeps the session resumable (1000/1001 would end it).</summary>
    public const int ResumableCloseCode = 4000;

    /// <summary>Discord's cap on a sent frame.</summary>
    private const int MaxSendBytes = 4096;

    private readonly IGatewayTransport _transport;
    private readonly GatewaySession _session;
    private readonly BotIdentity _identity;
    private readonly IDispatchSink _sink;
    private readonly DiscordOptions _options;
    private readonly GatewayTimings _timings;
    private readonly Backoff _backoff;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _connection = new();
    private readonly Lock _endGate = new();
    private ConnectionOutcome? _endedBy;
    private Task _closing = Task.CompletedTask;
    private bool _finished;
    private volatile bool _established;

    public GatewayConnection(
        IGatewayTransport transport,
        GatewaySession session,
        BotIdentity identity,
        IDispatchSink sink,
        DiscordOptions options,
        GatewayTimings timings,
        Backoff backoff,
        TimeProvider time,
        ILogger logger)
    {
        _transport = transport;
        _session = session;
        _identity = identity;
        _sink = sink;
        _options = options;
        _timings = timings;
        _backoff = backoff;
        _time = time;
        _logger = logger;
    }

    /// <summary>Runs the connection to <paramref name="url"/>; <paramref name="resume"/> sends Resume instead of Identify.</summary>
    public async Task<ConnectionOutcome> RunAsync(Uri url, bool resume, CancellationToken stopping)
    {
        try
        {
            using var connectTimeout = new CancellationTokenSource(_timings.HelloTimeout, _time);
            using var connecting = CancellationTokenSource.CreateLinkedTokenSource(stopping, connectTimeout.Token);
            await _transport.ConnectAsync(url, connecting.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return new ConnectionOutcome(ConnectionEnd.Stopped, "shutting down");
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException or OperationCanceledException)
        {
            return new ConnectionOutcome(ConnectionEnd.Retry, $"could not connect to the gateway ({ex.Message})");
        }

        // Shutdown sends close 1000 first (ends the session cleanly), then stops the receive.
        var stopRegistration = stopping.Register(() => End(new ConnectionOutcome(ConnectionEnd.Stopped, "shutting down"), 1000));
        var heartbeat = Task.CompletedTask;
        try
        {
            var (interval, closed) = await ReceiveHelloAsync().ConfigureAwait(false);
            if (closed is not null)
            {
                return closed;
            }

            var heartbeater = new Heartbeater(_time, SendHeartbeatAsync, () => EndAsync(new ConnectionOutcome(
                ConnectionEnd.Resume, "no heartbeat ACK since the last heartbeat (zombie connection)"), ResumableCloseCode));
            heartbeat = heartbeater.StartAsync(interval, _backoff.FirstHeartbeat(interval), _connection.Token);
            await SendAsync(resume ? GatewayCommands.Resume(_options, _session) : GatewayCommands.Identify(_options), _connection.Token).ConfigureAwait(false);
            return await ReceiveLoopAsync(heartbeater).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_connection.IsCancellationRequested)
        {
            return EndedBy ?? new ConnectionOutcome(ConnectionEnd.Stopped, "shutting down");
        }
        catch (WebSocketException ex)
        {
            return EndedBy ?? new ConnectionOutcome(ConnectionEnd.Resume, $"connection dropped ({ex.Message})", null, _established);
        }
        finally
        {
            await stopRegistration.DisposeAsync().ConfigureAwait(false);
            Task closing;
            lock (_endGate)
            {
                _finished = true;
                closing = _closing;
            }

            await closing.ConfigureAwait(false);
            await _connection.CancelAsync().ConfigureAwait(false);
            try
            {
                await heartbeat.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The heartbeat ends with the connection.
            }
            catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
            {
                _logger.LogDebug("Heartbeat ended with {Error}", ex.Message);
            }

            _transport.Abort();
            _connection.Dispose();
        }
    }

    private ConnectionOutcome? EndedBy
    {
        get
        {
            lock (_endGate)
            {
                return _endedBy;
            }
        }
    }

    private async Task<(TimeSpan Interval, ConnectionOutcome? Closed)> ReceiveHelloAsync()
    {
        using var timeout = new CancellationTokenSource(_timings.HelloTimeout, _time);
        using var onTimeout = timeout.Token.Register(() => End(new ConnectionOutcome(ConnectionEnd.Retry, "no Hello within the timeout"), null));
        while (true)
        {
            var message = await _transport.ReceiveAsync(_connection.Token).ConfigureAwait(false);
            if (message.IsClose)
            {
                var decision = CloseCodes.Decide(message.CloseCode);
                return (TimeSpan.Zero, EndedBy ?? new ConnectionOutcome(Map(decision.Action), decision.Reason, message.CloseCode));
            }

            if (!GatewayPayload.TryParse(message.Payload, out var payload, out var error))
            {
                _logger.LogWarning("Skipped a malformed gateway frame: {Error}", error);
                continue;
            }

            if (payload.Op == GatewayOpcode.Hello
                && payload.Data.ValueKind == JsonValueKind.Object
                && payload.Data.TryGetProperty("heartbeat_interval", out var value)
                && value.TryGetDouble(out var milliseconds)
                && milliseconds > 0)
            {
                return (TimeSpan.FromMilliseconds(milliseconds), null);
            }

            _logger.LogWarning("Expected Hello (op 10) first, got op {Op}", payload.Op);
        }
    }

    private async Task<ConnectionOutcome> ReceiveLoopAsync(Heartbeater heartbeater)
    {
        while (true)
        {
            var message = await _transport.ReceiveAsync(_connection.Token).ConfigureAwait(false);
            if (message.IsClose)
            {
                if (EndedBy is { } ours)
                {
                    return ours;
                }

                var decision = CloseCodes.Decide(message.CloseCode);
                return new ConnectionOutcome(Map(decision.Action), decision.Reason, message.CloseCode, _established);
            }

            if (!GatewayPayload.TryParse(message.Payload, out var payload, out var error))
            {
                _logger.LogWarning("Skipped a malformed gateway frame: {Error}", error);
                continue;
            }

            var end = payload.Op switch
            {
                GatewayOpcode.Dispatch => OnDispatch(payload),
                GatewayOpcode.HeartbeatAck => Acknowledge(heartbeater),
                GatewayOpcode.Heartbeat => await HeartbeatNowAsync().ConfigureAwait(false),
                GatewayOpcode.Reconnect => new ConnectionOutcome(ConnectionEnd.Resume, "the gateway asked to reconnect (op 7)", null, _established),
                GatewayOpcode.InvalidSession => payload.Data.ValueKind == JsonValueKind.True
                    ? new ConnectionOutcome(ConnectionEnd.Resume, "invalid session, resumable (op 9 true)", null, _established)
                    : new ConnectionOutcome(ConnectionEnd.Reidentify, "invalid session, not resumable (op 9 false)", null, _established),
                _ => Unknown(payload),
            };

            if (end is not null)
            {
                // Close with a non-1000 code so the session stays resumable where Discord allows it.
                await EndAsync(end, ResumableCloseCode).ConfigureAwait(false);
                return EndedBy ?? end;
            }
        }
    }

    private ConnectionOutcome? OnDispatch(GatewayPayload payload)
    {
        if (payload.Sequence is { } sequence && !_session.Advance(sequence))
        {
            _logger.LogDebug("Skipped dispatch {Event} #{Sequence}: already seen", payload.EventName, sequence);
            return null;
        }

        switch (payload.EventName)
        {
            case "READY" when DiscordJson.TryRead<ReadyEvent>(payload.Data, out var ready, out _)
                              && Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out _):
                _session.Start(ready.SessionId, ready.ResumeGatewayUrl);
                _identity.Set(ready.User.Id, ready.Application?.Id);
                _established = true;
                _logger.LogInformation("Discord gateway ready as user {UserId} (shard {Shard}/{Count})", ready.User.Id, _options.ShardId, _options.ShardCount);
                break;
            case "READY":
                _logger.LogWarning("READY had no session_id, resume_gateway_url or user; the session cannot be resumed");
                break;
            case "RESUMED":
                _session.ResumeAttempts = 0;
                _established = true;
                _logger.LogInformation("Discord gateway session resumed at #{Sequence}", _session.Sequence);
                break;
        }

        if (payload.EventName is { } name)
        {
            _sink.Post(new GatewayDispatch(name, payload.Sequence, payload.Data));
        }

        return null;
    }

    private ConnectionOutcome? Unknown(GatewayPayload payload)
    {
        // Hello again, or an opcode newer than this code: nothing to do, and no reason to drop the connection.
        _logger.LogWarning("Skipped a gateway frame with unexpected op {Op}", payload.Op);
        return null;
    }

    private static ConnectionOutcome? Acknowledge(Heartbeater heartbeater)
    {
        heartbeater.Acknowledge();
        return null;
    }

    private async Task<ConnectionOutcome?> HeartbeatNowAsync()
    {
        // op 1 from the gateway: heartbeat at once, without moving the schedule.
        await SendHeartbeatAsync(_connection.Token).ConfigureAwait(false);
        return null;
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken) =>
        SendAsync(GatewayCommands.Heartbeat(_session), cancellationToken);

    // Sends are serialised: the heartbeat and the receive loop both send. Only Identify/Resume and heartbeats are ever
    // sent, so the 120-per-minute send limit cannot be reached.
    private async Task SendAsync(byte[] payload, CancellationToken cancellationToken)
    {
        if (payload.Length > MaxSendBytes)
        {
            _logger.LogError("Not sending a gateway frame of {Length} bytes (Discord's limit is {Limit})", payload.Length, MaxSendBytes);
            return;
        }

        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _transport.SendAsync(payload, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private Task EndAsync(ConnectionOutcome outcome, int? closeCode)
    {
        End(outcome, closeCode);
        lock (_endGate)
        {
            return _closing;
        }
    }

    /// <summary>Ends the connection once: records why, sends our close frame (best effort, bounded), then stops the receive.</summary>
    private void End(ConnectionOutcome outcome, int? closeCode)
    {
        lock (_endGate)
        {
            if (_endedBy is not null || _finished)
            {
                return;
            }

            _endedBy = outcome with { Established = outcome.Established || _established };
            _closing = CloseThenCancelAsync(closeCode, outcome.Reason);
        }
    }

    private async Task CloseThenCancelAsync(int? closeCode, string reason)
    {
        await Task.Yield();
        if (closeCode is { } code)
        {
            try
            {
                using var timeout = new CancellationTokenSource(_timings.CloseTimeout, _time);
                await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
                try
                {
                    await _transport.CloseAsync(code, reason.Length > 120 ? reason[..120] : reason, timeout.Token).ConfigureAwait(false);
                }
                finally
                {
                    _sendLock.Release();
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or InvalidOperationException)
            {
                _logger.LogDebug("Could not send close {Code}: {Error}", code, ex.Message);
            }
        }

        await _connection.CancelAsync().ConfigureAwait(false);
    }

    private static ConnectionEnd Map(CloseAction action) => action switch
    {
        CloseAction.Resume => ConnectionEnd.Resume,
        CloseAction.Reidentify => ConnectionEnd.Reidentify,
        _ => ConnectionEnd.Fatal,
    };
}
