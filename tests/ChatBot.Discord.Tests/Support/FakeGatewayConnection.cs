using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Discord.Tests.Support;

/// <summary>
/// The server side of one gateway WebSocket, driven by a test: send Hello, dispatches and opcodes, read what the client
/// sent, withhold ACKs, close with a code or abort. Client frames are logged; heartbeats are ACKed unless <see cref="AutoAck"/> is off.
/// </summary>
public sealed class FakeGatewayConnection(HttpContext context, WebSocket socket)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<int?> _clientClose = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Path { get; } = context.Request.Path.Value ?? "";

    public string Query { get; } = context.Request.QueryString.Value ?? "";

    public AsyncLog<JsonObject> Frames { get; } = new();

    /// <summary>Answer op 1 with op 11 (set false before Hello to play a zombie).</summary>
    public bool AutoAck { get; set; } = true;

    /// <summary>The close code the client sent, or null when the connection dropped without one.</summary>
    public Task<int?> ClientClose => _clientClose.Task;

    public Task HelloAsync(int heartbeatIntervalMs) =>
        SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = heartbeatIntervalMs }, ["s"] = null, ["t"] = null });

    public Task DispatchAsync(string eventName, long sequence, JsonNode data) =>
        SendAsync(new JsonObject { ["op"] = 0, ["d"] = data, ["s"] = sequence, ["t"] = eventName });

    public Task OpAsync(int op, JsonNode? data = null) =>
        SendAsync(new JsonObject { ["op"] = op, ["d"] = data, ["s"] = null, ["t"] = null });

    public Task<JsonObject> NextFrameAsync(int op) => Frames.TakeAsync(f => (int?)f["op"] == op, $"op {op} on {Path}");

    public async Task SendAsync(JsonObject frame)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends raw text split into <paramref name="fragments"/> WebSocket fragments.</summary>
    public async Task SendRawAsync(string text, int fragments = 1)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var size = (bytes.Length + fragments - 1) / fragments;
        await _sendLock.WaitAsync();
        try
        {
            for (var offset = 0; offset < bytes.Length; offset += size)
            {
                var count = Math.Min(size, bytes.Length - offset);
                await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count >= bytes.Length, CancellationToken.None);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends <paramref name="bytes"/> as one binary frame (the gateway never should: no compression is asked for).</summary>
    public async Task SendBinaryAsync(byte[] bytes)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Binary, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes from the server side with <paramref name="code"/>.</summary>
    public async Task CloseAsync(int code, string reason = "")
    {
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort()
    {
        // The connection first: aborting the socket first ends RunAsync, and with it the request, whose context may then
        // be disposed before its Abort (CI failed once on ADroppedSocketResumes with ObjectDisposedException).
        context.Abort();
        try
        {
            socket.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The aborted connection can end the request before the socket's own abort reaches its context (CI failed
            // once on ResumeAttemptsAreCappedThenANewSessionIsIdentified): the connection is dropped either way.
        }
    }

    internal async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var frame = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        _clientClose.TrySetResult((int?)result.CloseStatus);
                        try
                        {
                            await CloseAsync((int)(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure));
                        }
                        catch (WebSocketException)
                        {
                            // The client may already be gone.
                        }

                        return;
                    }

                    frame.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var json = JsonNode.Parse(frame.ToArray())!.AsObject();

                // The ACK is on the wire before the heartbeat is logged: a test that sees op 1 and then sends a
                // dispatch knows the client reads the ACK first (a dispatch written in between raced it to a zombie).
                if ((int?)json["op"] == 1 && AutoAck)
                {
                    await OpAsync(11);
                }

                Frames.Add(json);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            _clientClose.TrySetResult(null);
        }
    }
}
