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
        // The question as the reader asked it, without a chat's markup, titles before names, a letter's greeting and sign-off, a quiz's frame, instructions to the bot, where a quote stands, who
        // it is relayed for, or what the reader says they did not mean; then in English, before anything asks whether it
        // is a question at all.
        var unwrapped = ReaderPhrasing.WithoutRedirect(ReaderPhrasing.WithoutRelay(QuotedPhrase.WithoutWhereItStands(
            ReaderPhrasing.WithoutInstructions(ReaderPhrasing.WithoutQuizFrame(ReaderPhrasing.WithoutLetterFrame(ReaderPhrasing.WithoutHonorifics(ReaderPhrasing.WithoutChatMarkup(Tokenizer.Bound(question))), onlyAroundAQuestion: true))))));
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

        // "how does one say 'thank you' in Georgian?", "can you summarize a different article for me": a translation, or
        // another text, whatever article words the request names.
        if (AsksATranslation().IsMatch(read) || AsksOfAnotherText().IsMatch(read))
        {
            return AnswerComposer.Declined(question, 0, _starters);
        }

        // "what is federica mogherini doing now?", "who is the president of russia now", "who's psaki working for these
        // days?": who holds a post or what someone does today is after the article, whatever it says of them then.
        // The message as written too: ", is he still in charge" would otherwise go as a tag question.
        if (AsksAboutToday().IsMatch(read) || AsksAboutToday().IsMatch(unwrapped))
        {
            return AnswerComposer.Declined(question, 0, _starters);
        }

        // "What does the article mean by 'Republic of South Ossetia'?": the answer that uses the quoted words explains them,
        // whatever the reader said of themselves before asking it.
        if ((QuotedPhrase.ExplainedBy(read, Knowledge.Intents, _index.Analyzer)
            ?? (read.IndexOfAny(QuoteMarks) >= 0 ? QuestionSplitter.SplitOffLast(read) is (_, var quoting) ? QuotedPhrase.ExplainedBy(quoting, Knowledge.Intents, _index.Analyzer) : null : null)) is { } explained)
        {
            return AnswerComposer.FromIntent(question, new ScoredIntent(explained, QuotedConfidence, QuotedConfidence, [], false));
        }

        // "you sure? source?", "prove it" after an answer: the answer again, with the article's words it cites.
        if (previous is not null && Doubt.Expressed(analyzed.Words) && _positions.TryGetValue(previous.IntentId, out var doubted)
            && _index.Intents[doubted].Kind == IntentKind.Fact)
        {
            return AnswerComposer.FromIntent(question, new ScoredIntent(_index.Intents[doubted], 1, 1, [], false));
        }

        var parts = QuestionSplitter.Split(read);
        // Each part of a message of several questions, read once for the three uses below.
        var partReadings = parts.Count > 1 ? ReadParts(parts, previous) : null;
        if (partReadings is not null && (AnswerEveryPart(question, partReadings) ?? OneSmallTalkThroughout(question, partReadings) ?? FirstPartDeclined(question, partReadings)) is { } byParts)
        {
            return byParts;
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

        var ranked = Rank(analyzed, previous);
        var answer = Decide(question, ranked, analyzed);
        if (answer.Kind is AnswerKind.Answered && split is { OpensMessage: false } told && AsksOnItsOwn(question, read, told.Text, told.Question, told.Preamble, previous, answer) is { } own)
        {
            return own;
        }

        if (answer.Kind is AnswerKind.Answered or AnswerKind.SmallTalk)
        {
            // "hi there! my friend told me about this bot": a message that asks nothing, with one everyday word an intent
            // happens to use ("told"), is its greeting; one such word asks no question of the article.
            return answer.Kind is AnswerKind.Answered && analyzed.Slots.Count(s => !s.IsFiller) <= 1 && !analyzed.Slots.Any(s => !s.IsFiller && (_index.IsName(s) || s.IsNumber))
                && AnswerSocially(question, SocialRemark.Candidates(read)) is { } social ? social : answer;
        }

        // "how much did russia pledge to south ossetia and abkhazia?": one question asked of each name, when no one
        // answer covers both.
        if (AskOfEachName(question, read, analyzed, previous, answer) is { } ofEach)
        {
            return ofEach;
        }

        if (AskWithoutClosingAside(question, read, previous) is { } withoutAside)
        {
            return withoutAside;
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

        var lastSentence = split is { } message ? AskLastSentence(question, message.Text, message.Question, message.Preamble, message.OpensMessage, OffersAnAnswer(read, message.Text), previous, answer) : null;
        // "who wrote this? is it a reliable source?": what the article answers, and a plain word on the rest.
        // The whole message leans as it reads in the conversation, or on its own: "who wrote this? is it reliable?" after
        // the pledges asks about the article whatever the previous question's words favour.
        // "my aunt wants to know how much moscow promised abkhazia. what's the number?": what the reader's story asks.
        var relayed = lastSentence is null ? AskRelayedInStory(question, read, split?.Text, previous) : null;
        var someParts = lastSentence is null && relayed is null && partReadings is not null
            ? AnswerSomeParts(question, partReadings, () => ranked.Take(1).Concat(previous is null ? [] : Rank(analyzed, null).Take(1)).Select(s => s.Intent).ToHashSet())
            : null;
        return lastSentence ?? relayed ?? someParts ?? AnswerSocially(question, SocialRemark.Candidates(read)) ?? answer;
    }

    private static readonly char[] QuoteMarks = ['\'', '"', '‘', '’', '“', '”', '«', '»'];

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

    [GeneratedRegex(@"^\W*(?:so\s+|and\s+)?what\s+(?:does|do|is|'s)\s+(?:the\s+word\s+)?['""]?(?<word>[\p{L}-]+)['""]?\s+(?:mean|means)\s*\?*\s*(?:i\s+(?:dont|don't|do\s+not|cant|can't)\s+(?:get|understand|know)(?:\s+it)?\W*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DefinitionAsked();

    [GeneratedRegex(@"^\W*(?:so\s+|ok\s+)?(?:what\s+is|what's|whats)\s+an?\s+(?<kind>[^?.!]+)[?.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex KindAsked();

    [GeneratedRegex(@"^\W*(?:(?:and|so|ok|okay|but)\s+)?(?<asked>(?:by|with|to|for|from)\s+(?:who|whom))\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionalQuestionWord();

    [GeneratedRegex(@"^\W*(?:(?:and|so|ok|okay)\s+)?(?:when|where|why|who|how\s+(?:much|many|long)|what\s+(?:date|day|year|time|place|city))\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingQuestionWord();

    // How to say, spell or translate words, in a language or quoted: "how do you say 'treaty' in Russian?".
    [GeneratedRegex(@"\bhow\s+(?:do\s+(?:you|i|we|they|people)|does\s+one|to|would\s+(?:you|one|i)|can\s+(?:i|you)|should\s+i)\s+(?:say|pronounce|spell|write|translate)\b(?=[^.!?]*(?:\bin\s+\p{L}+\W*$|['""‘“]))", RegexOptions.IgnoreCase)]
    private static partial Regex AsksATranslation();

    // A request to work on a text that is not this article: "summarize a different article", "read another story".
    [GeneratedRegex(@"\b(?:summari[sz]e|read|explain|analy[sz]e|check|do|discuss|cover|answer\s+(?:questions\s+)?(?:about|on))\s+(?:me\s+)?(?:a\s+(?:different|new|second)|another|some\s+other|one\s+more|other)\s+(?:news\s+)?(?:article|story|piece|text|link|document)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksOfAnotherText();

    [GeneratedRegex(@"\d\s*[+*/×÷=^]\s*\d")]
    private static partial Regex Arithmetic();

    // A question word, what someone does, works at or who holds the presidency, and today: "now" (not "now that the treaty
    // is signed"), "currently", "these days", "anymore". Not who is in charge or who leads "now": after the treaty, which
    // the article tells ("who's in charge of defending south ossetia now?").
    // "who is the current U.S. Secretary of State?", "who's the present leader of South Ossetia?", "who's the EU foreign
    // policy chief right now?", "is he still in charge?": the holder of a post today. "what does psaki do now", "what is
    // mogherini up to nowadays".
    [GeneratedRegex(@"\b(?:who|whom|what|where|which)\b(?=[^.!?]*\b(?:doing|(?<=\bdoes\b[^.!?]*)do|up\s+to|working|works|work|job|jobs|president|replaced|successor)\b)[^.!?]*\b(?:now(?!\s+that\b)|currently|nowadays|these\s+days|at\s+present|at\s+the\s+moment|anymore|any\s+more)\b|\bwho(?:'s|s)?\b[^.!?]*\b(?:current|present|incumbent|sitting|today'?s)\s+(?:[\p{L}.'-]+\s+){0,3}?(?:president|secretary|minister|spokes(?:man|woman|person)|representative|leader|head|chief|ambassador|premier|pm)\b|\bwho(?:'s|s)?\b[^.!?]*\b(?:president|secretary|minister|spokes(?:man|woman|person)|representative|leader|head|chief|ambassador|premier|pm)\b[^.!?]*\b(?:right\s+now|today|currently|at\s+present)\b|\bis\s+(?:he|she)\s+still\s+(?:alive|around|in\s+(?:charge|office|power)|(?:the\s+)?(?:president|leader|head|chief|spokes(?:man|woman|person)|minister))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksAboutToday();
}
