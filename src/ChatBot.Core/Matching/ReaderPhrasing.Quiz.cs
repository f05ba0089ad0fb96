using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

internal static partial class ReaderPhrasing
{
    /// <summary>
    /// <paramref name="text"/> as the question a quiz prompt asks: "Q: who signed it?", "For 10 points: when was it
    /// signed?" lose their label (as "genuine question: is there an end date?" does); "Name the EU foreign-policy chief quoted" asks who she is and "Name the Swiss city where ..."
    /// what it is; the options of "The article was written by a) Psaki b) Bokhua c) Mogherini" go (the bot answers from the
    /// article, never by picking one), and "Fill in the blank: signed by Putin and ____" asks what fills it.
    /// </summary>
    public static string WithoutQuizFrame(string text)
    {
        if (!HasAny(text, ":", ")", "name", "___", "paragraph"))
        {
            return text;
        }

        text = ParagraphFrame().Replace(QuizLabel().Replace(text, string.Empty), string.Empty);
        // Only after a stem of three words or more: "was it a) Putin or b) Medvedev?" is a choice the engine reads itself.
        if (Options().Match(text) is { Success: true } options && StemWords().Count(text[..options.Index]) >= 3)
        {
            // The stem alone: "The article was written by" asks by whom, as "The treaty is called" asks what.
            var stem = text[..options.Index].TrimEnd(' ', ':', '-', ',');
            text = StemEndsOpen().IsMatch(stem) ? stem + " " + (stem.EndsWith("by", StringComparison.OrdinalIgnoreCase) ? "whom" : "what") + "?" : stem;
        }

        // Blanks in the treaty's name ask the name: "signed the '_____ and _____ treaty'" is "the treaty called what".
        text = NameBlank().Replace(text, blank => " " + blank.Groups["thing"].Value + " called what ");
        // A blank after "by" or "by Putin and" stands for a person.
        text = Blank().Replace(text, blank => ByWhom().IsMatch(text[..blank.Index]) ? " who " : " what ");
        return NameThe().Replace(text, name => (name.Groups["person"].Success ? "who" : "what")
            + (name.Groups["count"].Success ? " are the " : " is the ") + name.Groups["count"].Value + name.Groups["person"].Value);
    }

    // "Q:", "Q3.", "Question 2 -", "Claim:" (not "True or false:" or "Fact check:", which
    // TagQuestion reads as the check they are), "Genuine question:", "sorry, noob question:", "For 10 points:", "Bonus round:", "Trivia:", "Quiz time!", "Multiple choice:", "Fill in
    // the blank:", "Fill in:" at the start.
    [GeneratedRegex(@"^\W*(?:(?:q\s*\d*|(?:(?:sorry,?\s+)?(?:genuine|honest|serious|quick|dumb|stupid|noob|random|simple|basic|silly|hw|homework)\s+)?question\s*#?\d*|for\s+\d+\s+points?|bonus(?:\s+(?:round|question))?|trivia(?:\s+(?:question|time))?|quiz(?:\s+(?:question|time))?|round\s+\d+|multiple[\s-]+choice|fill\s+in(?:\s+the\s+blanks?)?|claim)\s*[:.)!-]+\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex QuizLabel();

    // "According to the last paragraph,", "In paragraph 3:": where the worksheet points, which the answer cites anyway.
    [GeneratedRegex(@"^\W*(?:according\s+to|in|from|based\s+on)\s+(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|last|final|opening|closing|\d+(?:st|nd|rd|th)?)\s+paragraph|paragraph\s+\d+)\s*[,:]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphFrame();

    // One or two blanks right before the thing they name, inside quotes or not: "the '_____ and _____ treaty'".
    [GeneratedRegex(@"\s*['""“‘]?\s*(?:_{3,}|\.{4,})(?:\s*(?:and|&)\s*(?:_{3,}|\.{4,}))?\s+(?<thing>treaty|agreement|pact|deal)\s*['""”’]?", RegexOptions.IgnoreCase)]
    private static partial Regex NameBlank();

    // Lettered options to the end, at least two in order: "a) X b) Y c) Z", "(a) X (b) Y", "A. X B. Y".
    [GeneratedRegex(@"\s*[:,-]?\s*\(?[aA]\s*[).]\s+[^()]{1,80}?\s+\(?[bB]\s*[).]\s+.+$")]
    private static partial Regex Options();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex StemWords();

    // A stem that stops where its answer would stand: "written by", "is called", "was", "scheduled for".
    [GeneratedRegex(@"\b(?:by|for|in|on|at|to|of|from|with|as|was|is|are|were|called|named)$", RegexOptions.IgnoreCase)]
    private static partial Regex StemEndsOpen();

    // Three or more underscores, or dots standing for a word: "signed by Putin and ____".
    [GeneratedRegex(@"\s*(?:_{3,}|\.{4,})\s*")]
    private static partial Regex Blank();

    [GeneratedRegex(@"\bby(?:\s+\p{Lu}[\p{L}-]*)*(?:\s+and)?\s*$")]
    private static partial Regex ByWhom();

    // "Name the ..." at the start: who for a person's title ("Name the two leaders who signed"), what for the rest ("Name
    // the three organisations that co-chaired").
    [GeneratedRegex(@"^\W*name\s+(?:all\s+|both\s+)?the\s+(?<count>(?:two|three|four|five|\d+)\s+)?(?<person>(?:[\p{L}-]+\s+){0,4}?(?:leaders?|chiefs?|spokes(?:man|woman|person)|ministers?|presidents?|author|writer|journalist|officials?|heads?|diplomats?|man|men|woman|women|person|people|signatories|politicians)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex NameThe();
}
