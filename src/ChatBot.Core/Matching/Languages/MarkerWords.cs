namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// The words that show a message mixes another language or a creole into its English (see <see cref="Tagalog"/>,
/// <see cref="Spanglish"/>, <see cref="CaribbeanEnglish"/>): a word only that language has is enough on its own ("po",
/// "quién", "wah"); a word it shares with English or a third language ("si", "el", "mon") only with a second marker.
/// Scanned word by word without allocating: this runs on every question and every curated example.
/// </summary>
internal sealed class MarkerWords
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _own;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _shared;
    private readonly bool _hyphenated;
    private readonly bool _apostrophes;

    /// <param name="own">Words only the language has.</param>
    /// <param name="shared">Words it shares with English or another language.</param>
    /// <param name="hyphenated">Whether a hyphen joins a word ("Ge-neva" is no "neva").</param>
    /// <param name="apostrophes">Whether an apostrophe between letters does ("g'day"); a possessive "'s" then counts as
    /// its word ("whit's" is "whit").</param>
    public MarkerWords(IEnumerable<string> own, IEnumerable<string> shared, bool hyphenated = false, bool apostrophes = false)
    {
        var sharedSet = new HashSet<string>(shared, StringComparer.OrdinalIgnoreCase);
        _own = new HashSet<string>(own.Where(w => !sharedSet.Contains(w)), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _shared = sharedSet.GetAlternateLookup<ReadOnlySpan<char>>();
        _hyphenated = hyphenated;
        _apostrophes = apostrophes;
    }

    /// <summary>Whether <paramref name="text"/> has one of the language's own words, or two it shares.</summary>
    public bool AreIn(string text)
    {
        var found = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (_hyphenated && text[i] == '-')
                || (_apostrophes && text[i] == '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            if (_apostrophes && word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && !_own.Contains(word) && !_shared.Contains(word))
            {
                word = word[..^2];
            }

            found += _own.Contains(word) ? 2 : _shared.Contains(word) ? 1 : 0;
            if (found >= 2)
            {
                return true;
            }
        }

        return false;
    }
}
