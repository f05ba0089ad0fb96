using System.Text.RegularExpressions;
using ChatBot.Core.Knowledge;

namespace ChatBot.Benchmarks.Workloads;

/// <summary>
/// The words generated intents are made of: a few thousand distinct names and topics (the article's own words plus
/// pronounceable pseudo-words and entity names like "Region1234"), real verbs, and a reserve no intent uses, for
/// out-of-scope questions.
/// </summary>
internal sealed partial class WordPools
{
    private const string Consonants = "bdfgklmnprstvz";
    private static readonly string[] Onsets = [.. Consonants.Select(c => c.ToString()), "br", "dr", "kr", "st", "tr", "sh", "ch", "gl", "pl", "v"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ou", "ei"];
    private static readonly string[] Codas = ["", "", "", "n", "r", "l", "s", "k", "m", "v"];

    // Names the article uses, so generated intents mention them as real ones do.
    private static readonly string[] ArticleNames =
    [
        "Russia", "Georgia", "Abkhazia", "Sokhumi", "Tskhinvali", "Putin", "Tibilov", "Crimea", "Geneva", "Karasin",
        "Mogherini", "Psaki", "Washington", "Moscow", "Transcaucasia", "NATO", "OSCE", "Kremlin",
    ];

    private static readonly (string Base, string Past)[] RealVerbs =
    [
        ("pledge", "pledged"), ("allocate", "allocated"), ("promise", "promised"), ("send", "sent"), ("sign", "signed"),
        ("approve", "approved"), ("fund", "funded"), ("deliver", "delivered"), ("build", "built"), ("open", "opened"),
        ("close", "closed"), ("ban", "banned"), ("sell", "sold"), ("buy", "bought"), ("lease", "leased"),
        ("export", "exported"), ("import", "imported"), ("tax", "taxed"), ("train", "trained"), ("deploy", "deployed"),
        ("offer", "offered"), ("grant", "granted"), ("lend", "lent"), ("transfer", "transferred"), ("guarantee", "guaranteed"),
        ("supply", "supplied"), ("invest", "invested"), ("cancel", "cancelled"), ("extend", "extended"), ("renew", "renewed"),
        ("recognize", "recognized"), ("condemn", "condemned"), ("reject", "rejected"), ("propose", "proposed"), ("announce", "announced"),
        ("donate", "donated"), ("return", "returned"), ("restore", "restored"), ("subsidize", "subsidized"), ("repair", "repaired"),
    ];

    // Ordinary words no generated intent uses: out-of-scope questions are made of these and of reserved pseudo-words.
    private static readonly string[] UnrelatedWords =
    [
        "population", "weather", "football", "password", "recipe", "vaccine", "earthquake", "bitcoin", "concert",
        "holiday", "airport", "museum", "restaurant", "hospital", "wedding", "lottery", "movie", "smartphone", "volcano",
        "marathon", "zoo", "pizza", "guitar", "homework", "salary", "tennis", "climate", "rainfall", "horoscope", "chess",
    ];

    public WordPools(KnowledgeBase article, Random random)
    {
        var articleWords = article.Sentences
            .SelectMany(s => WordPattern().Matches(s.Sentence.Text).Select(m => m.Value))
            .Where(w => w.Length >= 5 && char.IsLower(w[0]))
            .Select(w => w.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var taken = new HashSet<string>(articleWords.Concat(ArticleNames.Select(n => n.ToLowerInvariant())).Concat(UnrelatedWords), StringComparer.Ordinal);
        foreach (var (verb, past) in RealVerbs)
        {
            taken.Add(verb);
            taken.Add(past);
        }

        var pseudoNames = Generate(random, 2_000, taken).Select(Capitalize);
        var regions = Enumerable.Range(0, 500).Select(i => $"{(i % 2 == 0 ? "Region" : "District")}{1000 + (i * 7)}");
        Names = [.. ArticleNames, .. pseudoNames, .. regions];
        Topics = [.. articleWords, .. Generate(random, 900, taken)];
        Verbs = RealVerbs;
        Reserved = [.. UnrelatedWords, .. Generate(random, 300, taken)];
        ReservedNames = [.. Generate(random, 200, taken).Select(Capitalize)];
    }

    /// <summary>People, places and organisations: the article's names, pseudo-names and numbered regions.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>What intents are about: the article's own words and pseudo-nouns.</summary>
    public IReadOnlyList<string> Topics { get; }

    public IReadOnlyList<(string Base, string Past)> Verbs { get; }

    /// <summary>Lower-case words no intent uses.</summary>
    public IReadOnlyList<string> Reserved { get; }

    /// <summary>Names no intent uses.</summary>
    public IReadOnlyList<string> ReservedNames { get; }

    /// <summary>Distinct words across names, topics and verbs.</summary>
    public int DistinctWords => Names.Count + Topics.Count + (Verbs.Count * 2);

    private static List<string> Generate(Random random, int count, HashSet<string> taken)
    {
        var words = new List<string>(count);
        while (words.Count < count)
        {
            var syllables = random.Next(2, 4);
            var word = string.Concat(Enumerable.Range(0, syllables).Select(_ => Onsets[random.Next(Onsets.Length)] + Vowels[random.Next(Vowels.Length)] + Codas[random.Next(Codas.Length)]));
            if (word.Length >= 5 && taken.Add(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
