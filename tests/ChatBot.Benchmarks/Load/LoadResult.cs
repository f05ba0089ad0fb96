namespace ChatBot.Benchmarks.Load;

/// <summary>What one load run measured.</summary>
/// <param name="Elapsed">From the first measured message queued to the last reply received.</param>
/// <param name="Unexpected">Replies to no measured message (wrong chat, unknown message) and callback answers.</param>
/// <param name="Warnings">Warnings and errors the host logged.</param>
/// <param name="CpuShare">Process CPU time over elapsed time and all cores (1 = every core busy the whole run).</param>
/// <param name="UpdatesPerPoll">Average getUpdates batch during the measured part.</param>
/// <param name="Unconfirmed">Updates the fake server still held at the end (not confirmed by a later offset).</param>
/// <param name="Journal">The adapter's polling journal after the host stopped (null when it wrote none).</param>
/// <param name="JournalPeakBytes">The largest the journal file was during the measured part (sampled every 20 ms).</param>
internal sealed record LoadResult(
    int Run,
    int Messages,
    int Chats,
    int Concurrency,
    TimeSpan Elapsed,
    ReplyTally Tally,
    int Unexpected,
    int Warnings,
    IReadOnlyList<string> FirstWarnings,
    double CpuShare,
    (int Gen0, int Gen1, int Gen2) Collections,
    double AllocatedPerMessage,
    double UpdatesPerPoll,
    int Unconfirmed,
    (int Offset, int Pending)? Journal,
    long JournalPeakBytes)
{
    public double PerSecond => Messages / Elapsed.TotalSeconds;

    /// <summary>Every message answered exactly once, nothing else sent, nothing logged, nothing left in the journal.</summary>
    public bool Clean => Tally.Missing == 0 && Tally.Duplicated == 0 && Unexpected == 0 && Warnings == 0 && Journal is null or { Pending: 0 };
}
