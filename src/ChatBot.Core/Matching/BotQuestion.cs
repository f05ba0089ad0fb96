namespace ChatBot.Core.Matching;

/// <summary>
/// "Are you an AI analyst?", "am I chatting with a computer?", "is a mod typing these?": the reader asks what the bot
/// is. Whatever else they guess it might be ("a travel agent", "Russian propaganda"), the intent that says what the
/// bot is answers it.
/// </summary>
internal static class BotQuestion
{
    // What a reader guesses the bot to be.
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "ai", "bot", "chatbot", "robot", "human", "person", "computer", "machine", "program", "programme", "automated",
        "automatic", "chatgpt", "gpt", "mod", "moderator", "admin", "admins", "assistant", "software", "algorithm", "llm",
        // "Are you one of the hosts?", "are you an intern?": someone of the show or the desk, in the bot's place.
        "host", "hosts", "presenter", "presenters", "producer", "producers", "intern", "staff", "employee", "operator",
    };

    // What a reader calls the bot when asking what kind of thing it is.
    private static readonly HashSet<string> Things = new(StringComparer.Ordinal)
    {
        "service", "thing", "tool", "site", "app", "bot", "chatbot", "program", "programme", "system", "assistant", "software",
    };

    // Words a reader adds to "who are you?" without asking anything else.
    private static readonly HashSet<string> Asides = new(StringComparer.Ordinal)
    {
        "exactly", "anyway", "actually", "really", "then", "here", "lol", "even", "again", "now", "so", "ok", "and", "or",
    };

    /// <summary>True when <paramref name="words"/> (lower case, as the analyzer reads them) ask what the bot is.</summary>
    public static bool Asks(IReadOnlyList<string> words)
    {
        var addressed = words.Any(w => w is "you" or "u" or "ya" or "your" or "this" or "i" or "these");
        if (!addressed)
        {
            return false;
        }

        // "Who am I talking to, exactly?", "am I chatting with a computer?"
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i] is "am" && words[i + 1] is "i" && words[i + 2] is "talking" or "chatting" or "speaking" or "writing" or "corresponding" or "communicating" or "interacting")
            {
                return true;
            }
        }

        var plain = words.Where(w => !Asides.Contains(w)).ToArray();
        // "who are you?", "what r u lol": nothing asked but the bot itself.
        if (plain is [("who" or "what" or "wat"), ("are" or "r"), ("you" or "u")])
        {
            return true;
        }

        // "What is your purpose, exactly?", "what's your job?": what the bot is for.
        if (plain is ["what", "is" or "s", "your", "purpose" or "job" or "function" or "role" or "point"])
        {
            return true;
        }

        // "What kind of service is this?", "what sort of thing are you?": the bot as a kind of thing, not the treaty's
        // security services.
        if (plain is ["what", "kind" or "sort" or "type", "of", var thing, var verb, var subject]
            && Things.Contains(thing) && (verb, subject) is ("is", "this") or ("this", "is") or ("are", "you") or ("you", "are"))
        {
            return true;
        }

        // "Are you an AI travel agent?", "is this an ai?": a yes/no question about "you" or "this" that guesses a kind of
        // bot or person. "Is a mod typing these?", "is there a human behind this?": someone answering in its place.
        var guessed = words.Any(Kinds.Contains);
        var aboutTheBot = words.Count > 2 && words[0] is "are" or "r" or "is" && words[1] is "you" or "u" or "this";
        var someoneTyping = words.Any(w => w is "typing" or "behind" or "answering" or "replying") && words.Any(w => w is "this" or "these" or "me" or "you");
        return guessed && (aboutTheBot || someoneTyping);
    }
}
