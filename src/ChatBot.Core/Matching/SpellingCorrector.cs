namespace ChatBot.Core.Matching;

/// <summary>
/// Corrects a misspelt word to the closest word the bot knows (from intents, vocabulary and articles).
/// Hand-written: FuzzySharp scores similarity but has no edit distance that counts a swap of two letters as one typo.
/// </summary>
internal sealed class SpellingCorrector
{
    private readonly Dictionary<int, List<string>> _byLength = [];
    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);

    // Readers repeat their typos; the scan over known words is the costly part with large knowledge bases.
    private const int MaxCachedCorrections = 50_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _corrections = new(StringComparer.Ordinal);
    private readonly HashSet<char> _alphabet = [];

    // Sound key -> the one name with that key (null when two names share it: then the key says nothing).
    private readonly Dictionary<string, string?> _namesBySound = new(StringComparer.Ordinal);

    // Keys of the names as a reader hears them (see HeardSpellings), too short to say a name on their own: trusted only
    // where the question itself points to the name ("jen sock ee", "south o seesha", "who is so who me").
    private readonly Dictionary<string, string?> _namesByWeakSound = new(StringComparer.Ordinal);

    /// <param name="knownWords">Every word of the intents, vocabulary and articles.</param>
    /// <param name="names">The articles' names: a name no typo explains may still be one of them spelt as heard.</param>
    public SpellingCorrector(IEnumerable<string> knownWords, IEnumerable<string>? names = null)
    {
        var distinct = (names ?? []).Where(n => n.Length >= MinWeakHeardNameLength).Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in distinct.Where(n => n.Length >= MinHeardNameLength))
        {
            if (SoundKey.Of(name) is var key && key.IndexOf(':') >= MinSoundKeyLength)
            {
                Register(_namesBySound, key, name);
            }
        }

        foreach (var name in distinct)
        {
            foreach (var heard in HeardSpellings(name))
            {
                // Heard so, a name is near more words ("a pizza" sounds like "Abhazia"): only where the question expects it.
                var key = SoundKey.Of(heard);
                if (!_namesBySound.ContainsKey(key))
                {
                    Register(_namesByWeakSound, key, name);
                }
            }
        }

        foreach (var word in knownWords.Concat(WordLists.StopWords))
        {
            _frequency[word] = _frequency.GetValueOrDefault(word) + 1;
        }

        foreach (var word in _frequency.Keys)
        {
            _alphabet.UnionWith(word);
            if (!_byLength.TryGetValue(word.Length, out var list))
            {
                _byLength[word.Length] = list = [];
            }

            list.Add(word);
        }
    }

    public bool IsKnown(string word) => _frequency.ContainsKey(word);

    /// <summary>
    /// The known word <paramref name="word"/> is, or is one letter (added, dropped or changed) away from, else null.
    /// Looks up the word's one-letter variants instead of scanning the known words: cheap enough to try on guesses.
    /// </summary>
    public string? KnownWithinOneLetter(string word)
    {
        if (IsKnown(word))
        {
            return word;
        }

        var buffer = new System.Text.StringBuilder(word.Length + 1);
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && Known(buffer.Clear().Append(word, 0, i).Append(word, i + 1, word.Length - i - 1)) is { } dropped)
            {
                return dropped;
            }

            foreach (var letter in _alphabet)
            {
                if (Known(buffer.Clear().Append(word, 0, i).Append(letter).Append(word, i, word.Length - i)) is { } added)
                {
                    return added;
                }

                if (i < word.Length && letter != word[i] && Known(buffer.Clear().Append(word, 0, i).Append(letter).Append(word, i + 1, word.Length - i - 1)) is { } changed)
                {
                    return changed;
                }
            }
        }

        return null;
    }

    private string? Known(System.Text.StringBuilder candidate) => candidate.ToString() is var text && IsKnown(text) ? text : null;

    /// <summary>Returns the known word within one typo (two for long words) of <paramref name="word"/>, or the word itself.</summary>
    public string Correct(string word)
    {
        if (_corrections.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var corrected = FindCorrection(word);
        if (_corrections.Count < MaxCachedCorrections)
        {
            _corrections.TryAdd(word, corrected);
        }

        return corrected;
    }

    private string FindCorrection(string word)
    {
        if (IsKnown(word) || char.IsDigit(word[0]))
        {
            return word;
        }

        // Three letters are too few for edits ("ton" and "not" are both words), but two swapped ones are still a slip: "sya".
        if (word.Length < 4)
        {
            return word.Length == 3 && !EnglishWords.Contains(word) ? Transposed(word) ?? word : word;
        }

        // British spelling of a word the bot knows in American spelling: "summarise", "criticised", "recognising".
        if (word.Contains("is", StringComparison.Ordinal) && BritishToAmerican(word) is { } american && IsKnown(american))
        {
            return american;
        }

        // Real English words are never "corrected" ("live" is not a typo of "give"), except by swapping two neighbouring
        // letters into a word the bot knows: "sing" for "sign" is a slip of the fingers, not a different word.
        if (EnglishWords.ContainsWordOrInflection(word))
        {
            return Transposed(word) ?? word;
        }

        var maxDistance = word.Length >= 8 ? 2 : 1;

        // Each letter no known word has costs an edit: past the limit no candidate can be close, so none is scanned
        // (a word in another script, or random characters, would otherwise be compared with every known word).
        if (word.Count(c => !_alphabet.Contains(c)) > maxDistance)
        {
            return word;
        }

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

        if (bestDistance > maxDistance || best is null)
        {
            return HeardName(word) ?? word;
        }

        // "bron" is one typo from "bro", but closer still to "born", a word the bot doesn't know: better an unknown word
        // than a wrong one. Among equals the bot's own word wins ("tready" is "treaty", not "ready").
        return CloserEnglishWord(word, best, bestDistance, maxDistance) ? word : best;
    }

    private static void Register(Dictionary<string, string?> keys, string key, string name) =>
        keys[key] = keys.TryGetValue(key, out var other) && other != name ? null : name;

    // How an English ear hears a name: the Russian "kh" as a breath ("Sokhumi" as "sue who me", "Tskhinvali" as
    // "ts hin valley"), "ti" before a vowel as "sh" ("Ossetia" as "o seesha"), no "p" in an opening "ps" ("Psaki" as "sock ee").
    private static IEnumerable<string> HeardSpellings(string name)
    {
        if (name.Contains("kh", StringComparison.Ordinal))
        {
            yield return name.Replace("kh", "h", StringComparison.Ordinal);
        }

        if (TiBeforeAVowel().IsMatch(name))
        {
            yield return TiBeforeAVowel().Replace(name, "si");
        }

        if (name.StartsWith("ps", StringComparison.Ordinal))
        {
            yield return name[1..];
        }
    }

    private static readonly System.Text.RegularExpressions.Regex TiBeforeAVowelPattern = new("(?<=.)ti(?=[aeiou])", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static System.Text.RegularExpressions.Regex TiBeforeAVowel() => TiBeforeAVowelPattern;

    private const int MinHeardNameLength = 6;
    private const int MinSoundKeyLength = 3;

    /// <summary>The article's name that <paramref name="word"/> sounds like, if exactly one does (see HeardName).</summary>
    public string? NameThatSoundsLike(string word) => IsKnown(word) ? null : HeardName(word);

    /// <summary>
    /// As <see cref="NameThatSoundsLike(string)"/>, also by a key too short to trust alone: for a word the question itself
    /// points to a name with ("Leonid ...", "South ...", "who is ...").
    /// </summary>
    public string? NameThatSoundsLikeWhereExpected(string word)
    {
        if (IsKnown(word) || word.Length < MinWeakHeardNameLength)
        {
            return null;
        }

        // Where a name is expected, an opening vowel may be heard as another: "south a set ia", "south a seesha".
        foreach (var heard in "aeiou".Contains(word[0]) ? "aeiou".Select(vowel => vowel + word[1..]).Prepend(word) : [word])
        {
            if ((HeardName(heard) ?? (_namesByWeakSound.GetValueOrDefault(SoundKey.Of(heard)) is { } name && SameFirstSound(name, heard) ? name : null)) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private const int MinWeakHeardNameLength = 5;

    // "Tibeeloff", "Mogareeny", "Sohkoomi", "Carousin": too many typos for an edit, but the name as it sounds. Only a long
    // word, starting with the name's letter or its sound ("c" for "k", "s" for "ts"), and only when no other name sounds the same.
    private string? HeardName(string word) =>
        word.Length >= MinHeardNameLength && _namesBySound.GetValueOrDefault(SoundKey.Of(word)) is { } name && SameFirstSound(name, word)
            ? name
            : null;

    private static bool SameFirstSound(string name, string word) =>
        name[0] == word[0] || (name[0] is 'k' or 'c' && word[0] is 'k' or 'c') || (name.StartsWith("ts", StringComparison.Ordinal) && word[0] == 's')
        || (name.StartsWith("ps", StringComparison.Ordinal) && word[0] == 's') || (name[0] == 'g' && word[0] == 'j');

    private bool CloserEnglishWord(string word, string best, int bestDistance, int maxDistance)
    {
        for (var length = word.Length - maxDistance; length <= word.Length + maxDistance; length++)
        {
            foreach (var english in EnglishWords.OfLength(length))
            {
                if (IsKnown(english))
                {
                    continue;
                }

                var distance = Distance(word, english, bestDistance);
                // An English word as close wins when the reader dropped one of its letters ("hled" is "held"), and
                // against a short word of the bot's or for a long typo, both of which many words are near. One letter
                // typed for another is otherwise no likelier than one typed twice: "treatey" is the bot's "treaty", not
                // "treated".
                if (distance < bestDistance || (distance == bestDistance && Longer(english, best, word) > 0
                    && (english.Length > word.Length || best.Length < 6 || word.Length >= 8)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? BritishToAmerican(string word)
    {
        foreach (var (british, american) in IseEndings)
        {
            if (word.EndsWith(british, StringComparison.Ordinal) && word.Length > british.Length + 2)
            {
                return word[..^british.Length] + american;
            }
        }

        return null;
    }

    private static readonly (string British, string American)[] IseEndings =
    [
        ("isation", "ization"), ("isations", "izations"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize"),
    ];

    // Longer beats as long, which beats shorter: "whre" is "where" rather than "were", "hled" is "held" rather than "led".
    private static int Longer(string candidate, string best, string word) =>
        Math.Sign(candidate.Length - word.Length).CompareTo(Math.Sign(best.Length - word.Length));

    private string? Transposed(string word)
    {
        var letters = word.ToCharArray();
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
            var swapped = new string(letters);
            (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
            if (swapped != word && IsKnown(swapped) && !WordLists.StopWords.Contains(swapped))
            {
                return swapped;
            }
        }

        return null;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent swaps), giving up past <paramref name="limit"/>.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Three rows on the stack: this runs once per candidate word, so it must not allocate.
        var size = b.Length + 1;
        Span<int> rows = size <= 128 ? stackalloc int[3 * size] : new int[3 * size];
        var previous2 = rows[..size];
        var previous = rows.Slice(size, size);
        var current = rows.Slice(2 * size, size);
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

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
