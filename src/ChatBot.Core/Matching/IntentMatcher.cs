namespace ChatBot.Core.Matching;

/// <summary>
/// Scores intents for a question: weighted word overlap with the closest example, then penalties for every
/// question word the intent cannot account for and for asking a different kind of thing. A near miss
/// ("pledge to Crimea") keeps a high overlap but loses on the word the intent never mentions.
/// </summary>
internal sealed class IntentMatcher(IntentIndex index)
{
    private const double ContextWeight = 0.5;
    private const double CanonicalMatch = 0.9;
    private const double WordingMatch = 0.85;

    // A question of this many topic words or more rarely finds them all in one example: the words its intent accounts
    // for anywhere close part of the gap to full confidence (measured on the evaluation sets: 7 words and half the gap
    // answered 10 more questions with no more wrong facts; 5 or 6 words, or more of the gap, added wrong facts).
    private const int LongQuestion = 7;
    private const double LongQuestionCredit = 0.5;

    // A request for the gist answered by the intent that sums up the article: as sure as a quote of the article.
    private const double GistConfidence = 0.9;

    // Below WordingMatch a wording is only similar: enough for "did you mean", never for an answer.
    private const double WordingShortfall = 0.6;

    // An answer about another name of the one asked (measured on the suite: 0.7 answered 15 more, 2 fewer wrong facts).
    private const double AliasAnswerFactor = 0.7;

    // Per-thread buffers sized to the index: large knowledge bases must not allocate per question (see MatchScratch).
    private readonly ThreadLocal<MatchScratch> _scratch = new(() => new MatchScratch(index.Examples.Count, index.Intents.Count));
    private readonly ThreadLocal<MatchScratch> _nearMissScratch = new(() => new MatchScratch(index.AllNearMisses.Count, index.Intents.Count));

    /// <summary>
    /// Ranks intents for <paramref name="question"/>; <paramref name="context"/> (the previous question, or the sentences
    /// of the same message before the question) adds the words some intent knows at half weight. Context from the same
    /// message (<paramref name="contextIsPreamble"/>) is the reader's own framing: a name in it no intent can account
    /// for counts against the intent as it would in the question ("I'm from China. What did they say?").
    /// </summary>
    public IReadOnlyList<ScoredIntent> Match(AnalyzedText question, AnalyzedText? context = null, bool contextIsPreamble = false)
    {
        // A follow-up without its own question word asks what the previous question asked ("and to Abkhazia?" is still "how much").
        // A yes/no follow-up ("is this one the same?") asks a question of its own kind, and "date?" or "venue?" after
        // "who signed it?" asks for the kind of thing it names.
        var type = question.Type == QuestionType.Open && context is not null && !question.Words.Any(QuestionTypeReader.IsQuestionWord)
            && !(question.Words.Count > 0 && WordLists.YesNoOpeners.Contains(question.Words[0]))
            ? QuestionTypeReader.NamedKind(question.Words) ?? context.Type : question.Type;
        var options = index.Options;
        var query = question.Slots.DistinctBy(s => s.Surface).Select(s => (Slot: s, Weight: index.SlotWeight(s))).ToList();
        if (context is not null)
        {
            var present = query.Select(q => q.Slot.Key).ToHashSet(StringComparer.Ordinal);
            // Words no intent knows cannot match anything; they would only dilute the words that can.
            query.AddRange(context.Slots.Where(s => index.AllIntentFeatures.Contains(s.Key) || index.AllIntentFeatures.Contains(s.Surface))
                .Where(s => present.Add(s.Key))
                .Select(s => (s, index.SlotWeight(s) * ContextWeight)));
        }

        var queryWeight = query.Sum(q => q.Weight);
        if (queryWeight <= 0)
        {
            return [];
        }

        var reading = QuestionReading.Read(index, question, type, contextIsPreamble ? context : null, contextIsPreamble ? null : context);
        var best = Score(query, queryWeight);
        if (reading.CheckedValues.Count > 0)
        {
            CreditCheckedValues(best, query, reading);
        }

        if (type == QuestionType.Opinion && index.OpinionIntent is { } opinion && !best.Any(b => b.Intent == opinion))
        {
            // Whatever the topic, a question about the bot's own view is answered by the intent that says it has none.
            best.Add((opinion, 0.0));
        }

        if (reading.AsksWhatTheBotIs && index.BotIntent is { } bot && !best.Any(b => b.Intent == bot))
        {
            // "Are you an AI travel agent?": whatever the guess, the intent that says what the bot is answers it.
            best.Add((bot, 0.0));
        }

        var nearMiss = ClosestNearMiss(type, query, queryWeight, reading.AsksForWords ? reading.Speakers : null);
        var topic = IntentIndex.TopicKeys(question);
        // The topic words of a long question, read once for every candidate (see LongQuestion).
        var content = question.Slots.Where(s => !s.IsFiller).DistinctBy(s => s.Key).ToList();
        var longContent = content.Count >= LongQuestion ? (Slots: content, Weight: content.Sum(index.SlotWeight)) : ((List<Slot> Slots, double Weight)?)null;
        var ranked = best
            .Select(p => Judge(p.Intent, p.Score, question, reading, nearMiss > p.Score || IsOwnNearMiss(p.Intent, topic, type), longContent))
            .OrderByDescending(s => s.Confidence)
            .ToList();
        // "Give me the gist of the treaty story": the summary's words are few and common, so its overlap stays low;
        // when the intent that sums up the article is the closest and accounts for every word, it answers.
        // "give me the gist of the piece on the Russian treaty": the words of what the story is about favour whichever
        // answer uses them most, but the reader asked for the whole story, which the summary answers when it accounts for them.
        if (reading.AsksForGist && index.GistIntent is { } summary
            && ranked.FindIndex(r => r.Intent == index.Intents[summary]) is var at and >= 0
            && ranked[at] is { Unexplained.Count: 0, TypeMismatch: false } gist && gist.Confidence < GistConfidence
            && (at == 0 || GistRequest.AsksForTheWholeStory(question.Words)))
        {
            ranked.RemoveAt(at);
            ranked.Insert(0, gist with { Confidence = GistConfidence });
        }

        return ranked;
    }

    // Similarity of the query to each intent's closest example: weighted overlap, from both sides.
    private List<(int Intent, double Score)> Score(List<(Slot Slot, double Weight)> query, double queryWeight)
    {
        var options = index.Options;
        var scratch = _scratch.Value!;
        foreach (var (slot, weight) in query)
        {
            Accumulate(scratch, slot.Surface, weight);
            if (slot.Key != slot.Surface)
            {
                Accumulate(scratch, slot.Key, weight * CanonicalMatch);
            }

            scratch.EndSlot();
        }

        foreach (var exampleId in scratch.TouchedExamples)
        {
            var example = index.Examples[exampleId];
            var weight = scratch.Matched[exampleId];
            scratch.OfferIntent(example.Intent, Similarity(weight, queryWeight, example.WeightSum));
        }

        return scratch.TakeBestIntents(options.Candidates);
    }

    /// <summary>
    /// "Did they sign it in Geneva?" checks a value the reader guessed: to an intent that states that kind of value
    /// (where it was signed) the question is "where did they sign it?", so it is scored without the guess, which its
    /// examples never contain. Intents that do not state such a value keep the score with it.
    /// </summary>
    private void CreditCheckedValues(List<(int Intent, double Score)> best, List<(Slot Slot, double Weight)> query, QuestionReading reading)
    {
        // Intents answer different checks ("did Putin promise 5 billion?": the amount, not who promised); each group
        // of intents that answers the same checks is scored once without them. A group is the set of checks its intents
        // answer, as bits: no list per intent, however many intents answer a check (a year, at 10,000 intents).
        var checks = reading.CheckedValues.Take(31).ToList();
        var groups = new HashSet<int>();
        for (var intent = 0; intent < index.Intents.Count; intent++)
        {
            if (AnsweredChecks(intent, checks) is var mask and not 0)
            {
                groups.Add(mask);
            }
        }

        foreach (var mask in groups)
        {
            var answered = checks.Where((_, i) => (mask & (1 << i)) != 0).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            var rest = query.Where(q => !answered.Contains(q.Slot.Word)).ToList();
            var weight = rest.Sum(q => q.Weight);
            if (weight <= 0 || rest.Count == query.Count)
            {
                continue;
            }

            foreach (var (intent, score) in Score(rest, weight).Where(s => AnsweredChecks(s.Intent, checks) == mask))
            {
                var at = best.FindIndex(b => b.Intent == intent);
                if (at < 0)
                {
                    best.Add((intent, score));
                }
                else if (score > best[at].Score)
                {
                    best[at] = (intent, score);
                }
            }
        }
    }

    // Which of the checked values the intent's answer settles, one bit per check.
    private int AnsweredChecks(int intent, List<KeyValuePair<string, string>> checks)
    {
        var mask = 0;
        for (var i = 0; i < checks.Count; i++)
        {
            if (Answers(intent, checks[i].Value))
            {
                mask |= 1 << i;
            }
        }

        return mask;
    }

    /// <summary>
    /// Ranks intents by whole wording for questions made only of function words and filler ("what can you do?",
    /// "what is this about?"), which word weights cannot tell apart. Uses FuzzySharp on the folded word sequence.
    /// </summary>
    public IReadOnlyList<ScoredIntent> MatchWording(AnalyzedText question)
    {
        var wording = Wording(question.Words);
        if (wording.Length == 0)
        {
            return [];
        }

        var trimmed = Wording(question.Words.SkipWhile(WordLists.DiscourseMarkers.Contains));
        return index.WordingExamples
            .Select(e => (e.Intent, Score: Math.Max(FuzzySharp.Fuzz.Ratio(wording, e.Wording), trimmed.Length > 0 ? FuzzySharp.Fuzz.Ratio(trimmed, e.Wording) : 0) / 100.0))
            .GroupBy(e => e.Intent)
            .Select(g => (Intent: g.Key, Score: g.Max(e => e.Score)))
            .OrderByDescending(e => e.Score)
            .Take(index.Options.Candidates)
            .Select(e => new ScoredIntent(index.Intents[e.Intent], e.Score >= WordingMatch ? e.Score : e.Score * WordingShortfall, e.Score, [], false))
            .ToList();
    }

    /// <summary>How close the question's wording is to the closest example of <paramref name="intent"/>, 0..1 (FuzzySharp on folded words).</summary>
    public double WordingSimilarity(Intents.Intent intent, AnalyzedText question)
    {
        var wording = Wording(question.Words);
        return index.ExampleWordings[intent].Max(e => FuzzySharp.Fuzz.Ratio(wording, e)) / 100.0;
    }

    /// <summary>Words as one string for comparing wordings; "please", terms of address and apostrophes dropped so "im off pls" reads like "i'm off".</summary>
    public static string Wording(IEnumerable<string> words) =>
        string.Join(' ', words.Where(w => w is not ("please" or "pls" or "plz") && !WordLists.AddressTerms.Contains(w))).Replace("'", string.Empty, StringComparison.Ordinal);

    // Enough to rank an intent below one that equates the two names, not enough to decline it alone.
    private const double EquatedNamesShortfall = 0.8;

    private void Accumulate(MatchScratch scratch, string feature, double weight)
    {
        foreach (var example in index.Postings(feature))
        {
            scratch.OfferSlot(example, weight);
        }
    }

    // Weighted overlap from both sides: the share of the question matched and the share of the example matched.
    private double Similarity(double matched, double queryWeight, double exampleWeight)
    {
        var queryCoverage = matched / queryWeight;
        var exampleCoverage = Math.Min(1, matched / Math.Max(exampleWeight, 1e-9));
        return Math.Pow(queryCoverage, index.Options.QueryCoverageShare) * Math.Pow(exampleCoverage, 1 - index.Options.QueryCoverageShare);
    }

    // Moderators list near misses as questions the articles do not answer at all: a question closer to one of them
    // than to an intent's closest example asks what the near miss asks, which that answer does not say either.
    // Compared the way examples are scored (see Score), and only with near misses asking the same kind of thing: "was
    // the US represented?" is not "who represented the US?". The similarity of the closest one, 0 when none is close.
    private double ClosestNearMiss(QuestionType type, List<(Slot Slot, double Weight)> query, double queryWeight, IReadOnlyList<string>? speakers)
    {
        if (index.AllNearMisses.Count == 0)
        {
            return 0;
        }

        // The same accumulation as for examples (see Score), in buffers of its own.
        var scratch = _nearMissScratch.Value!;
        foreach (var (slot, weight) in query)
        {
            foreach (var n in index.NearMissPostings(slot.Surface))
            {
                scratch.OfferSlot(n, weight);
            }

            foreach (var n in index.NearMissPostings(slot.Key))
            {
                scratch.OfferSlot(n, weight * CanonicalMatch);
            }

            scratch.EndSlot();
        }

        // A near miss about another name in the place of the question's ("what did the US delegation say?" to "what did
        // the Ossetian delegation say?") is another question, however alike the words.
        var names = query.Where(q => index.IsName(q.Slot)).Select(q => q.Slot.Key).ToHashSet(StringComparer.Ordinal);
        var closest = 0.0;
        foreach (var n in scratch.TouchedExamples)
        {
            var nearMiss = index.AllNearMisses[n];
            // "What did NATO say?" is another question than "what did they say about NATO?" (speakers is null unless the
            // question itself asks for someone's words).
            var spokenOf = speakers is not null && nearMiss.Speakers.Count > 0 && nearMiss.Speakers.All(names.Contains) && !nearMiss.Speakers.Any(speakers.Contains);
            if (nearMiss.Text.Type == type && !NamesAnother(nearMiss.Names, names) && !spokenOf)
            {
                closest = Math.Max(closest, Similarity(scratch.Matched[n], queryWeight, nearMiss.WeightSum));
            }
        }

        scratch.ClearMatched();
        return closest;
    }

    private static bool NamesAnother(IReadOnlySet<string> nearMiss, HashSet<string> question) =>
        !nearMiss.IsSubsetOf(question) && !question.IsSubsetOf(nearMiss);

    // A tie goes to the examples, except for the very words of one of the intent's own near misses: an example with
    // them asks another kind of thing ("was the draft changed?" beside the near miss "why was the draft changed?").
    private bool IsOwnNearMiss(int intent, HashSet<string> topic, QuestionType type) =>
        index.NearMisses[intent].Any(n => n.Text.Type == type && topic.SetEquals(n.Topic));

    private ScoredIntent Judge(int intent, double lexical, AnalyzedText question, QuestionReading reading, bool nearMiss, (List<Slot> Slots, double Weight)? longContent)
    {
        var options = index.Options;
        var type = reading.Type;
        var choice = reading.Choice;
        var types = index.IntentTypes[intent];
        if ((type == QuestionType.Opinion && intent == index.OpinionIntent) || (reading.AsksWhatTheBotIs && intent == index.BotIntent))
        {
            return new ScoredIntent(index.Intents[intent], 1, lexical, [], false);
        }

        var vocabulary = index.IntentVocabularies[intent];
        var confidence = lexical;
        var unexplained = new List<string>();
        // "Is it 25 or 50 years?": one alternative is wrong by design; when the intent accounts for the other, it answers the choice.
        var leftKnown = choice is not null && question.Slots.Any(s => !s.IsFiller && choice.Left.Contains(s.Word) && Explains(vocabulary, s));
        var rightKnown = choice is not null && question.Slots.Any(s => !s.IsFiller && choice.Right.Contains(s.Word) && Explains(vocabulary, s));
        // "How is Georgia's Euro-Atlantic integration framed by the Abkhaz and South Ossetian delegations?": a long
        // question spreads over several examples' words; those the intent accounts for close part of the gap.
        if (longContent is { } content)
        {
            var explained = 0.0;
            foreach (var slot in content.Slots)
            {
                explained += Explains(vocabulary, slot) ? index.SlotWeight(slot) : 0;
            }

            confidence = lexical + ((1 - lexical) * LongQuestionCredit * Math.Pow(explained / Math.Max(content.Weight, 1e-9), 2));
        }

        foreach (var slot in question.Slots.DistinctBy(s => s.Key))
        {
            // "the gist of the story, I'm in a hurry": a word no intent or article knows is the reader's own aside.
            // Not what "explain" asks about: "explain photosynthesis in simple words" is no request for this story.
            var aside = reading.AsksForGist && intent == index.GistIntent && IsUnknownWord(slot) && !GistRequest.IsWhatIsExplained(question.Words, slot.Word);
            // "On what date did she make that statement?": the date a "when" answer gives is the one asked for.
            var dateAsked = type == QuestionType.Time && slot.Word is "date" or "day" && index.AnswerFacts[intent].HasDate && types.Contains(QuestionType.Time);
            if (slot.IsFiller || aside || dateAsked || UnknownAdverb(slot) || Explains(vocabulary, slot)
                || (rightKnown && choice!.Left.Contains(slot.Word)) || (leftKnown && choice!.Right.Contains(slot.Word))
                || (reading.CheckedValues.TryGetValue(slot.Word, out var unit) && Answers(intent, unit)))
            {
                continue;
            }

            unexplained.Add(slot.Word);
            confidence *= slot.IsNumber ? options.UnexplainedNumberFactor
                : index.IsName(slot) ? options.UnexplainedNameFactor
                : index.ArticleFeatures.Contains(slot.Key) || index.AllIntentFeatures.Contains(slot.Key) ? options.UnexplainedCommonWordFactor
                : options.UnknownWordFactor;
        }

        foreach (var name in reading.PreambleNames.Where(n => !Explains(vocabulary, n)))
        {
            unexplained.Add(name.Word);
            confidence *= options.UnexplainedNameFactor;
        }

        // A follow-up asks about what the previous question named: an intent explaining none of it answers something else.
        var leavesTopic = reading.FollowedNames.Count > 0 && !reading.FollowedNames.Any(n => Explains(vocabulary, n));
        if (leavesTopic)
        {
            unexplained.Add(string.Join(' ', reading.FollowedNames.Select(n => n.Word)) + " (asked before)");
            confidence *= options.UnexplainedNameFactor;
        }

        // "What did Tibilov say?" to an intent whose examples have only Putin speaking: the same words, another fact.
        var intentSpeakers = index.IntentSpeakers[intent];
        if (reading.Speakers.Count > 0 && intentSpeakers.Count > 0 && !reading.Speakers.Any(intentSpeakers.Contains))
        {
            unexplained.Add(string.Join(' ', reading.Speakers) + " (as speaker)");
            confidence *= options.UnexplainedNameFactor;
        }

        // "What's Putin's title?" to an intent that answers the treaty's title: a name owning what the intent's examples
        // give to someone else.
        var intentPossessors = index.IntentPossessors[intent];
        // A possessor that is part of a checked guess ("is Tibilov Georgia's president?") is the guess, not an owner.
        var foreignOwners = question.Possessors.Where(p => intentPossessors.Count > 0 && !intentPossessors.Contains(p) && index.Names.Contains(p)
            && !question.Slots.Any(s => s.Key == p && reading.CheckedValues.TryGetValue(s.Word, out var unit) && Answers(intent, unit))).ToList();
        if (foreignOwners.Count > 0)
        {
            unexplained.Add(string.Join(' ', foreignOwners) + " (as owner)");
            confidence *= options.UnexplainedNameFactor;
        }

        // "Who is Russia's foreign minister?" to an answer about the deputy minister: the qualifier makes it someone else.
        // Only when the role names whom the question asks for: "Karasin is minister of what?" and "is Karasin a minister?"
        // are answered by the qualified role, which corrects them.
        if (type == QuestionType.Person && !question.Words.Any(IntentIndex.Qualifiers.Contains) && question.Slots.Any(s => index.QualifiedRoles[intent].Contains(s.Key)))
        {
            unexplained.Add("(unqualified role)");
            confidence *= options.UnexplainedNameFactor;
        }

        // "Tskhinvali = South Ossetia?" asks how the two names relate: the intents whose examples equate them answer it.
        if (reading.EquatedNames.Count > 0 && !reading.EquatedNames.Any(index.IntentEquatedNames[intent].Contains))
        {
            confidence *= EquatedNamesShortfall;
        }

        // "What's Abkhazia in this story?" fits what Sokhumi means as well (the article's other name for Abkhazia), but
        // the answer that opens with Abkhazia as written says what it is.
        if (AnswersAnAlias(intent, question))
        {
            confidence *= AliasAnswerFactor;
        }

        var facts = index.AnswerFacts[intent];
        // "How many oblasts?" is not answered by "9 billion rubles": the answer must count the thing asked about. Those
        // who take part are counted by naming them ("how many delegations?" is a question of who, see QuestionTypeReader).
        var countsOther = reading.Counted is { Count: > 0 } && type != QuestionType.Person && !reading.Counted.Any(index.CountedThings[intent].Contains);
        var mismatch = facts.CannotAnswer(type) || countsOther || nearMiss || AnswersSomethingElse(intent, reading, question)
            || (reading.AsksForWords && !facts.HasWords)
            || (reading.AsksForAnIndividual && !index.NamesSomeone[intent])
            || (reading.GuessesItsName && !index.NamesThis[intent])
            || (type != QuestionType.Open && !types.Contains(type) && !(type == QuestionType.Year && facts.HasYear));
        if (mismatch)
        {
            confidence *= options.TypeMismatchFactor;
        }

        return new ScoredIntent(index.Intents[intent], confidence, lexical, unexplained, mismatch)
        {
            AnswersCheck = reading.CheckedValues.Values.Any(unit => Answers(intent, unit)),
            AnswersWhereOrWhenCheck = reading.CheckedValues.Values.Any(unit => unit is QuestionReading.PlaceUnit or QuestionReading.DateUnit && Answers(intent, unit)),
            AnswersWhoCheck = reading.CheckedValues.Values.Any(unit => unit == QuestionReading.PersonUnit + QuestionReading.NamedPerson && Answers(intent, unit)),
            LeavesTopic = leavesTopic,
        };
    }

    // Questions an intent's words fit but its answer does not: what the question asks of the name, event or doer it
    // mentions is not what the answer says about them.
    private bool AnswersSomethingElse(int intent, QuestionReading reading, AnalyzedText question)
    {
        var facts = index.AnswerFacts[intent];
        // "What is the OSCE?" to the co-chairs: naming it is not saying what it is.
        var identifiesOther = reading.IdentityOf.Count > 0 && !reading.IdentityOf.Any(index.IntentIdentities[intent].Contains);
        // "Did the Americans support it?", "who said this?": what someone did or said is never the bot's own view.
        var reportsOpinion = intent == index.OpinionIntent && (reading.AsksWhatHappened || (reading.Type != QuestionType.Opinion && question.Type == QuestionType.Person));
        // "What happened at the June 30 round?" to an answer that only says the round is scheduled.
        var notYetHappened = facts.OnlyScheduled && reading.AsksAboutAPastEvent;
        // "Did Russia actually pay the money?" to an answer that only reports the pledge.
        var promiseOnly = facts.OnlyPromised && reading.AsksIfDelivered;
        // "Who damaged the warning signs?" to an answer whose examples ask who did other things; an answer reporting
        // someone's words does name who said or promised them.
        var doerUnknown = reading.WhoVerb is { } verb && !index.WhoVerbs[intent].Contains(verb) && !(facts.HasWords && index.SpeechVerbs.Contains(verb));
        // "Which NATO bases?" to an answer that only mentions NATO infrastructure: picking one out needs an answer whose
        // examples ask to pick out that kind of thing.
        var thingUnknown = reading.WhichThing is { } thing && !index.WhichThings[intent].Contains(thing)
            && !(thing == IntentIndex.DateThing && facts.HasCalendarDate && index.IntentTypes[intent].Contains(QuestionType.Time));
        // "What happened in August 2008?" to an answer that names "the agreements of August 2008": a label, no event.
        var noEventThen = reading.EventTimes.Any(index.LabelTimes[intent].Contains);
        return identifiesOther || reportsOpinion || notYetHappened || promiseOnly || doerUnknown || thingUnknown || noEventThen;
    }

    // The intent's answer says what another name of the one the question names is ("Sokhumi is..." to a question naming
    // Abkhazia), while some intent's answer says what the name as written is.
    private bool AnswersAnAlias(int intent, AnalyzedText question)
    {
        var subject = index.AnswerSubjects[intent];
        if (subject.Count == 0)
        {
            return false;
        }

        var names = question.Slots.Where(s => !s.IsFiller && index.IsArticleName(s)).ToList();
        if (names.Select(s => s.Surface).Distinct().Count() != 1)
        {
            return false;
        }

        var (written, canonical) = IntentIndex.IdentityFormsOf(names[0]);
        return !subject.Contains(written) && subject.Contains(canonical) && index.AllAnswerSubjects.Contains(written);
    }

    // Whether the intent states the kind of value a yes/no question checks (see QuestionReading.CheckedValues).
    private bool Answers(int intent, string unit) => unit switch
    {
        QuestionReading.DateUnit => index.AnswerFacts[intent].HasDate && index.IntentTypes[intent].Contains(QuestionType.Time),
        QuestionReading.PlaceUnit => index.IntentTypes[intent].Contains(QuestionType.Place),
        QuestionReading.YearUnit => index.AnswerFacts[intent].HasYear,
        QuestionReading.PersonUnit => index.Intents[intent].Complete,
        QuestionReading.PresentUnit => index.Intents[intent].Complete && index.WhoVerbs[intent].Contains(IntentIndex.Present),
        QuestionReading.PersonUnit + QuestionReading.NamedPerson => index.Intents[intent].Complete && index.NamesSomeone[intent],
        QuestionReading.PresentUnit + QuestionReading.NamedPerson => index.Intents[intent].Complete && index.WhoVerbs[intent].Contains(IntentIndex.Present) && index.NamesSomeone[intent],
        QuestionReading.NameUnit => index.NamesThis[intent],
        _ when unit.StartsWith(QuestionReading.IdentityUnit, StringComparison.Ordinal) => index.IntentIdentities[intent].Contains(unit[QuestionReading.IdentityUnit.Length..]),
        _ => index.CountedThings[intent].Contains(unit),
    };

    // "Does the text differ materially from...?", "when precisely was it signed?": an adverb no intent or article knows
    // only says how the reader means the question (measured: unknown "-ly" words in the evaluation sets were the
    // reader's manner 18 times for each time one asked about something else).
    private bool UnknownAdverb(Slot slot) =>
        slot.Word.Length > 5 && slot.Word.EndsWith("ly", StringComparison.Ordinal) && IsUnknownWord(slot);

    // A word that is no number or name and that neither the articles nor any intent knows: the reader's own.
    private bool IsUnknownWord(Slot slot) =>
        !slot.IsNumber && !index.IsName(slot) && !index.ArticleFeatures.Contains(slot.Key) && !index.AllIntentFeatures.Contains(slot.Key);

    private static bool Explains(HashSet<string> vocabulary, Slot slot) =>
        vocabulary.Contains(slot.Surface) || vocabulary.Contains(slot.Key) || PartsKnown(slot, vocabulary);

    private static bool PartsKnown(Slot slot, HashSet<string> vocabulary) =>
        slot.Key.Contains(' ') && slot.Key.Split(' ').All(vocabulary.Contains);
}
