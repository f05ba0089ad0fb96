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

    // Below WordingMatch a wording is only similar: enough for "did you mean", never for an answer.
    private const double WordingShortfall = 0.6;

    // Per-thread buffers sized to the index: large knowledge bases must not allocate per question (see MatchScratch).
    private readonly ThreadLocal<MatchScratch> _scratch = new(() => new MatchScratch(index.Examples.Count, index.Intents.Count));

    /// <summary>Ranks intents for <paramref name="question"/>; <paramref name="context"/> (the previous question) adds its words at half weight.</summary>
    public IReadOnlyList<ScoredIntent> Match(AnalyzedText question, AnalyzedText? context = null)
    {
        // A follow-up without its own question word asks what the previous question asked ("and to Abkhazia?" is still "how much").
        var type = question.Type == QuestionType.Open && context is not null && !question.Words.Any(QuestionTypeReader.IsQuestionWord) ? context.Type : question.Type;
        var options = index.Options;
        var query = question.Slots.DistinctBy(s => s.Surface).Select(s => (Slot: s, Weight: index.SlotWeight(s))).ToList();
        if (context is not null)
        {
            var present = query.Select(q => q.Slot.Key).ToHashSet(StringComparer.Ordinal);
            query.AddRange(context.Slots.Where(s => present.Add(s.Key)).Select(s => (s, index.SlotWeight(s) * ContextWeight)));
        }

        var queryWeight = query.Sum(q => q.Weight);
        if (queryWeight <= 0)
        {
            return [];
        }

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
            var queryCoverage = weight / queryWeight;
            var exampleCoverage = Math.Min(1, weight / Math.Max(example.WeightSum, 1e-9));
            var similarity = Math.Pow(queryCoverage, options.QueryCoverageShare) * Math.Pow(exampleCoverage, 1 - options.QueryCoverageShare);
            scratch.OfferIntent(example.Intent, similarity);
        }

        var best = scratch.TakeBestIntents(options.Candidates);
        return best
            .Select(p => Judge(p.Intent, p.Score, question, type))
            .OrderByDescending(s => s.Confidence)
            .ToList();
    }

    /// <summary>
    /// Ranks intents by whole wording for questions made only of function words and filler ("what can you do?",
    /// "what is this about?"), which word weights cannot tell apart. Uses FuzzySharp on the folded word sequence.
    /// </summary>
    public IReadOnlyList<ScoredIntent> MatchWording(AnalyzedText question)
    {
        var wording = string.Join(' ', question.Words);
        if (wording.Length == 0)
        {
            return [];
        }

        return index.WordingExamples
            .Select(e => (e.Intent, Score: FuzzySharp.Fuzz.Ratio(wording, e.Wording) / 100.0))
            .GroupBy(e => e.Intent)
            .Select(g => (Intent: g.Key, Score: g.Max(e => e.Score)))
            .OrderByDescending(e => e.Score)
            .Take(index.Options.Candidates)
            .Select(e => new ScoredIntent(index.Intents[e.Intent], e.Score >= WordingMatch ? e.Score : e.Score * WordingShortfall, e.Score, [], false))
            .ToList();
    }

    private void Accumulate(MatchScratch scratch, string feature, double weight)
    {
        foreach (var example in index.Postings(feature))
        {
            scratch.OfferSlot(example, weight);
        }
    }

    private ScoredIntent Judge(int intent, double lexical, AnalyzedText question, QuestionType type)
    {
        var options = index.Options;
        var vocabulary = index.IntentVocabularies[intent];
        var confidence = lexical;
        var unexplained = new List<string>();
        foreach (var slot in question.Slots.DistinctBy(s => s.Key))
        {
            if (slot.IsFiller || vocabulary.Contains(slot.Surface) || vocabulary.Contains(slot.Key) || PartsKnown(slot, vocabulary))
            {
                continue;
            }

            unexplained.Add(slot.Word);
            confidence *= slot.IsNumber ? options.UnexplainedNumberFactor
                : slot.Capitalized || index.Names.Contains(slot.Key) || index.Names.Contains(slot.Surface) ? options.UnexplainedNameFactor
                : index.ArticleFeatures.Contains(slot.Key) || index.AllIntentFeatures.Contains(slot.Key) ? options.UnexplainedCommonWordFactor
                : options.UnknownWordFactor;
        }

        var types = index.IntentTypes[intent];
        var facts = index.AnswerFacts[intent];
        var mismatch = facts.CannotAnswer(type)
            || (type != QuestionType.Open && !types.Contains(type) && !(type == QuestionType.Year && facts.HasYear));
        if (mismatch)
        {
            confidence *= options.TypeMismatchFactor;
        }

        return new ScoredIntent(index.Intents[intent], confidence, lexical, unexplained, mismatch);
    }

    private static bool PartsKnown(Slot slot, HashSet<string> vocabulary) =>
        slot.Key.Contains(' ') && slot.Key.Split(' ').All(vocabulary.Contains);
}
