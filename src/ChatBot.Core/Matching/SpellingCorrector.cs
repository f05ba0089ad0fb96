namespace ChatBot.Core.Matching;

/// <summary>
/// Corrects a misspelt word to the closest word the bot knows (from intents, vocabulary and articles).
/// Hand-written: FuzzySharp scores similarity but has no edit distance that counts a swap of two letters as one typo.
/// </summary>
internal sealed class SpellingCorrector
{
    private readonly Dictionary<int, List<string>> _byLength = [];
    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);

    public SpellingCorrector(IEnumerable<string> knownWords)
    {
        foreach (var word in knownWords.Concat(WordLists.StopWords))
        {
            _frequency[word] = _frequency.GetValueOrDefault(word) + 1;
        }

        foreach (var word in _frequency.Keys)
        {
            if (!_byLength.TryGetValue(word.Length, out var list))
            {
                _byLength[word.Length] = list = [];
            }

            list.Add(word);
        }
    }

    public bool IsKnown(string word) => _frequency.ContainsKey(word);

    /// <summary>Returns the known word within one typo (two for long words) of <paramref name="word"/>, or the word itself.</summary>
    public string Correct(string word)
    {
        // Real English words are never "corrected": "live" is not a typo of "give".
        if (word.Length < 4 || IsKnown(word) || char.IsDigit(word[0]) || EnglishWords.Contains(word))
        {
            return word;
        }

        var maxDistance = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        for (var length = word.Length - maxDistance; length <= word.Length + maxDistance; length++)
        {
            if (!_byLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var distance = Distance(word, candidate, maxDistance);
                var frequency = _frequency[candidate];
                // On a tie, a longer candidate wins (readers drop letters more often than they add them:
                // "whre" is "where", not "were"), then the more frequent one.
                var better = distance < bestDistance
                    || (distance == bestDistance && best is not null && Longer(candidate, best, word) is var longer && (longer > 0 || (longer == 0 && frequency > bestFrequency)));
                if (better)
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
                }
            }
        }

        return bestDistance <= maxDistance && best is not null ? best : word;
    }

    private static int Longer(string candidate, string best, string word) =>
        (candidate.Length > word.Length).CompareTo(best.Length > word.Length);

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent swaps), giving up past <paramref name="limit"/>.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
