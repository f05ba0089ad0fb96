using System.Text.RegularExpressions;
using ChatBot.Core.Conversation;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answers;

// How a question is read after the one before it in the conversation: what it points back at, what it swaps in, and
// what the conversation remembers.
public sealed partial class AnswerEngine
{
    private static readonly HashSet<string> FollowUpOpeners = new(StringComparer.Ordinal) { "and", "what", "how", "also", "plus", "so", "ok", "okay", "then" };
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "him", "her", "them", "it", "there", "that", "this", "his", "their", "its" };

    // A pronoun that stands for someone or something named before ("he", "it", "them"), not one that points at the text
    // or a place ("this", "that", "there").
    private static bool StandsForSomeoneNamed(string word) => Pronouns.Contains(word) && word is not ("this" or "that" or "there");

    // "he" or "she" without a person named in the question itself, nor "the other one" (see Referents.AsksWhoTheOtherIs).
    private bool PointsAtAPersonBefore(AnalyzedText question) =>
        question.Words.Any(Referents.PersonPronouns.Contains) && !question.Words.Contains("other")
        && !question.Slots.Any(s => !s.IsFiller && _index.People.Contains(_index.IdentityOf(s)));

    /// <summary>
    /// What a conversation remembers after <paramref name="answer"/>: the question, and for a follow-up that only made
    /// sense with the one before it ("where?" after "who signed it?") both, so the next follow-up ("and when?") still
    /// knows what it is about. Bounded like a question.
    /// </summary>
    public ConversationTurn NextTurn(string question, Answer answer, ConversationTurn? previous)
    {
        ArgumentNullException.ThrowIfNull(answer.IntentId);
        var read = Tokenizer.Bound(question);
        var followUp = previous is not null && IsElliptical(_index.Analyzer.Analyze(read)) && !IsWhole(read);
        return new ConversationTurn(followUp ? Tokenizer.Bound($"{LastWhole(previous!.Question)} {read}") : read, answer.IntentId);
    }

    // "What is South Ossetia?", "who signed it?" are short but whole: a question word, a topic word and nothing pointing
    // back at someone ("it" is the treaty).
    private bool IsWhole(string question)
    {
        var analyzed = _index.Analyzer.Analyze(question);
        return analyzed.Words.Any(QuestionTypeReader.IsQuestionWord) && analyzed.Slots.Any(s => !s.IsFiller)
            && !PointsBackAtSomeone(analyzed) && !StartsAsFollowUp(analyzed);
    }

    // A pronoun other than "it" (the treaty, far more often than not) points at something said before; "there" too,
    // unless the question names its own topic and "there" is only where it happened.
    // "this treaty", "this article" name the one treaty and article there are; "this guy" and "that day" point back, and
    // so does an "it" beside "this treaty" ("what kind of deal was it, relative to this treaty?").
    // "this Tibilov fellow" names whom it means.
    private bool PointsBackAtSomeone(AnalyzedText question, bool thereIsAPlace = false) =>
        question.Words.Where((w, i) => w != "it" && !(thereIsAPlace && w == "there") && Pronouns.Contains(w)
            && !(w is "this" or "that" && i + 1 < question.Words.Count && !question.Words.Contains("it")
                && (TheOneThing.Contains(question.Words[i + 1]) || NamesWhom(question, question.Words[i + 1])))).Any();

    private bool NamesWhom(AnalyzedText question, string word) => question.Slots.Any(s => s.Word == word && !s.IsFiller && _index.IsArticleName(s));

    private static readonly HashSet<string> TheOneThing = new(StringComparer.Ordinal)
    {
        "treaty", "agreement", "pact", "deal", "accord", "article", "story", "piece", "news", "report", "text", "document",
    };

    // The last whole question of a remembered chain ("who signed it? where?"): what the next follow-up builds on.
    private string LastWhole(string remembered)
    {
        var parts = remembered.Split('?', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var last = Array.FindLastIndex(parts, IsWhole);
        return last < 0 ? remembered : string.Join("? ", parts[last..]) + "?";
    }

    // The previous answer is of an event still to come (the next round), so "it" and "they" are that event.
    private bool FollowsScheduled(ConversationTurn previous) =>
        _positions.TryGetValue(previous.IntentId, out var last) && _index.AnswerFacts[last].OnlyScheduled;

    private static bool IsElliptical(AnalyzedText question)
    {
        var content = question.Slots.Count(s => !s.IsFiller);
        return content <= 1 || StartsAsFollowUp(question) || (content <= 3 && question.Words.Any(Pronouns.Contains));
    }

    // "and its army?", "what about Brussels?", "army too?": a follow-up of few words with a word neither the previous
    // question nor its answer had ("and by 2017?" after the 2016 pledge is in the same answer).
    private static bool SwapsInSomethingNew(AnalyzedText question, AnalyzedText previous, Func<HashSet<string>> previousAnswerWords)
    {
        var content = question.Slots.Where(s => !s.IsFiller).ToList();
        var swapping = StartsAsFollowUp(question) || question.Words is [.., "too"] or [.., "as", "well"];
        // "and Georgian delegation, who led it?" asks a question of its own.
        var opening = question.Words.Count > 1 && question.Words[1] == "about" ? 2 : 0;
        if (!swapping || content.Count is 0 or > 2 || question.Words.Skip(opening).Any(QuestionTypeReader.IsQuestionWord)
            || content.Any(s => previous.Slots.Any(p => p.Key == s.Key)))
        {
            return false;
        }

        var previousAnswer = previousAnswerWords();
        return content.All(s => !previousAnswer.Contains(s.Key) && !previousAnswer.Contains(s.Surface));
    }

    private static bool StartsAsFollowUp(AnalyzedText question) =>
        (question.Words.Count > 0 && question.Words[0] is "and" or "also" or "plus")
        || (question.Words.Count > 1 && FollowUpOpeners.Contains(question.Words[0]) && question.Words[1] == "about");

    [GeneratedRegex(@"^\W*(?:(?:so\s+|and\s+)?(?:is|was)\s+(?:he|she)|(?:he|she)(?:\s+is|\s+was|'s|s|\s+works))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GuessAboutThem();
}
