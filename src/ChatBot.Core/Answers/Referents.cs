using System.Text.RegularExpressions;
using ChatBot.Core.Intents;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answers;

/// <summary>
/// Questions that point at a name said elsewhere ("who is that?", "who's the other guy?"), rewritten as the question
/// about that name ("who is Tibilov"), so the ordinary matching answers them.
/// </summary>
internal sealed partial class Referents(IntentIndex index)
{
    /// <summary>
    /// "... the name Tibilov in my feed. who is this guy?": a question about who or what "this" is asks about a name
    /// mentioned before it, so it is read as "who is Tibilov"; the last name first, as the closest one.
    /// </summary>
    public IEnumerable<AnalyzedText> AsksWhoNamed(AnalyzedText question, AnalyzedText preamble)
    {
        var words = AsWhoIs(question.Words);
        var identity = words.Count is >= 3 and <= 4
            && words[0] is "who" or "what"
            && words[1] is "is" or "was"
            && words[2] is "this" or "that" or "he" or "she" or "it"
            && (words.Count == 3 || words[3] is "guy" or "person" or "man" or "woman" or "place" or "one" or "thing");
        // "... Could you explain what it is?", "can you tell me who he is": the same question, embedded.
        identity |= words.Count >= 5
            && words[^3] is "who" or "what"
            && words[^2] is "this" or "that" or "he" or "she" or "it"
            && words[^1] is "is" or "was"
            && words[0] is "can" or "could" or "would" or "please" or "explain" or "tell";
        // The same in a learner's word order: "can you explain who is he?"
        identity |= words.Count >= 5
            && words[^3] is "who" or "what"
            && words[^2] is "is" or "was"
            && words[^1] is "this" or "that" or "he" or "she" or "it"
            && words[0] is "can" or "could" or "would" or "please" or "explain" or "tell";
        if (!identity)
        {
            return [];
        }

        // In both embedded word orders the question word is third from the end.
        var asked = words[0] is "who" or "what" ? words[0] : words[^3];
        // "the ossetian guy, who is he?" asks about a person, not the region the word names.
        var aboutPerson = asked == "who" && words.Any(w => w is "he" or "she" or "him" or "her" or "guy" or "man" or "woman" or "person");
        var names = preamble.Slots.Where(s => !s.IsFiller && index.IsName(s) && (!aboutPerson || index.People.Contains(index.IdentityOf(s))))
            .DistinctBy(s => s.Key)
            .Reverse();
        return names.Select(name => index.Analyzer.Analyze($"{asked} is {name.Surface}"));
    }

    // "wait whats that", "what's that?" (the tokenizer drops "'s"), "ok who's she": "what is that", "who is she".
    private static IReadOnlyList<string> AsWhoIs(IReadOnlyList<string> words)
    {
        var rest = words.SkipWhile(w => WordLists.DiscourseMarkers.Contains(w) || w == "wait").ToList();
        // "who is this guy exactly?", "what is it according to the article?": how precisely it is asked, not what.
        var end = rest.Count;
        end -= rest.Count > 5 && rest[^4] == "according" && rest[^3] == "to" && rest[^2] is "the" or "this" && rest[^1] is "article" or "story" or "piece" ? 4 : 0;
        while (end > 3 && TrailingPrecision.Contains(rest[end - 1]))
        {
            end--;
        }

        rest = end < rest.Count ? rest[..end] : rest;
        return rest switch
        {
            ["whats" or "whos", .. var after] => [rest[0] == "whats" ? "what" : "who", "is", .. after],
            // "who or what is that?": either way, what the name is.
            ["who" or "what", "or", "who" or "what", .. var after] => ["what", .. after],
            ["what" or "who", "this" or "that" or "he" or "she" or "it", ..] => [rest[0], "is", .. rest.Skip(1)],
            _ => rest.Count == words.Count ? words : rest,
        };
    }

    private static readonly HashSet<string> TrailingPrecision = new(StringComparer.Ordinal)
    {
        "exactly", "precisely", "again", "actually", "really", "even", "tho", "though", "anyway",
    };

    // What may come with the names of an elliptical follow-up: "and to Abkhazia?", "what about the US?", "ok, Sokhumi?"
    private static readonly HashSet<string> EllipsisWords = new(StringComparer.Ordinal)
    {
        "and", "what", "about", "how", "ok", "okay", "so", "to", "in", "for", "the", "of", "with", "also", "then", "but",
        "oh", "hmm", "wait", "regarding", "re", "now", "same",
    };

    /// <summary>
    /// "and Abkhazia?" after "what is South Ossetia?": the previous question asked again about the new name ("what is
    /// Abkhazia?"), one rewrite per name of the previous question the new one may stand in for, so the ordinary
    /// matching reads the whole question (its type, what it asks of the name) instead of two words.
    /// </summary>
    public IEnumerable<AnalyzedText> AsksTheSameOf(AnalyzedText question, AnalyzedText previous)
    {
        var content = question.Slots.Where(s => !s.IsFiller).ToList();
        var names = content.Where(index.IsName).ToList();
        // "what about the Georgian team?" after "who led the Russian team?", "same for the Abkhaz deal?" after "how long is
        // the treaty valid?": the thing the previous question asked about, or "one", stands beside the new name.
        var things = content.Where(s => !index.IsName(s) && IsThingOfPrevious(s, previous)).ToList();
        var standsFor = question.Words.Any(w => w is "one" or "side") || things.Count > 0;
        if (names.Count == 0 || names.Count + things.Count < content.Count(s => s.Word is not ("one" or "side"))
            || question.Words.Any(w => !EllipsisWords.Contains(w) && !names.Any(n => Covers(n, w)) && !things.Any(t => t.Word == w) && w is not ("one" or "side")))
        {
            yield break;
        }

        var replacement = string.Join(' ', names.Select(n => n.Word == n.Surface ? n.Word : NameWords(question.Words, n)));
        var words = previous.Words.ToList();
        // "and to Abkhazia?" after "how much did Russia pledge?": with no name after that preposition in the previous
        // question, the new name may also be added after it rather than take the place of whoever pledged.
        var nameAt = question.Words.ToList().IndexOf(names[0].Word);
        var preposition = nameAt > 0 && question.Words[nameAt - 1] is "to" or "for" or "with" or "from" ? question.Words[nameAt - 1] : null;
        var oldNames = previous.Slots.Where(s => !s.IsFiller && index.IsName(s) && !names.Any(n => n.Key == s.Key)).DistinctBy(s => s.Key).ToList();
        var addAfterPreposition = preposition is not null
            && !oldNames.Any(old => words.IndexOf(old.Word) is var at and > 0 && words[at - 1] == preposition);
        var replaced = false;
        foreach (var old in oldNames)
        {
            var at = words.IndexOf(old.Word);
            if (at < 0)
            {
                continue;
            }

            var length = old.Surface.Split(' ').Length;
            replaced = true;
            yield return index.Analyzer.Analyze(string.Join(' ', words.Take(at).Append(replacement).Concat(words.Skip(at + length))));
        }

        if (addAfterPreposition)
        {
            yield return index.Analyzer.Analyze(string.Join(' ', words.Append(preposition!).Append(replacement)));
            yield break;
        }

        // "and the Abkhaz one?" after "what is the treaty's term?" names no one to replace: the new name goes before the thing.
        if (!replaced && standsFor && previous.Slots.FirstOrDefault(s => !s.IsFiller && Things.Contains(s.Word)) is { } thing
            && words.IndexOf(thing.Word) is var before and >= 0)
        {
            yield return index.Analyzer.Analyze(string.Join(' ', words.Take(before).Append(replacement).Concat(words.Skip(before))));
        }
    }

    // "one" and "side" stand for whatever was asked about; another thing word must be the previous question's own.
    private static bool IsThingOfPrevious(Slot slot, AnalyzedText previous) =>
        (Things.Contains(slot.Word) && previous.Slots.Any(p => !p.IsFiller && (p.Key == slot.Key || p.Word == slot.Word)));

    // A multi-word name as the reader wrote it: its first word and the ones after it ("south ossetia").
    private static string NameWords(IReadOnlyList<string> words, Slot name)
    {
        var at = words.ToList().IndexOf(name.Word);
        return at < 0 ? name.Word : string.Join(' ', words.Skip(at).Take(name.Surface.Split(' ').Length));
    }

    private static bool Covers(Slot name, string word) =>
        name.Word == word || name.Surface.Split(' ').Length > 1 && name.Surface.Contains(Stemmer.Stem(word), StringComparison.Ordinal);

    private static readonly HashSet<string> PersonWords = new(StringComparer.Ordinal)
    {
        "he", "she", "him", "guy", "man", "woman", "person", "dude", "fella", "chap", "lady", "gentleman", "signatory", "signer",
        "spokeswoman", "spokesman", "spokesperson", "official", "diplomat", "leader",
    };

    /// <summary>Pronouns that stand for a person.</summary>
    public static readonly HashSet<string> PersonPronouns = new(StringComparer.Ordinal) { "he", "she", "him", "her", "his", "hers" };

    // "it" is left alone: it is the treaty far more often than a name.
    private static readonly HashSet<string> GroupPronouns = new(StringComparer.Ordinal) { "they", "them", "their", "its" };

    /// <summary>
    /// "when did he sign it?" after "who is Leonid Tibilov?", "what did its delegation do?" after "how did Georgia
    /// react?": the question with the one person (or the one name) of the previous question in place of the pronoun
    /// ("when did Leonid Tibilov sign it?"), or null when there is not exactly one.
    /// </summary>
    public AnalyzedText? WithPersonNamed(AnalyzedText question, AnalyzedText previous)
    {
        // "is she the US ambassador?" still asks about her; "what did they say about Georgia?" may not be about them.
        if (!question.Words.Any(PersonPronouns.Contains) && question.Slots.Any(s => !s.IsFiller && index.IsName(s)))
        {
            return null;
        }

        var names = previous.Slots.Where(s => !s.IsFiller && index.IsArticleName(s)).DistinctBy(s => s.Key).ToList();
        var people = names.Where(s => index.People.Contains(index.IdentityOf(s))).ToList();
        var (pronouns, named) = question.Words.Any(PersonPronouns.Contains) ? (PersonPronouns, people)
            : question.Words.Any(GroupPronouns.Contains) ? (GroupPronouns, names)
            : (null, []);
        return pronouns is not null && named is [var only]
            ? index.Analyzer.Analyze(string.Join(' ', question.Words.Select(w => pronouns.Contains(w) ? only.Surface : w)))
            : null;
    }

    /// <summary>
    /// "what's the Abkhaz one called?" after "what's the treaty called?": "one" stands for the thing the previous
    /// question named (the treaty), so the question is read with it ("what's the Abkhaz treaty called?"); null when
    /// the question has no such "one" or the previous question names no thing.
    /// </summary>
    public AnalyzedText? WithOneNamed(AnalyzedText question, AnalyzedText previous)
    {
        var words = question.Words;
        var one = words.ToList().FindIndex(w => w == "one");
        var thing = previous.Words.FirstOrDefault(Things.Contains);
        // "and the Georgian one?" asks the previous question again (see AsksTheSameOf): only a question with words of
        // its own ("called") is read with the thing.
        var asksItsOwn = question.Slots.Any(s => !s.IsFiller && !index.IsName(s) && s.Word != "one");
        if (one < 1 || thing is null || !asksItsOwn || words[one - 1] is "the" or "this" or "that" or "which" or "every" or "no" or "any" or "another")
        {
            return null;
        }

        return index.Analyzer.Analyze(string.Join(' ', words.Select((w, i) => i == one ? thing : w)));
    }

    /// <summary>
    /// "what happened there?" after "were there talks in Geneva too?": the question with the one name of the previous
    /// question that is no person in place of "there" ("what happened in Geneva?"), or null when the question names
    /// something of its own, has no such "there" ("is there...", "were there...") or the previous question no such name.
    /// </summary>
    public AnalyzedText? WithPlaceNamed(AnalyzedText question, AnalyzedText previous)
    {
        var words = question.Words;
        var there = words.ToList().FindIndex(w => w == "there");
        if (there < 0 || (there > 0 && words[there - 1] is "is" or "are" or "was" or "were" or "isn't" or "wasn't" or "be" or "been")
            || (there + 1 < words.Count && words[there + 1] is "is" or "are" or "was" or "were" or "be")
            || question.Slots.Any(s => !s.IsFiller && index.IsArticleName(s)))
        {
            return null;
        }

        var places = previous.Slots.Where(s => !s.IsFiller && index.IsArticleName(s) && !index.People.Contains(index.IdentityOf(s)))
            .DistinctBy(s => s.Key).ToList();
        return places is [var only]
            ? index.Analyzer.Analyze(string.Join(' ', words.Select((w, i) => i == there ? "in " + only.Surface : w)))
            : null;
    }

    // What "the other one" can stand for in this article's questions.
    private static readonly HashSet<string> Things = new(StringComparer.Ordinal)
    {
        "treaty", "deal", "agreement", "pact", "accord", "round", "delegation", "statement", "region", "team", "side",
    };

    /// <summary>
    /// "the ossetian guy, who is he?", "what's the other guy's position?" after an answer naming Putin and Tibilov: a
    /// question about some person, without a name, asks about the person of the previous question or answer whom an
    /// intent describes; only when there is exactly one such person.
    /// </summary>
    public AnalyzedText? AsksWhoTheOtherIs(AnalyzedText question, string previousQuestion, Intent previousIntent)
    {
        var words = question.Words;
        // Who someone is, or what their post is; "how long has she been in that job?" asks something else.
        // "what is her position exactly?" asks the same of the one person.
        var theirPost = words.Select((w, i) => (w, i)).Any(p => p.w is "her" or "his" && p.i + 1 < words.Count && words[p.i + 1] is "position" or "role" or "job" or "title" or "post");
        // "who said that?" after an answer reporting one person's words asks who that person is.
        var whoSaid = question.Type == QuestionType.Person && words.Any(SpeechVerbs.Contains)
            && question.Slots.All(s => s.IsFiller || SpeechVerbs.Contains(s.Word) || s.Word == "exactly");
        // "whos that?" after "who signed it with putin?": the one person the bot can say more about.
        var whoIsThat = question.Type == QuestionType.Person && words.Any(w => w is "that" or "this") && question.Slots.All(s => s.IsFiller);
        // "what's the treaty's official title?" asks the treaty's name, not an official's post.
        var ofTheTreaty = words.Any(w => w is "treaty" or "deal" or "agreement" or "pact" or "accord");
        var aboutSomeone = theirPost || whoSaid || whoIsThat || (words.Any(PersonWords.Contains)
            && (question.Type == QuestionType.Person || (question.Type == QuestionType.Open && !ofTheTreaty && words.Any(w => w is "position" or "role" or "job" or "title"))));
        // "who did he sign it with?", "who signed alongside him?" ask about someone else than "he": only a question of who
        // someone is (or of who said it) asks about the person.
        var asksWhoSomeoneIs = theirPost || whoSaid
            || words.Any(w => w is "is" or "was" or "are" or "were" or "whos" or "position" or "role" or "job" or "title")
            // "who's the other guy?" arrives as "who the other guy": the tokenizer drops the "'s".
            || words.Select((w, i) => (w, i)).Any(p => p.w == "who" && p.i + 1 < words.Count && words[p.i + 1] is "the" or "that" or "this" or "he" or "she" or "his" or "her");
        if (!aboutSomeone || !asksWhoSomeoneIs)
        {
            return null;
        }

        // "who said that?": the one whose words the previous answer reports, not whoever else it names.
        var mentioned = whoSaid
            ? index.Analyzer.Analyze(string.Join(' ', ReportedSpeaker().Matches(previousIntent.Answer).Select(m => m.Groups["who"].Value))).Slots
            : index.Analyzer.Analyze($"{previousQuestion} {previousIntent.Answer}").Slots;
        // "who is the leader of Abkhazia?" names someone else's region: not a question about the previous answer's people.
        if (question.Slots.Any(s => !s.IsFiller && index.IsArticleName(s) && !mentioned.Any(m => m.Key == s.Key)))
        {
            return null;
        }

        var people = mentioned.Where(s => !s.IsFiller && index.IsArticleName(s))
            .DistinctBy(s => s.Key)
            .Where(s => index.People.Contains(index.IdentityOf(s)))
            .ToList();
        return people is [var only] ? index.Analyzer.Analyze($"who is {only.Surface}") : null;
    }

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal) { "said", "say", "says", "stated", "spoke" };

    // Up to three words before a verb of speech in an answer: "spokeswoman Jen Psaki said", "Mogherini stated".
    [GeneratedRegex(@"(?<who>(?:[\p{L}'-]+\s+){1,3})(?:said|says|stated|noted|told|declared|announced)\b")]
    private static partial Regex ReportedSpeaker();
}
