namespace ChatBot.Moderation.Limits;

/// <summary>One user's or chat's recent question times and whether they were already told to slow down.</summary>
internal sealed class SlidingWindow
{
    public Queue<DateTimeOffset> Times { get; } = new();

    public bool Warned { get; set; }
}
