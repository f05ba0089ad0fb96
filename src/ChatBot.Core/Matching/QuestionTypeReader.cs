namespace ChatBot.Core.Matching;

/// <summary>Reads the <see cref="QuestionType"/> from the first question word of a token list.</summary>
internal static class QuestionTypeReader
{
    private static readonly HashSet<string> TimeNouns = new(StringComparer.Ordinal) { "date", "day", "year", "month", "time", "dates", "days" };
    private static readonly HashSet<string> Actors = new(StringComparer.Ordinal)
    {
        "leader", "leaders", "official", "officials", "person", "people", "politician", "politicians", "diplomat", "diplomats",
        "president", "presidents", "minister", "ministers", "delegation", "delegations", "country", "countries", "nation",
        "nations", "organisation", "organisations", "organization", "organizations", "representative", "representatives",
        "journalist", "reporter", "writer", "author", "man", "woman", "guy", "parties", "governments", "government",
        "guys", "men", "women", "gentlemen", "persons", "individuals", "signatories", "figures",
    };

    // The parties to something, counted: "how many co-chairs were there?". Not "people", whose count ("how many people
    // attended?") is a headcount, which no list of parties gives.
    private static readonly HashSet<string> CountedParties = new(StringComparer.Ordinal)
    {
        "co-chairs", "co", "cochairs", "chairs", "mediators", "sides", "signatories", "signers", "states", "delegations",
        "countries", "nations", "governments", "organisations", "organizations", "parties", "leaders",
    };

    // "which Ossetian signed?" asks who; "which Russian agency...?" asks which agency.
    private static readonly HashSet<string> Demonyms = new(StringComparer.Ordinal)
    {
        "ossetian", "ossetians", "georgian", "georgians", "russian", "russians", "american", "americans", "abkhaz", "abkhazian",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal) { "two", "three", "four", "five", "both" };

    // Verbs whose "for" is part of them: "what does it stand for?", "what did they ask for?".
    private static readonly HashSet<string> ForWithVerb = new(StringComparer.Ordinal)
    {
        "stand", "stands", "ask", "asked", "asking", "call", "calls", "called", "vote", "voted", "look", "looking", "wait",
        "waiting", "pay", "paid", "account", "known", "famous", "go", "went", "argue", "argued", "push", "pushed",
    };

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal) { "place", "city", "location", "venue", "building" };

    /// <summary>
    /// The kind of answer a question without a question word names: "date?" and "the exact day?" ask when, "venue?" asks
    /// where. Null when it names neither.
    /// </summary>
    public static QuestionType? NamedKind(IReadOnlyList<string> words) =>
        words.Any(w => w is "date" or "dates" or "day") ? QuestionType.Time
        : words.Any(PlaceNouns.Contains) ? QuestionType.Place
        : null;

    /// <summary>True for words that open a question of their own ("what did she say?" is not "and to Abkhazia?").</summary>
    public static bool IsQuestionWord(string word) => word is "who" or "whom" or "whose" or "who's" or "whos" or "when" or "when's"
        or "where" or "wheres" or "where's" or "why" or "how" or "what" or "which" or "whats" or "what's";

    public static QuestionType Read(IReadOnlyList<string> words)
    {
        if (AsksOpinion(words))
        {
            return QuestionType.Opinion;
        }

        if (ChoiceType(words) is { } choice)
        {
            return choice;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? words[i + 1] : string.Empty;
            switch (words[i])
            {
                case "who" or "whom" or "whose" or "who's" or "whos":
                    return QuestionType.Person;
                // "When the article says Tskhinvali, which side does it mean?": a clause, not the question.
                case "when" when words.Skip(i + 2).Any(w => w is "which" or "what" or "who" or "whom" or "where" or "why" or "how"):
                    continue;
                // "When it says Sokhumi, does it mean Abkhazia?" opens with a clause; "tell me when the treaty was signed" asks when.
                case "when" when i == 0 && next is "it" or "the" or "they" or "you" or "i" or "we" or "a" or "an" or "people" or "this" or "he" or "she"
                    && words.Skip(2).Any(w => w is "does" or "do" or "did" or "which" or "who" or "what" or "where"):
                    continue;
                case "when" when next is "will" or "shall" or "would" || (next is "is" or "are" && words.Skip(i + 2).Contains("going")):
                    return QuestionType.FutureTime;
                case "when" or "when's":
                    return QuestionType.Time;
                case "where" or "wheres" or "where's":
                    return QuestionType.Place;
                case "why":
                    return QuestionType.Reason;
                // "how many delegations were at Geneva?", "how many countries condemned it?": who they were answers, counted.
                case "how" when next is "many" && i + 2 < words.Count && CountedParties.Contains(words[i + 2]):
                    return QuestionType.Person;
                // "how big is the pledge?" asks an amount as "how much" does.
                case "how" when next is "much" or "many" or "big" or "large" or "huge" or "generous":
                    return QuestionType.Quantity;
                case "how" when next is "long":
                    // "how long ago/before/after" asks when, not for how long.
                    return words.Skip(i + 2).Take(2).Any(w => w is "ago" or "before" or "after" or "earlier" or "later") ? QuestionType.Time : QuestionType.Duration;
                case "what" or "which" when next is "hour" || (next is "time" && !(i + 2 < words.Count && words[i + 2] is "frame" or "period")):
                    return QuestionType.Clock;
                case "what" or "which" when next is "year":
                    return QuestionType.Year;
                case "what" or "which" when TimeNouns.Contains(next):
                    return QuestionType.Time;
                case "what" or "which" when PlaceNouns.Contains(next):
                    return QuestionType.Place;
                case "what" or "which" when next is "amount" or "sum":
                    return QuestionType.Quantity;
                // "what is abkhazia's 9.2 billion for?" asks for a purpose; "what does SO stand for?" for a meaning.
                case "what" or "whats" or "what's" when i == 0 && words.Count >= 4 && words[^1] == "for" && !ForWithVerb.Contains(words[^2]):
                    return QuestionType.Reason;
                // "which two leaders signed?", "which countries condemned it?" ask who.
                case "what" or "which" when Actors.Contains(words.Skip(i + 1).FirstOrDefault(w => !NumberWords.Contains(w) && !w.Any(char.IsDigit)) ?? string.Empty):
                    return QuestionType.Person;
                case "which" when Demonyms.Contains(next) && i + 2 < words.Count
                    && (Actors.Contains(words[i + 2]) || words[i + 2].EndsWith("ed", StringComparison.Ordinal)):
                    return QuestionType.Person;
                case "how" when next is "was" or "were" or "did" or "does" or "do" or "is" or "are" or "will" or "would" or "can" or "could" or "has" or "have":
                    return QuestionType.Manner;
                // "What does Kremli mean?" asks for a meaning, which any answer may give.
                case "what" when next is "did" or "does" or "do" or "will" or "would" or "has" or "have" or "had"
                    && !words.Any(w => w is "mean" or "means" or "meant" or "stand" or "stands" or "refer" or "refers" or "called" or "denote" or "denotes" or "signify" or "signifies"):
                    return QuestionType.Object;
                // "What treaty did Russia sign?" asks for the thing, as "what did Russia sign?" does.
                case "what" or "which" when next is "treaty" or "agreement" or "deal" or "pact" or "accord" or "document"
                    && i + 2 < words.Count && words[i + 2] is "did" or "does" or "do" or "will" or "would" or "has" or "have" or "had":
                    return QuestionType.Object;
                // "I'd like to know what agreement Russia signed": the same, asked in reported word order.
                case "what" or "which" when next is "treaty" or "agreement" or "deal" or "pact" or "accord" or "document"
                    && words.Skip(i + 2).Take(3).Any(w => w is "signed" or "concluded" or "inked" or "made"):
                    return QuestionType.Object;
                case "how" or "what" or "which":
                    return QuestionType.Open;
            }
        }

        return words.Any(w => w is "o'clock" or "hour") || ContainsPhrase(words, "time", "of", "day") ? QuestionType.Clock : QuestionType.Open;
    }

    /// <summary>
    /// "Was it signed in Moscow or in Tskhinvali?" asks where, "in 2016 or 2017?" asks when: a yes/no question offering
    /// alternatives after "in" or "at" asks for the kind of thing the alternatives are.
    /// </summary>
    private static QuestionType? ChoiceType(IReadOnlyList<string> words)
    {
        var or = words.ToList().IndexOf("or");
        if (words.Count == 0 || or < 2 || !WordLists.YesNoOpeners.Contains(words[0]) || or + 1 >= words.Count || VagueAlternatives.Contains(words[or + 1]))
        {
            return null;
        }

        var preposition = words.Take(or).ToList().FindLastIndex(w => w is "in" or "at" or "on");
        if (preposition < 0 || or - preposition > 3)
        {
            return null;
        }

        var first = words[preposition + 1];
        return first.Any(char.IsDigit) || Months.Contains(first) ? QuestionType.Time : QuestionType.Place;
    }

    // "on some anniversary or smth?", "calmer or nah": a hedge at the end offers no alternative to choose from.
    private static readonly HashSet<string> VagueAlternatives = new(StringComparer.Ordinal)
    {
        "smth", "sth", "something", "anything", "whatever", "not", "nah", "no", "what", "nothing", "so",
    };

    /// <summary>True for a year as readers and the article write it: 1800 to 2099.</summary>
    public static bool IsYear(string word) =>
        word.Length == 4 && word.All(char.IsDigit) && (word.StartsWith("18", StringComparison.Ordinal) || word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal));

    /// <summary>The months, lower case.</summary>
    public static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly HashSet<string> OpinionNouns = new(StringComparer.Ordinal)
    {
        "opinion", "view", "views", "take", "thoughts", "assessment", "estimation", "estimate", "judgement", "judgment", "verdict", "reading", "analysis",
    };

    /// <summary>"Do you think...", "your opinion", "in your view": the reader asks the bot, not the article.</summary>
    private static bool AsksOpinion(IReadOnlyList<string> words)
    {
        // "prediction: will the next round fix anything?", "will Georgia ever get it back?", "will Russia annex Georgia
        // next?", "will Russia annex it?" (but "will the next round be in Geneva?" asks the plan); not "should": "should Georgia
        // negotiate the border?" is answered by what the talks said.
        if (words.Any(w => w is "predict" or "prediction" or "predictions" or "forecast" or "blame")
            || (words.Count > 0 && words[0] == "will" && (words.Any(w => w is "ever" or "eventually" or "someday" or "soon")
                || words[^1] == "next" || ContainsPhrase(words, "one", "day") || ContainsPhrase(words, "in", "the", "future")
                || ContainsPhrase(words, "next", "years") || ContainsPhrase(words, "coming", "years")
                || words.Any(w => w is "annex" or "annexing" or "invade" or "attack" or "succeed" or "fail" or "breakthrough" or "escalate" or "worsen")
                || ContainsPhrase(words, "end", "up"))))
        {
            return true;
        }

        // "will this start ww3", "whos gonna win if georgia fights russia", "war coming or not": a war or its winner
        // foretold, whichever way it is asked. Near each other: "my father guarded a frontier during the war, so I'm
        // curious: who will guard the border?" tells of a war and asks the article.
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is "war" or "wars" or "ww3" or "wwiii" or "fight" or "fights" or "win" or "invade" or "invasion" or "conflict"
                && words.Skip(Math.Max(0, i - 4)).Take(9).Any(w => w is "will" or "gonna" or "going" or "coming" or "soon" or "wll"))
            {
                return true;
            }
        }

        // "ngl this treaty is lowkey mid, agree?", "whats your favorite country": the bot's own taste.
        if ((words.Count > 2 && words[^1] == "agree" && words[^2] is not ("they" or "we" or "both" or "all" or "sides" or "parties" or "to" or "did" or "not" or "i")) || ContainsPhrase(words, "your", "favorite") || ContainsPhrase(words, "your", "favourite") || ContainsPhrase(words, "ur", "favorite"))
        {
            return true;
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (word, next) = (words[i], words[i + 1]);
            // "do you like it?" asks the bot's taste; "are you like siri?" what it is.
            if ((word is "you" or "u" && (next is "think" or "believe" or "feel" or "reckon" or "predict" or "expect" or "personally"
                    || (next is "prefer" or "like" or "agree" or "side" or "support" && !(i > 0 && words[i - 1] is "are" or "r" or "were"))))
                || (word is "is" or "was" or "are" or "were" or "who" or "whos" && i <= 1 && AsksVerdict(words, i))
                || (word is "whose" or "which" && next == "side" && words.Any(w => w is "you" or "u"))
                // "should we worry?", "should I be concerned?": advice for the reader, which the article does not give; "who
                // should we attribute it to?" asks a fact.
                || (word is "should" or "shud" or "shld" && next is "we" or "i" or "people" or "ppl" or "everyone" or "anyone" && !words.Take(i).Any(IsQuestionWord))
                // "in your own estimation": the reader's emphasis on whose view.
                || (word is "your" or "ur" && next == "own" && i + 2 < words.Count && OpinionNouns.Contains(words[i + 2]))
                || (word is "your" or "ur" && next is "opinion" or "opinions" or "view" or "views" or "take" or "thoughts" or "position" or "stance" or "prediction" or "guess" or "side"
                    or "personal" or "assessment" or "estimation" or "estimate" or "judgement" or "judgment" or "verdict"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Did the Americans support the deal?" asks what happened, which no opinion or prediction answers; only a
    /// verdict ("was it right?", read as an opinion) looks back.
    /// </summary>
    public static bool AsksWhatHappened(IReadOnlyList<string> words) =>
        words.FirstOrDefault(w => w is "did" or "was" or "were" or "had" or "didn't" or "wasn't" or "will" or "would" or "should" or "is" or "are" or "does" or "do")
            is "did" or "was" or "were" or "had" or "didn't" or "wasn't";

    // "Is Russia right?", "was it a good thing?": a verdict, which the article leaves to its sources.
    private static readonly HashSet<string> Verdicts = new(StringComparer.Ordinal)
    {
        "right", "wrong", "good", "bad", "fair", "unfair", "justified", "evil", "smart", "stupid", "mistake",
        "villain", "villains", "hero", "heroes", "winner", "winners", "loser", "losers", "benefits", "benefit",
        "based", "cringe", "mid", "lame", "overrated", "goated", "sus", "lot", "enough",
    };

    // Within four words of an opening "is" (or "who's", read as "who"): "is Russia right", "who's right", "is the treaty good for them"; but "is
    // that right?" only checks a fact, and "how long is the deal good for?" asks a duration.
    private static bool AsksVerdict(IReadOnlyList<string> words, int copula)
    {
        var confirming = copula + 2 < words.Count && words[copula + 1] is "that" or "it" or "this" && words[copula + 2] is "right" or "correct" or "true";
        // "Was there any good news?" asks whether something exists, not for a verdict.
        var existential = copula + 1 < words.Count && words[copula + 1] is "there";
        // "that is all for today, good bye": a farewell, not a verdict.
        var farewell = words.Any(w => w is "bye" or "goodbye") || words.Zip(words.Skip(1)).Any(p => p.First == "good" && p.Second is "night" or "morning" or "evening" or "afternoon");
        // "is she based in Tbilisi?" asks where she works; "'Kremli', is that a spelling mistake?" asks about the text.
        var verdict = words.Select((w, i) => (w, i)).Skip(copula + 1).Take(4)
            .Any(p => Verdicts.Contains(p.w) && !(p.w == "based" && p.i + 1 < words.Count && words[p.i + 1] is "in" or "on" or "at" or "out" or "near")
                && !(p.w == "mistake" && p.i > 0 && words[p.i - 1] is "spelling" or "typing" or "printing" or "printer's" or "printers" or "writing" or "copy"));
        return !confirming && !existential && !farewell && verdict;
    }

    /// <summary>True when <paramref name="words"/> hold <paramref name="phrase"/>'s words in a row.</summary>
    internal static bool ContainsPhrase(IReadOnlyList<string> words, params string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Count; i++)
        {
            if (phrase.Select((p, j) => words[i + j] == p).All(b => b))
            {
                return true;
            }
        }

        return false;
    }
}
