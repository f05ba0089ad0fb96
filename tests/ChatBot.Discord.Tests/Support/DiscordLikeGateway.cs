using System.Text.Json.Nodes;

namespace ChatBot.Discord.Tests.Support;

/// <summary>
/// Drives every connection of a <see cref="FakeDiscordServer"/> the way Discord does: Hello, READY on Identify, and on
/// Resume a replay of the dispatches with a sequence above the client's, then RESUMED. Dispatches published while no
/// connection is live wait in the session log. Tests inject disconnects while publishing.
/// </summary>
public sealed class DiscordLikeGateway : IAsyncDisposable
{
    private readonly FakeDiscordServer _server;
    private readonly int _heartbeatMs;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<JsonObject> _events = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private string _sessionId = "";
    private int _sessions;
    private FakeGatewayConnection? _live;
    private TaskCompletionSource _wentLive = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DiscordLikeGateway(FakeDiscordServer server, int heartbeatMs = 41_250)
    {
        _server = server;
        _heartbeatMs = heartbeatMs;
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>Bugs in this fake (not client behaviour); a soak test asserts there are none.</summary>
    public AsyncLog<Exception> Errors { get; } = new();

    public int Identifies { get; private set; }

    public int Resumes { get; private set; }

    /// <summary>Appends a dispatch to the session and sends it if a connection is live.</summary>
    public async Task PublishAsync(string eventName, JsonNode data)
    {
        await _gate.WaitAsync();
        try
        {
            var frame = new JsonObject { ["op"] = 0, ["d"] = data, ["s"] = (long)(_events.Count + 1), ["t"] = eventName };
            _events.Add(frame);
            if (_live is { } live)
            {
                await TrySendAsync(live, frame);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Waits until a session is live (READY or RESUMED sent).</summary>
    public async Task WaitUntilLiveAsync()
    {
        while (true)
        {
            Task wentLive;
            await _gate.WaitAsync();
            try
            {
                if (_live is not null)
                {
                    return;
                }

                wentLive = _wentLive.Task;
            }
            finally
            {
                _gate.Release();
            }

            await wentLive.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    /// <summary>Waits for a live connection, then ends it in one of the resumable ways (abort, close 4000/4001/1001, op 7, op 9 true).</summary>
    public async Task DisconnectAsync(int kind)
    {
        FakeGatewayConnection? live = null;
        while (live is null)
        {
            await WaitUntilLiveAsync();
            await _gate.WaitAsync();
            try
            {
                live = _live;
                _live = null;
            }
            finally
            {
                _gate.Release();
            }
        }

        try
        {
            switch (kind % 6)
            {
                case 0: live.Abort(); break;
                case 1: await live.CloseAsync(4000); break;
                case 2: await live.OpAsync(7); break;
                case 3: await live.OpAsync(9, JsonValue.Create(true)); break;
                case 4: await live.CloseAsync(4001); break;
                default: await live.CloseAsync(1001); break;
            }
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or ObjectDisposedException or IOException)
        {
            // Already gone: that is a disconnect too.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var connection = await _server.Connections.TakeAsync(_ => true, "a connection", Timeout.InfiniteTimeSpan).WaitAsync(_stop.Token);
            _ = Task.Run(() => HandleAsync(connection));
        }
    }

    private async Task HandleAsync(FakeGatewayConnection connection)
    {
        try
        {
            await connection.HelloAsync(_heartbeatMs);
            var first = await connection.Frames.TakeAsync(f => (int?)f["op"] is 2 or 6, "identify or resume");
            await _gate.WaitAsync();
            try
            {
                if ((int?)first["op"] == 2)
                {
                    Identifies++;
                    _sessionId = "session-" + ++_sessions;
                    _events.Clear();
                    var ready = new JsonObject { ["op"] = 0, ["d"] = DiscordPayloads.Ready(_sessionId, _server.ResumeUrl), ["s"] = 1L, ["t"] = "READY" };
                    _events.Add(ready);
                    await connection.SendAsync(ready);
                }
                else if ((string?)first["d"]?["session_id"] == _sessionId)
                {
                    Resumes++;
                    var seq = (long?)first["d"]?["seq"] ?? 0;
                    foreach (var missed in _events.Where(e => (long)e["s"]! > seq))
                    {
                        await connection.SendAsync(missed.DeepClone().AsObject());
                    }

                    await connection.SendAsync(new JsonObject { ["op"] = 0, ["d"] = null, ["s"] = null, ["t"] = "RESUMED" });
                }
                else
                {
                    await connection.OpAsync(9, JsonValue.Create(false));
                    return;
                }

                _live = connection;
                _wentLive.TrySetResult();
                _wentLive = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or TimeoutException or ObjectDisposedException or IOException)
        {
            // The client went away mid-handshake; it will reconnect.
        }
        catch (Exception ex)
        {
            Errors.Add(ex);
        }
    }

    private static async Task TrySendAsync(FakeGatewayConnection connection, JsonObject frame)
    {
        try
        {
            await connection.SendAsync(frame.DeepClone().AsObject());
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or ObjectDisposedException or IOException)
        {
            // Lost in flight: the client will resume and the event is replayed.
        }
    }
}
