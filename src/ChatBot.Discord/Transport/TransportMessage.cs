namespace ChatBot.Discord.Transport;

/// <summary>One received text frame, or the peer's close (with its code, null when the socket dropped without one).</summary>
internal readonly record struct TransportMessage(byte[]? Payload, int? CloseCode, string? CloseReason)
{
    /// <summary>True when the connection is over.</summary>
    public bool IsClose => Payload is null;

    public static TransportMessage Text(byte[] payload) => new(payload, null, null);

    public static TransportMessage Closed(int? code, string? reason) => new(null, code, reason);
}
