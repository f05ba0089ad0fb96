namespace ChatBot.Core.Matching;

/// <summary>The two alternatives of an either/or question ("was it signed in Moscow or in Tskhinvali?"), by their words.</summary>
internal sealed record Choice(HashSet<string> Left, HashSet<string> Right)
{
    private const int WordsPerSide = 2;

    /// <summary>The words next to the first "or" on each side, skipping function words; null without an "or".</summary>
    public static Choice? Read(IReadOnlyList<string> words)
    {
        var or = -1;
        for (var i = 1; i < words.Count - 1 && or < 0; i++)
        {
            or = words[i] == "or" ? i : -1;
        }

        if (or < 0)
        {
            return null;
        }

        var left = words.Take(or).Reverse().Where(IsContent).Take(WordsPerSide);
        var right = words.Skip(or + 1).Where(IsContent).Take(WordsPerSide);
        return new Choice(new HashSet<string>(left, StringComparer.Ordinal), new HashSet<string>(right, StringComparer.Ordinal));
    }

    private static bool IsContent(string word) => !WordLists.StopWords.Contains(word);
}
