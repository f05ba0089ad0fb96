namespace ChatBot.Core.Matching;

/// <summary>
/// Finds who a question says spoke or acted: "what did Tibilov say", "how did Georgia react", "what was Mogherini's
/// statement". The matcher compares them with the speakers of an intent's examples, because a question that swaps
/// the roles ("what did Tibilov say" to an answer about what Putin told Tibilov) uses the same words for another fact.
/// </summary>
internal static class SpeakerReader
{
    private const int MaxSpeakerWords = 6;

    // Verbs of saying, reacting and committing whose subject is the fact's actor (compared as stems).
    private static readonly HashSet<string> Verbs = new[]
    {
        "say", "said", "says", "tell", "told", "announce", "claim", "declare", "react", "respond", "reply", "comment",
        "condemn", "criticize", "criticise", "slam", "denounce", "promise", "pledge", "warn", "complain", "urge", "demand",
        "stress", "accuse", "protest", "argue", "insist", "propose", "offer", "allocate", "give", "pay", "spend", "fund",
        "send", "sign", "think", "call", "raise", "note", "express",
    }.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

    // Nouns naming what someone said: "Mogherini's statement", "Georgia's reaction".
    private static readonly HashSet<string> Statements = new(StringComparer.Ordinal)
    {
        "reaction", "response", "statement", "position", "stance", "view", "take", "comment", "reply", "answer", "verdict", "words",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "did", "does", "do", "has", "have", "had", "will", "would", "could", "can", "didn't", "didnt", "doesn't", "doesnt",
    };

    // A subject does not run across a preposition or another verb: "did Putin tell Tibilov after the signing".
    private static readonly HashSet<string> Boundaries = new(StringComparer.Ordinal)
    {
        "after", "before", "about", "to", "with", "at", "in", "on", "for", "from", "during", "by", "than", "that",
    };

    // Titles and bodies name a role, not who holds it: "South Ossetia's foreign ministry" is South Ossetia speaking.
    private static readonly HashSet<string> RoleWords = new[]
    {
        "president", "minister", "ministry", "foreign", "deputy", "secretary", "state", "department", "spokeswoman",
        "spokesman", "spokesperson", "chief", "leader", "head", "delegation", "delegate", "government", "representative",
        "high", "affairs", "security", "policy", "official", "officials", "side", "authorities", "office", "prime",
    }.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="key"/> names someone rather than a role ("tibilov", not "foreign ministri").</summary>
    public static bool NamesSomeone(string key) => key.Split(' ').Any(w => !RoleWords.Contains(w));

    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "was", "were", "are" };

    /// <summary>The word spans that stand as the subject of a verb of saying or acting in <paramref name="words"/>.</summary>
    public static IEnumerable<string> Read(IReadOnlyList<string> words)
    {
        for (var verb = 1; verb < words.Count; verb++)
        {
            // "reply", "comment" and "answer" are nouns after "was" and verbs after "did".
            // "did Sukhumi get promised": the subject of a passive receives, it does not act.
            if (words[verb - 1] is "get" or "got" or "be" or "been" or "being")
            {
                continue;
            }

            var asNoun = Statements.Contains(words[verb]);
            var asVerb = Verbs.Contains(Stemmer.Stem(words[verb]));
            if (!asNoun && !asVerb)
            {
                continue;
            }

            for (var start = verb - 1; start >= 0 && verb - start <= MaxSpeakerWords + 1; start--)
            {
                if (QuestionTypeReader.IsQuestionWord(words[start]) || Boundaries.Contains(words[start]) || Verbs.Contains(Stemmer.Stem(words[start])))
                {
                    break;
                }

                if ((asNoun && Copulas.Contains(words[start])) || (asVerb && Auxiliaries.Contains(words[start])))
                {
                    if (verb - start > 1)
                    {
                        yield return string.Join(' ', words.Skip(start + 1).Take(verb - start - 1));
                    }

                    break;
                }
            }
        }
    }
}
