namespace ChatBot.Telegram.Tests.Support;

/// <summary>Upper bounds so a broken test fails instead of hanging.</summary>
public static class TestTimeouts
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(10);

    public static Task<T> Bounded<T>(this Task<T> task) => task.WaitAsync(Step);

    public static Task Bounded(this Task task) => task.WaitAsync(Step);
}
