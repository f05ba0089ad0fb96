namespace ChatBot.Operations;

/// <summary>What a reload did: swapped in new knowledge, or kept the last good version because of <see cref="Errors"/> (each "file:line: error: ...").</summary>
internal sealed record ReloadOutcome(bool Accepted, int Intents, IReadOnlyList<string> Errors)
{
    /// <summary>How many errors a chat message lists; the rest are counted (the <c>validate</c> verb lists them all).</summary>
    public const int ErrorsShown = 5;

    /// <summary>"Reloaded: 42 intents", or the rejection with the first errors.</summary>
    public string Describe()
    {
        if (Accepted)
        {
            return $"Reloaded: {Intents} intents";
        }

        var lines = new List<string> { $"Reload rejected: the intent files have errors, so the bot keeps serving the last good version ({Intents} intents)." };
        lines.AddRange(Errors.Take(ErrorsShown));
        if (Errors.Count > ErrorsShown)
        {
            lines.Add($"... and {Errors.Count - ErrorsShown} more (run the 'validate' verb to see them all).");
        }

        return string.Join('\n', lines);
    }
}
