using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

/// <summary>
/// "Give me the gist of the story", "summarise the news in one line", "what is this article about, in a nutshell?":
/// the reader asks for the whole story in short, which the intent that sums up the article answers, whatever the
/// reader adds about themselves ("I'm in a hurry", "for my homework").
/// </summary>
internal static partial class GistRequest
{
    /// <summary>True when <paramref name="words"/> (lower case, as the analyzer reads them) ask for a summary.</summary>
    public static bool Asks(IReadOnlyList<string> words)
    {
        if (!words.Any(w => Cues.Contains(w)))
        {
            return false;
        }

        var text = string.Join(' ', words);
        return GistWords().IsMatch(text) || AboutWhat().IsMatch(text);
    }

    /// <summary>
    /// True when <paramref name="words"/> ask for the whole story by name ("the gist", "a summary", "sum up", "what is it
    /// about"), not only for a plain manner ("in simple words", "briefly"), which other questions use too ("explain what
    /// South Ossetia is in simple words").
    /// </summary>
    public static bool AsksForTheWholeStory(IReadOnlyList<string> words) =>
        Asks(words) && WholeStory().IsMatch(string.Join(' ', words));

    /// <summary>
    /// True when <paramref name="word"/> is what the reader asks to have explained: just after "explain", "describe",
    /// "define" or "what is" ("explain photosynthesis in simple words"), so the reader's topic and not an aside ("what
    /// the author is reporting" is no question about reporting).
    /// </summary>
    public static bool IsWhatIsExplained(IReadOnlyList<string> words, string word)
    {
        var at = words.ToList().IndexOf(word);
        return at > 0 && (words[at - 1] is "explain" or "describe" or "define" or "whats"
            || (at > 1 && words[at - 2] == "what" && words[at - 1] is "is" or "are"));
    }

    // A word every summary request has; checked first so the regexes run on few questions.
    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "summary", "summarise", "summarize", "summarised", "summarized", "gist", "tldr", "nutshell", "overview", "recap",
        "synopsis", "rundown", "lowdown", "eli5", "sum", "short", "brief", "briefly", "main", "takeaway", "takeaways",
        "take", "top", "big", "basics", "core", "key", "bottom", "plain", "simple", "one", "5", "about", "principal",
    };

    [GeneratedRegex(@"\b(?:summary|summari[sz]e[sd]?|gist|tldr|nutshell|overview|recap|synopsis|rundown|lowdown|eli5|sum\s+(?:it\s+|this\s+|that\s+|everything\s+)?up|short\s+version|in\s+short|in\s+brief|briefly|(?:main|principal)\s+(?:points?|idea|news|event|story|takeaway)|takeaways?|take\s+away|top\s+line|big\s+(?:story|picture)|basics|core\s+facts|key\s+(?:facts|points)|bottom\s+line|in\s+(?:plain|simple)\s+(?:words|english|terms)|in\s+(?:one|a)\s+(?:sentence|line)|like\s+i'?m\s+5)\b")]
    private static partial Regex GistWords();

    [GeneratedRegex(@"\b(?:summary|summari[sz]e[sd]?|gist|tldr|nutshell|overview|recap|synopsis|rundown|lowdown|sum\s+(?:it\s+|this\s+|that\s+|everything\s+)?up|short\s+version|(?:main|principal)\s+(?:points?|idea|news|event|story|takeaway)|big\s+(?:story|picture)|bottom\s+line)\b|\bwhat(?:s|\s+is)?\s+(?:this|the|it)\s+(?:(?:article|story|piece|news|report)\s+)?(?:all\s+|actually\s+|even\s+|really\s+|basically\s+)?about\b")]
    private static partial Regex WholeStory();

    // "what is this article about?", "what's it all about?": the tokenizer has already dropped "'s".
    [GeneratedRegex(@"\bwhat(?:s|\s+is)?\s+(?:this|the|it)\s+(?:(?:article|story|piece|news|report)\s+)?(?:all\s+|actually\s+|even\s+|really\s+|basically\s+)?about\b")]
    private static partial Regex AboutWhat();
}
