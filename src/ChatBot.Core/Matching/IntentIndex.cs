using System.Collections.Frozen;
using ChatBot.Core.Intents;

namespace ChatBot.Core.Matching;

/// <summary>
/// An inverted index over the intents' example questions, with each intent's full vocabulary
/// (examples, answer, citations) to tell which question words an intent can account for.
/// </summary>
internal sealed partial class IntentIndex
{
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _nearMissPostings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly double _unknownIdf;

    public IntentIndex(BotKnowledge knowledge, MatchOptions options)
    {
        Options = options;
        Intents = knowledge.Intents;
        var known = new List<string>();
        foreach (var intent in knowledge.Intents)
        {
            known.AddRange(intent.Examples.Concat(intent.Citations.Select(c => c.Quote)).Append(intent.Answer).SelectMany(Tokenizer.Tokenize));
        }

        foreach (var (canonical, variants) in knowledge.Vocabulary.Synonyms)
        {
            known.AddRange(variants.Append(canonical).SelectMany(Tokenizer.Tokenize));
        }

        var documentTokens = knowledge.Documents.Sentences.Select(s => Tokenizer.TokenizeFully(s.Sentence.Text)).ToList();
        known.AddRange(documentTokens.SelectMany(tokens => tokens.Select(t => t.Word)));
        // A name is a word capitalized inside an article's sentence: "Tibilov", "Mogherini", "Sokhumi".
        var documentNames = documentTokens.SelectMany(tokens => tokens.Skip(1)).Where(t => t.Capitalized).Select(t => t.Word);
        Analyzer = new TextAnalyzer(knowledge.Vocabulary, new SpellingCorrector(known.Where(w => w.Length >= 3).Concat(WordLists.Filler), documentNames));

        var examples = new List<IndexedExample>();
        var speakers = new List<HashSet<string>>();
        var possessors = new List<HashSet<string>>();
        var equated = new List<HashSet<string>>();
        var vocabularies = new List<HashSet<string>>();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Intents.Count; i++)
        {
            var intent = Intents[i];
            var intentFeatures = new HashSet<string>(StringComparer.Ordinal);
            var intentSpeakers = new HashSet<string>(StringComparer.Ordinal);
            var intentPossessors = new HashSet<string>(StringComparer.Ordinal);
            var intentEquated = new HashSet<string>(StringComparer.Ordinal);
            foreach (var example in intent.Examples)
            {
                var analyzed = Analyzer.AnalyzeCurated(example);
                intentSpeakers.UnionWith(SpeakerReader.Read(analyzed.Words).SelectMany(s => Analyzer.AnalyzeCurated(s).Slots).Select(s => s.Key));
                intentPossessors.UnionWith(analyzed.Possessors);
                intentEquated.UnionWith(EquatedNames(analyzed));
                var features = Features(analyzed.Slots);
                intentFeatures.UnionWith(features);
                examples.Add(new IndexedExample(i, analyzed, features));
            }

            foreach (var feature in intentFeatures)
            {
                documentFrequency[feature] = documentFrequency.GetValueOrDefault(feature) + 1;
            }

            // What the intent accounts for comes from its topic words only: "can you tell me whether..." in an
            // example must not account for "tell" in "what did Putin tell Tibilov?".
            var vocabulary = Features(examples.Skip(examples.Count - intent.Examples.Count).SelectMany(e => e.Text.Slots).Where(s => !s.IsFiller));
            vocabulary.UnionWith(AnswerVocabulary(i));
            vocabularies.Add(vocabulary);
            speakers.Add(intentSpeakers);
            possessors.Add(intentPossessors);
            equated.Add(intentEquated);
        }

        var count = Math.Max(1, Intents.Count);
        foreach (var (feature, df) in documentFrequency)
        {
            _idf[feature] = Math.Log(1 + ((double)count / df));
        }

        _unknownIdf = Math.Log(1 + count);
        Examples = examples;
        WordingExamples = examples.Where(e => e.Text.Slots.All(s => s.IsFiller))
            .Select(e => (e.Intent, IntentMatcher.Wording(e.Text.Words)))
            .ToList();
        IntentVocabularies = vocabularies;
        ExampleWordings = examples.GroupBy(e => Intents[e.Intent]).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(e => IntentMatcher.Wording(e.Text.Words)).ToList());
        IntentSpeakers = speakers;
        IntentPossessors = possessors;
        IntentEquatedNames = equated;
        // Sentence by sentence: one string of the whole article would be cut at Tokenizer.MaxCharacters.
        var articleSentences = knowledge.Documents.Sentences.Select(s => Analyzer.AnalyzeCurated(s.Sentence.Text)).ToList();
        var articleSlots = articleSentences.SelectMany(s => s.Slots).ToList();
        ArticleFeatures = Features(articleSlots);
        // A headline in title case ("Russia Signs Treaty With...") capitalizes every word: its capitals say nothing about
        // names. A sentence with words in lower case is no headline, however many titles it names ("headed by State
        // Secretary - Deputy Minister of Foreign Affairs of the Russian Federation Grigory Karasin").
        Names = new HashSet<string>(
            articleSentences.Where(s => s.Slots.Count(x => x.Capitalized) * 2 < Math.Max(1, s.Slots.Count) || s.Slots.Count(x => !x.Capitalized && !x.IsFiller) >= 2)
                .SelectMany(s => s.Slots).Where(s => s.Capitalized).SelectMany(s => new[] { s.Surface, s.Key }),
            StringComparer.Ordinal);
        // Acronyms are names even in a sentence full of capitals ("co-chaired the UN, OSCE and EU").
        Names.UnionWith(knowledge.Documents.Sentences
            .SelectMany(s => Acronym().Matches(s.Sentence.Text))
            .SelectMany(m => Analyzer.AnalyzeCurated(m.Value).Slots)
            .SelectMany(s => new[] { s.Surface, s.Key }));
        // An intent says what a name is when its answer opens with it ("Tskhinvali is...", "Grigory Karasin, State
        // Secretary...") or its examples ask exactly that.
        IntentIdentities = Intents.Select(i => AnswerSubject(i.Answer)).ToList();
        // Most answers open with no name: they share one empty set rather than hold one each.
        AnswerSubjects = IntentIdentities.Select(s => s.Count == 0 ? NoSubject : s.ToFrozenSet(StringComparer.Ordinal)).ToList();
        AllAnswerSubjects = AnswerSubjects.SelectMany(s => s).ToHashSet(StringComparer.Ordinal);
        WhoVerbs = Intents.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
        WhichThings = Intents.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
        SpeechVerbs = Analyzer.AnalyzeCurated("said told pledged promised announced stated raised voiced expressed warned").Slots.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            var named = IdentityQuestion.NamesAsked(example.Text, IsArticleName).SelectMany(IdentityForms).ToList();
            IntentIdentities[example.Intent].UnionWith(named);
            if (WhoVerb(example.Text) is { } verb)
            {
                WhoVerbs[example.Intent].Add(verb);
            }

            if (WhichThing(example.Text, orWhat: true) is { } thing)
            {
                WhichThings[example.Intent].Add(thing);
            }

            if (example.Text.Words is ["who" or "whos" or "whom", ..])
            {
                People.UnionWith(named);
                // "Who is Karasin?": a name the moderator wrote with a capital is someone, even one the article's
                // capitalised words missed (see NamesSomeone).
                PersonNames.UnionWith(IdentityQuestion.NamesAsked(example.Text, s => s.Capitalized || IsArticleName(s)).SelectMany(IdentityForms));
            }
        }

        Identified.UnionWith(IntentIdentities.SelectMany(i => i));
        // "What is it called?", "what's the treaty's name?" without naming anything else: the intent gives this one's title.
        var namesThis = new bool[Intents.Count];
        // Not the bot's own name ("what's your name?"): "was it named the alliance treaty?" guesses the treaty's.
        foreach (var example in examples.Where(e => e.Text.Words.Any(w => w is "called" or "name" or "named" or "title" or "titled")
            && !e.Text.Slots.Any(s => !s.IsFiller && IsArticleName(s)) && Intents[e.Intent].Kind == IntentKind.Fact))
        {
            namesThis[example.Intent] = true;
        }

        NamesThis = namesThis;

        AllIntentFeatures = new HashSet<string>(vocabularies.SelectMany(v => v), StringComparer.Ordinal);
        var types = Intents.Select(_ => new HashSet<QuestionType>()).ToList();
        foreach (var example in examples)
        {
            types[example.Intent].Add(example.Text.Type);
        }

        IntentTypes = types;
        // The intent most of whose examples ask the bot's own view answers every such question (see QuestionType.Opinion).
        OpinionIntent = MostExamples(examples, e => e.Text.Type == QuestionType.Opinion);
        // The intent most of whose examples ask for the gist of the article sums it up (see GistRequest).
        GistIntent = MostExamples(examples, e => GistRequest.Asks(e.Text.Words));
        // The intent most of whose examples ask what the bot is says so (see BotQuestion).
        BotIntent = MostExamples(examples, e => BotQuestion.Asks(e.Text.Words));
        LabelTimes = Intents.Select(i => EventTime.OnlyLabels(string.Join(' ', i.Citations.Select(c => c.Quote).Append(i.Answer)))).ToList();
        // A "who is X?" near miss says X is someone as well: the article names Sally Bokhua as its author and nothing more,
        // yet "was it written by Jen Psaki?" is answered with who wrote it.
        // Each near miss is read once, here and for the near-miss index below.
        var readNearMisses = Intents.Select(i => i.NearMisses.Select(Analyzer.AnalyzeCurated).ToList()).ToList();
        foreach (var nearMiss in readNearMisses.SelectMany(n => n).Where(t => t.Words is ["who" or "whos" or "whom", ..]))
        {
            PersonNames.UnionWith(IdentityQuestion.NamesAsked(nearMiss, s => s.Capitalized || IsArticleName(s)).SelectMany(IdentityForms));
        }

        // Whether an answer names a person the examples ask about ("who is Tibilov?"): only such an answer says who someone is.
        NamesSomeone = Intents.Select(i => Analyzer.AnalyzeCurated(i.Answer).Slots.Any(s => !s.IsFiller && IsPerson(s))).ToList();
        AnswerFacts = Intents.Select(i => Matching.AnswerFacts.Read(string.Join(' ', i.Citations.Select(c => c.Quote).Append(i.Answer)))).ToList();
        CountedThings = Intents.Select(i => CountedIn(string.Join(' ', i.Citations.Select(c => c.Quote).Append(i.Answer)))).ToList();
        AllCountedThings = CountedThings.SelectMany(c => c).ToHashSet(StringComparer.Ordinal);
        QualifiedRoles = Intents.Select(i => QualifiedIn(string.Join(' ', i.Citations.Select(c => c.Quote).Append(i.Answer)))).ToList();

        for (var e = 0; e < examples.Count; e++)
        {
            foreach (var feature in examples[e].Features)
            {
                if (!_postings.TryGetValue(feature, out var list))
                {
                    _postings[feature] = list = [];
                }

                list.Add(e);
            }

            examples[e].WeightSum = examples[e].Text.Slots.DistinctBy(s => s.Surface).Sum(SlotWeight);
        }

        // Near misses are indexed apart: their words must not become words any intent accounts for, nor change weights.
        // One asking the same kind of thing with the very words of an example of any intent ("will South Ossetia
        // defend Russia?" beside "does Russia defend South Ossetia?") cannot be told apart from it and is left out (see
        // UnusableNearMisses).
        var exampleTopics = examples.Select(e => (e.Text.Type, Keys: TopicKeys(e.Text))).ToList();
        var nearMisses = Intents.Select(_ => new List<IndexedExample>()).ToList();
        foreach (var (intent, i) in Intents.Select((intent, i) => (intent, i)).Where(p => p.intent.NearMisses.Count > 0))
        {
            foreach (var (question, analyzed) in intent.NearMisses.Zip(readNearMisses[i]))
            {
                var topic = TopicKeys(analyzed);
                if (exampleTopics.Any(t => t.Type == analyzed.Type && t.Keys.SetEquals(topic)))
                {
                    UnusableNearMisses.Add((intent, question));
                    continue;
                }

                nearMisses[i].Add(new IndexedExample(i, analyzed, Features(analyzed.Slots))
                {
                    WeightSum = analyzed.Slots.DistinctBy(s => s.Surface).Sum(SlotWeight),
                    Topic = topic,
                    Names = analyzed.Slots.Where(s => !s.IsFiller && IsName(s)).Select(s => s.Key).ToHashSet(StringComparer.Ordinal),
                    Speakers = SpeakerReader.Read(analyzed.Words).SelectMany(s => Analyzer.AnalyzeCurated(s).Slots).Select(s => s.Key).ToHashSet(StringComparer.Ordinal),
                });
            }
        }

        NearMisses = nearMisses;
        AllNearMisses = nearMisses.SelectMany(n => n).ToList();
        for (var n = 0; n < AllNearMisses.Count; n++)
        {
            foreach (var feature in AllNearMisses[n].Features)
            {
                if (!_nearMissPostings.TryGetValue(feature, out var list))
                {
                    _nearMissPostings[feature] = list = [];
                }

                list.Add(n);
            }
        }
    }

    /// <summary>Per intent: the near misses its moderators listed (questions its answer does not answer).</summary>
    public IReadOnlyList<IReadOnlyList<IndexedExample>> NearMisses { get; }

    /// <summary>Every intent's near misses in one list: each is a question the articles do not answer at all.</summary>
    public IReadOnlyList<IndexedExample> AllNearMisses { get; }

    /// <summary>The near misses (positions in <see cref="AllNearMisses"/>) with <paramref name="feature"/>.</summary>
    public IReadOnlyList<int> NearMissPostings(string feature) => _nearMissPostings.TryGetValue(feature, out var list) ? list : [];

    /// <summary>Near misses left out because they ask with the same words as an example of some intent.</summary>
    public List<(Intent Intent, string Question)> UnusableNearMisses { get; } = [];

    /// <summary>The keys of a text's topic words (no filler): two texts with the same ones ask with the same words.</summary>
    public static HashSet<string> TopicKeys(AnalyzedText text) =>
        text.Slots.Where(s => !s.IsFiller).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);

    public MatchOptions Options { get; }

    public IReadOnlyList<Intent> Intents { get; }

    public TextAnalyzer Analyzer { get; }

    public IReadOnlyList<IndexedExample> Examples { get; }

    /// <summary>Examples made only of function words and filler, by their folded wording.</summary>
    public IReadOnlyList<(int Intent, string Wording)> WordingExamples { get; }

    /// <summary>Per intent: its examples as folded word sequences, to break ties by wording.</summary>
    public IReadOnlyDictionary<Intent, IReadOnlyList<string>> ExampleWordings { get; }

    /// <summary>Per intent: every feature of its examples, answer and citations.</summary>
    public IReadOnlyList<HashSet<string>> IntentVocabularies { get; }

    // The intent with the most examples of a kind ("do you think...", "give me the gist", "are you a bot?"), if any has one.
    private static int? MostExamples(List<IndexedExample> examples, Func<IndexedExample, bool> ofTheKind) =>
        examples.Where(ofTheKind).GroupBy(e => e.Intent).OrderByDescending(g => g.Count()).Select(g => (int?)g.Key).FirstOrDefault();

    /// <summary>
    /// The topic words of an intent's answer and citations alone (what the reader was told). Read when asked: only a
    /// follow-up needs them, and keeping them for every intent would cost memory at 10,000 intents.
    /// </summary>
    public HashSet<string> AnswerVocabulary(int intent)
    {
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Intents[intent].Citations.Select(c => c.Quote).Append(Intents[intent].Answer))
        {
            vocabulary.UnionWith(Features(Analyzer.AnalyzeCurated(text).Slots.Where(s => !s.IsFiller)));
        }

        return vocabulary;
    }

    /// <summary>Per intent: the words its examples use as the subject of a verb of saying or acting (see <see cref="SpeakerReader"/>).</summary>
    public IReadOnlyList<HashSet<string>> IntentSpeakers { get; }

    /// <summary>Per intent: what its answer counts, the words right after a number ("25 years": "year").</summary>
    public IReadOnlyList<HashSet<string>> CountedThings { get; }

    /// <summary>What any answer counts: the unit a guessed amount is checked in ("billion", or "rubl" when none counts millions).</summary>
    public HashSet<string> AllCountedThings { get; }

    /// <summary>Per intent: role words its answer only ever qualifies ("Deputy Minister of Foreign Affairs": minister, foreign, affairs).</summary>
    public IReadOnlyList<HashSet<string>> QualifiedRoles { get; }

    /// <summary>Words that make a role another one: a deputy minister is not the minister.</summary>
    public static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal) { "deputy", "vice", "former", "acting", "assistant", "ex" };

    private HashSet<string> QualifiedIn(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var qualified = new HashSet<string>(StringComparer.Ordinal);
        var plain = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var keys = Analyzer.AnalyzeCurated(tokens[i]).Slots.Select(s => s.Key);
            var afterQualifier = Enumerable.Range(Math.Max(0, i - 4), Math.Min(4, i)).Any(j => Qualifiers.Contains(tokens[j]));
            (afterQualifier ? qualified : plain).UnionWith(keys);
        }

        qualified.ExceptWith(plain);
        return qualified;
    }

    /// <summary>Per intent: what its examples write possessive ("the treaty's name": "treati").</summary>
    public IReadOnlyList<HashSet<string>> IntentPossessors { get; }

    /// <summary>Per intent: the synonyms its examples name twice in two ways ("Does Sokhumi mean Abkhazia?": "abkhazia").</summary>
    public IReadOnlyList<HashSet<string>> IntentEquatedNames { get; }

    /// <summary>Keys a text names in two different ways ("tskhinvali = south ossetia?": "south ossetia").</summary>
    public static IEnumerable<string> EquatedNames(AnalyzedText text) =>
        text.Slots.Where(s => !s.IsFiller).GroupBy(s => s.Key).Where(g => g.Select(s => s.Surface).Distinct().Count() > 1).Select(g => g.Key);

    /// <summary>Per intent: the names its examples ask to identify ("who is Karasin?": karasin), see <see cref="IdentityQuestion"/>.</summary>
    public IReadOnlyList<HashSet<string>> IntentIdentities { get; }

    /// <summary>Per intent: the name its answer opens with and says what it is ("Sokhumi is Abkhazia's main city").</summary>
    public IReadOnlyList<IReadOnlySet<string>> AnswerSubjects { get; }

    private static readonly IReadOnlySet<string> NoSubject = FrozenSet<string>.Empty;

    /// <summary>Every name some answer opens with, in both forms.</summary>
    public HashSet<string> AllAnswerSubjects { get; }

    /// <summary>A name as written ("=sokhumi") and as its canonical word ("~abkhazia"), as identities are kept.</summary>
    public static (string Written, string Canonical) IdentityFormsOf(Slot name) => (AsWritten + name.Surface, Canonical + name.Key);

    private HashSet<string> AnswerSubject(string answer)
    {
        var ends = new[] { answer.IndexOf(',', StringComparison.Ordinal), answer.IndexOf(" is ", StringComparison.Ordinal), answer.IndexOf(" was ", StringComparison.Ordinal) }
            .Where(i => i > 0)
            .DefaultIfEmpty(-1)
            .Min();
        var subject = ends > 0 ? Analyzer.AnalyzeCurated(answer[..ends]).Slots.Where(s => !s.IsFiller).ToList() : [];
        return subject.Count is >= 1 and <= 2 && subject.All(IsArticleName)
            ? subject.SelectMany(IdentityForms).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>
    /// What a question asks to identify: the name as written when some intent says what that is ("Tskhinvali"),
    /// otherwise its canonical word ("Moscow" as "Russia").
    /// </summary>
    public string IdentityOf(Slot name) => Identified.Contains(AsWritten + name.Surface) ? AsWritten + name.Surface : Canonical + name.Key;

    /// <summary>Per intent: whether its examples ask what this treaty is called (see QuestionReading.NameUnit).</summary>
    public IReadOnlyList<bool> NamesThis { get; }

    /// <summary>Every name some intent says what it is, in both forms (see <see cref="IdentityOf"/>).</summary>
    public HashSet<string> Identified { get; } = new(StringComparer.Ordinal);

    private const string AsWritten = "=";
    private const string Canonical = "~";

    private static IEnumerable<string> IdentityForms(Slot name)
    {
        var (written, canonical) = IdentityFormsOf(name);
        return [written, canonical];
    }

    /// <summary>Verbs of saying and promising, as keys: an answer reporting someone's words names who did them.</summary>
    public HashSet<string> SpeechVerbs { get; }

    /// <summary>Per intent: the verbs its examples ask who did ("who signed", "who attended"), as keys.</summary>
    public IReadOnlyList<HashSet<string>> WhoVerbs { get; }

    /// <summary>The verb of a "who did it" question ("who damaged the signs?": damag), or null for "who is ...".</summary>
    public string? WhoVerb(AnalyzedText text)
    {
        var words = text.Words.SkipWhile(w => w is "ok" or "okay" or "so" or "and" or "but" or "hey").ToList();
        if (words.Count < 2 || words[0] is not ("who" or "whom"))
        {
            return null;
        }

        // "who was at the talks?", "who were present?": being there is the act asked about (not "who was in charge").
        if (words.Count > 2 && words[1] is "was" or "were" or "is" or "are" && words[2] is "at" or "in" or "present" or "there" or "among" or "attending"
            && !words.Skip(2).Take(3).Any(w => w is "charge" or "head" or "command"))
        {
            return Present;
        }

        // "who's Tibilov" arrives as "who tibilov" (the tokenizer drops "'s"), "who's gonna guard" as "who gonna": no verb.
        var verb = words.Skip(1).FirstOrDefault(w => w is not ("else" or "actually" or "exactly" or "really" or "then"));
        return verb is null || WordLists.StopWords.Contains(verb) || WordLists.Filler.Contains(verb)
            ? null
            : Analyzer.AnalyzeCurated(verb).Slots is [var first, ..] && !IsName(first) ? first.Key : null;
    }

    private const string WhereInside = "@where-in";

    /// <summary>The thing "which date ...?" asks to pick out: a date, which answers with a date give.</summary>
    public const string DateThing = "@date";

    /// <summary>The act of a "who was at ...?" question (see <see cref="WhoVerb"/>).</summary>
    public const string Present = "@present";

    /// <summary>Per intent: the things its examples ask to pick out ("which delegations", "what date"), as keys.</summary>
    public IReadOnlyList<HashSet<string>> WhichThings { get; }

    /// <summary>
    /// The thing a "which ..." question asks to pick out ("which NATO bases?": base), or null. With
    /// <paramref name="orWhat"/> also "what date ..." (curated examples: an answer to "what date" picks out a date).
    /// </summary>
    public string? WhichThing(AnalyzedText text, bool orWhat = false)
    {
        var words = text.Words;
        // "Where in Geneva were the talks held?" picks out a place inside the one an answer may only name.
        var where = words.ToList().IndexOf("where");
        if (where >= 0 && where + 2 < words.Count && words[where + 1] is "in" or "at" && !WordLists.StopWords.Contains(words[where + 2]))
        {
            return WhereInside;
        }

        // Near the start only: "the treaty, which was signed..." is a clause, not a question. "Which leaders signed?"
        // asks who, which answers naming people give.
        var at = words.Take(4).ToList().FindIndex(w => w == "which" || (orWhat && w == "what"));
        if (at < 0 || text.Type == QuestionType.Person)
        {
            return null;
        }

        foreach (var word in words.Skip(at + 1))
        {
            if (WordLists.StopWords.Contains(word) || WordLists.Filler.Contains(word))
            {
                // "which was signed", "what is ...": no thing named before the verb.
                return null;
            }

            if (Analyzer.AnalyzeCurated(word).Slots is [var slot, ..] && !IsName(slot) && !word.Any(char.IsDigit) && !Matching.AnswerFacts.IsNumberWord(word))
            {
                // "In which venue was it signed?" names the kind of answer a "where" question asks for, which any answer
                // saying where gives; "which dates for the next round?" asks for a date, which only some "when" answers give.
                return QuestionTypeReader.NamedKind([word]) is { } kind && kind == text.Type
                    ? kind == QuestionType.Place ? null : DateThing
                    : slot.Key;
            }
        }

        return null;
    }

    /// <summary>Names some intent's examples ask "who is" about: the people the bot can say more about.</summary>
    public HashSet<string> People { get; } = new(StringComparer.Ordinal);

    /// <summary>True for the name of a person the examples ask about ("who is Tibilov?").</summary>
    public bool IsPerson(Slot name) => PersonNames.Overlaps(IdentityForms(name));

    // The names "who is X?" examples ask about, however the article capitalises them.
    private HashSet<string> PersonNames { get; } = new(StringComparer.Ordinal);

    /// <summary>True for a name the articles write capitalized (not one the reader capitalized).</summary>
    public bool IsArticleName(Slot slot) => Names.Contains(slot.Key) || Names.Contains(slot.Surface);

    /// <summary>The intent that answers questions about the bot's own view, if the intents have one.</summary>
    public int? OpinionIntent { get; }

    /// <summary>Per intent: the months and years its answer names only as a label, never as when something happened (see EventTime).</summary>
    public IReadOnlyList<IReadOnlySet<string>> LabelTimes { get; }

    /// <summary>The intent that says what the bot is, if the intents have one.</summary>
    public int? BotIntent { get; }

    /// <summary>The intent that sums up the article, if the intents have one.</summary>
    public int? GistIntent { get; }

    /// <summary>Per intent: the question types its examples ask.</summary>
    public IReadOnlyList<HashSet<QuestionType>> IntentTypes { get; }

    /// <summary>Per intent: whether its answer states a number or a year at all.</summary>
    public IReadOnlyList<AnswerFacts> AnswerFacts { get; }

    /// <summary>Per intent: its answer names a person (see <see cref="IndividualAsked"/>).</summary>
    public IReadOnlyList<bool> NamesSomeone { get; }

    /// <summary>Every feature of the articles' text.</summary>
    public HashSet<string> ArticleFeatures { get; }

    /// <summary>Names in the articles (words capitalized inside a sentence): "Crimea", "Karasin", "NATO".</summary>
    public HashSet<string> Names { get; }

    /// <summary>Every feature any intent knows.</summary>
    public HashSet<string> AllIntentFeatures { get; }

    /// <summary>True for a name of the articles or one written capitalized in the question: a person, place or body.</summary>
    public bool IsName(Slot slot) => slot.Capitalized || Names.Contains(slot.Key) || Names.Contains(slot.Surface);

    /// <summary>The keys of the (up to two) words after each number of <paramref name="text"/>: "over 9 billion rubles" counts billions and rubles.</summary>
    public HashSet<string> CountedIn(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var counted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Any(char.IsDigit) || Matching.AnswerFacts.IsNumberWord(tokens[i]))
            {
                counted.UnionWith(Analyzer.AnalyzeCurated(string.Join(' ', tokens.Skip(i + 1).Take(2))).Slots.Select(s => s.Key));
            }
        }

        return counted;
    }

    public IReadOnlyList<int> Postings(string feature) => _postings.TryGetValue(feature, out var list) ? list : [];

    public double SlotWeight(Slot slot)
    {
        var idf = _idf.TryGetValue(slot.Key, out var value) ? value : _idf.GetValueOrDefault(slot.Surface, _unknownIdf);
        return slot.IsFiller ? idf * Options.FillerWeight : idf;
    }

    /// <summary>The strings a slot can be found under: as written, canonical, and each word of a phrase.</summary>
    public static HashSet<string> Features(IEnumerable<Slot> slots)
    {
        var features = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slot in slots)
        {
            features.Add(slot.Surface);
            features.Add(slot.Key);
            if (slot.Surface.Contains(' ') || slot.Key.Contains(' '))
            {
                features.UnionWith(slot.Surface.Split(' '));
                features.UnionWith(slot.Key.Split(' '));
            }
        }

        return features;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-Z]{2,}\b")]
    private static partial System.Text.RegularExpressions.Regex Acronym();
}
