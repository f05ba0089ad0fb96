using System.Text.RegularExpressions;
using ChatBot.Core.Conversation;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answers;

// How a message is read when it is more than one plain question: several questions, a question after its context,
// a name asked of each, a remark before or after the question, a social remark.
public sealed partial class AnswerEngine
{
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
    private Answer? AskLastSentence(string question, string last, AnalyzedText analyzedLast, AnalyzedText analyzedPreamble, bool opensMessage, bool offersAnAnswer, ConversationTurn? previous, Answer whole)
    {
        // "when does the treaty expire? 2040 or something?": the question before the reader's offered answer is what is
        // asked; its answer settles the guess.
        // Only an offered value (a number, a date, a name the article uses) is settled so: "Schools, hospitals, roads?" after
        // "what will the money be spent on?" asks for what the article does not say.
        if (offersAnAnswer)
        {
            return analyzedPreamble.Words.Any(QuestionTypeReader.IsQuestionWord)
                && analyzedLast.Slots.Where(s => !s.IsFiller).All(s => s.IsNumber || _index.IsName(s) || OfferedUnits.Contains(s.Word))
                && Decide(question, Rank(analyzedPreamble, previous), analyzedPreamble) is { Kind: AnswerKind.Answered } offeredFor ? offeredFor : null;
        }

        // "My pupils asked me whether Russia will guard the borders. What does the article say?": what the article says
        // of the question before it, which the story's own question asks (see AskRelayedInStory).
        if (!opensMessage && AsksWhatTheArticleSays(analyzedLast))
        {
            return null;
        }

        // "my prof dropped this article in our group chat. what is it basically about?": the whole story is asked of the
        // article, whatever "it" the story before it had.
        var continuesPreamble = !opensMessage && ContinuesPreamble(analyzedLast, analyzedPreamble) && !GistRequest.AsksForTheWholeStory(analyzedLast.Words);
        if (analyzedLast.Words.Count > 0 && !continuesPreamble)
        {
            var alone = Decide(question, Rank(analyzedLast, previous), analyzedLast);
            if (alone.Kind is AnswerKind.SmallTalk || (alone.Kind is AnswerKind.Answered && (opensMessage || !AnswersSomeoneElse(alone, analyzedLast, analyzedPreamble))))
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

        // "so in my class we saw the name tibilov. what's his role?": who the one person the story names is, asked with
        // their name in place of the pronoun; "tibilov spoke after signing? what were his words?" asks more than who he is.
        if (continuesPreamble && AsksWhoSomeoneIs(analyzedLast) && _referents.WithPersonNamed(analyzedLast, analyzedPreamble) is { } resolved
            && Decide(question, Rank(resolved, previous), resolved) is { Kind: AnswerKind.Answered } whoTheyAre)
        {
            return whoTheyAre;
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

    // "The article says the Georgian delegation raised the matter with the co-chairs. Who exactly were the co-chairs?": a
    // whole question after statements that ask nothing asks itself, when it alone fits another intent better than the
    // whole message does; the statements only say where the reader met what they ask about. A few words before it
    // ("Abkhazia: breakaway region of Georgia, confirm") are its topic.
    private Answer? AsksOnItsOwn(string question, string read, string last, AnalyzedText analyzedLast, AnalyzedText preamble, ConversationTurn? previous, Answer whole)
    {
        var before = read.LastIndexOf(last, StringComparison.Ordinal) is > 0 and var at ? read[..at] : null;
        // "does the treaty really put border protection of s. ossetia on russia??" is one question the point cut in two.
        // A question of one word of its own ("Who exactly were the co-chairs?") asks itself only when it alone is sure;
        // one that points back ("what did they say?") leans on what came before.
        var elliptical = IsElliptical(analyzedLast);
        if (before is null || before.Contains('?') || preamble.Words.Count <= MaxTopicWords || AsksSomething(before)
            || (elliptical && (StartsAsFollowUp(analyzedLast) || analyzedLast.Words.Any(Pronouns.Contains) || analyzedLast.Slots.All(s => s.IsFiller)))
            || AsksWhatTheArticleSays(analyzedLast)
            || ContinuesPreamble(analyzedLast, preamble))
        {
            return null;
        }

        var alone = Decide(question, Rank(analyzedLast, previous), analyzedLast);
        return alone.Kind is AnswerKind.Answered && alone.IntentId != whole.IntentId && alone.Confidence > whole.Confidence
            && (!elliptical || alone.Confidence >= SureOnItsOwn) && !AnswersSomeoneElse(alone, analyzedLast, preamble) ? alone : null;
    }

    private const double SureOnItsOwn = 0.9;

    // Whether the last sentence of text opens as a question does ("who", "does", "is").
    private static bool AsksSomething(string text) =>
        text.Split(['.', '!', ';', ':', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(p => p.Any(char.IsLetter)) is { } sentence
        && Tokenizer.Tokenize(sentence) is [var opening, ..] && (QuestionTypeReader.IsQuestionWord(opening) || WordLists.YesNoOpeners.Contains(opening));

    private static bool AsksWhatTheArticleSays(AnalyzedText question) =>
        question.Words.Any(w => w is "say" or "says") && question.Words.Any(w => w is "article" or "piece" or "text" or "story" or "report" or "treaty")
        && question.Words.All(AsksWhatItSays.Contains);

    // The words of "what does the article say (about it)?", "and what does the treaty say on that?".
    private static readonly HashSet<string> AsksWhatItSays = new(StringComparer.Ordinal)
    {
        "what", "does", "do", "did", "the", "this", "that", "it", "article", "piece", "text", "story", "report", "treaty",
        "say", "says", "about", "on", "of", "so", "and", "then", "actually", "exactly",
    };

    // "who is she (in this story)?", "what's his role?": who someone is, and nothing more, with a pronoun for them.
    private static bool AsksWhoSomeoneIs(AnalyzedText question)
    {
        var content = question.Slots.Where(s => !s.IsFiller).Select(s => s.Word).ToList();
        return question.Words.Any(Referents.PersonPronouns.Contains)
            && ((question.Type is QuestionType.Person && content.Count == 0) || (content.Count == 1 && RoleWords.Contains(content[0])));
    }

    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "role", "position", "job", "title", "post", "function", "occupation", "capacity", "rank", "office",
    };

    // "abkhazia's bag size? how many billions": a question of few words that names no one is asked of whom the few words
    // before it name; an answer that does not speak of them (South Ossetia's pledge) answers it of someone else. A longer
    // preamble ("been following the Caucasus since 2008 ... anyway, who signed it?") is the reader's own story.
    private const int MaxTopicWords = 5;

    private bool AnswersSomeoneElse(Answer alone, AnalyzedText last, AnalyzedText preamble)
    {
        if (!IsElliptical(last) || preamble.Words.Count > MaxTopicWords || last.Slots.Any(s => !s.IsFiller && _index.IsArticleName(s)) || alone.IntentId is null)
        {
            return false;
        }

        var named = preamble.Slots.Where(s => !s.IsFiller && _index.IsArticleName(s)).ToList();
        var spoken = _index.AnswerVocabulary(_positions[alone.IntentId]);
        return named.Count > 0 && !named.Any(s => spoken.Contains(s.Key) || spoken.Contains(s.Surface));
    }

    // "what language do they speak there? Ossetian? Russian?": a few words without a question word after a question are
    // answers the reader offers to it, no question of their own ("Russian?" alone would ask what the article is about).
    private static bool OffersAnAnswer(string read, string last) =>
        read.LastIndexOf(last, StringComparison.Ordinal) is > 0 and var at
        && read[..at].TrimEnd().EndsWith('?')
        && Tokenizer.Tokenize(last).SkipWhile(OfferHedges.Contains).ToList() is { Count: > 0 and <= 3 } words
        && !words.Any(QuestionTypeReader.IsQuestionWord)
        && !WordLists.YesNoOpeners.Contains(words[0])
        && words[0] is not ("and" or "also" or "plus" or "or" or "so" or "then");

    private static readonly HashSet<string> OfferedUnits = new(StringComparer.Ordinal)
    {
        "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "billion", "billions", "bn", "million",
        "millions", "rubles", "roubles", "something", "smth", "so",
    };

    // "i think 4 months?", "maybe 2040?": how a reader hedges the answer they offer.
    private static readonly HashSet<string> OfferHedges = new(StringComparer.Ordinal)
    {
        "i", "think", "guess", "reckon", "believe", "maybe", "like", "probably", "prob", "perhaps", "idk", "possibly",
    };

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
        // "my friend went to abkhazia and i didn't know what that is. what is abkhazia?": a question that names what it
        // asks about stands alone, whatever the story before it asked in passing; "and abkhazia?", "what did he do in
        // geneva?", "what's in it for brussels?" or "what's this one with south ossetia about?" still follow on.
        if (question.Words.Any(QuestionTypeReader.IsQuestionWord) && !StartsAsFollowUp(question)
            && !question.Words.Any(w => StandsForSomeoneNamed(w) || w is "one" or "hers")
            && question.Slots.Any(s => !s.IsFiller && _index.IsArticleName(s)))
        {
            return false;
        }

        // "what about north ossetia, does it get money too?", "and chechnya, do they get troops?": the question asks its "it"
        // of the place the reader turns to, whatever the article knows of it.
        if (OpensTopicShift(preamble.Words) && question.Words.Any(w => w is "it" or "its" or "they" or "them" or "their" or "there"))
        {
            return true;
        }

        var namesInPreamble = preamble.Slots.Any(s => !s.IsFiller && _index.IsName(s));
        var nameWords = preamble.Slots.Where(_index.IsName).SelectMany(s => s.Word.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var onlyNames = namesInPreamble && preamble.Words.All(w => nameWords.Contains(w) || TopicConnectives.Contains(w));
        return IsElliptical(question)
            && (PointsBackAtSomeone(question) || onlyNames || (question.Words.Contains("it") && question.Slots.All(s => s.IsFiller))
                || (namesInPreamble && (preamble.Words.Any(QuestionTypeReader.IsQuestionWord)
                    // "long" only makes "how" ask a duration.
                    || (question.Slots.All(s => s.IsFiller || s.Word is "long") && question.Type is not QuestionType.Open))));
    }

    // "what about ...", "and what about ...", "how about ...".
    private static bool OpensTopicShift(IReadOnlyList<string> words)
    {
        var at = words.Count > 0 && words[0] is "and" or "so" or "ok" or "okay" or "but" ? 1 : 0;
        return words.Count > at + 2 && words[at] is "what" or "how" && words[at + 1] == "about";
    }

    // "so what did geneva achieve, nothing as usual?", "what was georgia's official response, more crying?": a few closing
    // words after a comma that name nothing and ask nothing are the reader's sarcasm or aside; the question before them is
    // what is asked. A name or a number there is a guess to check ("signed in March, the 18th?", "who signed, Putin?"),
    // which the whole message reads as one.
    private Answer? AskWithoutClosingAside(string question, string read, ConversationTurn? previous)
    {
        if (ClosingAside().Match(read) is not { Success: true } aside)
        {
            return null;
        }

        var closing = _index.Analyzer.Analyze(aside.Groups["aside"].Value);
        if (closing.Slots.Count == 0 || closing.Slots.Any(s => s.IsNumber || _index.IsName(s)) || closing.Words.Any(QuestionTypeReader.IsQuestionWord)
            || WordLists.YesNoOpeners.Contains(closing.Words[0]))
        {
            return null;
        }

        // "what about the UN, recognize?" asks its question in the closing words.
        var asked = AnalyzeAsQuestion(aside.Groups["asked"].Value);
        return asked.Words.Any(QuestionTypeReader.IsQuestionWord) && !TopicShift().IsMatch(aside.Groups["asked"].Value) && Decide(question, Rank(asked, previous), asked) is { Kind: AnswerKind.Answered } answer ? answer : null;
    }

    // Up to four words after the last comma, dash or semicolon; not "or ..." (a choice), a tag ("right?", "yes?"), what
    // narrows the question ("from China?", "in dollars?", "not the deputy", "the first name?", "concretely?", "project by
    // project?") or a claim ("it's a republic?"); a question of its own ("did it comment?") is no aside either.
    [GeneratedRegex(@"^(?<asked>.*\p{L}.*?)\s*(?:,|;|\s[-–—]+)\s*(?!(?:or|and|right|correct|yes|no|true|innit|eh|please|pls|plz|from|in|to|for|by|with|about|on|at|of|per|into|over|under|after|before|since|during|than|as|like|without|except|besides|apart|other|not|only|just|also|too|if|when|then|the|a|an|his|her|its|their|it|it's|they|he|she|that|that's|this|these|those|there|we|you|i|concretely|specifically|exactly|precisely|detailed|itemi[sz]ed|(?<each>\p{L}+)\s+by\s+\k<each>)\b)(?<aside>\p{L}[\p{L}']*(?:\s+\p{L}[\p{L}']*){0,3})\s*[?!.]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingAside();

    [GeneratedRegex(@"^\W*(?:(?:and|so|ok|but)\s+)?(?:what|how)\s+about\b", RegexOptions.IgnoreCase)]
    private static partial Regex TopicShift();
}
