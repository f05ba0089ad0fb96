using ChatBot.Moderation.Log;
using FuzzySharp;

namespace ChatBot.Moderation.Review;

/// <summary>
/// Groups questions by similarity, like QnA Maker's active learning or Botpress' misunderstood inbox: identical
/// normalized wordings count together, then each wording, most frequent first, joins the most alike group
/// (<see cref="Fuzz.TokenSetRatio(string, string)"/> against the group's first wording at or above the threshold)
/// or starts a new one. Groups come back most frequent first.
/// </summary>
public static class QuestionGrouper
{
    /// <summary>The similarity (0-100) at which two wordings are taken as the same question.</summary>
    public const int DefaultThreshold = 80;

    /// <summary>Groups <paramref name="questions"/>; empty and punctuation-only questions are left out.</summary>
    public static IReadOnlyList<QuestionGroup> Group(IEnumerable<QuestionRecord> questions, int threshold = DefaultThreshold)
    {
        var wordings = questions
            .Select(q => (Record: q, Normalized: QuestionText.Normalize(q.Question)))
            .Where(q => q.Normalized.Length > 0)
            .GroupBy(q => q.Normalized, StringComparer.Ordinal)
            .Select(g => new Wording(
                g.Key,
                g.GroupBy(q => q.Record.Question.Trim(), StringComparer.Ordinal).OrderByDescending(w => w.Count()).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key,
                g.Count(),
                g.Select(q => q.Record.ClosestIntentId).OfType<string>().ToList()))
            .OrderByDescending(w => w.Count)
            .ThenBy(w => w.Normalized, StringComparer.Ordinal);

        var clusters = new List<List<Wording>>();
        foreach (var wording in wordings)
        {
            List<Wording>? best = null;
            var bestScore = threshold;
            foreach (var cluster in clusters)
            {
                var score = Fuzz.TokenSetRatio(wording.Normalized, cluster[0].Normalized);
                if (score >= bestScore && (best is null || score > bestScore))
                {
                    best = cluster;
                    bestScore = score;
                }
            }

            if (best is null)
            {
                clusters.Add([wording]);
            }
            else
            {
                best.Add(wording);
            }
        }

        return clusters
            .Select(ToGroup)
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Representative, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static QuestionGroup ToGroup(List<Wording> cluster)
    {
        var closest = cluster
            .SelectMany(w => w.ClosestIntents)
            .GroupBy(id => id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault()?.Key;
        return new QuestionGroup(cluster.Sum(w => w.Count), cluster[0].Display, cluster.Skip(1).Select(w => w.Display).ToList(), closest);
    }

    private sealed record Wording(string Normalized, string Display, int Count, IReadOnlyList<string> ClosestIntents);
}
