namespace ChatBot.Discord.Gateway;

/// <summary>What survives a reconnect: session id, resume URL and the last sequence seen. Shared by the receive loop and the heartbeat.</summary>
internal sealed class GatewaySession
{
    private long _sequence = -1;

    /// <summary>The session id from READY, or null before the first READY and after the session was dropped.</summary>
    public string? SessionId { get; private set; }

    /// <summary>READY's resume_gateway_url; every resume goes there.</summary>
    public string? ResumeUrl { get; private set; }

    /// <summary>Resumes sent since the last READY or RESUMED.</summary>
    public int ResumeAttempts { get; set; }

    /// <summary>True when a Resume can be tried.</summary>
    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    /// <summary>The last non-null <c>s</c>, or null before any dispatch.</summary>
    public long? Sequence
    {
        get
        {
            var value = Interlocked.Read(ref _sequence);
            return value < 0 ? null : value;
        }
    }

    /// <summary>Records a dispatch's sequence; false when it was already seen (a replay overlap), so it is not handled twice.</summary>
    public bool Advance(long sequence)
    {
        if (sequence <= Interlocked.Read(ref _sequence))
        {
            return false;
        }

        Interlocked.Exchange(ref _sequence, sequence);
        return true;
    }

    /// <summary>Starts the session READY describes.</summary>
    public void Start(string sessionId, string resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
        ResumeAttempts = 0;
    }

    /// <summary>Forgets the session: the next connection identifies and sequences start again.</summary>
    public void Reset()
    {
        SessionId = null;
        ResumeUrl = null;
        ResumeAttempts = 0;
        Interlocked.Exchange(ref _sequence, -1);
    }
}
