using System.Globalization;
using ChatBot.Core.Intents;

namespace ChatBot.Benchmarks.Workloads;

/// <summary>
/// Questions for generated knowledge: 60 % are an intent's example with one word changed (a typo, or another name,
/// topic or verb: a near miss), 40 % are out of scope (unknown subjects, or known names asked about something no
/// intent covers).
/// </summary>
internal static class QuestionGenerator
{
    private static readonly string[] OutOfScope =
    [
        "What is the population of {X}?",
        "Who won the {R} championship in {Y}?",
        "How do I reset my {R}?",
        "Is it going to rain in {X} tomorrow?",
        "What does {R} mean?",
        "tell me a joke about {R}",
        "How old is {N}?",
        "Where is the {R} museum in {N}?",
        "what time does the {R} open",
        "Who is married to {N}?",
    ];

    public static List<string> Generate(int count, IReadOnlyList<Intent> intents, IReadOnlyList<GeneratedFact> facts, WordPools words, Random random)
    {
        var questions = new List<string>(count);
        for (var q = 0; q < count; q++)
        {
            if (random.NextDouble() < 0.6)
            {
                var i = random.Next(intents.Count);
                var example = intents[i].Examples[random.Next(intents[i].Examples.Count)];
                questions.Add(ChangeOneWord(example, facts[i], words, random));
            }
            else
            {
                var template = OutOfScope[random.Next(OutOfScope.Length)];
                questions.Add(template
                    .Replace("{X}", random.Next(2) == 0 ? Pick(words.ReservedNames, random) : Pick(words.Names, random), StringComparison.Ordinal)
                    .Replace("{N}", Pick(words.Names, random), StringComparison.Ordinal)
                    .Replace("{R}", Pick(words.Reserved, random), StringComparison.Ordinal)
                    .Replace("{Y}", random.Next(1995, 2031).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
            }
        }

        return questions;
    }

    private static string ChangeOneWord(string example, GeneratedFact fact, WordPools words, Random random)
    {
        var tokens = example.Split(' ');
        var content = new[] { fact.Subject, fact.Target, fact.Topic, fact.Verb.Base, fact.Verb.Past };
        var positions = Enumerable.Range(0, tokens.Length).Where(k => content.Contains(Bare(tokens[k]), StringComparer.Ordinal)).ToList();
        var at = positions[random.Next(positions.Count)];
        var word = Bare(tokens[at]);
        string replacement;
        if (random.Next(2) == 0 && word.Length >= 5)
        {
            // A typo: two neighbouring letters swapped.
            var k = random.Next(1, word.Length - 2);
            replacement = string.Concat(word.AsSpan(0, k), word[k + 1].ToString(), word[k].ToString(), word.AsSpan(k + 2));
        }
        else if (word == fact.Subject || word == fact.Target)
        {
            replacement = Pick(words.Names, random);
        }
        else if (word == fact.Topic)
        {
            replacement = Pick(words.Topics, random);
        }
        else
        {
            var verb = words.Verbs[random.Next(words.Verbs.Count)];
            replacement = word == fact.Verb.Base ? verb.Base : verb.Past;
        }

        tokens[at] = tokens[at].Replace(word, replacement, StringComparison.Ordinal);
        return string.Join(' ', tokens);
    }

    private static string Bare(string token) => token.TrimEnd('?', ':', ',');

    private static string Pick(IReadOnlyList<string> pool, Random random) => pool[random.Next(pool.Count)];
}
