namespace ChatBot.Discord.Transport;

/// <summary>
/// The gateway's socket seam: connect, receive whole frames, send, close. The real one is a ClientWebSocket;
/// tests use it against a loopback WebSocket server.
/// </summary>
/// <remarks>
/// One instance serves one connection at a time; <see cref="ConnectAsync"/> replaces the previous socket.
/// <see cref="ReceiveAsync"/> returns a close message when the peer closed (and throws <see cref="System.Net.WebSockets.WebSocketException"/>
/// when the socket dropped without a close frame). Cancelling a receive may abort the socket.
/// One send and one receive may run at once; callers serialise sends.
/// </remarks>
internal interface IGatewayTransport : IAsyncDisposable
{
    /// <summary>Opens a new connection to <paramref name="uri"/>, disposing any earlier one.</summary>
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    /// <summary>Reads the next complete text frame (fragments joined until EndOfMessage), or the peer's close.</summary>
    Task<TransportMessage> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Sends one UTF-8 JSON text frame.</summary>
    Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);

    /// <summary>Sends a close frame with <paramref name="code"/> (1000/1001 end the session; others keep it resumable).</summary>
    Task CloseAsync(int code, string reason, CancellationToken cancellationToken);

    /// <summary>Drops the connection at once.</summary>
    void Abort();
}
