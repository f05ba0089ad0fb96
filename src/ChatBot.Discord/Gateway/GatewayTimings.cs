namespace ChatBot.Discord.Gateway;

/// <summary>
/// Reconnect pacing. Not configuration on purpose (a zero delay would allow a tight reconnect loop);
/// tests replace the registered instance to run fast.
/// </summary>
internal sealed record GatewayTimings
{
    /// <summary>The production values.</summary>
    public static GatewayTimings Default { get; } = new();

    /// <summary>First reconnect delay after a healthy connection; doubles on each failure in a row, with jitter.</summary>
    public TimeSpan ReconnectBase { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of the reconnect delay.</summary>
    public TimeSpan ReconnectMax { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Discord asks for a random wait of 1-5 s before identifying after op 9 (d: false) or close 4007/4009.</summary>
    public TimeSpan NewSessionMin { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of that wait.</summary>
    public TimeSpan NewSessionMax { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long connecting, and then waiting for Hello, may each take.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long sending our close frame may take before the socket is aborted.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(2);
}
