using System.Text.RegularExpressions;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answers;

/// <summary>
/// Finds the greeting, thanks or farewell in a chat message that asks nothing: "Good morning, I'm a history teacher",
/// "gotta go pack, bye", "thanks, that's really helpful for my lesson", "thank u for the figures". The rest is the
/// reader talking about themselves, which no intent accounts for and which would otherwise sink the small talk.
/// </summary>
internal static partial class SocialRemark
{
    // Words that make the rest of a message a request, whatever punctuation it lacks: "hi, tell me who signed".
    private static readonly HashSet<string> RequestWords = new(StringComparer.Ordinal)
    {
        "tell", "explain", "give", "show", "summarize", "summarise", "describe", "list", "define", "wondering", "know",
        "recommend", "suggest",
    };

    /// <summary>
    /// The clauses that may carry the social part: the first and the last. None when the message asks something: a
    /// question mark, a question word or a request.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string message)
    {
        if (message.Contains('?'))
        {
            return [];
        }

        var clauses = ClauseEnd().Split(message).Select(c => c.Trim()).Where(c => c.Any(char.IsLetter)).ToList();
        if (clauses.Any(Requests))
        {
            return [];
        }

        var candidates = clauses.Count < 2 ? new List<string>() : [clauses[0], clauses[^1]];
        // "good morning robot", "see ya later robot": the bot addressed by what it is.
        var words = Tokenizer.Tokenize(message).ToList();
        if (words.Count > 1 && Addressees.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
            candidates.Add(string.Join(' ', words));
        }

        // "i have to go to lunch now bye", "hey its me jayden from class 5b": a farewell last or a greeting first,
        // without a comma to set it apart.
        if (words.Count > 1)
        {
            candidates.AddRange(new[] { words[0], words[^1] }.Where(IsSocialWord));
        }

        return candidates;
    }

    private static readonly HashSet<string> Addressees = new(StringComparer.Ordinal) { "robot", "bot", "chatbot", "newsbot", "computer", "ai" };

    // The words that are a greeting, thanks or farewell on their own.
    private static readonly HashSet<string> SocialWords = new(StringComparer.Ordinal)
    {
        "hi", "hey", "hello", "helo", "hiya", "heya", "howdy", "greetings", "hallo", "hola", "privet", "salut",
        "bye", "cya", "goodbye", "goodnight", "gn", "ciao", "poka",
        "thanks", "thx", "thankyou", "thnx", "spasibo", "merci", "gracias", "danke",
    };

    // "byeee" is "bye" drawn out; "by" is no farewell ("it was signed by").
    private static bool IsSocialWord(string word) =>
        SocialWords.Contains(word) || (word.Length > 3 && word.StartsWith("bye", StringComparison.Ordinal) && word[3..].All(c => c == 'e'));

    /// <summary>
    /// The thanks of "thank u for the figures", "many thanks for your help", "ok thanks!! my teacher will be happy": what
    /// is thanked for, or what the reader says of themselves or the help after it, is no question.
    /// </summary>
    public static string? Thanks(string message)
    {
        if (message.Contains('?'))
        {
            return null;
        }

        if (ThanksFor().Match(message) is { Success: true } thanksFor)
        {
            return Requests(message[(thanksFor.Index + thanksFor.Length)..]) ? null : thanksFor.Groups["thanks"].Value;
        }

        // "thanks, my dad says it was signed in Moscow" passes on a claim to check.
        return ThanksThenRemark().Match(message) is { Success: true } thanks && message[(thanks.Index + thanks.Length)..] is var remark
            && !Requests(remark) && !Reported().IsMatch(remark) ? thanks.Groups["thanks"].Value : null;
    }

    private static bool Requests(string text) =>
        Tokenizer.Tokenize(text) is var words
        && (words.Any(w => QuestionTypeReader.IsQuestionWord(w) || RequestWords.Contains(w))
            // "hey did they complain about NATO" asks after its greeting.
            || words.SkipWhile(IsSocialWord).FirstOrDefault() is { } first && WordLists.YesNoOpeners.Contains(first));

    [GeneratedRegex(@"^\W*(?<thanks>(?:many\s+|big\s+)?(?:thanks|thank\s+(?:you|u|ya)|thx|ty)(?:\s+(?:so|very)\s+much)?)\s+for\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThanksFor();

    // Thanks, then a remark about the reader, the bot or the help: "thanks, my teacher will be happy", "thank you that
    // helps", "thanks, that settles it", "ty i'll tell my class". Not "thanks, it was signed in Moscow right" or "thanks i need the date".
    [GeneratedRegex(@"^\W*(?:(?:ok|okay|great|cool|perfect|awesome|nice|wow|yay)\W+)?(?<thanks>(?:many\s+|big\s+)?(?:thanks|thank\s+(?:you|u|ya)|thx|ty|tysm|tq)(?:\s+(?:so|very)\s+much)?)[\s!.,]+(?=(?:my|our|you're|youre|you\s+are|ur|u\s+r|that's|thats|(?:that|this)\s+(?:helps|helped|was|is|settles|settled|answers|answered|clears|cleared|explains|covers|makes\s+sense|does\s+it)|it\s+(?:helps|helped)|i'll|ill|i\s+will|i'm|im|i\s+am|i\s+appreciate|i\s+really|(?:very|so|really)\s+helpful)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ThanksThenRemark();

    [GeneratedRegex(@"\b(?:says|said|thinks|thought|told|claims|claimed|reckons|heard|read)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reported();

    // Commas, semicolons, colons, sentence ends and dashes between words; a decimal point is no clause end.
    [GeneratedRegex(@"(?<!\d)[.](?!\d)|[,;:!]|\s[-–—]+\s")]
    private static partial Regex ClauseEnd();
}
