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
        // "this so-called treaty": the reader's scare quotes add nothing to what is asked, and "called" would ask for a name.
        var folded = SoCalled().Replace(TlDr().Replace(TextFolding.Fold(text), "tldr"), " ");
        // "as far as the piece reports", "as the article describes her", "if the article specifies it": the reader
        // asks what the article says, which every answer is; the words would only count against it.
        folded = AsTheArticleSays().Replace(folded, " ");
        // "Does the article say when the talks resume?", "where in the article is the term mentioned?": every answer is
        // what the article says, with the paragraph it says it in.
        folded = DoesTheArticleSay().Replace(folded, " ");
        folded = WhereInTheArticle().Replace(folded, "what is ");
        // "how much cash does Tskhinvali get out of this?" asks what it receives; "what does Russia get out of it?" asks
        // what it gains (see the vocabulary), which the article does not say.
        folded = HowMuchOutOf().Replace(folded, "${asked}get from");
        // "putin + who??": a sign standing for "and".
        folded = AndSign().Replace(folded, " and ");
        // "is it the same?", "are the two texts the same?": a yes/no question ending on "the same" compares; elsewhere
        // "the same" is mostly an action repeated ("did Russia do the same with Abkhazia?").
        folded = SameAtTheEnd().Replace(folded, "${check}similar");
        // "how does the piece characterise South Ossetia?", "how is Abkhazia described?": what the article says it is.
        folded = HowTheArticleDescribes().Replace(folded, "what is ");
        folded = HowIsItDescribed().Replace(folded, "what is ${thing}");
        // "who signed, so I attribute it correctly?": what the reader will do with the answer is no part of the question.
        folded = SoThatI().Replace(folded, string.Empty);
        // "which article of the treaty covers borders?" asks for a clause; "article" alone is the news article.
        folded = ArticleOfTheTreaty().Replace(folded, "clause");
        var tokens = new List<(string, bool, bool)>();
        var shouting = !folded.Any(char.IsLower);
        var end = folded.TrimEnd(' ', '?', '!', '.').Length;
        foreach (Match match in Word().Matches(folded))
        {
            // Readers abbreviate South Ossetia as "SO"; only in capitals, so "so what did they sign?" stays a word, or in
            // lower case where "so" cannot be the word: last, after a preposition ("did russia pledge 5 billion to so").
            var last = match.Index + match.Length >= end;
            var afterPreposition = tokens.Count > 0 && tokens[^1].Item1 is "to" or "for" or "with" or "from" or "in";
            if ((match.Value == "SO" && !shouting) || (match.Value == "so" && last && afterPreposition))
            {
                tokens.Add(("south", false, false));
                tokens.Add(("ossetia", false, false));
                continue;
            }

            var token = match.Value.ToLowerInvariant();
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

        // Dictated questions: "wear did they sign it?", "witch day was it?": a sound-alike of a question word, before an
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
        ["wear"] = "where", ["ware"] = "where", ["witch"] = "which", ["hoo"] = "who", ["wen"] = "when",
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

    // "tl;dr" is one word to a reader, three characters of punctuation to a tokenizer.
    [GeneratedRegex(@"\btl\s*;\s*dr\b", RegexOptions.IgnoreCase)]
    private static partial Regex TlDr();

    // A decimal is one number: "9.2 billion" must not also say "9 billion".
    [GeneratedRegex(@"\d+(?:[.,]\d+)+|[\p{L}\p{N}]+(?:'[\p{L}]+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?<check>\W*(?:and\s+|so\s+|but\s+)?(?:is|are|was|were|isn't|aren't|wasn't|weren't)\b(?:\s+[\w']+){1,5}?\s+)(?:the\s+)?same(?:\s+(?:text|texts|deal|thing|treaty|agreement|document|one|kind))?(?=\s*(?:then|too|now|or\s+not|,?\s*right)?\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex SameAtTheEnd();

    [GeneratedRegex(@"\barticles?(?=(?:\s+\d+)?\s+(?:of|in)\s+(?:the\s+|this\s+|that\s+)?(?:treaty|agreement|pact|deal|accord|document)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleOfTheTreaty();

    [GeneratedRegex(@"\bhow\s+(?:does|did|do)\s+(?:the|this)\s+(?:article|piece|story|text|report|author|writer)\s+(?:describe|characteri[sz]e|identify|portray|present|depict|label|refer\s+to)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex HowTheArticleDescribes();

    [GeneratedRegex(@"\bhow\s+(?:is|are|was|were)\s+(?<thing>(?:[\p{L}'-]+\s+){1,4}?)(?:described|characteri[sz]ed|identified|portrayed|presented|depicted|labell?ed|referred\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowIsItDescribed();

    [GeneratedRegex(@"[,;]\s*so\s+(?:that\s+)?(?:i|we)\s+(?:can\s+|could\s+)?[^?.!]*", RegexOptions.IgnoreCase)]
    private static partial Regex SoThatI();

    [GeneratedRegex(@"^\W*(?:so\s+|and\s+)?(?:does|did)\s+(?:the|this)\s+(?:article|piece|story|text|report|write-?up)\s+(?:say|state|mention|report|name|specify|indicate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoesTheArticleSay();

    [GeneratedRegex(@"\bwhere\s+in\s+(?:the|this)\s+(?:article|piece|story|text|report)\s+(?:is|are|was|were|does|do)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhereInTheArticle();

    [GeneratedRegex(@"(?<asked>\bhow\s+(?:much|many)\b.*?)\bget\s+out\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowMuchOutOf();

    [GeneratedRegex(@"\s[+&]\s")]
    private static partial Regex AndSign();

    [GeneratedRegex(@"\bso[- ]called\b", RegexOptions.IgnoreCase)]
    private static partial Regex SoCalled();

    [GeneratedRegex(@"\bas\s+(?:described|reported|stated|mentioned|written|said|told|explained)\s+(?:in|by)\s+(?:the|this)\s+(?:piece|article|story|text|report|write-?up)\b|\b(?:as\s+far\s+as|as|if|insofar\s+as)\s+(?:the|this)\s+(?:piece|article|story|text|report|write-?up)\s+(?:reports|says|goes|describes|puts|frames|tells|specifies|mentions|knows|is\s+concerned|has\s+it|explains)(?:\s+(?:it|her|him|them|that|us))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsTheArticleSays();
}
