namespace ChatBot.Discord.Interactions;

/// <summary>The custom_id of the 👍/👎 buttons under an answer: "f:+:{intent id}" or "f:-:{intent id}", at most 100 characters.</summary>
internal static class FeedbackIds
{
    public const string Prefix = "f:";

    public static string Encode(bool helpful, string intentId)
    {
        var id = $"{Prefix}{(helpful ? '+' : '-')}:{intentId}";
        return id.Length <= SuggestionIds.MaxCustomIdLength ? id : id[..SuggestionIds.MaxCustomIdLength];
    }

    /// <summary>Reads a feedback custom_id; false for anything else (suggestion buttons, foreign ids).</summary>
    public static bool TryDecode(string customId, out bool helpful, out string intentId)
    {
        helpful = false;
        intentId = "";
        if (customId.Length < 4 || !customId.StartsWith(Prefix, StringComparison.Ordinal) || customId[3] != ':' || customId[2] is not ('+' or '-'))
        {
            return false;
        }

        helpful = customId[2] == '+';
        intentId = customId[4..];
        return true;
    }
}
