namespace ChatBot.Tests.Support;

/// <summary>How long a test waits for a signal before failing (never a sleep: the wait ends as soon as the signal comes).</summary>
public static class TestTimeouts
{
    public static readonly TimeSpan Signal = TimeSpan.FromSeconds(20);
}
