namespace ChatBot.Core.Matching;

/// <summary>One example question in the index, with the intent it belongs to.</summary>
internal sealed class IndexedExample(int intent, AnalyzedText text, HashSet<string> features)
{
    public int Intent { get; } = intent;

    public AnalyzedText Text { get; } = text;

    public HashSet<string> Features { get; } = features;

    /// <summary>Total weight of the example's slots; the share a question matches is its example-side coverage.</summary>
    public double WeightSum { get; set; }

    /// <summary>The keys of its topic words (see <see cref="IntentIndex.TopicKeys"/>); kept for near misses.</summary>
    public IReadOnlySet<string> Topic { get; init; } = None;

    /// <summary>The keys of the names it mentions; kept for near misses.</summary>
    public IReadOnlySet<string> Names { get; init; } = None;

    /// <summary>Who speaks in a near miss ("what did NATO say?"): another question than one about what was said of them.</summary>
    public IReadOnlySet<string> Speakers { get; init; } = None;

    // Shared by the examples that keep neither (all but near misses): one empty set, not two per example.
    private static readonly IReadOnlySet<string> None = new HashSet<string>();
}
