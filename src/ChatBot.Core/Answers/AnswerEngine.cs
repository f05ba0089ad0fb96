using ChatBot.Core.Conversation;
using ChatBot.Core.Intents;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answers;

/// <summary>
/// Answers one question from the curated intents: states a fact only when one intent accounts for the whole
/// question, asks "did you mean" when unsure, and otherwise declines. Pure and thread-safe: no I/O, no state.
/// </summary>
public sealed class AnswerEngine
{
    private static readonly HashSet<string> FollowUpOpeners = new(StringComparer.Ordinal) { "and", "what", "how", "also", "plus", "so", "ok", "okay", "then" };
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "him", "her", "them", "it", "there", "that", "this", "his", "their", "its" };

    private const double RelatedBoost = 1.15;

    private readonly IntentIndex _index;
    private readonly IntentMatcher _matcher;
    private readonly Dictionary<string, int> _positions;
    private readonly IReadOnlyList<Suggestion> _starters;

    /// <summary>Builds the index over <paramref name="knowledge"/>; costs a few milliseconds per hundred intents.</summary>
    public AnswerEngine(BotKnowledge knowledge, MatchOptions? options = null)
    {
        Knowledge = knowledge;
        Options = options ?? new MatchOptions();
        _index = new IntentIndex(knowledge, Options);
        _matcher = new IntentMatcher(_index);
        _positions = knowledge.Intents.Select((intent, i) => (intent.Id, i)).ToDictionary(p => p.Id, p => p.i);
        _starters = knowledge.Intents.Where(i => i.Kind == IntentKind.Fact).Take(3).Select(AnswerComposer.Suggest).ToList();
    }

    /// <summary>How much of a question the engine reads; the rest is ignored.</summary>
    public const int MaxQuestionCharacters = Tokenizer.MaxCharacters;

    /// <summary>What the engine answers from.</summary>
    public BotKnowledge Knowledge { get; }

    /// <summary>The thresholds in force.</summary>
    public MatchOptions Options { get; }

    /// <summary>Answers <paramref name="question"/>, reading it as a follow-up of <paramref name="previous"/> when it only makes sense that way.</summary>
    /// <remarks>Only the first <see cref="MaxQuestionCharacters"/> characters are read, so a huge message costs no more than a long question.</remarks>
    public Answer Ask(string question, ConversationTurn? previous = null)
    {
        var read = Tokenizer.Bound(question);
        var analyzed = _index.Analyzer.Analyze(read);
        if (analyzed.Words.Count == 0)
        {
            return AnswerComposer.Declined(question, 0, _starters, AnswerComposer.EmptyText);
        }

        var parts = QuestionSplitter.Split(read);
        if (parts.Count > 1 && TryAnswerParts(question, parts, previous) is { } combined)
        {
            return combined;
        }

        var answer = Decide(question, Rank(analyzed, previous));
        return answer.Kind is AnswerKind.Answered or AnswerKind.SmallTalk ? answer : AskLastSentence(question, read, previous) ?? answer;
    }

    /// <summary>
    /// Chat messages often put the question after some context ("I'm writing an essay ... How much was pledged to
    /// Abkhazia?"): the context's words would each count against every intent, so the last sentence is tried alone,
    /// then with the sentence before it as a follow-up's context ("... who is this guy").
    /// </summary>
    private Answer? AskLastSentence(string question, string read, ConversationTurn? previous)
    {
        // Chat text is often lower case, so any terminal punctuation ends a sentence here.
        var sentences = read.Split(['.', '!', '?'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => p.Any(char.IsLetter))
            .ToList();
        if (sentences.Count < 2)
        {
            return null;
        }

        var last = _index.Analyzer.Analyze(sentences[^1]);
        var alone = Decide(question, Rank(last, previous));
        if (alone.Kind is AnswerKind.Answered or AnswerKind.SmallTalk)
        {
            return alone;
        }

        var withContext = _matcher.Match(last, _index.Analyzer.Analyze(sentences[^2]));
        var answer = Decide(question, withContext);
        return answer.Kind is AnswerKind.Answered ? answer : null;
    }

    /// <summary>The ranked candidates for a question, best first (for evaluation and review tools).</summary>
    public IReadOnlyList<ScoredIntent> Explain(string question, ConversationTurn? previous = null) =>
        Rank(_index.Analyzer.Analyze(Tokenizer.Bound(question)), previous);

    private IReadOnlyList<ScoredIntent> Rank(AnalyzedText analyzed, ConversationTurn? previous)
    {
        var standalone = analyzed.Slots.All(s => s.IsFiller) ? _matcher.MatchWording(analyzed) : _matcher.Match(analyzed);
        if (previous is null || !_positions.TryGetValue(previous.IntentId, out var last))
        {
            return standalone;
        }

        var best = standalone.Count > 0 ? standalone[0].Confidence : 0;
        var elliptical = IsElliptical(analyzed);
        var confidentSmallTalk = best >= Options.AnswerThreshold && standalone[0].Intent.Kind == IntentKind.SmallTalk;
        if ((!elliptical && best >= Options.AnswerThreshold) || confidentSmallTalk)
        {
            return standalone;
        }

        // Read as a follow-up: the previous question's words join at half weight, and the previous intent's
        // curated follow-ups are preferred over the rest.
        var related = _index.Intents[last].Related.Where(_positions.ContainsKey).Select(id => _positions[id]).Append(last).ToHashSet();
        // "Did anyone else react?" asks for something other than the previous answer.
        var askingForAnother = analyzed.Words.Any(w => w is "else" or "other" or "others");
        // "Who said that?" points back at the previous answer: only it and its curated follow-ups qualify.
        var pointsBack = elliptical && analyzed.Words.Any(Pronouns.Contains);
        var contextual = _matcher.Match(analyzed, _index.Analyzer.AnalyzeCurated(previous.Question))
            .Where(s => !askingForAnother || s.Intent.Id != previous.IntentId)
            .Where(s => !pointsBack || related.Contains(_positions[s.Intent.Id]))
            .Select(s => related.Contains(_positions[s.Intent.Id]) ? s with { Confidence = Math.Min(1, s.Confidence * RelatedBoost) } : s)
            .OrderByDescending(s => s.Confidence)
            .ToList();
        var contextualBest = contextual.Count > 0 ? contextual[0].Confidence : 0;
        return elliptical || contextualBest > best ? contextual : standalone;
    }

    private Answer Decide(string question, IReadOnlyList<ScoredIntent> ranked)
    {
        if (ranked.Count == 0)
        {
            return AnswerComposer.Declined(question, 0, _starters);
        }

        var best = ranked[0];
        // Related intents share words by design (signed: who, when, where), so they never count as rivals; the best is answered.
        var ambiguous = ranked.Skip(1).Any(r => !IsRelated(best, r) && r.Confidence >= best.Confidence * Options.AmbiguityRatio);
        if (best.Confidence >= Options.AnswerThreshold && !ambiguous)
        {
            return AnswerComposer.FromIntent(question, best);
        }

        var suggestions = ranked.Where(r => r.Intent.Kind == IntentKind.Fact && r.Lexical >= Options.SuggestThreshold)
            .Take(3)
            .Select(r => AnswerComposer.Suggest(r.Intent))
            .ToList();
        if (best.Confidence >= Options.SuggestThreshold && suggestions.Count > 0)
        {
            return AnswerComposer.DidYouMean(question, best.Confidence, suggestions);
        }

        return AnswerComposer.Declined(question, best.Confidence, suggestions.Count > 0 ? suggestions : _starters);
    }

    private Answer? TryAnswerParts(string question, IReadOnlyList<string> parts, ConversationTurn? previous)
    {
        var answered = new List<ScoredIntent>();
        var context = previous;
        foreach (var part in parts)
        {
            var ranked = Rank(_index.Analyzer.Analyze(part), context);
            if (Decide(part, ranked) is not { Answered: true } || answered.Any(a => a.Intent == ranked[0].Intent))
            {
                return null;
            }

            answered.Add(ranked[0]);
            context = new ConversationTurn(part, ranked[0].Intent.Id);
        }

        return AnswerComposer.Combined(question, answered);
    }

    private static bool IsRelated(ScoredIntent a, ScoredIntent b) =>
        a.Intent.Related.Contains(b.Intent.Id) || b.Intent.Related.Contains(a.Intent.Id);

    private static bool IsElliptical(AnalyzedText question)
    {
        var content = question.Slots.Count(s => !s.IsFiller);
        return content <= 1
            || (question.Words.Count > 0 && question.Words[0] is "and" or "also" or "plus")
            || (question.Words.Count > 1 && FollowUpOpeners.Contains(question.Words[0]) && question.Words[1] == "about")
            || (content <= 3 && question.Words.Any(Pronouns.Contains));
    }
}
