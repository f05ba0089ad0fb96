namespace ChatBot.Core.Matching;

/// <summary>
/// "Who was the American at the Geneva talks?", "what is the name of the Ossetian delegate?", "ossetia delegate name":
/// the reader asks who one person is, which only an answer that names someone answers; "who was at the talks?" asks
/// which parties were, and "who are the co-chairs?" may be organisations.
/// </summary>
internal static class IndividualAsked
{
    // A single person by role or nationality; "chair", "mediator" or "host" may as well be an organisation.
    private static readonly HashSet<string> OnePerson = new(StringComparer.Ordinal)
    {
        "representative", "delegate", "envoy", "diplomat", "head", "chief", "boss", "leader", "chairman",
        "chairwoman", "chairperson", "spokesperson", "spokesman", "spokeswoman", "negotiator", "ambassador", "minister",
        "president", "guy", "man", "woman", "person", "lady", "gentleman", "fellow", "dude", "american", "russian",
        "georgian", "ossetian", "abkhaz", "abkhazian", "secretary",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "this", "that", "their", "its" };

    /// <summary>True when <paramref name="words"/> (lower case, as the analyzer reads them) ask who one person is.</summary>
    public static bool Asks(IReadOnlyList<string> words)
    {
        // "who was the American at the talks?", "who's the ossetian guy?" (the tokenizer drops "'s").
        var who = words.ToList().IndexOf("who");
        if (who is >= 0 and <= 2)
        {
            var at = who + 1;
            at += at < words.Count && words[at] is "is" or "was" ? 1 : 0;
            if (at < words.Count && Determiners.Contains(words[at]) && NamesOne(words, at + 1))
            {
                return true;
            }

            // "who represented Georgia?", "who went to Geneva for Georgia?": the person who stood for a party.
            if (who + 1 < words.Count && (words[who + 1] is "represented" or "representing" or "represents"
                || (words[who + 1] is "went" or "came" or "attended" or "spoke" or "was" && ForAParty(words, who + 2))))
            {
                return true;
            }
        }

        // "what is the name of the Ossetian delegate?"
        var name = words.ToList().IndexOf("name");
        if (name >= 0 && name + 2 < words.Count && words[name + 1] == "of" && Determiners.Contains(words[name + 2]) && NamesOne(words, name + 3))
        {
            return true;
        }

        // "ossetia delegate name", "us rep name?"
        return words.Count >= 2 && words[^1] == "name" && OnePerson.Contains(words[^2]);
    }

    // "for Georgia", not "for the talks".
    private static bool ForAParty(IReadOnlyList<string> words, int from)
    {
        var at = words.Skip(from).ToList().IndexOf("for");
        return at >= 0 && from + at + 1 < words.Count && words[from + at + 1] is not ("the" or "a" or "an" or "this" or "that" or "it" or "them");
    }

    // The phrase's last word before a preposition or the end, within four words, is a person ("the American at the
    // talks", "the Russian delegation head"); "the Ossetian treaty" is a thing.
    private static bool NamesOne(IReadOnlyList<string> words, int from)
    {
        var end = from;
        while (end < words.Count && end < from + 4 && words[end] is not ("of" or "at" or "in" or "who" or "that" or "for" or "from" or "with" or "on" or "is" or "was" or "during"))
        {
            end++;
        }

        return end > from && OnePerson.Contains(words[end - 1]);
    }
}
