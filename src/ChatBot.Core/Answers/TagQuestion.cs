using System.Text.RegularExpressions;

namespace ChatBot.Core.Answers;

/// <summary>
/// Chat questions often check a fact as a statement: "the treaty is for 10 years, right?", "it was signed march 17?",
/// "medvedev signed it right?", "Tibilov, is he a Georgian minister?", "someone claims it is for 10 years, is that
/// true?", "is it correct that it was signed in Tbilisi?". Read as the yes/no question they are ("is the treaty for 10
/// years?"), so the checked value is read as a guess the answer corrects.
/// </summary>
internal static partial class TagQuestion
{
    private static readonly char[] ClaimEnd = [' ', ',', '.', ';', '-', '–', '—', ':'];

    /// <summary>The yes/no question a tagged statement asks, or the text unchanged.</summary>
    public static string AsQuestion(string text)
    {
        // "signed in tbilisi? 😂": an emoji after the question mark says how it is asked, not what.
        text = TrailingSymbols().Replace(text, string.Empty);

        // "who is mogherini, friend says she's the italian PM", "when does it run out, someone in chat said 2040": a question
        // with what someone else said after it asks the question; the article's answer settles the hearsay.
        text = HearsayAfterQuestion().Replace(text, "${question}?");
        // "who led the russian delegation, was it lavrov?", "did putin sign it himself or was it lavrov": the reader's guess
        // after a question; the answer to the question settles it.
        text = GuessAfterQuestion().Replace(text, "${question}?");
        // "tskhinvali = capital of abkhazia right? my bf says so": who holds the claim, after it, adds nothing to check.
        text = SourceAfterCheck().Replace(text, "?");

        // "correct me if I'm wrong, but Tibilov signed it", "term is 25 years, correct me if wrong", "abkhazia signed a year
        // earlier or am i mixing things up": the reader's hedge around a claim asks whether it is so; around a question
        // ("correct me if wrong, when was it signed?") it asks nothing of its own.
        if (HedgeBefore().Match(text) is { Success: true } hedge && text[hedge.Length..] is var hedged && hedged.Any(char.IsLetter))
        {
            text = hedged.TrimEnd().EndsWith('?') || Words(hedged).FirstOrDefault() is { } opener && QuestionWords.Contains(opener)
                ? hedged
                : hedged.TrimEnd(' ', '.', '!') + " right?";
        }

        text = HedgeAfter().Replace(text, " right?");

        // "didn't Medvedev sign it?", "wasn't the next round in May?": a negative question asks what the positive one asks.
        text = NegativeOpener().Replace(text, "${aux}");

        // "I thought it was signed in Sochi", "I could swear Medvedev signed it": a belief stated to the bot asks whether it
        // is so, with or without a question mark. A sentence after it asks its own question (see ReportedBy).
        if (FirstPersonBelief().Match(text) is { Success: true } belief && text[belief.Length..] is var believed
            && believed.Any(char.IsLetter)
            && !believed.TrimEnd(' ', '?', '.', '!').Any(c => c is '.' or '?' or '!' or ';')
            && (belief.Groups["polite"].Success || !Words(believed).Any(Matching.QuestionTypeReader.IsQuestionWord)))
        {
            text = believed.TrimEnd(' ', '?', '.', '!') + " right?";
        }

        // "it was signed on the 17th wasnt it", "Georgia handles its security, doesn't it?": a negative tag asks what
        // "right?" asks, with or without its apostrophe and question mark.
        text = NegativeTag().Replace(text, " right?");
        // "signed it in Moscow, did they?", "9 billion to abkhazia was it?", "Tibilov's the president, is he?": a positive tag
        // after a claim asks as a negative one does; after a question ("who signed, was it Putin?") it is part of the question.
        if (PositiveTag().Match(text) is { Success: true } positive && text[..positive.Index] is var positiveClaim
            && Words(positiveClaim).ToList() is { Count: >= 2 } positiveWords && !QuestionWords.Contains(positiveWords[0]) && !positiveClaim.Contains('?')
            && !positiveWords.Any(w => w.TrimEnd('\'', 's') is "what" or "who" or "when" or "where" or "why" or "how" or "which" or "whose"))
        {
            text = positiveClaim + " right?";
        }

        // "it's only a 10 year deal surely", "putin didn't go there himself, I assume?": a presumption after a claim asks
        // as a tag does. Not after a question ("who condemned it? nobody i bet") nor after thanks ("thanks, I guess").
        if (PresumingTag().Match(text) is { Success: true } presumed && text[..presumed.Index] is var presumedClaim
            && !presumedClaim.Contains('?') && Words(presumedClaim).ToList() is { Count: >= 3 } claimWords
            && !QuestionWords.Contains(claimWords[0]) && !claimWords.Any(w => w.Trim('.', '!') is "thanks" or "thank" or "hello" or "hi" or "hey" or "cheers"))
        {
            text = presumedClaim + " right?";
        }
        // "Medvedev signed the treaty na?", "the treaty is for 50 years itself, hai na?", "georgia was fine with it ya?",
        // "signed on 18 March, desu ka?", "c'est signé à Moscou, n'est-ce pas?", "25 years, né?": the tag of the reader's first
        // language.
        text = LastWord(text) is "na" or "naa" or "nahi" or "ne" or "né" or "neh" or "ya" or "ja" or "ka" or "non" or "pas" or "wahr" or "asi" or "así"
            ? BorrowedTag().Replace(text, "${claim} right?") : text;

        // "Is it correct that the treaty was signed on 18 March?", "can you confirm the term is 25 years?": the claim, checked.
        var checking = Checking().Match(text);
        var checks = checking.Success && checking.Groups["claim"].Value.Any(char.IsLetter);
        if (checks)
        {
            text = checking.Groups["claim"].Value.TrimEnd(' ', '?', '.', '!') + " right?";
        }

        // "Someone claims the deal is for 10 years, is that true?" checks the claim: "the deal is for 10 years, right?"
        if (Confirmation().Match(text) is { Success: true } confirm)
        {
            // "Dear Sir, I am 82. My son says it was signed in February. Could that possibly be right?": the sentence
            // before the check is the claim; what comes before it is about the reader.
            var before = text[..confirm.Index];
            var lastSentence = SentenceEnd().Matches(before.TrimEnd(' ', '.', '!', ';')).LastOrDefault();
            before = lastSentence is null ? before : before[(lastSentence.Index + lastSentence.Length)..];
            // "Claim: the US said it would recognise it. True?": a labelled claim is all of what follows the label.
            var unlabelled = Salutation().Replace(before, string.Empty);
            var labelled = ClaimLabel().Match(unlabelled) is { Success: true } label ? unlabelled[label.Length..] : null;
            // "the US said it would recognise it, correct?": who said it is part of the claim, unless it is only the source.
            var reporter = ReportedBy().Match(unlabelled);
            var bySource = reporter.Length > 0 && !NamedReporter().IsMatch(reporter.Value);
            var claim = (labelled ?? (bySource ? unlabelled[reporter.Length..] : unlabelled))
                .TrimEnd(ClaimEnd).Trim('\'', '"', '‘', '’', '“', '”', ' ').TrimEnd(ClaimEnd);
            if (claim.Length > 0)
            {
                text = claim + " right?";
            }
        }
        // "fact check: the treaty was signed march 17", "claim: medvedev signed it": a labelled claim asks whether it is so,
        // with no "true?" after it; a labelled question ("fact check: who signed it?") asks itself.
        else if (!checks && ClaimLabel().Match(text) is { Success: true } label && text[label.Length..] is var labelledClaim
            && labelledClaim.Any(char.IsLetter))
        {
            text = labelledClaim.TrimEnd().EndsWith('?') || Words(labelledClaim).Any(Matching.QuestionTypeReader.IsQuestionWord)
                ? labelledClaim
                : labelledClaim.TrimEnd(ClaimEnd).Trim('\'', '"', '‘', '’', '“', '”', ' ').TrimEnd(ClaimEnd) + " right?";
        }
        // "my uncle swears it was signed in February?", "pretty sure it's a 50-year deal?": a reported claim, asked. Not
        // "the US said it would recognise it?", where who said it is the claim, nor a frame before a question of its own.
        else if (!checks && text.TrimEnd().EndsWith('?') && ReportedBy().Match(text) is { Success: true, Length: > 0 } reported
            && !reported.Value.TrimStart().StartsWith("the ", StringComparison.OrdinalIgnoreCase)
            && text[reported.Length..] is var asked)
        {
            text = asked;
        }

        if (Dislocated().Match(text) is { Success: true } d)
        {
            return $"{d.Groups["aux"].Value} {d.Groups["name"].Value} {d.Groups["rest"].Value}";
        }

        // "signed in the kremlin, right?": a claim about the treaty with the subject left out.
        if (Subjectless().Match(text) is { Success: true } subjectless && !Words(subjectless.Groups["rest"].Value).Any(QuestionWords.Contains))
        {
            return $"was it {subjectless.Groups["verb"].Value} {subjectless.Groups["rest"].Value.TrimEnd(' ', ',')}?";
        }

        // "in the kremlin?", "on march 18?": a place or a date alone, checked.
        if (Fragment().Match(text) is { Success: true } fragment && !Words(fragment.Groups["rest"].Value).Any(QuestionWords.Contains))
        {
            return $"was it {fragment.Groups["prep"].Value} {fragment.Groups["rest"].Value.Trim()}?";
        }

        var tagged = Tagged().Match(text);
        if (!tagged.Success && Acted().Match(text) is { Success: true } acted && ClaimsAnAct(acted))
        {
            // "medvedev signed the treaty right?": did he? "Russia gives 5 billion rubles to South Ossetia?": does it?
            var verb = acted.Groups["verb"].Value;
            var (aux, plain) = IsPast(verb) ? ("did", IrregularPast.GetValueOrDefault(verb.ToLowerInvariant(), verb)) : ("does", Infinitive(verb));
            return $"{aux} {acted.Groups["subj"].Value} {plain} {acted.Groups["rest"].Value.TrimEnd(' ', ',')}?";
        }

        var statement = tagged.Success && !AsksAlready(tagged) ? tagged
            : Bare().Match(text) is { Success: true } bare && !AsksAlready(bare) ? bare
            : null;
        if (statement is { } t)
        {
            var (subject, aux) = t.Groups["contracted"].Success
                ? (t.Groups["contracted"].Value.StartsWith("that", StringComparison.OrdinalIgnoreCase) ? "that" : "it", "is")
                : (t.Groups["subj"].Value, t.Groups["aux"].Value);
            return $"{aux} {subject} {t.Groups["rest"].Value.TrimEnd(' ', ',')}?";
        }

        // "10 yr treaty?", "5 billion to abkhazia?", "tibilov abkhaz leader?": a few words with a question mark check them;
        // two words without a number ("south ossetia?") only name a topic.
        if (KeywordCheck().Match(text) is { Success: true } keywords
            && Words(keywords.Groups["words"].Value).ToList() is var checkedWords
            && (checkedWords.Count >= 3 || checkedWords.Any(w => w.Any(char.IsDigit)))
            && !checkedWords.Any(w => QuestionWords.Contains(w) || w is "or" or "and") && !Matching.WordLists.StopWords.Contains(checkedWords[0])
            && checkedWords[^1] is not ("right" or "correct" or "true" or "yeah" or "yes" or "no" or "ok"))
        {
            return $"is {keywords.Groups["words"].Value.Trim()}?";
        }

        // "was it signed in Tskhinvali, right?": a yes/no question already asks what its tag asks.
        return LastWord(text) is "right" or "correct" or "true" or "yeah" or "yes" or "innit" or "eh"
            && AskedTwice().Match(text) is { Success: true } twice ? twice.Groups["asked"].Value.TrimEnd(' ', ',') + "?" : text;
    }

    // A present tense only with a tag: "any thoughts on this?" is no claim that "any" thinks; "its called X?" is no act.
    // A present tense claims an amount: "Russia gives 5 billion rubles to South Ossetia?".
    private static bool ClaimsAnAct(Match acted) =>
        !AsksAlready(acted)
        && (acted.Groups["tag"].Success || IsPast(acted.Groups["verb"].Value)
            || (acted.Groups["rest"].Value.Any(char.IsDigit) && acted.Groups["verb"].Value.EndsWith('s') && !acted.Groups["verb"].Value.EndsWith("ss", StringComparison.OrdinalIgnoreCase)))
        && acted.Groups["subj"].Value.Replace("'", string.Empty, StringComparison.Ordinal).ToLowerInvariant() is not ("its" or "thats" or "it" or "that" or "this");

    // "carries" -> "carry", "finishes" -> "finish", "gives" -> "give".
    private static string Infinitive(string verb)
    {
        if (verb.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
        {
            return verb[..^3] + "y";
        }

        var sibilant = verb.Length > 4 && verb.EndsWith("es", StringComparison.OrdinalIgnoreCase)
            && (verb[..^2].EndsWith("sh", StringComparison.OrdinalIgnoreCase) || verb[..^2].EndsWith("ch", StringComparison.OrdinalIgnoreCase)
                || verb[^3] is 's' or 'x' or 'z');
        return sibilant ? verb[..^2] : verb.EndsWith('s') ? verb[..^1] : verb;
    }

    private static bool IsPast(string verb) =>
        verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IrregularPast.ContainsKey(verb.ToLowerInvariant());

    // "what the treaty is about?", "so who was there?" and "russia pledged how much?" already ask; "south ossetia is
    // part of russia?" checks.
    // "it was Medvedev who signed it, right?" names who did it, and asks nothing.
    private static bool AsksAlready(Match statement) =>
        Words(statement.Groups["subj"].Value).Any(QuestionWords.Contains)
        || (Words(statement.Groups["rest"].Value).Any(w => w is "what" or "who" or "where" or "when" or "why" or "how" or "which" or "whom" or "whose")
            && !(statement.Groups["subj"].Value.Equals("it", StringComparison.OrdinalIgnoreCase) && Cleft().IsMatch(statement.Groups["rest"].Value)));

    // "Abkhazia got 12 billion, right?": past tenses without "-ed" that claims about the article use, with the form "did"
    // takes. Acted() lists the same words: a generated regex takes only a constant pattern.
    private static readonly Dictionary<string, string> IrregularPast = new(StringComparer.Ordinal)
    {
        ["got"] = "get", ["gave"] = "give", ["paid"] = "pay", ["sent"] = "send", ["spent"] = "spend", ["made"] = "make",
        ["took"] = "take", ["said"] = "say", ["held"] = "hold", ["met"] = "meet", ["led"] = "lead", ["wrote"] = "write",
        ["told"] = "tell", ["won"] = "win", ["lost"] = "lose", ["chose"] = "choose", ["went"] = "go", ["came"] = "come",
    };

    // The last word before the closing punctuation, lower case: a cheap test before a regex that reads the whole text.
    private static string LastWord(string text)
    {
        var end = text.AsSpan().TrimEnd(" ?!.\t\r\n");
        var start = end.Length;
        while (start > 0 && (char.IsLetter(end[start - 1]) || end[start - 1] == '\''))
        {
            start--;
        }

        return end[start..].ToString().ToLowerInvariant();
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant());

    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "what", "whats", "what's", "who", "whos", "who's", "where", "when", "why", "how", "which", "whose", "whom",
        "is", "was", "are", "were", "do", "does", "did", "can", "could", "will", "would", "has", "have", "should",
    };

    [GeneratedRegex(@"^\s*(?:[\p{L}.'-]+\s+){1,3}?(?:who|that)\s+\p{L}+(?:ed|ed\s+it|ed\s+the\s+\p{L}+)?\b(?![^,]*\b(?:what|who|where|when|why|how|which)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Cleft();

    // "Tibilov, is he a Georgian minister?"; but "Hello, was it Medvedev who signed?" greets first.
    [GeneratedRegex(@"^\s*(?!(?:hello|hi|hey|ok|okay|so|well|sorry|excuse\s+me|and|but|yes|no|um|uh|oh|dear|please|quick\s+question|good\s+(?:morning|afternoon|evening))\s*,)(?<name>[\p{L}][\p{L}\s'-]{1,40}?)\s*,\s*(?<aux>is|was)\s+(?:he|she|it|that)\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Dislocated();

    // "abkhazia is an independent country, right?", "its called the X treaty right?", "next round is in august right?",
    // "it wasn't signed in Moscow, right?" (a negative claim asks what the positive one asks).
    [GeneratedRegex(@"^\s*(?:(?<contracted>it's|its|that's|thats)\s+|(?<subj>(?:[\p{L}][\p{L}'-]*\s+){0,4}?[\p{L}][\p{L}'-]*)\s+(?<aux>is|was|are|were)(?:n'?t)?\s+)(?<rest>.+?)[\s,]*(?:right|yeah|yes|correct|true|innit|eh|no)\s*\?*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Tagged();

    // "is it true that ...", "isn't it true that ...", "surely ...", "is it correct that ...", "can you confirm (that) ...",
    // "am I right that ...", "can someone verify ...", "is it fair to say that ...", "for the memo, confirm that ..."
    [GeneratedRegex(@"^\s*(?:(?:is|was)\s+it\s+(?:true|correct|so|the\s+case|fair\s+to\s+say|right\s+to\s+say)|(?:isn'?t|wasn'?t)\s+it\s+(?:true|the\s+case|a\s+fact)|surely(?:\s*,)?|would\s+it\s+be\s+(?:fair|right|correct)\s+to\s+say|(?:can|could)\s+(?:you|someone|somebody|anyone|anybody)\s+(?:please\s+)?(?:confirm|verify|check)|(?:for\s+the\s+(?:memo|record|file|brief|notes?|minutes|script|piece)\s*,\s*)?(?:please\s+)?(?:confirm|verify)|am\s+i\s+(?:right|correct)(?:\s+in\s+(?:thinking|understanding|saying|reading|assuming|believing|supposing))?|is\s+it\s+(?:accurate|correct|right|fair)\s+to\s+(?:say|state|write|report)|is\s+it\s+accurate|true\s+or\s+false\s*[:,-]?)\s+(?:that\s+)?(?<claim>[^?]+)\?*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Checking();

    // ", is that right?", ". Is it true?", "am I right?", "is she right?", ", can someone confirm that?",
    // "is that consistent with the article?"
    // "is that what the treaty says?", "is that actually in the treaty?", ". Was it?"
    // ". wrong?", ". who's right", ". lol right?", ". thats wrong right?", "- fact check pls", ". confirm/deny", ". wrong year?"
    [GeneratedRegex(@"[\s,.;!-]*\b(?:is\s+(?:that|this|it)\s+(?:actually\s+|really\s+)?(?:what\s+the\s+(?:treaty|article|piece|text|agreement|deal|pact)\s+says|in\s+the\s+(?:treaty|article|piece|text|agreement|deal|pact))|(?<=[.!]\s*)(?:was|is|did|does|were|are|do|has|have)\s+(?:it|that|he|she|they)|is\s+(?:that|this|it|she|he|they)\s+(?:right|true|correct|so|accurate|consistent\s+with\s+[^?]*|how\s+it\s+(?:happened|was|went))|(?<=(?:[.!,:–—]['""’”]?|\s-)\s*)(?:(?:true|correct|accurate|right|legit|real)(?:\s+or\s+(?:false|not|wrong|fake))?|yes\s+or\s+no)(?:\s+(?:per|according\s+to)\s+(?:the|this)\s+(?:article|piece|text|story))?|(?<=(?:[.!,:–—]['""’”]?|\s-)\s*)(?:(?:can|could)\s+(?:you|u)\s+)?(?:pls\s+|please\s+)?(?:confirm|verify|check)(?:\s+(?:pls|please|plz))?|is\s+(?:that|this|it)\s+(?:wrong|false|incorrect|(?:right|true|correct|accurate)\s+(?:per|according\s+to|in)\s+(?:the|this)\s+(?:article|piece|text|story))|does\s+the\s+(?:article|piece|text|story)\s+(?:back\s+(?:that|this|it)\s+up|(?:support|confirm)\s+(?:that|this|it))|(?:is\s+)?(?:that|this)\s+what\s+it\s+says|would\s+(?:that|this)\s+be\s+(?:accurate|right|correct|true)|am\s+i\s+(?:right|correct)(?:\s+(?:in|about)\s+(?:that|this|it|thinking\s+so))?(?:\s*,?\s*or\s+(?:is\s+my\s+memory|am\s+i|have\s+i)\b[^?]*)?|(?:have|had)\s+i\s+(?:got\s+(?:that|it|this)\s+(?:right|wrong)|misremembered|got\s+(?:myself\s+)?(?:muddled|confused|mixed\s+up)(?:\s+again)?)|(?:could|can|might)\s+(?:that|this|it|he|she|they)\s+(?:possibly\s+|really\s+)?be\s+(?:right|true|correct|so)|surely\s+(?:that|this|it)\s+(?:cannot|can't|can\s+not)\s+be\s+(?:right|true|so)|would\s+you\s+(?:please\s+|kindly\s+)?(?:correct\s+me|settle\s+(?:the|this)\s+(?:matter|question|argument))[^?]*|(?:can|could)\s+(?:you|someone|somebody|anyone)\s+(?:please\s+)?(?:confirm|verify|check)\s+(?:that|this|it)\b[^?]*|(?<=(?:[.!,:–—]['""’”]?|\s-)\s*)(?:(?:lol|lmao|lmfao|haha|ok|so|or)\s+)?(?:(?:that'?s|it'?s|this\s+is)\s+)?(?:right|wrong|false|fake|incorrect|legit|(?:not\s+)?true|wrong\s+(?:year|date|month|day|number|figure|amount|place|city|country|person|guy|name)|typo\s+or\s+real|real\s+or\s+(?:fake|not)|right\s+or\s+wrong|true\s+or\s+(?:nah|no|not|cap)|confirm\s*(?:/|or)\s*deny|fact[\s-]*check(?:\s+(?:pls|please|plz|me|this|that|it))?|who'?s\s+right|who\s+is\s+right|is\s+(?:he|she|they)\s+(?:wrong|lying|making\s+(?:it|that|this)\s+up))(?:\s*,?\s*(?:right|lol|lmao))?)\s*\?*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Confirmation();

    // "someone claims that", "my teacher said", "a guest on the podcast said offhand that", "I heard", "I heard something
    // wild, that": who made the claim is not part of it.
    [GeneratedRegex(@"^\s*(?:(?:someone|somebody|people|they|a\s+friend|grandma|grandpa|grandad|granddad|gran|granny|nana|dad|mum|mom|(?:i'?m\s+|i\s+am\s+)?(?:pretty|fairly|quite|dead|absolutely)(?=\s+(?:sure|certain|positive|convinced))|(?:my|our|a|an|the)\s+[\w-]+(?:\s+[\w'-]+){0,2}?|i|we|the\s+news|(?:some\s+|a\s+|an\s+|one\s+)?(?:viral\s+|online\s+)?(?:claims?|rumou?rs?|briefings?|reports?|sources?|tweets?|posts?|wires?|analysts?|commentators?|copy|op-?eds?|headlines?))(?:\s+(?:on|in|at|from|to|of)\s+(?:the|our|my|a|this|that|your)\s+[\w-]+(?:\s+[\w-]+)?|\s+on\s+(?:twitter|x|reddit|tiktok|facebook|fb|instagram|insta|youtube|telegram|discord|whatsapp|wechat|weibo|vk|tv|telly)|\s+at\s+(?:work|school|uni|college|church))??(?:\s*,[^,]{1,60},)?\s+(?:claims?|claimed|says?|said|insists?|insisted|swears?|swore|reckons?|reckoned|maintains?|argues|argued|(?:keeps|kept)\s+saying|(?:(?:is|was|am|are)\s+)?(?:\p{L}+ly\s+)?(?:pretty\s+|fairly\s+|quite\s+|very\s+|dead\s+)?(?:sure|certain|convinced|positive|adamant)|told\s+me|tells\s+me|heard|read|thinks?|believes?|believed|was\s+told|saw|suggests?|reports?|(?:seem\s+to\s+)?(?:recall|remember)|understood|was\s+under\s+the\s+impression|have\s+(?:written|noted)\s+(?:down\s+)?in\s+my\s+\w+)(?:\s+(?:offhand|casually|confidently|\p{L}+ly))?(?:\s+(?:hearing|reading|seeing)(?:\s+(?:it\s+)?(?:on|in)\s+the\s+\w+)?)?(?:\s+somewhere)?(?:\s+something\s+(?:wild|crazy|weird|strange|odd|interesting|funny|surprising)\s*,?)?(?:\s+(?:over|at|on|in|during|last|this|yesterday|earlier|once)\b[^,.?]{0,30}?\s+that\s+|\s+(?:that\s+)?))", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedBy();

    // "Dear Sir,", "Respected editors,", "Good afternoon.": how a letter opens.
    // A reporter who is one of the story's actors rather than a source: "the US said", "the Georgian ministry claimed".
    [GeneratedRegex(@"^\s*the\s+(?!(?:news|article|piece|story|report|reports|headline|copy|post|tweet|wire|paper|press|media|tv|radio|guy|man|woman|lady|teacher|host|presenter|anchor|reporter|journalist|writer|author)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NamedReporter();

    // "Claim: the ceremony was in Tskhinvali. Can you verify?", "Fact check: ...": a fact-checker's label before the claim.
    [GeneratedRegex(@"^\s*(?:(?:a|the|one)\s+)?(?:claim|fact[\s-]*check|headline(?:\s+check)?|rumou?r|assertion|statement)(?:\s+(?:going\s+around|doing\s+the\s+rounds|online))?\s*[:–—-]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimLabel();

    [GeneratedRegex(@"^\s*(?:dear\s+(?:sir|sirs|madam|editor|editors)(?:\s+or\s+madam)?|respected\s+\w+|good\s+(?:morning|afternoon|evening)|hello|greetings)\s*[,.!:]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Salutation();

    // "was it signed in Tskhinvali, right?": a yes/no question of three words or more, then its tag.
    [GeneratedRegex(@"^(?<asked>\W*(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\s+(?=(?:\S+\s+){2}\S)[^?]+?)[\s,]+(?:right|correct|true|yeah|yes|innit|eh)\s*\?*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AskedTwice();

    [GeneratedRegex(@"^\W*(?<aux>did|does|do|was|is|were|are|has|have)n'?t\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegativeOpener();

    [GeneratedRegex(@"^\W*(?:(?:ok|okay|so|wait|hmm+)[,\s]+)?(?:pls\s+|please\s+)?correct\s+me\s+if\s+(?:i'?m\s+|im\s+|i\s+am\s+)?(?:wrong|mistaken)\s*[,:;.!-]*\s*(?:but\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeBefore();

    [GeneratedRegex(@"(?<=\p{L}.*)[\s,.;-]*(?:(?:but\s+)?(?:pls\s+|please\s+)?correct\s+me\s+if\s+(?:i'?m\s+|im\s+|i\s+am\s+)?(?:wrong|mistaken)|or\s+am\s+i\s+(?:mixing\s+(?:things|it|them|stuff|something)\s+up|misremembering|confusing\s+(?:it|things|them|something)(?:\s+with\s+[^?]+)?|wrong|mistaken|making\s+(?:that|this|it)\s+up))\s*[?!.]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeAfter();

    // Not "I think": "I think the treaty is a disgrace" is an opinion, and "I think I'll ask..." a plan.
    // "Would I be right in thinking..." and "am I correct in assuming..." are a polite reader's, whose belief may be a
    // cleft ("it was Putin who signed it"). A presumption ("I take it", "I assume", "I'm guessing") is a belief too.
    [GeneratedRegex(@"^\W*(?:(?:hm+|um+|uh+|oh|well|hey|so|ok|okay|wait)[,\s]+)?(?:(?<polite>(?:would|am)\s+i\s+(?:be\s+)?(?:right|correct)\s+in\s+(?:thinking|saying|assuming|believing|understanding))|i\s+(?:(?:always|really|honestly|genuinely)\s+)?(?:thought|could\s+(?:have\s+)?sworn|could\s+swear|was\s+under\s+the\s+impression|assumed|figured|had\s+the\s+idea|remember(?:ed)?\s+(?:reading|hearing)|seem\s+to\s+remember|take\s+it|assume|presume|suppose|imagine|guess|bet)|i(?:'?m|\s+am)\s+(?:assuming|guessing|betting|presuming|supposing))(?:\s+that)?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPersonBelief();

    // ", did they?", " was it?": a positive tag at the end.
    [GeneratedRegex(@"[\s,]*\b(?:did|was|is|were|are|does|do|has|have)\s+(?:it|they|he|she|that)\s*\?+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PositiveTag();

    // "..., surely", "... I assume?", "... I take it?", "... presumably": a presumption at the end of a claim.
    [GeneratedRegex(@"[\s,]*\b(?:surely|presumably|i\s+(?:assume|presume|suppose|take\s+it|imagine|bet|guess|reckon)|i'?m\s+(?:assuming|guessing|betting))\s*[?!.]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PresumingTag();

    // Only after a statement: "who is that ne?" asks who.
    [GeneratedRegex(@"^(?!\W*(?:who|whom|whose|what|when|where|which|why|how)\b)(?<claim>.*?\p{L}.*?)[\s,]+(?:(?:correct|right|true)[\s,]+)?(?:(?:hai\s+)?naa?|nahi|n[eé]|neh|ya|ja|ka|desu\s+ka|non|nicht\s+wahr|n'est-ce\s+pas|no\s+es\s+as[ií])\s*\?+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BorrowedTag();

    // ", doesn't it?", "wasnt it": a negative tag, with or without its apostrophe.
    [GeneratedRegex(@"[\s,]*\b(?:is|was|are|were|do|does|did|has|have|had|wo|would|ca|could|should)n'?t\s+(?:it|he|she|they|that|there|we|you|i)\s*[?!.]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NegativeTag();

    // The end of a sentence ("I am 82. My son says..."); the point of "9.2" has no space after it.
    [GeneratedRegex(@"[.!;]\s+")]
    private static partial Regex SentenceEnd();

    // A past tense instead of "is/was": "medvedev signed the treaty right?", "putin promised 5 billion?"
    [GeneratedRegex(@"^\s*(?<subj>(?:[\p{L}][\p{L}'-]*\s+){0,2}?[\p{L}][\p{L}'-]*)\s+(?<verb>(?!(?:is|was|has|does|this|its|thats|whats|lets)\b)(?:(?:[\p{L}]+-)?[\p{L}]{2,}(?:ed|es|s)|got|gave|paid|sent|spent|made|took|said|held|met|led|wrote|told|won|lost|chose|went|came))\s+(?<rest>.+?)[\s,]*(?:(?<tag>right|yeah|yes|correct|true)\s*\?*|\?+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Acted();

    // The same without a tag, the question mark alone making it a check: "it was signed march 17?", "Russia will pay 20
    // billion?"
    [GeneratedRegex(@"^\s*(?:(?<contracted>it's|its|that's|thats)\s+|(?<subj>(?:[\p{L}][\p{L}'-]*\s+){0,4}?[\p{L}][\p{L}'-]*)\s+(?<aux>is|was|are|were|will|has|have|had)(?:n'?t)?\s+)(?<rest>.+?)[\s,]*\?+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Bare();

    [GeneratedRegex(@"^\s*(?<words>(?:[\p{L}\p{N}][\p{L}\p{N}.'-]*\s+){1,4}[\p{L}\p{N}][\p{L}\p{N}.'-]*)\s*\?+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex KeywordCheck();

    [GeneratedRegex(@"(?<=\?)[\s\p{So}\p{Sk}\p{Cs}\uFE0F\u200D]+$")]
    private static partial Regex TrailingSymbols();

    [GeneratedRegex(@"^\s*(?<prep>in|at|on|inside)\s+(?<rest>(?:[\p{L}\p{N}'-]+\s*){1,3})\?+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Fragment();

    // A participle first, a tag last: "signed on 18 march, correct?"
    [GeneratedRegex(@"^\s*(?<verb>[\p{L}]{3,}ed)\s+(?<rest>.+?)[\s,]*(?:(?:right|correct|true|yes|yeah)\s*\?*|\?+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Subjectless();

    [GeneratedRegex(@"^(?<question>\W*(?:who|whom|whose|what|when|where|which|why|how)\b[^?.!]*?)\s*(?:\?+\s*|[,;]\s*|\s-\s*|\.\s+)(?:(?:my|our|a|his|her|some)\s+[\w-]+|someone|somebody|people|friend|bf|gf|dad|mum|mom|gc|the\s+(?:gc|group|chat))(?:\s+(?:in|on|at|from)\s+(?:the\s+|our\s+|my\s+)?[\w-]+)?\s+(?:says?|said|claims?|claimed|reckons?|thinks?|insists?|swears?|keeps\s+saying)\b[^?]*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HearsayAfterQuestion();

    // A question, then ", was it X?" or "or was it X": not "who was it?" (no question before it), "was it?" (no guess)
    // nor "how much, was it to abkhazia?" (a guess of whom or when narrows what is asked).
    [GeneratedRegex(@"^(?:(?<question>\W*(?:who|whom|whose|what|when|where|which|how)\b[^?,]*?\s\p{L}[^?,]*?)\s*(?:,|\s-)\s*(?:or\s+)?|(?<question>\W*(?:did|does|was|is|were)\s+[^?,]+?)\s*,?\s+or\s+)(?:was|is|were)\s+(?:it|that|they|he|she)\s+(?!(?:to|for|in|at|on|by|from|with|about|before|after|since|during)\b)(?<guess>\p{L}[^?,]{0,39}?)\s*\?*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GuessAfterQuestion();

    [GeneratedRegex(@"\?\s*(?:(?:my|our|a|his|her)\s+[\w-]+|someone|somebody|people|friend|bf|gf|dad|mum|mom|(?:the\s+)?(?:gc|group|chat))\s+(?:says?|said|claims?|claimed|reckons?|thinks?|insists?|swears?)\s+(?:so|that|it\s+is|it\s+was)\s*(?:lol|lmao)?\s*[.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceAfterCheck();
}
