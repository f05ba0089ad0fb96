using System.Text.RegularExpressions;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Matching;

/// <summary>Splits text into lower-case word tokens after folding quotes; possessive 's is dropped.</summary>
internal static partial class Tokenizer
{
    /// <summary>Questions longer than this are cut before matching: no real question needs more, and it bounds the work per message.</summary>
    public const int MaxCharacters = 2000;

    public static List<string> Tokenize(string text) => TokenizeWithCase(text).Select(t => t.Word).ToList();

    /// <summary>Tokens with whether each was capitalized inside a sentence, a sign of a name ("Did China react?").</summary>
    public static List<(string Word, bool Capitalized)> TokenizeWithCase(string text) =>
        TokenizeFully(text).Select(t => (t.Word, t.Capitalized)).ToList();

    /// <summary>Tokens with case and whether each was possessive ("Putin's title": "putin" owns "title").</summary>
    public static List<(string Word, bool Capitalized, bool Possessive)> TokenizeFully(string text)
    {
        text = Bound(text);
        var folded = ReaderPhrasing.Plain(TextFolding.Fold(text));
        var tokens = new List<(string, bool, bool)>();
        var shouting = !folded.Any(char.IsLower);
        var end = folded.TrimEnd(' ', '?', '!', '.').Length;
        foreach (Match match in Word().Matches(folded))
        {
            // Readers abbreviate South Ossetia as "SO"; only in capitals, so "so what did they sign?" stays a word, or in
            // lower case where "so" cannot be the word: last, after a preposition ("did russia pledge 5 billion to so").
            // With its points ("S.O. gets 9.2bn?") it is never the word.
            var last = match.Index + match.Length >= end;
            var afterPreposition = tokens.Count > 0 && tokens[^1].Item1 is "to" or "for" or "with" or "from" or "in";
            var pointed = match.Value.Length > 2 && match.Value[1] == '.' && match.Value[0] is 'S' or 's';
            if ((match.Value == "SO" && !shouting) || (match.Value == "so" && last && afterPreposition) || pointed)
            {
                tokens.Add(("south", false, false));
                tokens.Add(("ossetia", false, false));
                continue;
            }

            // "U.S.", "U.N.": initials written with points are the word "US", "UN".
            var token = (char.IsLetter(match.Value[0]) ? match.Value.Replace(".", string.Empty) : match.Value).ToLowerInvariant();
            // "9,2 bn": a decimal comma, as most of Europe writes it; "1,000" keeps its thousands separator.
            token = DecimalComma().IsMatch(token) ? token.Replace(',', '.') : token;
            // "um", "uh": hesitation, not a word of the question.
            if (Hesitations.Contains(token))
            {
                continue;
            }

            var capitalized = char.IsUpper(match.Value[0]) && !StartsSentence(folded, match.Index);
            var possessive = token.EndsWith("'s", StringComparison.Ordinal);
            if (possessive)
            {
                token = token[..^2];
            }

            // "what's", "it's", "that's" are contractions of "is", not possessives.
            tokens.Add((token.Trim('\''), capitalized, possessive && !WordLists.StopWords.Contains(token + "'s")));
        }

        // Dictated and chat questions: "wear did they sign it?", "witch day was it?", "y did they revise it?": a sound-alike
        // or shorthand of a question word, before an
        // auxiliary or a noun, at the start of the question.
        if (tokens.Count > 1 && DictatedQuestionWords.TryGetValue(tokens[0].Item1, out var asked)
            && (WordLists.YesNoOpeners.Contains(tokens[1].Item1) || asked == "which"))
        {
            tokens[0] = (asked, false, false);
        }

        return tokens;
    }

    private static readonly HashSet<string> Hesitations = new(StringComparer.Ordinal) { "um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "hmmm" };

    private static readonly Dictionary<string, string> DictatedQuestionWords = new(StringComparer.Ordinal)
    {
        ["wear"] = "where", ["ware"] = "where", ["witch"] = "which", ["hoo"] = "who", ["wen"] = "when", ["y"] = "why",
    };

    /// <summary>The first <see cref="MaxCharacters"/> characters of <paramref name="text"/>, never ending on half an emoji.</summary>
    public static string Bound(string text)
    {
        if (text.Length <= MaxCharacters)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[MaxCharacters - 1]) ? MaxCharacters - 1 : MaxCharacters;
        return text[..cut];
    }

    private static bool StartsSentence(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '\'' or '(' or '*' or '-'))
            {
                return text[i] is '.' or '?' or '!' or ':' or ';';
            }
        }

        return true;
    }

    // A decimal is one number: "9.2 billion" must not also say "9 billion".
    [GeneratedRegex(@"\b(?:[Uu]\.[Ss]\.(?:[Aa]\.)?|[Uu]\.[Nn]\.|[Ee]\.[Uu]\.|[Uu]\.[Kk]\.|[Ss]\.\s?[Oo]\.?)(?!\w)|\d+(?:[.,]\d+)+|[\p{L}\p{N}]+(?:'[\p{L}]+)?")]
    private static partial Regex Word();


    [GeneratedRegex(@"^\d+,\d{1,2}$")]
    private static partial Regex DecimalComma();
}
