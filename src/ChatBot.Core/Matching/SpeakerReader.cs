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

    // Getting something: what follows is received, whoever is the subject.
    private static readonly HashSet<string> Receipts = new(StringComparer.Ordinal)
    {
        "get", "got", "gets", "getting", "receive", "received", "receives", "receiving", "obtain", "obtained", "won", "win",
    };

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

            // "did Abkhazia get a pledge of 2.9 bn?": a pledge received, not made.
            if (verb >= 2 && words[verb - 1] is "a" or "an" or "the" or "any" or "some" or "its" or "their" && Receipts.Contains(words[verb - 2]))
            {
                continue;
            }

            var asNoun = Statements.Contains(words[verb]);
            var asVerb = Verbs.Contains(Stemmer.Stem(words[verb]));
            if (!asNoun && !asVerb)
            {
                continue;
            }

            // "what said Tibilov in the ceremony?": a learner's inverted order, the speaker after the verb.
            if (asVerb && verb == 1 && words[0] is "what" or "whom" && words[verb] is "said" or "told" or "says" or "tells")
            {
                var inverted = words.Skip(2).TakeWhile(w => !Boundaries.Contains(w) && !WordLists.StopWords.Contains(w)).Take(MaxSpeakerWords).ToList();
                if (inverted.Count > 0)
                {
                    yield return string.Join(' ', inverted);
                }

                continue;
            }

            // "did Tibilov make a statement?": the statement made stands for the verb.
            var end = verb;
            if (asNoun && verb >= 2 && words[verb - 1] is "a" or "an" or "any" or "some" && words[verb - 2] is "make" or "made" or "issue" or "issued" or "give" or "gave")
            {
                (end, asVerb) = (verb - 2, true);
            }

            for (var start = end - 1; start >= -1 && end - start <= MaxSpeakerWords + 1; start--)
            {
                // "Tibilov said something after signing?": a claim opens with its speaker.
                if (start < 0)
                {
                    // Only a bare name: "the ossetians said X, to what?" asks about X, and "georgia told what" was told.
                    if (asVerb && end is 1 or 2 && words[end] is "said" or "stated" or "commented" or "responded" or "reacted" or "replied"
                        && !words.Take(end).Any(w => WordLists.StopWords.Contains(w) || WordLists.DiscourseMarkers.Contains(w)))
                    {
                        yield return string.Join(' ', words.Take(end));
                    }

                    break;
                }

                // "what Tibilov said after signing?", "how Georgia reacted?", "what Georgia say about it?": a learner's
                // question without "did".
                if (start == 0 && words[0] is "what" or "how" && asVerb && end - start > 1 && words[end] is "said" or "told" or "stated" or "commented" or "reacted" or "responded" or "replied" or "answered"
                        or "say" or "tell" or "state" or "comment" or "react" or "respond" or "reply" or "answer"
                    && !words.Skip(1).Take(end - 1).Any(w => WordLists.StopWords.Contains(w)))
                {
                    yield return string.Join(' ', words.Skip(1).Take(end - 1));
                    break;
                }

                if (QuestionTypeReader.IsQuestionWord(words[start]) || Boundaries.Contains(words[start]) || Verbs.Contains(Stemmer.Stem(words[start])))
                {
                    break;
                }

                if ((asNoun && end == verb && Copulas.Contains(words[start])) || (asVerb && Auxiliaries.Contains(words[start])))
                {
                    if (end - start > 1)
                    {
                        yield return string.Join(' ', words.Skip(start + 1).Take(end - start - 1));
                    }

                    break;
                }
            }
        }
    }
}
