using System.Text.RegularExpressions;
using ChatBot.Core.Conversation;
using ChatBot.Core.Intents;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answers;

// A message of several questions ("who signed it and when?", "who wrote this? is it a reliable source?"): each part
// answered on its own, all together, or the ones the article answers with a word on the rest.
public sealed partial class AnswerEngine
{
    // A part quoted back in a partial answer is cut here: enough to recognise, short enough not to drown the answer.
    private const int QuotedPartLength = 80;

    // "who signed it and when?": every part answered, or covered by another part's answer.
    private static Answer? AnswerEveryPart(string question, IReadOnlyList<PartReading> readings) =>
        readings.All(r => r.Covered) ? AnswerComposer.Combined(question, Distinct(readings)) : null;

    // "who am I speaking to? is this a bot?": every part the same small talk, asked twice over.
    private static Answer? OneSmallTalkThroughout(string question, IReadOnlyList<PartReading> readings) =>
        readings.All(r => r.SmallTalk) && readings.Select(r => r.Decided.IntentId).Distinct().Count() == 1
            ? readings[0].Decided with { Question = question }
            : null;

    /// <summary>
    /// "who wrote this? is it a reliable source?": the parts the article answers, and a plain "the article doesn't say"
    /// for the rest, when no reading of the whole message answered it. Only the parts before the first one left open are
    /// answered: what comes after may go on asking about what the article does not say. And only when the whole message,
    /// read as one, leans the same way (<paramref name="wholeLeaning"/>: its best intents in the conversation and on its
    /// own): "the text mentions an earlier deal. what kind of deal was it and when?" asks about the Abkhaz deal, whatever
    /// "what kind of deal was it" alone fits best.
    /// </summary>
    private static Answer? AnswerSomeParts(string question, IReadOnlyList<PartReading> readings, Func<IReadOnlySet<Intent>> wholeLeaning)
    {
        // "who signed it? how are you?": small talk is no question the article leaves open.
        var open = readings.Where(r => !r.Covered && !r.SmallTalk).Select(r => r.Part).ToList();
        if (open.Count == 0 || !open.All(AsksOnItsOwn)
            || readings.FirstOrDefault(r => r.Chosen is not null)?.Chosen?.Intent is not { } first || !wholeLeaning().Contains(first))
        {
            return null;
        }

        return AnswerComposer.Partial(question, Distinct(readings), open.Select(p => AsWritten(p, question)).ToList());
    }

    /// <summary>
    /// Whether a part the article leaves open is a question of its own ("is it legally binding?"), not one that narrows
    /// the answered part ("where in Geneva? which building?", "spent on what? schools, hospitals?") or asks whether the
    /// article says it ("why then? does the article give a reason?"): those make the answered part's answer no answer.
    /// </summary>
    private static bool AsksOnItsOwn(string part)
    {
        var words = Tokenizer.Tokenize(part).SkipWhile(w => w is "and" or "so" or "but" or "also" or "or").ToList();
        return words.Count >= 3
            && (QuestionTypeReader.IsQuestionWord(words[0]) || WordLists.YesNoOpeners.Contains(words[0]))
            && !words.Any(w => w is "article" or "text" or "story" or "piece" or "report" or "mentioned" or "mention" or "mentions"
                or "say" or "says" or "said" or "reason" or "exactly" or "specifically");
    }

    /// <summary>
    /// "how many times have the Geneva talks been held? when did they start?", "did the US impose sanctions over it? what
    /// about the EU?": when the first question is one the article does not answer and the rest go on asking about it
    /// ("they", "what about", "when?"), the words of the rest do not make the whole message one it answers. A restatement
    /// ("shu ba2dar es2alak? what can u do") asks again, on its own. The first part's decline, or null.
    /// </summary>
    private static Answer? FirstPartDeclined(string question, IReadOnlyList<PartReading> readings)
    {
        var goesOn = readings.Skip(1).Any(r => Tokenizer.Tokenize(r.Part) is var words
            && (words.Count <= 2 || words.Any(Pronouns.Contains) || TopicShift().IsMatch(r.Part)));
        return goesOn && AsksOnItsOwn(readings[0].Part) && readings[0].Decided.Kind == AnswerKind.Declined
            ? readings[0].Decided with { Question = question }
            : null;
    }

    private static List<ScoredIntent> Distinct(IEnumerable<PartReading> readings) =>
        readings.Select(r => r.Chosen).OfType<ScoredIntent>().DistinctBy(s => s.Intent).ToList();

    // The part as the reader wrote it, shortened; null when the reading rewrote it (another language, a typo corrected):
    // the reader is not shown words they never wrote.
    private static string? AsWritten(string part, string question) =>
        question.Contains(part, StringComparison.OrdinalIgnoreCase) ? Shortened(LeadingConjunction().Replace(part, string.Empty), QuotedPartLength) : null;

    [GeneratedRegex(@"^(?:(?:and|also|so|but|or|plus)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConjunction();

    private static string Shortened(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length - 1);
        return $"{text[..(cut > 0 ? cut : length)].TrimEnd()}…";
    }

    /// <summary>
    /// A part of a message, what was decided for it on its own, and the answer it gets: <see cref="Chosen"/>, or covered
    /// by another part's answer.
    /// </summary>
    private sealed record PartReading(string Part, Answer Decided, ScoredIntent? Chosen, bool Covered, bool SmallTalk = false);

    private List<PartReading> ReadParts(IReadOnlyList<string> parts, ConversationTurn? previous)
    {
        var readings = new List<PartReading>();
        var answered = new List<ScoredIntent>();
        var context = previous;
        AnalyzedText[]? lastAsked = null;
        foreach (var part in parts)
        {
            var analyzed = AnalyzeAsQuestion(part);
            var ranked = Rank(analyzed, context);
            // The decision, not the ranking, names the intent: a tie may have been broken by wording.
            var decided = Decide(part, ranked, analyzed);
            // "What's Psaki's role? is she the US ambassador?": the person of the part before, in place of "she".
            if (!decided.Answered && context is not null
                && _referents.WithPersonNamed(analyzed, _index.Analyzer.Analyze(context.Question)) is { } withName)
            {
                (analyzed, ranked) = (withName, _matcher.Match(withName));
                decided = Decide(part, ranked, analyzed);
            }

            // "Hi, Tom from Bristol, I run a bookshop. Quick one: who put their names on this treaty? Was it ministers?":
            // a part's own question sentence, without the reader's introduction before it.
            var asked = part;
            if (!decided.Answered && QuestionSplitter.SplitOffLast(part) is var (opening, own) && own != part
                && AnalyzeAsQuestion(own) is var ownQuestion && !ContinuesPreamble(ownQuestion, _index.Analyzer.Analyze(opening)))
            {
                (analyzed, ranked, asked) = (ownQuestion, Rank(ownQuestion, context), own);
                decided = Decide(part, ranked, analyzed);
            }

            var chosen = ranked.FirstOrDefault(r => r.Intent.Id == decided.IntentId);
            // "Who is the leader of South Ossetia? Who runs the place these days?": a part that only asks the answered one
            // again, in other words, is answered with it.
            if (!decided.Answered && answered.Count > 0 && decided.Kind == AnswerKind.DidYouMean && ranked.FirstOrDefault() is { } again
                && again.Intent == answered[^1].Intent && !again.TypeMismatch)
            {
                readings.Add(new PartReading(part, decided, null, Covered: true));
                continue;
            }

            // "who is Tibilov? he is russian politician?", "Who is Psaki? Is she with the EU?": a guess at who the person
            // just asked about is, which the answer about them corrects.
            if (!decided.Answered && lastAsked is not null && GuessAboutThem().IsMatch(part)
                && lastAsked.Any(a => IdentityQuestion.NamesAsked(a, _index.IsArticleName).Count > 0))
            {
                readings.Add(new PartReading(part, decided, null, Covered: true));
                continue;
            }

            // "what outlet published this and on what date?", "what did the first draft say? who wrote it?": a part after one
            // the article leaves open may go on asking about it (the date it was published, not signed; who wrote the
            // draft, not the article), so it is left open too.
            var afterUnanswered = readings.Any(r => !r.Covered && !r.SmallTalk);
            if (!decided.Answered || chosen is null || afterUnanswered)
            {
                readings.Add(new PartReading(part, decided, null, Covered: false, SmallTalk: decided.Kind == AnswerKind.SmallTalk));
                continue;
            }

            // "What's Psaki's role? is she the US ambassador?": two parts one answer answers are answered once (see Distinct).
            answered.Add(chosen);
            readings.Add(new PartReading(part, decided, chosen, Covered: true));

            context = new ConversationTurn(asked, chosen.Intent.Id);
            // "excuse me, who is Tibilov?": with and without what opens it.
            lastAsked = QuestionSplitter.SplitOffLast(asked) is var (_, ownAsked) && ownAsked != asked ? [analyzed, AnalyzeAsQuestion(ownAsked)] : [analyzed];
        }

        return readings;
    }
}

