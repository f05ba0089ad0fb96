using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

/// <summary>
/// What the matcher's judge reads from a question besides its words: the kind of answer asked for, who speaks, the
/// names of the reader's own preamble, the alternatives of a choice, what is counted, which values a yes/no question
/// checks, which names it equates, and whether it asks for someone's words. Read once per question, used for every
/// candidate intent.
/// </summary>
internal sealed partial record QuestionReading(
    QuestionType Type,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<Slot> PreambleNames,
    IReadOnlyList<Slot> FollowedNames,
    Choice? Choice,
    IReadOnlyList<string>? Counted,
    IReadOnlyDictionary<string, string> CheckedValues,
    IReadOnlyList<string> EquatedNames,
    bool AsksForWords,
    IReadOnlyList<string> IdentityOf,
    string? WhoVerb,
    string? WhichThing,
    bool AsksWhatHappened,
    bool AsksAboutAPastEvent,
    bool AsksForGist,
    bool AsksWhatTheBotIs,
    IReadOnlyList<string> EventTimes,
    bool AsksForAnIndividual)
{
    /// <summary>
    /// "Was it named the strategic partnership treaty?": a guess of what this treaty is called, which only an answer
    /// giving its name settles, however well another treaty's name fits the guess.
    /// </summary>
    public bool GuessesItsName { get; init; }

    /// <summary>"did russia actually pay?": whether a promise was kept (see PromiseKept).</summary>
    public bool AsksIfDelivered { get; init; }

    // "What did she say?", "what was their reaction?": only an answer that reports someone's words fits.
    private static readonly HashSet<string> WordsOfSpeech = new(StringComparer.Ordinal)
    {
        "say", "said", "says", "saying", "comment", "comments", "commented", "statement", "statements", "react", "reacted",
        "reaction", "reactions", "respond", "responded", "response", "responses", "reply", "replied", "stance",
    };

    public static QuestionReading Read(IntentIndex index, AnalyzedText question, QuestionType type, AnalyzedText? preamble, AnalyzedText? previous = null)
    {
        // "um is Tibilov the president?", "so was it signed in Tbilisi?": spoken openers before the question.
        if (question.Words.TakeWhile(WordLists.DiscourseMarkers.Contains).Count() is > 0 and var opening && opening < question.Words.Count)
        {
            question = question with { Words = question.Words.Skip(opening).ToList() };
        }

        // A guess of what a name is ("is Tibilov the president of Georgia?") is read once: it is both checked values
        // and the name the question asks to identify.
        var identityGuess = IdentityChecked(index, question).ToList();
        var checkedValues = ValuesChecked(index, question, identityGuess);
        return new(
            type,
            SpeakerReader.Read(question.Words)
                .SelectMany(s => index.Analyzer.AnalyzeCurated(s).Slots)
                .Where(index.IsName)
                .Select(s => s.Key)
                .Where(SpeakerReader.NamesSomeone)
                .ToList(),
            preamble is null ? [] : preamble.Slots.Where(s => !s.IsFiller && index.IsName(s)).DistinctBy(s => s.Key).ToList(),
            // "where exactly?" after "what happened in Geneva?" is still about Geneva, unless it names something of its own.
            previous is null || question.Slots.Any(s => !s.IsFiller && index.IsName(s)) ? []
                : previous.Slots.Where(s => !s.IsFiller && index.IsName(s)).DistinctBy(s => s.Key).ToList(),
            Choice.Read(question.Words),
            CountedByQuestion(index, question),
            checkedValues,
            // Names only: "the deal ... an agreement" uses two words for one thing, "Tskhinvali = South Ossetia?" equates two names.
            IntentIndex.EquatedNames(question).Where(index.Names.Contains).ToList(),
            type != QuestionType.Opinion && (SomeoneSays(question.Words) || TellsSomeone(question.Words) || AsksWhatWasIn(question.Words)),
            IdentityQuestion.NamesAsked(question, index.IsArticleName) is { Count: > 0 } named
                ? named.Select(index.IdentityOf).Distinct().ToList()
                : identityGuess.Select(c => c.Unit[IdentityUnit.Length..]).Distinct().ToList(),
            index.WhoVerb(question),
            index.WhichThing(question),
            QuestionTypeReader.AsksWhatHappened(question.Words),
            // "did anything happen at the June meeting?" asks the past as "what happened" does.
            (question.Words.Any(w => w is "happened" or "discussed" or "decided" or "agreed" or "achieved" or "resolved")
                || (question.Words.Contains("did") && question.Words.Any(w => w is "happen" or "discuss" or "decide" or "agree" or "achieve" or "resolve")))
                && !question.Words.Any(w => w is "will" or "is" or "are" or "does" or "do" or "going" or "planned" or "scheduled"),
            GistRequest.Asks(question.Words),
            BotQuestion.Asks(question.Words),
            EventTime.Asked(question.Words),
            IndividualAsked.Asks(question.Words))
        {
            GuessesItsName = checkedValues.Values.Contains(NameUnit) && GuessesTheNameOfIt(index, question.Words),
            AsksIfDelivered = PromiseKept.Asked(question.Words),
        };
    }

    // "was it named ...", "is this called ...": the name guessed is of "it", with no other name before the guess.
    private static bool GuessesTheNameOfIt(IntentIndex index, IReadOnlyList<string> words)
    {
        var called = words.ToList().FindIndex(w => w is "called" or "named" or "titled" or "dubbed");
        return (called > 0 && words.Take(called).Any(w => w is "it" or "this")
            && !index.Analyzer.AnalyzeCurated(string.Join(' ', words.Take(called))).Slots.Any(s => !s.IsFiller && index.IsName(s)))
            || NamedTreatyGuessed(words) > 0;
    }

    /// <summary>
    /// "it's the 'alliance and strategic partnership' treaty, right?", "is it the friendship treaty?": where a guess of
    /// this treaty's name starts, made of the words treaties are named with; -1 without one ("is it the same treaty?").
    /// </summary>
    private static int NamedTreatyGuessed(IReadOnlyList<string> words)
    {
        var it = words.Take(3).ToList().FindIndex(w => w is "it" or "this");
        var the = it < 0 ? -1 : it + 1 < words.Count && words[it + 1] is "is" or "was" ? it + 2 : it + 1;
        if (the < 0 || the >= words.Count || words[the] is not ("the" or "a" or "an"))
        {
            return -1;
        }

        var span = words.Skip(the + 1).TakeWhile(w => w is not ("treaty" or "agreement" or "pact" or "deal" or "accord")).ToList();
        return span.Count is >= 1 and <= 5 && the + 1 + span.Count < words.Count
            && span.All(w => TreatyNameWords.Contains(w) || w is "and" or "of" or "on") && span.Any(TreatyNameWords.Contains)
            ? the + 1
            : -1;
    }

    // What treaties between states are named for.
    private static readonly HashSet<string> TreatyNameWords = new(StringComparer.Ordinal)
    {
        "alliance", "integration", "strategic", "partnership", "friendship", "cooperation", "co-operation", "union",
        "mutual", "assistance", "association", "accession", "unification",
    };

    // "they give 5 billion to tskhinvali, right?" checks as much as "do they give...?" does, and "signed in Sochi or
    // where?" checks Sochi.
    private static bool IsYesNo(IReadOnlyList<string> words) =>
        words.Count > 0 && (WordLists.YesNoOpeners.Contains(words[0])
            || (words.Count > 3 && words[^1] is "right" or "correct" && !words.Any(QuestionTypeReader.IsQuestionWord))
            || (words.Count > 3 && words[^2] == "or" && words[^1] is "where" or "when" or "who"));

    // "What does the treaty say about borders?" asks what a text contains, not for someone's words.
    private static readonly HashSet<string> Texts = new(StringComparer.Ordinal)
    {
        "treaty", "deal", "agreement", "pact", "accord", "article", "text", "story", "news", "document", "report", "piece", "it", "this", "that",
    };

    private static bool SomeoneSays(IReadOnlyList<string> words) =>
        words.Select((w, i) => (w, i)).Any(p => WordsOfSpeech.Contains(p.w) && !words.Skip(Math.Max(0, p.i - 3)).Take(Math.Min(3, p.i)).Any(Texts.Contains));

    // "What was in the first draft?", "what's in the statement?": what a text said, which an answer reporting words gives.
    private static bool AsksWhatWasIn(IReadOnlyList<string> words)
    {
        // The tokenizer drops "'s": "what's in" arrives as "what in".
        var at = words.ToList().FindIndex(w => w is "what" or "whats");
        var next = at + 1 < words.Count && words[at + 1] is "was" or "is" or "were" ? at + 2 : at + 1;
        // "What's in the treaty?" asks what the treaty is about, which the overview says.
        var thing = words.Skip(next + 1).SkipWhile(w => w is "the" or "this" or "that" or "a").FirstOrDefault();
        return at >= 0 && words.Take(at).All(w => w is "so" or "ok" or "okay" or "and" or "but") && next < words.Count && words[next] == "in"
            && thing is not null && !Texts.Contains(thing);
    }

    // "What did Putin tell Tibilov?" asks for words; "can you tell me..." does not.
    private static bool TellsSomeone(IReadOnlyList<string> words) =>
        words.Select((w, i) => (w, i)).Any(p => p.w is "tell" or "told" && p.i + 1 < words.Count && words[p.i + 1] is not ("me" or "us" or "u" or "you"));

    /// <summary>The unit of a checked number that is a day of a month.</summary>
    public const string DateUnit = "";

    /// <summary>The unit of a checked year: "agreements from 2010?" is corrected by an answer that gives the year.</summary>
    public const string YearUnit = "@year";

    /// <summary>The unit of a checked place.</summary>
    public const string PlaceUnit = "@place";

    // "Were the sums in dollars?", "was it paid in cash?", "in writing", "in force": what follows "in" is no place.
    private static readonly HashSet<string> NoPlaces = new(StringComparer.Ordinal)
    {
        "dollars", "dollar", "usd", "euros", "euro", "rubles", "ruble", "roubles", "rouble", "pounds", "cash", "installments",
        "instalments", "tranches", "writing", "person", "total", "advance", "fact", "theory", "principle", "practice",
        "exchange", "return", "force", "charge", "effect", "full", "public", "secret", "private", "particular", "general",
        "detail", "english", "russian", "georgian", "ossetian", "abkhaz", "response", "reply", "protest", "favour", "favor",
    };

    /// <summary>
    /// "Is the treaty for 50 years?", "was it signed on March 17?", "was the signing in Geneva?": a yes/no question
    /// checking a number or a place is answered by the intent that states that kind of value (years, a date, where),
    /// which corrects it. Word checked -> its unit key, <see cref="DateUnit"/> for a day of a month, or
    /// <see cref="PlaceUnit"/> for a place.
    /// </summary>
    private static Dictionary<string, string> ValuesChecked(IntentIndex index, AnalyzedText question, IReadOnlyList<(string Word, string Unit)> identityGuess)
    {
        var words = question.Words;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!IsYesNo(words))
        {
            return values;
        }

        foreach (var (word, unit) in identityGuess)
        {
            values[word] = unit;
        }

        // "Is it called the alliance and strategic partnership treaty?": the name after "called" is the guess.
        // "Does the article call it a 'friendship treaty'?", "is it known as...": the same guess.
        var called = words.ToList().FindIndex(w => w is "called" or "named" or "titled" or "dubbed");
        var calls = words.ToList().FindIndex(w => w is "call" or "calls");
        var knownAs = words.ToList().FindIndex(w => w == "as");
        var guessAt = called > 0 && words.Take(called).Any(w => w is "it" or "this" or "treaty" or "deal" or "pact" or "agreement" or "document") ? called + 1
            : calls > 0 && calls + 1 < words.Count && words[calls + 1] is "it" or "this" or "that" ? calls + 2
            : knownAs > 1 && words[knownAs - 1] is "known" or "referred" && words.Take(knownAs).Any(w => w is "it" or "this" or "treaty" or "deal" or "pact" or "agreement") ? knownAs + 1
            : NamedTreatyGuessed(words);
        if (guessAt > 0)
        {
            foreach (var guessed in index.Analyzer.AnalyzeCurated(string.Join(' ', words.Skip(guessAt))).Slots.Where(s => !s.IsFiller))
            {
                values.TryAdd(guessed.Word, NameUnit);
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            // "signed a year earlier?", "two months before this one?", "a whole year before?": a guess of when, relative
            // to something else.
            var span = i + 1 < words.Count && words[i + 1] is "whole" or "full" or "entire" or "good" ? 1 : 0;
            if (i + 2 + span < words.Count && (IsNumber(words[i]) || words[i] is "a" or "an" or "one") && CalendarUnits.Contains(words[i + 1 + span])
                && words[i + 2 + span] is "earlier" or "before" or "later" or "after" or "ago" or "prior" or "apart")
            {
                values[words[i + 1 + span]] = DateUnit;
                if (words[i] is not ("a" or "an"))
                {
                    values[words[i]] = DateUnit;
                }
            }

            if (words[i] is "in" or "at" && words.Skip(i + 1).FirstOrDefault(w => !WordLists.StopWords.Contains(w)) is { } place
                && !place.Any(char.IsDigit) && !QuestionTypeReader.Months.Contains(place) && !NoPlaces.Contains(place))
            {
                values[place] = PlaceUnit;
            }

            // "Are the next talks scheduled for August?": a month alone checks a date too (but "August 2008" is a name).
            // "signed on February 18?", "18 feb yeah?": a month with its day is a date whatever precedes it, when the
            // article never names that month (a month it names, "March 17", is a word that finds the intent).
            if (QuestionTypeReader.Months.Contains(words[i])
                && ((i > 0 && words[i - 1] is "in" or "on" or "for" or "by" or "until" && !(i + 1 < words.Count && IsNumber(words[i + 1])))
                    || (((i + 1 < words.Count && IsDay(words[i + 1])) || (i > 0 && IsDay(words[i - 1])) || (i > 1 && words[i - 1] == "of" && IsDay(words[i - 2])))
                        && !index.Analyzer.AnalyzeCurated(words[i]).Slots.Any(s => index.ArticleFeatures.Contains(s.Key)))))
            {
                values[words[i]] = DateUnit;
            }

            if (!IsNumber(words[i]))
            {
                continue;
            }

            // "on March 20-21?": the second day of a range is as much a date as the first.
            // "the 8th of March" too.
            if ((i > 0 && QuestionTypeReader.Months.Contains(words[i - 1])) || (i + 1 < words.Count && QuestionTypeReader.Months.Contains(words[i + 1]))
                || (i + 2 < words.Count && words[i + 1] == "of" && QuestionTypeReader.Months.Contains(words[i + 2]))
                || Ordinal().IsMatch(words[i])
                || (i > 0 && values.TryGetValue(words[i - 1], out var before) && before == DateUnit))
            {
                values[words[i]] = DateUnit;
            }
            else if (QuestionTypeReader.IsYear(words[i]))
            {
                values[words[i]] = YearUnit;
            }
            else if (i + 1 < words.Count && index.Analyzer.AnalyzeCurated(words[i + 1]).Slots is [var unit])
            {
                values[words[i]] = unit.Key;
                // "9.2 billion dollars": the currency after the scale is part of the guess the amount corrects. A scale
                // no answer counts ("1 million rubles") is part of the guess too, which is then checked in the currency.
                if (words[i + 1] is "billion" or "million" or "thousand" && i + 2 < words.Count && Currencies.Contains(words[i + 2]))
                {
                    var checkedIn = !index.AllCountedThings.Contains(unit.Key) && index.Analyzer.AnalyzeCurated(words[i + 2]).Slots is [var currency]
                        ? currency.Key : unit.Key;
                    values[words[i]] = values[words[i + 2]] = checkedIn;
                    if (checkedIn != unit.Key)
                    {
                        values[words[i + 1]] = checkedIn;
                    }
                }
            }
        }

        // "Did Medvedev sign it?", "was this written by Jen Psaki?": a name as the doer of a yes/no check is a guess of
        // who did it, which an intent whose answer names everyone who did corrects (see Intent.Complete).
        // "Did Georgia's president attend?": the doer is the president, whom the possessor only qualifies.
        var doers = Doer(words);
        // "Was Medvedev at the signing?" guesses who was there, which only an answer naming everyone present corrects.
        // "Is Georgia in charge of the border?" guesses who does something, not who was somewhere.
        var afterDoer = words.SkipWhile(w => doers.Count == 0 || w != doers[^1]).Skip(1).Take(2).ToList();
        // "Was Ukraine part of the Geneva discussions?", "was Ukraine participant of..." guess who was there as well.
        var doerUnit = words[0] is "was" or "were" or "is" or "are" && doers.Count > 0 && afterDoer.FirstOrDefault() is "at" or "in" or "among" or "part" or "participant" or "present" or "there" or "represented"
            && afterDoer.ElementAtOrDefault(1) != "charge"
            ? PresentUnit : PersonUnit;
        foreach (var (doer, i) in doers.Select((d, i) => (d, i)))
        {
            // Slot is a struct: FirstOrDefault would give an empty one for a word that is no slot of its own. A name's
            // later words are written as names ("Dmitry Medvedev"), not "did the EU endorse".
            if (question.Slots.Where(s => s.Word == doer).Take(1).ToList() is [var slot]
                && (i == 0 || slot.Capitalized || index.IsArticleName(slot))
                && !values.ContainsKey(doer) && !question.Possessors.Contains(slot.Key)
                && (index.IsName(slot) || IsUnknownWord(index, slot) || (doerUnit == PresentUnit && IsUnknownToArticle(index, slot))))
            {
                // "Did Putin go to Geneva?": a person the article names, checked against a list of parties, is not settled
                // by it; only an answer naming who was there (or who did it) is.
                values[doer] = index.IsPerson(slot) ? doerUnit + NamedPerson : doerUnit;
            }
        }

        return values;
    }

    // Who holds a role an answer names everyone in: "were the co-chairs ...", "is the author ...".
    private static readonly HashSet<string> HolderRoles = new(StringComparer.Ordinal)
    {
        "chairs", "cochairs", "chair", "chairmen", "signatories", "signers", "author", "writer", "journalist", "reporter",
    };

    // "was it LAVROV AND TIBILOV who signed?", "it was MEDVEDEV who signed": the names before "who", joined by "and".
    private static IReadOnlyList<string> NamedBeforeWho(IReadOnlyList<string> words, int start)
    {
        var names = new List<string>();
        for (var i = start; i < words.Count && names.Count < 4; i++)
        {
            if (words[i] is "who" or "that")
            {
                return names;
            }

            if (words[i] == "and" && names.Count > 0)
            {
                continue;
            }

            if (WordLists.StopWords.Contains(words[i]))
            {
                return [];
            }

            names.Add(words[i]);
        }

        return [];
    }

    // The doer of a yes/no check, all of its words: "did MEDVEDEV sign", "was it signed by DMITRY MEDVEDEV", "was
    // UKRAINE at the talks", "was SERGEY LAVROV leading the team".
    private static IReadOnlyList<string> Doer(IReadOnlyList<string> words)
    {
        var by = words.ToList().IndexOf("by");
        if (by > 0)
        {
            return words.Skip(by + 1).SkipWhile(WordLists.StopWords.Contains).TakeWhile(w => !WordLists.StopWords.Contains(w)).Take(3).ToList();
        }

        // "were the co-chairs RUSSIA and the US?", "is the writer JEN PSAKI?": the names after a role are the guess of who
        // holds it.
        if (words.Count > 3 && words[0] is "was" or "were" or "is" or "are")
        {
            var roleAt = 1 + words.Skip(1).TakeWhile(w => w is "the" or "its" or "two" or "three" or "co").Count();
            if (roleAt < words.Count - 1 && HolderRoles.Contains(words[roleAt]))
            {
                // "Is the author Georgian?" asks a nationality, which no answer gives.
                var holders = words.Skip(roleAt + 1).Where(w => !WordLists.StopWords.Contains(w)).Take(4).ToList();
                return holders.Any(w => w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ean", StringComparison.Ordinal)
                    || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ican", StringComparison.Ordinal))
                    ? [] : holders;
            }
        }

        // "was it MEDVEDEV who signed?", "was it LAVROV AND TIBILOV who signed?", "it was MEDVEDEV who signed".
        if (words.Count > 3 && ((words[0] is "was" or "is" && words[1] == "it") || (words[0] == "it" && words[1] is "was" or "is")))
        {
            return NamedBeforeWho(words, 2);
        }

        // "does the treaty make GEORGIA responsible for the border?": whom the text makes do it is the guess.
        var make = words.ToList().FindIndex(w => w is "make" or "makes");
        if (make > 0 && words.Take(make).Any(Texts.Contains))
        {
            return words.Skip(make + 1).SkipWhile(w => w is "the" or "a" or "an").TakeWhile(w => !WordLists.StopWords.Contains(w)).Take(2).ToList();
        }

        var start = words.Skip(1).TakeWhile(w => w is "the" or "a" or "an").Count() + 1;
        var acts = words[0] is "did" or "does" or "do" or "has" or "have" or "had" or "will" or "would" or "shall" or "can" or "could";
        for (var length = 1; length <= 2 && start + length <= words.Count; length++)
        {
            var subject = words.Skip(start).Take(length).ToList();
            if (subject.Any(WordLists.StopWords.Contains))
            {
                break;
            }

            var next = start + length < words.Count ? words[start + length] : string.Empty;
            // "did the Geneva talks lead to anything?": after "did" the verb has no "-s", so "talks" is what the name qualifies.
            if (acts && next.Length > 3 && next.EndsWith('s') && !next.EndsWith("ss", StringComparison.Ordinal))
            {
                break;
            }

            var afterNext = start + length + 1 < words.Count ? words[start + length + 1] : string.Empty;
            var present = words[0] is "was" or "were" or "is" or "are"
                && (next is "at" or "in" or "among" or "one" or "supposed" or "responsible" or "obliged"
                    || (next == "part" && words.Skip(start + length).Any(EventNouns.Contains))
                    || (next is "a" or "an" or "the" && EventRoles.Contains(afterNext))
                    // "was Ukraine participant of Geneva discussions?": the same without the article.
                    || EventRoles.Contains(next)
                    || (next.EndsWith("ing", StringComparison.Ordinal) && next.Length > 5)
                    // "was Lavrov (the) head of the Russian delegation?": who led it, guessed.
                    || (next is "head" or "leader" or "chief" && afterNext == "of")
                    || (next == "the" && afterNext is "head" or "leader" or "chief" && start + length + 2 < words.Count && words[start + length + 2] == "of"));
            // "did Medvedev sign", "did Dmitry Medvedev sign": the verb follows the name.
            if (present || (acts && (WordLists.StopWords.Contains(next) || next.Length == 0 || !IsNameLike(next))))
            {
                // "did Putin and Tibilov sign it?": both names are the guess.
                return next == "and" && afterNext.Length > 0 && !WordLists.StopWords.Contains(afterNext) ? [.. subject, afterNext] : subject;
            }
        }

        return [];
    }

    private static readonly HashSet<string> CalendarUnits = new(StringComparer.Ordinal)
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days",
    };

    // "Was Ukraine part of the talks?" guesses who took part; "is North Ossetia part of Russia?" what a place is.
    private static readonly HashSet<string> EventNouns = new(StringComparer.Ordinal)
    {
        "talks", "discussions", "meeting", "meetings", "negotiations", "round", "delegation", "delegations", "signing", "ceremony",
    };

    // "Was NATO a co-chair?", "was Medvedev a signatory?": a role in the event, which an answer naming everyone in it settles.
    private static readonly HashSet<string> EventRoles = new(StringComparer.Ordinal)
    {
        "co", "cochair", "chair", "chairs", "signatory", "signer", "participant", "attendee", "mediator", "host",
    };

    // After a one-word name, a verb ("sign"), not another part of the name: a guess that cannot tell, so a known word
    // or a verb-like ending ends the name.
    private static bool IsNameLike(string word) => !EnglishWords.Contains(word) && !word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>The unit of a checked title: what something is called.</summary>
    public const string NameUnit = "@called";

    /// <summary>The unit of a checked name: who did something.</summary>
    public const string PersonUnit = "@who";

    /// <summary>The unit of a checked name: who was there.</summary>
    public const string PresentUnit = "@who-present";

    /// <summary>Added to <see cref="PersonUnit"/> or <see cref="PresentUnit"/> when the checked name is a person's.</summary>
    public const string NamedPerson = "(person)";

    // "was ukraine at the talks?": who was somewhere is someone, even when the word is also English ("china").
    private static bool IsUnknownToArticle(IntentIndex index, Slot slot) =>
        !slot.IsNumber && !slot.IsFiller && !index.AllIntentFeatures.Contains(slot.Key) && !index.ArticleFeatures.Contains(slot.Key);

    // "medvedev" written in lower case is still no word of English or of the intents: a name.
    private static bool IsUnknownWord(IntentIndex index, Slot slot) =>
        !slot.IsNumber && !index.AllIntentFeatures.Contains(slot.Key) && !index.ArticleFeatures.Contains(slot.Key) && !EnglishWords.Contains(slot.Word);

    private static readonly HashSet<string> Currencies = new(StringComparer.Ordinal) { "dollars", "euros", "pounds", "lari", "usd", "eur", "rubles", "roubles" };

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "hundred",
    };

    // "Is the deal valid for ten years?" checks a number as much as "for 10 years?" does.
    private static bool IsNumber(string word) => word.Any(char.IsDigit) || NumberWords.Contains(word);

    // "18", "18th": a day of a month, as a year or an amount is not.
    private static bool IsDay(string word) =>
        Ordinal().IsMatch(word) || (word.Length <= 2 && word.All(char.IsDigit) && int.Parse(word, CultureInfo.InvariantCulture) is >= 1 and <= 31);

    /// <summary>The unit of a checked description of a name: this prefix, then the name's key.</summary>
    public const string IdentityUnit = "@is:";

    // What a person or place can be said to be: "is Tibilov the president of Georgia?" checks one of these.
    private static readonly HashSet<string> Categories = new(StringComparer.Ordinal)
    {
        "president", "prime", "premier", "minister", "ambassador", "official", "leader", "head", "chief", "spokesman",
        "spokeswoman", "spokesperson", "diplomat", "secretary", "governor", "mayor", "envoy", "representative", "member",
        "country", "state", "nation", "region", "city", "capital", "republic", "part", "province", "territory", "town",
        "oblast", "enclave", "colony", "protectorate", "district", "county", "village", "port", "island", "peninsula",
        "general", "chairman", "commissioner", "deputy", "foreign", "affairs", "department", "ministry", "independent",
        "sovereign", "breakaway", "separatist", "senator", "mediator", "negotiator", "chancellor", "king", "queen",
        "monarch", "dictator", "commander", "politician", "journalist", "reporter", "activist", "judge", "lawyer",
        "defence", "defense", "interior", "finance", "justice", "vice",
        // "Psaki is EU person right?", "is Mogherini NATO's boss?": a learner's or a chatter's word for a role.
        "person", "boss", "staffer", "employee", "functionary", "bureaucrat", "officer",
    };

    // "Is Mogherini the German chancellor?" guesses a role the answer corrects; "is Mogherini Italian?" only a
    // nationality, which no answer states: a nationality is part of a guess only beside a role.
    private static readonly HashSet<string> Nationalities = new(StringComparer.Ordinal)
    {
        "german", "french", "italian", "british", "english", "spanish", "chinese", "turkish", "armenian", "ukrainian", "polish",
    };

    /// <summary>
    /// "Is Tibilov the president of Georgia?", "is Sokhumi in South Ossetia?", "is Psaki from the EU?": a yes/no check
    /// of what a name is, answered by the intent that says what it is. Its words after the name (roles, kinds of
    /// place, other names) are the reader's guess; anything else ("is Tibilov married?") is a question of its own.
    /// "Is South Ossetia part of Russia?" thereby asks what South Ossetia is, as "what is South Ossetia?" does.
    /// </summary>
    private static IEnumerable<(string Word, string Unit)> IdentityChecked(IntentIndex index, AnalyzedText question)
    {
        var words = question.Words;
        var topic = question.Slots.Where(s => !s.IsFiller).ToList();
        // "Is Putin the president of Russia?" guesses what a name of the article is even when no intent says: then no
        // answer settles the guess, and the bot declines.
        if (words.Count < 3 || words[0] is not ("is" or "was" or "are" or "were" or "isn't" or "isnt" or "wasn't" or "wasnt") || topic.Count < 2
            || !(index.Identified.Contains(index.IdentityOf(topic[0])) || index.IsArticleName(topic[0])))
        {
            return [];
        }

        var guess = topic.Skip(1).ToList();
        // "Was Abkhazia represented?" asks what happened to the name, not what it is: a participle is no guess.
        var role = guess.Any(s => Categories.Contains(s.Word));
        // "Was the US at Geneva?" places a name no intent identifies; only a role ("president") guesses what it is.
        if (!role && !index.Identified.Contains(index.IdentityOf(topic[0])))
        {
            return [];
        }

        // "Is South Ossetia a region of Armenia?": beside a role, a capitalised name the article never uses is part of the guess.
        return guess.All(s => Categories.Contains(s.Word) || (role && (Nationalities.Contains(s.Word) || (s.Capitalized && !index.AllIntentFeatures.Contains(s.Key)))) || (index.IsArticleName(s) && !(s.Word.EndsWith("ed", StringComparison.Ordinal) && !s.Capitalized)))
            ? guess.Select(s => (s.Word, IdentityUnit + index.IdentityOf(topic[0])))
            : [];
    }

    // "How many oblasts ...": the keys of the two words after "how many", skipping function words.
    private static IReadOnlyList<string>? CountedByQuestion(IntentIndex index, AnalyzedText question)
    {
        var words = question.Words;
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i] == "how" && words[i + 1] == "many")
            {
                var next = string.Join(' ', words.Skip(i + 2).Where(w => !WordLists.StopWords.Contains(w)).Take(2));
                return index.Analyzer.AnalyzeCurated(next).Slots.Where(s => !s.IsFiller).Select(s => s.Key).ToList();
            }
        }

        return null;
    }

    // "signed on the 17th?": a day of a month.
    [GeneratedRegex(@"^\d{1,2}(?:st|nd|rd|th)$")]
    private static partial Regex Ordinal();
}
