using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

/// <summary>
/// A chat writer's correction of their own typo, the way chats mark it: "who signed the treat *treaty", "what's the team
/// of the deal\n*term", "psakis roll, role*". The starred word takes the place of the word it corrects (see <see cref="Plain"/>).
/// </summary>
internal static partial class ReaderPhrasing
{
    // FuzzySharp's ratio from which a starred word is a correction of a word before it ("treat" and "treaty" 91, "roll"
    // and "role" 75; "the" and "term" 57). A starred word like no other is the writer's emphasis ("signed *where*?").
    private const int CorrectedWordSimilarity = 60;

    /// <summary><paramref name="folded"/> with the word a closing starred word corrects replaced by it.</summary>
    public static string WithSelfCorrection(string folded)
    {
        if (!folded.Contains('*') || StarredCorrection().Match(folded) is not { Success: true } starred)
        {
            return folded;
        }

        var correction = starred.Groups["word"].Value;
        var before = folded[..starred.Index];
        var end = starred.Groups["end"].Value;
        Match? corrected = null;
        var closest = CorrectedWordSimilarity - 1;
        foreach (Match word in Word().Matches(before))
        {
            // The later of two equally close words: a correction follows its typo closely.
            var similarity = FuzzySharp.Fuzz.Ratio(word.Value.ToLowerInvariant(), correction.ToLowerInvariant());
            if (similarity >= closest)
            {
                (corrected, closest) = (word, similarity);
            }
        }

        return corrected is null
            ? $"{before.TrimEnd()} {correction}{end}"
            : $"{before[..corrected.Index]}{correction}{before[(corrected.Index + corrected.Length)..].TrimEnd()}{end}";
    }

    /// <summary>
    /// <paramref name="folded"/> with a slip of the keyboard or the memory put right the way a speaker does it: "what did
    /// kiev.. i mean tbilisi say?", "when's the next minsk round... sorry i mean geneva lol", "how much did putin promise
    /// the donbass republic, i mean ossetia". The meant name takes the place of the name it corrects: the nearest of the
    /// words before it that names a place, a party or a person (<see cref="SlippedNames"/>); without one, nothing changes.
    /// </summary>
    public static string WithSlipCorrected(string folded)
    {
        if (!HasAny(folded, "mean") || SlipCorrection().Match(folded) is not { Success: true } slip)
        {
            return folded;
        }

        var before = folded[..slip.Index];
        var words = Word().Matches(before).TakeLast(SlipReach).ToList();
        if (words.Count == 0)
        {
            return folded;
        }

        // "what is srok of the treaty, I mean term?" puts right no name: the word the reader means is read where it stands.
        if (words.LastOrDefault(w => SlippedNames.Contains(w.Value.ToLowerInvariant())) is not { } slipped)
        {
            return folded;
        }

        var meant = slip.Groups["meant"].Value;
        return $"{before[..slipped.Index]}{meant}{before[(slipped.Index + slipped.Length)..]}{folded[(slip.Index + slip.Length)..]}";
    }

    // How far back a correction reaches for the name it puts right: "the next minsk round... i mean geneva".
    private const int SlipReach = 3;

    // The names a reader mixing this story up with others' slips on: the article's and its neighbours' places, parties
    // and people.
    private static readonly HashSet<string> SlippedNames = new(StringComparer.Ordinal)
    {
        "russia", "russian", "moscow", "kremlin", "georgia", "georgian", "tbilisi", "ossetia", "ossetian", "tskhinvali", "abkhazia",
        "abkhaz", "abkhazian", "sokhumi", "sukhumi", "crimea", "crimean", "geneva", "nato", "eu", "us", "usa", "un", "osce", "putin",
        "tibilov", "mogherini", "psaki", "karasin", "ukraine", "ukrainian", "kiev", "kyiv", "minsk", "belarus", "donbass", "donbas",
        "donetsk", "luhansk", "lugansk", "chechnya", "chechen", "grozny", "transnistria", "transdniestria", "moldova", "tiraspol",
        "karabakh", "armenia", "azerbaijan", "baku", "yerevan", "kosovo", "serbia", "medvedev", "lavrov", "poroshenko", "zelensky",
        "yanukovych", "kadyrov", "saakashvili", "stepanakert", "vienna", "paris", "brussels", "washington",
    };

    // "kiev.. i mean tbilisi", "minsk round... sorry i mean geneva", "republic, i mean ossetia": a pause, then "i mean" and
    // the one or two words meant, then the end of a phrase. Not "who signed it i mean the treaty" (no pause: what follows
    // says more) nor "..., i mean who signed it?" (a question started again; see StartedAgain).
    [GeneratedRegex(@"(?<=\p{L})\s*(?:\.{2,}|…|,|\s-+|\s–|—)\s*(?:(?:sorry|oops|sry|err?|uh)\s*,?\s*)?i\s+mean[t]?\s*,?\s+(?!(?:who|whom|whose|what|when|where|why|how|which|did|does|do|is|are|was|were|the|a|an|it|that|this|like|to|in|on|at|for)\b)(?<meant>\p{L}[\p{L}'-]*(?:\s+(?!(?:lol|lmao|haha|sorry|for|to|in|on|at|of|and|or|say|said|get|got|sign|signed|do|did)\b)\p{L}[\p{L}'-]*)?)(?=\s*(?:[,.!?;]|\s(?:lol|lmao|haha|sorry)\b|\s(?:for|to|in|on|at|of|and|or|say|said|get|got|sign|signed|do|did)\b|$))", RegexOptions.IgnoreCase)]
    private static partial Regex SlipCorrection();

    /// <summary>
    /// <paramref name="text"/> without the reader's turning away from what the bot took them to ask: "no, I mean the
    /// date", "not that one, the money", "not the pact, the meeting in switzerland. who was there?", "sorry not georgia
    /// specifically, i mean overall, how did...". What they do mean is what is left; the thing they do not mean goes.
    /// </summary>
    public static string WithoutRedirect(string text)
    {
        if (!HasAny(text, "not", "mean", "asking") || Redirect().Match(text) is not { Success: true } redirect)
        {
            return text;
        }

        // "not in moscow, right?" and "not the 25 years, eh?" check a value: a tag alone is no question of its own.
        var rest = text[redirect.Length..];
        return Tokenizer.Tokenize(rest).Any(w => !TagWords.Contains(w)) ? rest : text;
    }

    private static readonly HashSet<string> TagWords = new(StringComparer.Ordinal)
    {
        "right", "correct", "yes", "yeah", "yea", "yep", "eh", "innit", "no", "ok", "okay", "true", "huh", "is", "isn't", "isnt",
        "was", "wasn't", "wasnt", "it", "i", "am", "surely", "then", "so",
    };

    // "no, I mean", "nah i meant", "not that one,", "no not the date,", "not the treaty, the", "sorry not georgia
    // specifically, i mean", "i was asking about": the opening that turns away, up to what is meant.
    [GeneratedRegex(@"^\W*(?:(?:no+|nah|nope|sorry|oops|wait|uh|um)\b[\s,.!-]*)*(?:(?:not\s+(?:that(?:\s+one)?|this(?:\s+one)?|(?:the|his|her|their)\s+[\p{L}\d'-]+(?:\s+[\p{L}\d'-]+){0,2})\s*(?:[,.;:!]+|\s-+)\s*(?:(?:but|i\s+mean|i\s+meant)\b[\s,:]*)?)|(?:not\s+[\p{L}'-]+(?:\s+[\p{L}'-]+){0,2}\s*[,;-]?\s*)?(?:i\s+(?:mean|meant|'m\s+asking(?:\s+about)?|am\s+asking(?:\s+about)?|was\s+asking(?:\s+about)?))\b[\s,:]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Redirect();

    // The message's last word, starred before or after: "*treaty", "treaty*", "*treaty*", with any closing punctuation.
    [GeneratedRegex(@"(?:(?<=^|[\s,;])\*(?<word>\p{L}[\p{L}'-]*)\*?|(?<=[\s,;])(?<word>\p{L}[\p{L}'-]*)\*)(?<end>[.!?]*)\s*$")]
    private static partial Regex StarredCorrection();

    [GeneratedRegex(@"\p{L}[\p{L}'-]*")]
    private static partial Regex Word();
}
