namespace ChatBot.Discord.Gateway;

/// <summary>How one gateway connection ended and whether it got as far as READY/RESUMED (which resets the backoff).</summary>
internal sealed record ConnectionOutcome(ConnectionEnd End, string Reason, int? CloseCode = null, bool Established = false);
