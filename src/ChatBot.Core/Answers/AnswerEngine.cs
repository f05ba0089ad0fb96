using System.Text.RegularExpressions;
using ChatBot.Core.Conversation;
using ChatBot.Core.Intents;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answers;

/// <summary>
/// Answers one question from the curated intents: states a fact only when one intent accounts for the whole
/// question, asks "did you mean" when unsure, and otherwise declines. Pure and thread-safe: no I/O, no state.
/// </summary>
public sealed partial class AnswerEngine
{
    private static readonly HashSet<string> FollowUpOpeners = new(StringComparer.Ordinal) { "and", "what", "how", "also", "plus", "so", "ok", "okay", "then" };
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "him", "her", "them", "it", "there", "that", "this", "his", "their", "its" };

    private const double RelatedBoost = 1.15;

    // Candidates this close in confidence are a tie, broken only by a wording this much closer (0..1).
    private const double TieMargin = 0.01;
    private const double WordingLead = 0.1;
    private const double RelatedWordingLead = 0.06;
    private const double VerbatimWording = 0.95;

    // How far behind the best a candidate that settles the checked value may be and still be preferred (measured: 0.08
    // starts to add wrong facts).
    private const double CheckMargin = 0.02;

    // A quote of the article found in one intent's citations is strong evidence, but not the reader's own wording.
    private const double QuotedConfidence = 0.9;

    private readonly IntentIndex _index;
    private readonly IntentMatcher _matcher;
    private readonly Referents _referents;
    private readonly Dictionary<string, int> _positions;
    private readonly IReadOnlyList<Suggestion> _starters;

    /// <summary>Builds the index over <paramref name="knowledge"/>; costs a few milliseconds per hundred intents.</summary>
    public AnswerEngine(BotKnowledge knowledge, MatchOptions? options = null)
    {
        Knowledge = knowledge;
        Options = options ?? new MatchOptions();
        _index = new IntentIndex(knowledge, Options);
        _matcher = new IntentMatcher(_index);
        _referents = new Referents(_index);
        _positions = knowledge.Intents.Select((intent, i) => (intent.Id, i)).ToDictionary(p => p.Id, p => p.i);
        _starters = knowledge.Intents.Where(i => i.Kind == IntentKind.Fact).Take(3).Select(AnswerComposer.Suggest).ToList();
        Warnings = _index.UnusableNearMisses
            .Select(n => new ValidationIssue(n.Intent.Where, IssueSeverity.Warning,
                $"the near miss \"{n.Question}\" of '{n.Intent.Id}' asks with the same words as an example (of this or another intent), so the bot cannot tell them apart and ignores it. Reword it with the words that make it a different question, or remove it."))
            .ToList();
    }

    /// <summary>What building the index found worth a moderator's attention (the file checks come from the loader).</summary>
    public IReadOnlyList<ValidationIssue> Warnings { get; }

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
        // The question as the reader asked it, without a chat's markup, instructions to the bot, where a quote stands, or
        // who it is relayed for; then in English, before anything asks whether it is a question at all.
        var unwrapped = ReaderPhrasing.WithoutRelay(QuotedPhrase.WithoutWhereItStands(
            ReaderPhrasing.WithoutInstructions(ReaderPhrasing.WithoutChatMarkup(Tokenizer.Bound(question)))));
        var read = TagQuestion.AsQuestion(ReaderPhrasing.InEnglish(unwrapped));
        var analyzed = _index.Analyzer.Analyze(read);
        if (analyzed.Words.Count == 0)
        {
            return AnswerComposer.Declined(question, 0, _starters, AnswerComposer.EmptyText);
        }

        // "thank u for the figures" thanks for an answer; it asks for none.
        if (SocialRemark.Thanks(read) is { } thanks && AnswerSocially(question, [thanks]) is { } thanked)
        {
            return thanked;
        }

        // "What's 2+2?": arithmetic is never a question about the article, whatever numbers the intents mention.
        if (Arithmetic().IsMatch(read))
        {
            return AnswerComposer.Declined(question, 0, _starters);
        }

        if (AsksADictionary(read))
        {
            return AnswerComposer.Declined(question, 0, _starters);
        }

        // "What does the article mean by 'Republic of South Ossetia'?": the answer that uses the quoted words explains them.
        if (QuotedPhrase.ExplainedBy(read, Knowledge.Intents, _index.Analyzer) is { } explained)
        {
            return AnswerComposer.FromIntent(question, new ScoredIntent(explained, QuotedConfidence, QuotedConfidence, [], false));
        }

        var parts = QuestionSplitter.Split(read);
        if (parts.Count > 1 && TryAnswerParts(question, parts, previous) is { } combined)
        {
            return combined;
        }

        // The previous question, read once for the follow-up readings below.
        var previousQuestion = previous is null ? null : _index.Analyzer.Analyze(previous.Question);

        // "by whom?" after "when was it signed?", "to whom?" after "how much did Russia pledge?": the previous question,
        // asked with the new question word ("by who" alone would ask who wrote the article).
        if (previous is not null && PrepositionalQuestionWord().Match(read) is { Success: true } reworded
            && LeadingQuestionWord().Match(previous.Question) is { Success: true } leading)
        {
            var again = _index.Analyzer.Analyze($"{reworded.Groups["asked"].Value} {previous.Question[leading.Length..].Trim()}");
            if (Decide(question, Rank(again, null), again) is { Kind: AnswerKind.Answered } reasked)
            {
                return reasked;
            }
        }

        // A chat message's own question, split off what comes before it, read once for the two uses below.
        // A question that opens the message ("who put their names to it? I remember Brezhnev...") cannot point back at
        // the remark after it.
        var split = QuestionSplitter.SplitOffLast(read) is var (before, last)
            ? (Preamble: _index.Analyzer.Analyze(before), Question: CheckedClaim(read, last) is { } claim ? _index.Analyzer.Analyze(claim) : AnalyzeAsQuestion(last), OpensMessage: read.TrimStart().StartsWith(last, StringComparison.Ordinal), Text: last)
            : ((AnalyzedText Preamble, AnalyzedText Question, bool OpensMessage, string Text)?)null;

        // "Moscow pledged money to Sokhumi. who is that?" asks about Sokhumi, whatever the whole message matches best;
        // "who is she?" after "what did Mogherini say?" asks about the name in the previous question.
        var naming = split is { } pair ? (Question: pair.Question, Names: pair.Preamble)
            : previousQuestion is not null ? (Question: analyzed, Names: previousQuestion)
            : ((AnalyzedText Question, AnalyzedText Names)?)null;
        if (naming is { } asked)
        {
            foreach (var named in _referents.AsksWhoNamed(asked.Question, asked.Names))
            {
                if (Decide(question, Rank(named, previous), named) is { Kind: AnswerKind.Answered } resolved)
                {
                    return resolved;
                }
            }
        }

        // "and Abkhazia?" after "what is South Ossetia?": the previous question, asked of the new name.
        if (previous is not null)
        {
            // A remembered follow-up ("How did Georgia react? And the EU?") is asked again as its last whole question.
            var basis = previous.Question.Split('?', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .LastOrDefault(q => Tokenizer.Tokenize(q).Any(QuestionTypeReader.IsQuestionWord)) ?? previous.Question;
            var readings = _referents.AsksTheSameOf(analyzed, _index.Analyzer.Analyze(basis))
                .Select(again => Decide(question, _matcher.Match(again), again))
                .ToList();
            var askedAgain = readings.Where(a => a.Kind == AnswerKind.Answered).MaxBy(a => a.Confidence);
            if (askedAgain is not null)
            {
                return askedAgain;
            }

            if (readings.Count > 0)
            {
                return readings.MaxBy(a => a.Confidence)!;
            }
        }

        // "who's the other guy?" after "who signed the treaty?": the one person of the previous answer the bot can say more about.
        if (previous is not null
            && _positions.TryGetValue(previous.IntentId, out var lastIntent)
            && _referents.AsksWhoTheOtherIs(analyzed, previous.Question, _index.Intents[lastIntent]) is { } person
            && Decide(question, Rank(person, previous), person) is { Kind: AnswerKind.Answered } identified)
        {
            return identified;
        }

        // "what's the Abkhaz one called?" after "what's the treaty called?": the treaty of Abkhazia.
        if (previousQuestion is not null && _referents.WithOneNamed(analyzed, previousQuestion) is { } withThing)
        {
            analyzed = withThing;
        }

        // "did he say anything about the money?" after "who is Tibilov?": he is Tibilov, however well the words alone fit
        // Putin's pledge, so the question is asked of the one person the previous question named before anything else.
        if (previous is not null && !FollowsScheduled(previous) && PointsAtAPersonBefore(analyzed)
            && _referents.WithPersonNamed(analyzed, previousQuestion!) is { } ofThem)
        {
            return Decide(question, Rank(ofThem, previous), ofThem);
        }

        // "what happened there?" after "were there talks in Geneva too?": there is the place the previous question named.
        if (previousQuestion is not null && _referents.WithPlaceNamed(analyzed, previousQuestion) is { } withPlace
            && Decide(question, Rank(withPlace, previous), withPlace) is { Kind: AnswerKind.Answered } there)
        {
            return there;
        }

        // "Who or what is Sokhumi? The article says Moscow pledged money to it.": a message that opens by asking who or
        // what a name is asks that; the remark after it only says where the reader met the name.
        if (split is { OpensMessage: true } opening && AnswerWhoOrWhatItIs(question, opening.Question, previous) is { } identity)
        {
            return identity;
        }

        // "Who is 'Sokhumi' in the pledge line?": who the name is, wherever the reader met it.
        if (IdentityQuestion.WithoutPlaceInText(read) is { } bare && AnswerWhoOrWhatItIs(question, _index.Analyzer.Analyze(bare), previous) is { } whoItIs)
        {
            return whoItIs;
        }

        // "whats the news about? i need to write a summary": the question that opens the message is asked on its own when
        // what follows is about the reader, whose words ("write") would otherwise ask something else.
        if (split is { OpensMessage: true } first && QuestionSplitter.IsReadersRemark(first.Preamble.Words)
            && Decide(question, Rank(first.Question, previous), first.Question) is { Kind: AnswerKind.Answered } alone)
        {
            return alone;
        }

        var answer = Decide(question, Rank(analyzed, previous), analyzed);
        if (answer.Kind is AnswerKind.Answered or AnswerKind.SmallTalk)
        {
            return answer;
        }

        // "how much did russia pledge to south ossetia and abkhazia?": one question asked of each name, when no one
        // answer covers both.
        if (AskOfEachName(question, read, analyzed, previous, answer) is { } ofEach)
        {
            return ofEach;
        }

        // "when did he sign it?" after "who is Leonid Tibilov?": asked of the person the previous question named.
        if (previous is not null && !FollowsScheduled(previous)
            && _referents.WithPersonNamed(analyzed, previousQuestion!) is { } withName
            && Decide(question, _matcher.Match(withName), withName) is { Kind: AnswerKind.Answered } aboutThem)
        {
            return aboutThem;
        }

        // "What does 'actual annexation' refer to?": when the words alone decide nothing, the intent citing the quoted
        // words of the article says what they mean.
        if (QuotedPhrase.CitedBy(read, Knowledge.Intents, _index.Analyzer) is { } cited)
        {
            return AnswerComposer.FromIntent(question, new ScoredIntent(cited, QuotedConfidence, QuotedConfidence, [], false));
        }

        var lastSentence = split is { } message ? AskLastSentence(question, message.Text, message.Question, message.Preamble, message.OpensMessage, previous, answer) : null;
        return lastSentence ?? AnswerSocially(question, SocialRemark.Candidates(read)) ?? answer;
    }

    // The question asked once of each of two names joined by "and", each reading answered by another intent; null when a
    // reading is not answered, both are the same intent, or the whole question's best suggestion is an intent related to
    // both ("did the EU and the US both condemn it?" is the overview of the reactions).
    private Answer? AskOfEachName(string question, string read, AnalyzedText analyzed, ConversationTurn? previous, Answer whole)
    {
        var names = analyzed.Slots.Where(s => !s.IsFiller && _index.IsArticleName(s)).DistinctBy(s => s.Key).ToList();
        foreach (var (first, second) in names.Zip(names.Skip(1)))
        {
            var joined = Regex.Match(read, $@"\b(?<first>{Regex.Escape(first.Surface)})\s*(?:,\s*)?(?:and|&|as\s+well\s+as)\s+(?:to\s+|for\s+|the\s+)?(?<second>{Regex.Escape(second.Surface)})\b", RegexOptions.IgnoreCase);
            if (!joined.Success)
            {
                continue;
            }

            var withFirst = read.Remove(joined.Groups["first"].Index + joined.Groups["first"].Length, joined.Groups["second"].Index + joined.Groups["second"].Length - joined.Groups["first"].Index - joined.Groups["first"].Length);
            var withSecond = read.Remove(joined.Index, joined.Groups["second"].Index - joined.Index);
            var parts = new List<ScoredIntent>();
            foreach (var reading in new[] { withFirst, withSecond }.Select(_index.Analyzer.Analyze))
            {
                var ranked = Rank(reading, previous);
                if (Decide(question, ranked, reading) is not { Kind: AnswerKind.Answered } decided || ranked.FirstOrDefault(r => r.Intent.Id == decided.IntentId) is not { } chosen)
                {
                    return null;
                }

                parts.Add(chosen);
            }

            var covering = whole.Suggestions.Count > 0 && _positions.TryGetValue(whole.Suggestions[0].IntentId, out var top) ? Knowledge.Intents[top] : null;
            var coversBoth = covering is not null && parts.All(p => p.Intent != covering && (p.Intent.Related.Contains(covering.Id) || covering.Related.Contains(p.Intent.Id)));
            return parts[0].Intent == parts[1].Intent || coversBoth ? null : AnswerComposer.Combined(question, parts);
        }

        return null;
    }

    // "he" or "she" without a person named in the question itself, nor "the other one" (see Referents.AsksWhoTheOtherIs).
    private bool PointsAtAPersonBefore(AnalyzedText question) =>
        question.Words.Any(Referents.PersonPronouns.Contains) && !question.Words.Contains("other")
        && !question.Slots.Any(s => !s.IsFiller && _index.People.Contains(_index.IdentityOf(s)));

    // The answer to a question that asks only who or what a name is, or null when it asks more or is not answered.
    private Answer? AnswerWhoOrWhatItIs(string question, AnalyzedText asked, ConversationTurn? previous) =>
        IdentityQuestion.NamesAsked(asked, _index.IsArticleName).Count > 0
        && Decide(question, Rank(asked, previous), asked) is { Kind: AnswerKind.Answered } answer ? answer : null;

    // A sentence read apart from its message, as the yes/no question a tagged statement in it asks (see TagQuestion).
    private AnalyzedText AnalyzeAsQuestion(string sentence) => _index.Analyzer.Analyze(TagQuestion.AsQuestion(sentence));

    // "I heard South Ossetia's army will become part of Russia's. Is that what the treaty says? Sounds like a novel.": the
    // claim the question sentence checks, as the yes/no question it is, when a remark after the question hid it. Null
    // when the question sentence checks no claim of the sentences before it.
    private static string? CheckedClaim(string read, string question)
    {
        var end = read.IndexOf(question, StringComparison.Ordinal) + question.Length;
        if (end <= question.Length || end >= read.TrimEnd().Length || TagQuestion.AsQuestion(question) != question)
        {
            return null;
        }

        var upToQuestion = read[..end];
        var claim = TagQuestion.AsQuestion(upToQuestion);
        return claim != upToQuestion && !claim.EndsWith(question, StringComparison.Ordinal) ? claim : null;
    }

    // "Good morning, I'm a history teacher", "gotta go pack, bye": a message that asks nothing is its greeting, thanks or
    // farewell; what the reader says of themselves around it is no question for the article.
    private Answer? AnswerSocially(string question, IEnumerable<string> clauses)
    {
        foreach (var clause in clauses)
        {
            var analyzed = _index.Analyzer.Analyze(clause);
            if (Decide(question, Rank(analyzed, null), analyzed) is { Kind: AnswerKind.SmallTalk } social)
            {
                return social;
            }
        }

        return null;
    }

    /// <summary>
    /// Chat messages often put the question after some context ("I'm writing an essay ... How much was pledged to
    /// Abkhazia?", "sorry, dumb question: what is South Ossetia?"): the context's words would each count against every
    /// intent, so the last sentence (or the last clause that opens with a question word) is tried alone, then with what
    /// comes before it as its context.
    /// </summary>
    private Answer? AskLastSentence(string question, string last, AnalyzedText analyzedLast, AnalyzedText analyzedPreamble, bool opensMessage, ConversationTurn? previous, Answer whole)
    {
        var continuesPreamble = !opensMessage && ContinuesPreamble(analyzedLast, analyzedPreamble);
        if (analyzedLast.Words.Count > 0 && !continuesPreamble)
        {
            var alone = Decide(question, Rank(analyzedLast, previous), analyzedLast);
            if (alone.Kind is AnswerKind.Answered or AnswerKind.SmallTalk)
            {
                return alone;
            }

            // "Forgive my ignorance, but what exactly is South Ossetia? Geography was never my subject.": the question
            // sentence has an opening of its own.
            if (QuestionSplitter.SplitOffLast(last) is var (opening, inner) && inner != last
                && _index.Analyzer.Analyze(inner) is var analyzedInner && !ContinuesPreamble(analyzedInner, _index.Analyzer.Analyze(opening))
                && Decide(question, Rank(analyzedInner, previous), analyzedInner) is { Kind: AnswerKind.Answered or AnswerKind.SmallTalk } innerAnswer)
            {
                return innerAnswer;
            }
        }

        // Read with its preamble only when the whole message found nothing: a "did you mean" already says more than a guess would.
        if (whole.Kind is not AnswerKind.Declined)
        {
            return null;
        }

        var withContext = _matcher.Match(analyzedLast, analyzedPreamble, contextIsPreamble: true);
        var answer = Decide(question, withContext, analyzedLast);
        return answer.Kind is AnswerKind.Answered ? answer : null;
    }

    // Words a preamble of names alone may have around them: "and Abkhazia,", "so, South Ossetia:".
    private static readonly HashSet<string> TopicConnectives = new(StringComparer.Ordinal)
    {
        "and", "so", "ok", "now", "then", "also", "the", "what", "about", "as", "for", "regarding", "re", "right",
    };

    // "who is this guy" needs its preamble, and so does "what post" after "who is Putin in this story", and "explain what
    // it is" (no word of its own for "it"); "on which day did Putin sign it", "is it a 10-year treaty?" and "what's the
    // news in short" do not. "and the Abkhaz treaty, how long?": "how long", "when" or "where" alone ask it of what the
    // preamble names.
    // "Abkhazia, what kind of entity are we talking about?": a preamble of names alone is the topic of the question after it.
    private bool ContinuesPreamble(AnalyzedText question, AnalyzedText preamble)
    {
        var namesInPreamble = preamble.Slots.Any(s => !s.IsFiller && _index.IsName(s));
        var nameWords = preamble.Slots.Where(_index.IsName).SelectMany(s => s.Word.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var onlyNames = namesInPreamble && preamble.Words.All(w => nameWords.Contains(w) || TopicConnectives.Contains(w));
        return IsElliptical(question)
            && (PointsBackAtSomeone(question) || onlyNames || (question.Words.Contains("it") && question.Slots.All(s => s.IsFiller))
                || (namesInPreamble && (preamble.Words.Any(QuestionTypeReader.IsQuestionWord)
                    // "long" only makes "how" ask a duration.
                    || (question.Slots.All(s => s.IsFiller || s.Word is "long") && question.Type is not QuestionType.Open))));
    }

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

    /// <summary>The ranked candidates for a question, best first (for evaluation and review tools).</summary>
    public IReadOnlyList<ScoredIntent> Explain(string question, ConversationTurn? previous = null) =>
        Rank(_index.Analyzer.Analyze(Tokenizer.Bound(question)), previous);

    private IReadOnlyList<ScoredIntent> Rank(AnalyzedText analyzed, ConversationTurn? previous)
    {
        var standalone = analyzed.Slots.All(s => s.IsFiller) ? ByWordsOrWording(analyzed) : _matcher.Match(analyzed);
        if (previous is null || !_positions.TryGetValue(previous.IntentId, out var last))
        {
            return standalone;
        }

        var best = standalone.Count > 0 ? standalone[0].Confidence : 0;
        var elliptical = IsElliptical(analyzed);
        // "what's on the agenda for it?", "what will they talk about?" after the next round: only what is said of that
        // round answers; what other answers say happened at the last one does not.
        if (elliptical && analyzed.Words.Any(Pronouns.Contains) && FollowsScheduled(previous))
        {
            return _matcher.Match(analyzed, _index.Analyzer.Analyze(previous.Question)).Where(s => s.Intent.Id == previous.IntentId).ToList();
        }

        // "What did they ask them to do?" points back at the previous answer, whatever small talk its words resemble.
        var confidentSmallTalk = best >= Options.AnswerThreshold && standalone[0].Intent.Kind == IntentKind.SmallTalk
            && !analyzed.Words.Any(w => w is "they" or "them" or "their" or "he" or "she" or "him" or "her" or "his");
        // A question of filler only that matches a whole wording ("what is it about?") needs no context either, unless
        // the wording points back ("by whom?" after "was it signed in the Kremlin?" asks who signed, not who wrote).
        var confidentWording = best >= Options.AnswerThreshold && analyzed.Slots.All(s => s.IsFiller)
            && !(IsElliptical(analyzed) && analyzed.Words.Count <= 3 && analyzed.Words.Any(w => w is "whom" or "who" or "when" or "where"));
        // "give me the gist of this story, I'm in a hurry" asks for the whole story whatever came before.
        var confidentGist = best >= Options.AnswerThreshold && GistRequest.Asks(analyzed.Words);
        if ((!elliptical && best >= Options.AnswerThreshold) || confidentSmallTalk || confidentWording || confidentGist)
        {
            return standalone;
        }

        // Read as a follow-up: the previous question's words join at half weight, and the previous intent's
        // curated follow-ups are preferred over the rest.
        // The previous answer itself is not preferred: asking it again rarely wants the same reply ("is it the same?"
        // after the Abkhazia treaty compares the two).
        var boosted = _index.Intents[last].Related.Where(_positions.ContainsKey).Select(id => _positions[id]).ToHashSet();
        var related = boosted.Append(last).ToHashSet();
        // "Did anyone else react?" asks for something other than the previous answer.
        // "Tell me more about that annexation" asks for more than the previous answer said, as "else" does.
        var askingForAnother = analyzed.Words.Any(w => w is "else" or "other" or "others")
            || analyzed.Words.Select((w, i) => (w, i)).Any(p => p.w == "more" && p.i + 1 < analyzed.Words.Count && analyzed.Words[p.i + 1] is "about" or "on" or "info" or "details");
        var context = _index.Analyzer.Analyze(previous.Question);
        // "What about its army?" after "does Russia guard its borders?": the previous question asked of something new,
        // which the previous answer did not say.
        askingForAnother |= SwapsInSomethingNew(analyzed, context, () => _index.AnswerVocabulary(last));
        var previousNamedSomething = context.Slots.Any(s => !s.IsFiller && _index.IsName(s));
        // "Who said that?" points back at the previous answer: only it and its curated follow-ups qualify; unless what
        // it points back at is the article itself: "who wrote it?" after "what's this article about?".
        var aboutTheArticle = context.Words.Any(w => w is "article" or "story" or "piece" or "news" or "text");
        var pointsBack = elliptical && analyzed.Words.Any(Pronouns.Contains) && !aboutTheArticle;
        // "Who said that?" asks who said the previous answer's words: another answer's speaker said something else, so
        // when the previous answer names no speaker, nothing answers it.
        var asksWhoSaidIt = pointsBack && analyzed.Type == QuestionType.Person && _index.WhoVerb(analyzed) is { } verb && _index.SpeechVerbs.Contains(verb);
        // "And the Americans?" after "what did the EU say?" swaps the name: the previous question's names no longer apply.
        if (analyzed.Slots.Any(s => !s.IsFiller && _index.IsName(s)))
        {
            context = context with { Slots = context.Slots.Where(s => !_index.IsName(s)).ToList() };
        }

        // "Who else was there?" after the co-chairs: "else" is said of the previous answer, which the filter below excludes.
        var asked = askingForAnother
            ? analyzed with
            {
                Words = analyzed.Words.Where(w => w is not ("else" or "other" or "others")).ToList(),
                Slots = analyzed.Slots.Where(s => s.Word is not ("else" or "other" or "others")).ToList(),
            }
            : analyzed;
        var contextual = _matcher.Match(asked, context)
            .Where(s => !askingForAnother || s.Intent.Id != previous.IntentId)
            .Where(s => !pointsBack || related.Contains(_positions[s.Intent.Id]))
            .Where(s => !asksWhoSaidIt || s.Intent.Id == previous.IntentId)
            .Select(s => boosted.Contains(_positions[s.Intent.Id]) ? s with { Confidence = Math.Min(1, s.Confidence * RelatedBoost) } : s)
            .Select(s => pointsBack && FullyExplained(s, analyzed) ? s with { Confidence = Options.AnswerThreshold + (s.Confidence * (1 - Options.AnswerThreshold)) } : s)
            .OrderByDescending(s => s.Confidence)
            .ToList();
        // "Who was there?" has no word to weigh, only its wording: when that is an example of a curated follow-up,
        // the follow-up is meant, whatever the previous question's words favour.
        if (asked.Slots.All(s => s.IsFiller)
            && _matcher.MatchWording(asked) is [var worded, ..]
            && worded.Confidence >= Options.AnswerThreshold
            && related.Contains(_positions[worded.Intent.Id])
            && !(askingForAnother && worded.Intent.Id == previous.IntentId))
        {
            return contextual.Where(s => s.Intent != worded.Intent).Prepend(worded).ToList();
        }

        var contextualBest = contextual.Count > 0 ? contextual[0].Confidence : 0;
        // A follow-up that the previous question's words only blur ("and for how long is it valid?" after "who
        // signed it?") is answered as asked when it is a confident question of its own.
        // Not when it points at someone of the previous question ("what did he say?"): "it" is the treaty.
        // Nor when the standalone answer is about something else than what the previous question named ("where exactly?"
        // after "what happened in Geneva?" is not where the treaty was signed).
        // Nor when the previous question named nothing for it to stay with: "when was it signed?" after "how long
        // does the treaty last?" asks the signing date, whatever the previous question's words favour.
        var blurred = best >= Options.AnswerThreshold
            && (contextualBest < Options.AnswerThreshold || (!previousNamedSomething && standalone[0].Unexplained.Count == 0 && !standalone[0].TypeMismatch))
            // "there" is a place, which a question with its own topic ("who led the Russian delegation there?") names.
            && analyzed.Words.Any(QuestionTypeReader.IsQuestionWord) && !PointsBackAtSomeone(analyzed, thereIsAPlace: true)
            && !contextual.Any(c => c.Intent == standalone[0].Intent && c.LeavesTopic);
        return (elliptical && !blurred) || contextualBest > best ? contextual : standalone;
    }

    // "what does annexation mean?" asks a dictionary for an everyday word, and "what is a deputy minister?" about a kind
    // of thing; the article's names ("what does Kremli mean?", "what is Tskhinvali?") are another matter.
    private bool AsksADictionary(string read)
    {
        var folded = TextFolding.Fold(read);
        if (DefinitionAsked().Match(folded) is { Success: true } definition)
        {
            var word = definition.Groups["word"].Value.ToLowerInvariant();
            return EnglishWords.Contains(word) && !_index.Names.Contains(word);
        }

        return KindAsked().Match(folded) is { Success: true } kind && !_index.Analyzer.Analyze(kind.Groups["kind"].Value).Slots.Any(_index.IsArticleName);
    }

    // The previous answer is of an event still to come (the next round), so "it" and "they" are that event.
    private bool FollowsScheduled(ConversationTurn previous) =>
        _positions.TryGetValue(previous.IntentId, out var last) && _index.AnswerFacts[last].OnlyScheduled;

    // Filler-only questions match an example of the same wording ("what can you do?"); without one, by the filler
    // words they share with the examples of facts ("can you summarize the article for me?").
    private IReadOnlyList<ScoredIntent> ByWordsOrWording(AnalyzedText analyzed)
    {
        var byWording = _matcher.MatchWording(analyzed);
        if (byWording.Count > 0 && byWording[0].Confidence >= Options.AnswerThreshold)
        {
            return byWording;
        }

        // Small talk shares its filler with everything ("ok, and what's it about?" is not thanks): by wording only.
        return _matcher.Match(analyzed).Where(s => s.Intent.Kind == IntentKind.Fact).Concat(byWording)
            .GroupBy(s => s.Intent)
            .Select(g => g.MaxBy(s => s.Confidence)!)
            .OrderByDescending(s => s.Confidence)
            .ToList();
    }

    private Answer Decide(string question, IReadOnlyList<ScoredIntent> ranked, AnalyzedText analyzed)
    {
        if (ranked.Count == 0)
        {
            return AnswerComposer.Declined(question, 0, _starters);
        }

        var best = ranked[0];
        // Related intents share words by design (signed: who, when, where), so they never count as rivals; the best is answered.
        var ambiguous = ranked.Skip(1).Any(r => !IsRelated(best, r) && r.Confidence >= best.Confidence * Options.AmbiguityRatio);
        var tied = ranked.TakeWhile(r => r.Confidence >= best.Confidence - TieMargin).ToList();
        if (!ambiguous && tied.Count > 1)
        {
            // The words cannot tell them apart ("sukhumi, is that abkhazia?" fits the money, the treaty and the name
            // equally): the closest wording of an example decides, and when that is close too the reader is asked.
            var byWording = tied.Select(t => (Scored: t, Wording: _matcher.WordingSimilarity(t.Intent, analyzed))).OrderByDescending(t => t.Wording).ToList();
            // Intents a moderator related to each other answer one topic together ("what was going on in Geneva?"), so a
            // smaller lead of wording settles them (measured on the suite: 0.06 answered 23 more for 2 more wrong facts).
            var lead = tied.All(a => tied.All(b => a == b || IsRelated(a, b))) ? RelatedWordingLead : WordingLead;
            ambiguous = byWording[0].Wording - byWording[1].Wording < lead && !tied.All(IsSmallTalk);
            best = byWording[0].Scored;
            // Without a closer wording, the one that settles the value the question checks ("was it in the Kremlin?").
            if (ambiguous && tied.Count(t => t.AnswersCheck) == 1)
            {
                (best, ambiguous) = (tied.Single(t => t.AnswersCheck), false);
            }
            // A place or a date checked is settled only by the answer that says where or when, however the rest is
            // worded: "did they sign the agreement in the Kremlin?" reads like who signed it.
            else if (tied.Count(t => t.AnswersWhereOrWhenCheck) == 1)
            {
                (best, ambiguous) = (tied.Single(t => t.AnswersWhereOrWhenCheck), false);
            }
            // Likewise the people checked ("did Putin and Tibilov sign it?", "Putin and Tibilov signed it, right?") are
            // settled by the answer that names who did it, not by the date its examples share words with.
            else if (tied.Count(t => t.AnswersWhoCheck) == 1)
            {
                (best, ambiguous) = (tied.Single(t => t.AnswersWhoCheck), false);
            }
        }
        else if (ambiguous)
        {
            // Rivals the words cannot tell apart, but the reader used a moderator's own wording of one of them: the
            // curated example decides.
            var rivals = ranked.TakeWhile(r => r.Confidence >= best.Confidence * Options.AmbiguityRatio).Take(3)
                .Select(r => (Scored: r, Wording: _matcher.WordingSimilarity(r.Intent, analyzed)))
                .OrderByDescending(r => r.Wording)
                .ToList();
            // Small talk states no fact: "ok cheers for that" is thanks or goodbye, and either reply is harmless.
            if ((rivals[0].Wording >= VerbatimWording && rivals[0].Wording - rivals[1].Wording >= WordingLead) || rivals.All(r => IsSmallTalk(r.Scored)))
            {
                (best, ambiguous) = (rivals[0].Scored, false);
            }
            else if (rivals.Count(r => r.Scored.AnswersCheck) == 1 && best.Confidence - rivals.Single(r => r.Scored.AnswersCheck).Scored.Confidence < CheckMargin)
            {
                // "Is this article by Jen Psaki?": who she is fits as well as who wrote it, but only the author's
                // answer settles the guess the question checks.
                (best, ambiguous) = (rivals.Single(r => r.Scored.AnswersCheck).Scored, false);
            }
        }

        // Small talk states no fact, so a little less certainty is enough for it.
        var threshold = best.Intent.Kind == IntentKind.SmallTalk ? Options.SmallTalkThreshold : Options.AnswerThreshold;
        if (!ambiguous && (best.Confidence >= threshold || HasClearLead(best, ranked)))
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
                continue;
            }

            // "who is Tibilov? he is russian politician?", "Who is Psaki? Is she with the EU?": a guess at who the person
            // just asked about is, which the answer about them corrects.
            if (!decided.Answered && lastAsked is not null && GuessAboutThem().IsMatch(part)
                && lastAsked.Any(a => IdentityQuestion.NamesAsked(a, _index.IsArticleName).Count > 0))
            {
                continue;
            }

            if (!decided.Answered || chosen is null)
            {
                return null;
            }

            // "What's Psaki's role? is she the US ambassador?": two parts one answer answers.
            if (!answered.Any(a => a.Intent == chosen.Intent))
            {
                answered.Add(chosen);
            }

            context = new ConversationTurn(asked, chosen.Intent.Id);
            // "excuse me, who is Tibilov?": with and without what opens it.
            lastAsked = QuestionSplitter.SplitOffLast(asked) is var (_, ownAsked) && ownAsked != asked ? [analyzed, AnalyzeAsQuestion(ownAsked)] : [analyzed];
        }

        return AnswerComposer.Combined(question, answered);
    }

    // "Who said that?" after the pledge: few words, so little overlap, but every one of them is the previous answer's.
    // "Who was there?" has no topic word at all: its question word must fit.
    private static bool FullyExplained(ScoredIntent scored, AnalyzedText question) =>
        scored.Unexplained.Count == 0 && !scored.TypeMismatch && (question.Slots.Any(s => !s.IsFiller) || question.Type != QuestionType.Open);

    // Every word of the question explained, its kind of question, and no other intent anywhere near: measured on the
    // evaluation sets, these answers a little below the threshold were right (see MatchOptions.ClearLeadThreshold).
    private bool HasClearLead(ScoredIntent best, IReadOnlyList<ScoredIntent> ranked) =>
        best.Intent.Kind == IntentKind.Fact && best.Confidence >= Options.ClearLeadThreshold && best.Unexplained.Count == 0 && !best.TypeMismatch
        && ranked.Where(r => r != best).All(r => r.Confidence <= best.Confidence * Options.ClearLeadRatio);

    private static bool IsSmallTalk(ScoredIntent scored) => scored.Intent.Kind == IntentKind.SmallTalk;

    private static bool IsRelated(ScoredIntent a, ScoredIntent b) =>
        a.Intent.Related.Contains(b.Intent.Id) || b.Intent.Related.Contains(a.Intent.Id);

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

    [GeneratedRegex(@"^\W*(?:so\s+|and\s+)?what\s+(?:does|do|is|'s)\s+(?:the\s+word\s+)?['""]?(?<word>[\p{L}-]+)['""]?\s+(?:mean|means)\s*\?*\s*(?:i\s+(?:dont|don't|do\s+not|cant|can't)\s+(?:get|understand|know)(?:\s+it)?\W*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DefinitionAsked();

    [GeneratedRegex(@"^\W*(?:so\s+|ok\s+)?(?:what\s+is|what's|whats)\s+an?\s+(?<kind>[^?.!]+)[?.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex KindAsked();

    [GeneratedRegex(@"^\W*(?:(?:so\s+|and\s+)?(?:is|was)\s+(?:he|she)|(?:he|she)(?:\s+is|\s+was|'s|s|\s+works))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GuessAboutThem();

    [GeneratedRegex(@"^\W*(?:(?:and|so|ok|okay|but)\s+)?(?<asked>(?:by|with|to|for|from)\s+(?:who|whom))\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionalQuestionWord();

    [GeneratedRegex(@"^\W*(?:(?:and|so|ok|okay)\s+)?(?:when|where|why|who|how\s+(?:much|many|long)|what\s+(?:date|day|year|time|place|city))\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingQuestionWord();

    [GeneratedRegex(@"\d\s*[+*/×÷=^]\s*\d")]
    private static partial Regex Arithmetic();
}
