namespace ChatBot.Discord.Limits;

/// <summary>The polite refusals: too many questions from a user or a channel, or a question too long to read.</summary>
internal static class LimitNotices
{
    /// <summary>For a button or /ask over the limit (an interaction must always be answered, so it is answered only to the user).</summary>
    public const string SlowDownShort = "Please wait a moment before asking again.";

    public static string SlowDownUser(int perMinute) =>
        $"You are sending questions faster than I can answer them (up to {perMinute} a minute). Please wait a moment, then ask again.";

    public static string SlowDownChannel(int perMinute) =>
        $"This channel is sending questions faster than I can answer them (up to {perMinute} a minute). Please wait a moment, then ask again.";

    public static string TooLong(int length, int max) =>
        $"That message is {length} characters long, and I can read questions of up to {max}. Please ask a shorter question.";
}
