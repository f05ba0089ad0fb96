namespace ChatBot.Core.Matching;

/// <summary>
/// The stems of an inflecting language's words and their English ("договор" the treaty, so "договора", "договором" and
/// "договорі" are too): a word is read by its longest stem in the table, down to three letters. Shared by the Russian and
/// Ukrainian readers; hand-written, as no library here stems Russian or Ukrainian.
/// </summary>
internal sealed class Stems
{
    private const int Shortest = 3;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stems;

    /// <param name="english">Each stem, lowercase, and what a word on it means in English.</param>
    public Stems(Dictionary<string, string> english) => _stems = english.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The English of the longest stem <paramref name="lower"/> (lowercase) starts with; null when none does.</summary>
    public string? EnglishOf(string lower)
    {
        for (var length = lower.Length; length >= Shortest; length--)
        {
            if (_stems.TryGetValue(lower.AsSpan(0, length), out var english))
            {
                return english;
            }
        }

        return null;
    }
}
