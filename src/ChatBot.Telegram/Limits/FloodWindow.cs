namespace ChatBot.Telegram.Limits;

/// <summary>One user's or chat's recent message times and whether they were already told to slow down.</summary>
internal sealed class FloodWindow
{
    public Queue<DateTimeOffset> Times { get; } = new();

    public bool Warned { get; set; }
}
