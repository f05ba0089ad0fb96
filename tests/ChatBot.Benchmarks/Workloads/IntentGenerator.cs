using ChatBot.Core.Answers;
using ChatBot.Core.Intents;

namespace ChatBot.Benchmarks.Workloads;

/// <summary>
/// Synthesizes fact intents the way moderators write them: 5-6 differently worded examples each, an answer, and a
/// citation copied from the real article (so every generated intent would pass the loader's check).
/// </summary>
internal static class IntentGenerator
{
    // Moderators vary wording, question word and order; each intent takes 5 or 6 consecutive templates.
    private static readonly string[] Templates =
    [
        "How much did {S} {v} to {O}?",
        "What {T} did {S} {v} for {O}?",
        "When did {S} {v} the {T} to {O}?",
        "Did {S} {v} any {T} to {O} in {Y}?",
        "how much {T} does {O} get from {S}",
        "What is the {T} that {S} {vp} to {O}?",
        "Why did {S} {v} {T} for {O}?",
        "How many {T} will {O} receive from {S} by {Y}?",
        "Who did {S} {v} the {T} to?",
        "{S} and {O}: what was {vp} in {Y}?",
    ];

    public static (List<Intent> Intents, List<GeneratedFact> Facts) Generate(int count, WordPools words, IReadOnlyList<Citation> realCitations, Random random)
    {
        var intents = new List<Intent>(count);
        var facts = new List<GeneratedFact>(count);
        for (var i = 0; i < count; i++)
        {
            var subject = Skewed(words.Names, random);
            string target;
            do
            {
                target = Skewed(words.Names, random);
            }
            while (target == subject);

            var fact = new GeneratedFact(
                subject,
                target,
                Skewed(words.Topics, random),
                words.Verbs[random.Next(words.Verbs.Count)],
                random.Next(1995, 2031),
                random.Next(2) == 0 ? $"{random.Next(2, 999)} million" : $"{random.Next(1, 20)}.{random.Next(1, 10)} billion");
            var phrasings = 5 + (i % 2);
            var first = random.Next(Templates.Length);
            var examples = Enumerable.Range(0, phrasings).Select(k => Fill(Templates[(first + k) % Templates.Length], fact)).ToList();
            var answer = $"{fact.Subject} {fact.Verb.Past} {fact.Amount} worth of {fact.Topic} to {fact.Target} in {fact.Year}.";
            intents.Add(new Intent(
                $"generated-{i:D5}",
                IntentKind.Fact,
                examples,
                answer,
                [realCitations[random.Next(realCitations.Count)]],
                [],
                examples[0],
                new SourceLine("intents/generated.yml", 2 + (i * 12))));
            facts.Add(fact);
        }

        return (intents, facts);
    }

    private static string Fill(string template, GeneratedFact fact) => template
        .Replace("{S}", fact.Subject, StringComparison.Ordinal)
        .Replace("{O}", fact.Target, StringComparison.Ordinal)
        .Replace("{T}", fact.Topic, StringComparison.Ordinal)
        .Replace("{vp}", fact.Verb.Past, StringComparison.Ordinal)
        .Replace("{v}", fact.Verb.Base, StringComparison.Ordinal)
        .Replace("{Y}", fact.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Some names and topics come up far more often than others, as in real news.</summary>
    private static string Skewed(IReadOnlyList<string> pool, Random random) =>
        pool[(int)(Math.Pow(random.NextDouble(), 1.5) * pool.Count)];
}
