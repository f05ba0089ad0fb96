namespace ChatBot.Discord.Gateway;

/// <summary>What to do after a gateway connection ended.</summary>
internal enum CloseAction
{
    /// <summary>Reconnect to resume_gateway_url and send Resume with the last sequence.</summary>
    Resume,

    /// <summary>Drop the session, wait 1-5 s, and Identify afresh at the /gateway/bot URL.</summary>
    Reidentify,

    /// <summary>Never reconnect: the configuration must change first.</summary>
    Fatal,
}
