using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace ChatBot.Core.Matching;

/// <summary>English (Porter2) stemming through Lucene's Snowball stemmer, cached because questions repeat words.</summary>
internal static class Stemmer
{
    private const int MaxCacheEntries = 200_000;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly ThreadLocal<EnglishStemmer> Snowball = new(() => new EnglishStemmer());

    // Words Porter2 folds into another meaning: a "response" is not a "responsibility", and the "terms" of a treaty
    // are its clauses, not its "term" (how long it lasts); the "authorities" of South Ossetia are not its "author", and what an article "reports" is not its "reporter".
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["responsible"] = "responsib", ["responsibility"] = "responsib", ["responsibilities"] = "responsib",
        ["terms"] = "terms", ["authority"] = "authorit", ["authorities"] = "authorit",
        ["reporter"] = "reporter", ["reporters"] = "reporter",
        // Irregular pasts Porter2 leaves alone: "why Russia took the Crimea?" asks what "why did Russia take Crimea?" does.
        ["took"] = "take", ["taken"] = "take",
    };

    public static string Stem(string word)
    {
        if (Cache.TryGetValue(word, out var stem) || Exceptions.TryGetValue(word, out stem))
        {
            return stem;
        }

        var stemmer = Snowball.Value!;
        stemmer.SetCurrent(word);
        stemmer.Stem();
        stem = stemmer.Current;
        if (Cache.Count < MaxCacheEntries)
        {
            Cache.TryAdd(word, stem);
        }

        return stem;
    }
}
