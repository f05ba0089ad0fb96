using ChatBot.Core.Intents;

namespace ChatBot.Core.Matching;

/// <summary>Turns text into <see cref="Slot"/>s: tokenize, expand shorthand, fix typos, stem, and map synonyms to their canonical word.</summary>
internal sealed partial class TextAnalyzer
{
    // First stem of a phrase -> phrases starting with it, longest first.
    private readonly Dictionary<string, List<(string[] Stems, string Key)>> _phrases = new(StringComparer.Ordinal);
    private readonly SpellingCorrector? _corrector;

    public TextAnalyzer(Vocabulary vocabulary, SpellingCorrector? corrector)
    {
        _corrector = corrector;
        foreach (var (canonical, variants) in vocabulary.Synonyms)
        {
            var key = string.Join(' ', StemAll(canonical));
            if (key.Length == 0)
            {
                continue;
            }

            foreach (var phrase in variants.Append(canonical))
            {
                var stems = StemAll(phrase);
                if (stems.Length == 0)
                {
                    continue;
                }

                if (!_phrases.TryGetValue(stems[0], out var list))
                {
                    _phrases[stems[0]] = list = [];
                }

                if (!list.Any(p => p.Stems.SequenceEqual(stems)))
                {
                    list.Add((stems, key));
                }
            }
        }

        foreach (var list in _phrases.Values)
        {
            list.Sort((x, y) => y.Stems.Length.CompareTo(x.Stems.Length));
        }
    }

    /// <summary>
    /// Reader questions are analyzed up to this many words (the longest question of the evaluation sets has 23): with
    /// <see cref="Tokenizer.MaxCharacters"/> it bounds the spelling correction and matching work one message can cause.
    /// </summary>
    public const int MaxQuestionWords = 100;

    /// <summary>Analyzes a reader's question (its first <see cref="MaxQuestionWords"/> words), correcting typos against the known words.</summary>
    public AnalyzedText Analyze(string text) => Analyze(text, correct: true);

    /// <summary>Analyzes curated text (examples, answers), which is taken as written.</summary>
    public AnalyzedText AnalyzeCurated(string text) => Analyze(text, correct: false);

    private AnalyzedText Analyze(string text, bool correct)
    {
        var tokens = Tokenizer.TokenizeFully(text);
        if (correct && tokens.Count > MaxQuestionWords)
        {
            tokens.RemoveRange(MaxQuestionWords, tokens.Count - MaxQuestionWords);
        }

        if (correct && _corrector is not null)
        {
            JoinSpeltOutNames(text, tokens, _corrector);
            ReadAutocorrectedWords(tokens);
            JoinSplitWords(tokens, _corrector);
            JoinNamesHeardInPieces(tokens, _corrector);
            SplitRunTogetherWords(tokens, _corrector);
        }

        var words = tokens.Select(t => t.Word).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            // "were was it signed": a question never opens with "were" followed by another auxiliary.
            if (words[i] == "were" && i + 1 < words.Count && words[i + 1] is "was" or "is" or "did" or "does" or "are" or "were" or "will")
            {
                words[i] = "where";
            }
            else if (WordLists.Shorthand.TryGetValue(words[i], out var expanded))
            {
                words[i] = expanded;
            }
            else if (correct && _corrector is not null && !WordLists.StopWords.Contains(words[i]))
            {
                var corrected = _corrector.Correct(words[i]);
                // "what's putins full name", "psakis role": a possessive typed without its apostrophe, before what it owns.
                if (words[i].Length == corrected.Length + 1 && words[i].EndsWith('s') && words[i].StartsWith(corrected, StringComparison.Ordinal)
                    && i + 1 < words.Count && !WordLists.StopWords.Contains(words[i + 1]))
                {
                    tokens[i] = (tokens[i].Word, tokens[i].Capitalized, true);
                }

                words[i] = corrected;
            }
        }

        var stems = words.Select(Stemmer.Stem).ToArray();
        var slots = new List<Slot>();
        var possessors = new List<string>();
        for (var i = 0; i < stems.Length;)
        {
            // A single everyday word never stands for a synonym, even when its stem matches one:
            // "according" stems like "accord" (a treaty), "time" like "timed".
            var everyday = WordLists.StopWords.Contains(words[i]) || WordLists.Filler.Contains(words[i]) || AsksWhatAbout(words, i);
            var phrase = MatchPhrase(stems, i);
            if (phrase is { } p && !(p.Length == 1 && everyday))
            {
                slots.Add(new Slot(string.Join(' ', stems, i, p.Length), p.Key, IsFiller: false, words[i], tokens[i].Capitalized));
                if (tokens[i + p.Length - 1].Possessive)
                {
                    possessors.Add(p.Key);
                }

                i += p.Length;
                continue;
            }

            if (!WordLists.StopWords.Contains(words[i]))
            {
                slots.Add(new Slot(stems[i], stems[i], IsFiller(words, i) || (correct && AsksWhoWithANoun(words, i)), words[i], tokens[i].Capitalized));
                if (tokens[i].Possessive)
                {
                    possessors.Add(stems[i]);
                }
            }

            i++;
        }

        return new AnalyzedText(words, QuestionTypeReader.Read(words), slots) { Possessors = possessors };
    }

    // A name spelt out as it sounds comes in hyphenated syllables: "Ab-kah-zia", "Ti-bee-loff", "Tskin-vally". When a
    // piece is no word of English or of the bot, the syllables are one word, and the corrector finds the name in it.
    // Hyphenated words ("co-chairs", "self-proclaimed") are all words and stay apart, as the vocabulary expects them.
    private void JoinSpeltOutNames(string text, List<(string Word, bool Capitalized, bool Possessive)> tokens, SpellingCorrector corrector)
    {
        foreach (var match in HyphenatedWord().Matches(text).Cast<System.Text.RegularExpressions.Match>())
        {
            var pieces = match.Value.ToLowerInvariant().Split('-');
            if (pieces.All(p => corrector.IsKnown(p) || EnglishWords.Contains(p)))
            {
                continue;
            }

            JoinPieces(pieces, tokens);
        }

        // Initials dictated one by one: "the U N", "the O S C E". Only capitals, so that "u n" stays "you and".
        foreach (var match in SpacedInitials().Matches(text).Cast<System.Text.RegularExpressions.Match>())
        {
            var pieces = match.Value.ToLowerInvariant().Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
            var joined = string.Concat(pieces);
            if (corrector.IsKnown(joined) || _phrases.ContainsKey(Stemmer.Stem(joined)))
            {
                JoinPieces(pieces, tokens);
            }
        }
    }

    // The first run of tokens that are the pieces becomes one token of them all.
    private static void JoinPieces(string[] pieces, List<(string Word, bool Capitalized, bool Possessive)> tokens)
    {
        for (var i = 0; i + pieces.Length <= tokens.Count; i++)
        {
            if (pieces.Select((p, j) => tokens[i + j].Word == p).All(same => same))
            {
                tokens[i] = (string.Concat(pieces), tokens[i].Capitalized, tokens[i + pieces.Length - 1].Possessive);
                tokens.RemoveRange(i + 1, pieces.Length - 1);
                return;
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}.])(?:\p{Lu}\.? ){1,4}\p{Lu}\b\.?")]
    private static partial System.Text.RegularExpressions.Regex SpacedInitials();

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}+(?:-\p{L}+)+")]
    private static partial System.Text.RegularExpressions.Regex HyphenatedWord();

    // Dictated names arrive in pieces: "ab khazia", "trans caucasia", "tibi love". Two neighbours, one of them no word
    // of English or of the bot, are one word when together they are a word the bot knows, or one letter away from one.
    private static void JoinSplitWords(List<(string Word, bool Capitalized, bool Possessive)> tokens, SpellingCorrector corrector)
    {
        // Each try looks up some fifty variants per letter: a few per question bound the work a message of gibberish can cause.
        var tries = 0;
        for (var i = 0; i + 1 < tokens.Count && tries < MaxJoinTries; i++)
        {
            var (first, second) = (tokens[i].Word, tokens[i + 1].Word);
            var strange = (!corrector.IsKnown(first) && !EnglishWords.Contains(first)) || (!corrector.IsKnown(second) && !EnglishWords.Contains(second));
            if (!strange || WordLists.StopWords.Contains(first) || WordLists.StopWords.Contains(second)
                || WordLists.Shorthand.ContainsKey(first) || WordLists.Shorthand.ContainsKey(second)
                || first.Any(char.IsDigit) || second.Any(char.IsDigit))
            {
                continue;
            }

            // A name split in dictation leaves a short piece: "ab khazia", "tibi love", "trans caucasia".
            var joined = first + second;
            if (joined.Length is < 7 or > 16 || Math.Min(first.Length, second.Length) > 5)
            {
                continue;
            }

            tries++;
            if (corrector.KnownWithinOneLetter(joined) is { } known && known != first && known != second)
            {
                tokens[i] = (joined, tokens[i].Capitalized, tokens[i + 1].Possessive);
                tokens.RemoveAt(i + 1);
            }
        }
    }

    private const int MaxJoinTries = 2;

    // Speech to text writes a name it does not know as the pieces it heard: "ab causia" (Abkhazia), "oh settia"
    // (Ossetia), "sock hoomy" (Sokhumi). Two or three words in a row that sound together like exactly one of the
    // article's names are that name (see SoundKey), and so are pieces that together spell a name the vocabulary knows
    // ("leo nid", "south o set ia"). Everyday words alone may be one too ("skin valley", "car a sin"), but not with a
    // word of the bot's own among them: those join into names too easily ("co chairs in" sounds like Karasin). Unless
    // the question points to the name: after its first name ("leonid tea bill off", "jen sock ee"), after the word it
    // follows in the article ("south a seesha"), or as what a "who is"/"what is" question asks about ("who is so who me").
    private void JoinNamesHeardInPieces(List<(string Word, bool Capitalized, bool Possessive)> tokens, SpellingCorrector corrector)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var count = Math.Min(3, tokens.Count - i); count >= 1; count--)
            {
                var pieces = tokens.GetRange(i, count).Select(t => t.Word).ToList();
                // A word of the vocabulary ("south", "us", "treaty") is no piece of a name, nor a question's opening word
                // or a determiner ("is south o" is no "Ossetia", "is who tho" none either, "the bill off" no "Tibilov").
                if (pieces.Any(p => p.Any(char.IsDigit) || p.Length > 7 || !p.All(char.IsLetter) || (!WordLists.StopWords.Contains(p) && MatchPhrase([Stemmer.Stem(p)], 0) is not null))
                    || pieces[0] is "is" or "are" or "was" or "were" or "do" or "does" or "did" or "what" or "who" or "how" or "when" or "where" or "why" or "which" or "whats" or "whos"
                        or "the" or "this" or "that" or "his" or "her" or "their" or "my" or "our" or "your" or "its")
                {
                    continue;
                }

                var everyday = pieces.All(p => corrector.IsKnown(p) || EnglishWords.Contains(p))
                    && (pieces.Any(p => corrector.IsKnown(p) && !WordLists.StopWords.Contains(p)) || pieces.All(WordLists.StopWords.Contains));
                var heard = string.Concat(pieces.Select(AsHeard));
                string? name = null;
                if (count >= 2 && !everyday)
                {
                    name = corrector.NameThatSoundsLike(heard) is { } sounded && !EnglishWords.Contains(sounded) ? sounded : VocabularyName(string.Concat(pieces));
                }

                // A name the question points to, heard as everyday words or by a short key. Only what a question asks
                // about may be all little words: "who is so who me".
                if (name is null
                    && (corrector.NameThatSoundsLikeWhereExpected(heard) ?? (count >= 2 ? VocabularyName(string.Concat(pieces)) : null)) is { } expected
                    && ((!pieces.All(WordLists.StopWords.Contains) && AfterItsFirstWord(tokens, i, expected)) || (count >= 2 && AskedWhatItIs(tokens, i, count))))
                {
                    name = expected;
                }

                // A capitalized word of English ("States", "Security") is no name heard in pieces: "so thats" is not "states".
                if (name is not null && !pieces.Contains(name) && (!EnglishWords.Contains(name) || VocabularyName(name) == name))
                {
                    tokens[i] = (name, tokens[i].Capitalized, tokens[i + count - 1].Possessive);
                    tokens.RemoveRange(i + 1, count - 1);
                    break;
                }
            }
        }
    }

    // A piece as it sounds: "knee" has no "k"; the "e" of "me", or of the letter "e" dictated alone, is long: "so who me".
    private static string AsHeard(string piece) => piece switch
    {
        { Length: <= 2 } when piece[^1] == 'e' => piece + "e",
        _ when piece.StartsWith("kn", StringComparison.Ordinal) => piece[1..],
        _ => piece,
    };

    // "osetia", "leonid", "abcazia": pieces that spell a word the vocabulary has for a name.
    private string? VocabularyName(string joined) =>
        joined.Length >= 6 && _phrases.TryGetValue(Stemmer.Stem(joined), out var phrases)
        && phrases.Any(p => p.Stems.Length == 1) && phrases.Select(p => p.Key).Distinct().Count() == 1
            ? joined
            : null;

    // "leonid tea bill off", "jen sock ee": the name's first word just before, one the vocabulary reads as the name, or
    // which the vocabulary reads with it as one ("south" before Ossetia).
    private bool AfterItsFirstWord(List<(string Word, bool Capitalized, bool Possessive)> tokens, int i, string name)
    {
        if (i == 0)
        {
            return false;
        }

        var before = Stemmer.Stem(tokens[i - 1].Word);
        var nameKey = MatchPhrase([Stemmer.Stem(name)], 0)?.Key ?? Stemmer.Stem(name);
        return (MatchPhrase([before], 0) is { Length: 1 } alone && alone.Key == nameKey && before != alone.Key)
            || MatchPhrase([before, Stemmer.Stem(name)], 0) is { Length: 2 };
    }

    // "who is so who me", "whats sue hoomy", "um so who me is that a place": the pieces are all a question asks about.
    private static bool AskedWhatItIs(List<(string Word, bool Capitalized, bool Possessive)> tokens, int i, int count)
    {
        var before = tokens.Take(i).Select(t => t.Word).SkipWhile(w => w is "um" or "uh" or "so" or "ok" or "okay" or "wait" or "hey" or "and").ToList();
        var after = tokens.Skip(i + count).Select(t => t.Word).ToList();
        var asks = before is ["who" or "what", "is" or "does"] or ["whos" or "whats" or "who's" or "what's"] or ["who" or "what", "is", "this" or "the"]
            or ["whos" or "whats" or "who's" or "what's", "this" or "the"];
        var endsThere = after is [] or ["mean"] or ["is" or "and", ..];
        var asksAfter = before is [] && after is ["is", "that" or "it" or "this", ..] or ["what" or "who", "is", ..] or ["whats" or "whos"];
        return (asks && endsThere) || asksAfter;
    }

    // A thumb that missed the space bar runs two words together: "southossetia", "whosigned", "treatyname". A word that is
    // no word of English or of the bot, nor a typo of one ("breakway"), is two when it splits into two words the bot
    // knows, one of them a longer word of its vocabulary, neither shorter than MinRunTogetherPart. Without a vocabulary word
    // the pieces mislead more than they say: "counterparty", "roleplay", "standfirst" are words of their own.
    private void SplitRunTogetherWords(List<(string Word, bool Capitalized, bool Possessive)> tokens, SpellingCorrector corrector)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Word;
            if (word.Length < 2 * MinRunTogetherPart || word.Any(c => !char.IsLetter(c)) || corrector.IsKnown(word)
                || EnglishWords.ContainsWordOrInflection(word) || corrector.Correct(word) != word)
            {
                continue;
            }

            for (var at = MinRunTogetherPart; at <= word.Length - MinRunTogetherPart; at++)
            {
                var (first, second) = (word[..at], word[at..]);
                if (corrector.IsKnown(first) && corrector.IsKnown(second) && (InVocabulary(first) || InVocabulary(second)))
                {
                    var (_, capitalized, possessive) = tokens[i];
                    tokens[i] = (first, capitalized, false);
                    tokens.Insert(i + 1, (second, false, possessive));
                    i++;
                    break;
                }
            }
        }
    }

    // A vocabulary word of a few letters is too easily part of another word: "sitrep" is no "rep" (representative).
    private bool InVocabulary(string word) => word.Length > MinRunTogetherPart && _phrases.ContainsKey(Stemmer.Stem(word));

    private const int MinRunTogetherPart = 3;

    // "which person led the Russians?", "what two men signed it?": who, asked with a noun. Read so in a reader's question
    // only: a moderator's "which people signed it?" keeps the word the intent's other examples share.
    private static bool AsksWhoWithANoun(List<string> words, int i) =>
        words[i] is "person" or "persons" or "man" or "men" or "woman" or "women"
        && ((i >= 1 && words[i - 1] is "which" or "what") || (i >= 2 && words[i - 2] is "which" or "what" && words[i - 1] is "two" or "2"));

    // "Tell me about..." and "give me the date" are filler, "what did Putin tell Tibilov" is not.
    private static bool IsFiller(List<string> words, int i)
    {
        var toReader = i + 1 < words.Count && words[i + 1] is "me" or "us" or "u";
        var afterSubject = (i >= 2 && words[i - 2] is "did" or "does" or "do" or "will" or "would") || (i >= 3 && words[i - 3] is "did" or "does" or "do" or "will" or "would");
        return words[i] switch
        {
            "tell" or "told" => toReader || !afterSubject,
            "give" or "show" => toReader,
            // "do the troops get merged": "get" before a participle is the passive, not receiving.
            // "can someone get me the quote": the reader's request, as "give me" is.
            "get" or "gets" or "getting" => toReader || (i + 1 < words.Count && words[i + 1].EndsWith("ed", StringComparison.Ordinal)),
            // "I believe it was signed on the 8th", "in the Kremlin, as I'd assume": the reader's own belief.
            "think" or "believe" or "assume" or "suppose" or "guess" or "reckon" or "gather" or "understand" or "thought" or "believed" or "assumed"
                => i >= 1 && words[i - 1] is "i" or "i'd" or "id" or "we" or "i'm" or "im",
            "deal" => AsksWhatAbout(words, i),
            // "I want to know who signed" is the asker's wish; "does South Ossetia want this?" asks about someone else's.
            "want" or "wants" or "wanted" or "wanna" => WantedByTheAsker(words, i),
            _ when WordLists.AskersOwn.Contains(words[i]) => IsAskersOwn(words, i),
            _ => WordLists.Filler.Contains(words[i]),
        };
    }

    // Someone else's wish has its subject just before ("they want", "South Ossetians want") after a "do/does/did"
    // opening; "who wrote this, want to credit them" leaves out the asker's "I".
    private static bool WantedByTheAsker(List<string> words, int i)
    {
        var before = words.Skip(Math.Max(0, i - 4)).Take(Math.Min(4, i)).ToList();
        var askedOfSomeone = before.Any(w => w is "does" or "do" or "did" or "doesn't" or "didn't") || (i >= 1 && words[i - 1] is "he" or "she" or "they" or "it" or "people");
        return !askedOfSomeone || before.Any(w => w is "i" or "we" or "you" or "u" or "ya" or "i'd" or "id")
            || (WordLists.AskersOwn.Contains(words[i - 1]) && IsAskersOwn(words, i - 1));
    }

    // "my cousin", "for readers", "for my slides", "our class project", "for a class project": the asker's own, two
    // words back at most.
    private static bool IsAskersOwn(List<string> words, int i) =>
        (i >= 1 && words[i - 1] is "my" or "our" or "for")
        || (i >= 2 && (words[i - 2] is "my" or "our" || (words[i - 2] == "for" && words[i - 1] is "a" or "an")));

    // "what's the deal with the warning signs?" asks what about them; no treaty is meant.
    private static bool AsksWhatAbout(List<string> words, int i) =>
        words[i] == "deal" && i >= 2 && words[i - 1] == "the" && words[i - 2] is "what" or "whats" or "is" && i + 1 < words.Count && words[i + 1] == "with";

    private (int Length, string Key)? MatchPhrase(string[] stems, int start)
    {
        if (!_phrases.TryGetValue(stems[start], out var candidates))
        {
            return null;
        }

        foreach (var (phrase, key) in candidates)
        {
            if (start + phrase.Length <= stems.Length && phrase.AsSpan().SequenceEqual(stems.AsSpan(start, phrase.Length)))
            {
                return (phrase.Length, key);
            }
        }

        return null;
    }

    private static string[] StemAll(string phrase) => Tokenizer.Tokenize(phrase).Select(Stemmer.Stem).ToArray();
}
