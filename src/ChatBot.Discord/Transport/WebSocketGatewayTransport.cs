using System.Buffers;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Transport;

/// <summary>
/// <see cref="IGatewayTransport"/> over <see cref="ClientWebSocket"/>. Hand-written because no Discord library is
/// available from this project's package registry. Frames over 1 MiB are dropped and logged.
/// </summary>
internal sealed class WebSocketGatewayTransport(ILogger<WebSocketGatewayTransport> logger) : IGatewayTransport
{
    /// <summary>Largest frame kept; Discord's biggest payloads (GUILD_CREATE of a huge guild) stay well below this without those intents.</summary>
    public const int MaxFrameBytes = 1 << 20;

    private ClientWebSocket? _socket;

    public async Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        _socket?.Dispose();
        _socket = new ClientWebSocket();
        await _socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
    }

    public async Task<TransportMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        var socket = _socket ?? throw new InvalidOperationException("Not connected.");
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var frame = new MemoryStream();
            var oversized = false;
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return TransportMessage.Closed((int?)socket.CloseStatus, socket.CloseStatusDescription);
                }

                if (!oversized && frame.Length + result.Count > MaxFrameBytes)
                {
                    oversized = true;
                    frame.SetLength(0);
                }

                if (!oversized)
                {
                    frame.Write(buffer, 0, result.Count);
                }

                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (oversized)
                {
                    logger.LogWarning("Dropped a gateway frame larger than {Limit} bytes", MaxFrameBytes);
                }
                else if (result.MessageType == WebSocketMessageType.Binary)
                {
                    // We never ask for compression, so a binary frame is unexpected.
                    logger.LogWarning("Dropped an unexpected binary gateway frame of {Length} bytes", frame.Length);
                }
                else
                {
                    return TransportMessage.Text(frame.ToArray());
                }

                oversized = false;
                frame.SetLength(0);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var socket = _socket ?? throw new InvalidOperationException("Not connected.");
        return socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).AsTask();
    }

    public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        if (_socket is { State: WebSocketState.Open or WebSocketState.CloseReceived } socket)
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Abort() => _socket?.Abort();

    public ValueTask DisposeAsync()
    {
        _socket?.Dispose();
        _socket = null;
        return ValueTask.CompletedTask;
    }
}
