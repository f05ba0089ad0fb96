namespace ChatBot.Core.Intents;

/// <summary>A place in an intent file, for messages a moderator can act on.</summary>
public readonly record struct SourceLine(string File, int Line)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}";
}
