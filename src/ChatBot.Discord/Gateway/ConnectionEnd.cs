namespace ChatBot.Discord.Gateway;

/// <summary>The next step after a connection ended.</summary>
internal enum ConnectionEnd
{
    /// <summary>Resume the session at resume_gateway_url.</summary>
    Resume,

    /// <summary>Identify a fresh session after the 1-5 s wait.</summary>
    Reidentify,

    /// <summary>Stop for good (fatal close code).</summary>
    Fatal,

    /// <summary>The connection never got going (connect failed, no Hello); try the same way again after backoff.</summary>
    Retry,

    /// <summary>Shutdown was requested.</summary>
    Stopped,
}
