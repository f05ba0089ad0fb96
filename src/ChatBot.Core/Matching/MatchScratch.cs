namespace ChatBot.Core.Matching;

/// <summary>
/// Reusable per-thread buffers for one <see cref="IntentMatcher.Match"/> call: accumulated weight per example and best
/// similarity per intent, indexed by id, with lists of what was touched so resetting costs only what was used.
/// Dictionaries here grew onto the large-object heap with 10,000 intents and caused full garbage collections.
/// </summary>
internal sealed class MatchScratch
{
    private readonly double[] _perSlot;
    private readonly List<int> _slotTouched = [];
    private readonly double[] _bestPerIntent;
    private readonly List<int> _intentsTouched = [];
    private readonly PriorityQueue<int, double> _top = new();

    public MatchScratch(int examples, int intents)
    {
        Matched = new double[examples];
        _perSlot = new double[examples];
        _bestPerIntent = new double[intents];
        Array.Fill(_bestPerIntent, -1);
    }

    /// <summary>Weight matched so far, per example.</summary>
    public double[] Matched { get; }

    /// <summary>Examples with some matched weight.</summary>
    public List<int> TouchedExamples { get; } = [];

    /// <summary>Records that the current slot matches <paramref name="example"/> with <paramref name="weight"/> (the best way counts once).</summary>
    public void OfferSlot(int example, double weight)
    {
        if (_perSlot[example] == 0)
        {
            _slotTouched.Add(example);
        }

        _perSlot[example] = Math.Max(_perSlot[example], weight);
    }

    /// <summary>Adds the current slot's matches to the totals.</summary>
    public void EndSlot()
    {
        foreach (var example in _slotTouched)
        {
            if (Matched[example] == 0)
            {
                TouchedExamples.Add(example);
            }

            Matched[example] += _perSlot[example];
            _perSlot[example] = 0;
        }

        _slotTouched.Clear();
    }

    /// <summary>Keeps the best similarity per intent.</summary>
    public void OfferIntent(int intent, double similarity)
    {
        if (_bestPerIntent[intent] < 0)
        {
            _intentsTouched.Add(intent);
        }

        _bestPerIntent[intent] = Math.Max(_bestPerIntent[intent], similarity);
    }

    /// <summary>Resets the matched weights for the next question (when no intents were offered).</summary>
    public void ClearMatched()
    {
        foreach (var example in TouchedExamples)
        {
            Matched[example] = 0;
        }

        TouchedExamples.Clear();
    }

    /// <summary>The <paramref name="count"/> best intents, best first; resets every buffer for the next question.</summary>
    public List<(int Intent, double Score)> TakeBestIntents(int count)
    {
        foreach (var intent in _intentsTouched)
        {
            _top.Enqueue(intent, _bestPerIntent[intent]);
            if (_top.Count > count)
            {
                _top.Dequeue();
            }
        }

        var best = new List<(int, double)>(_top.Count);
        while (_top.TryDequeue(out var intent, out var score))
        {
            best.Add((intent, score));
        }

        best.Reverse();
        foreach (var intent in _intentsTouched)
        {
            _bestPerIntent[intent] = -1;
        }

        foreach (var example in TouchedExamples)
        {
            Matched[example] = 0;
        }

        _intentsTouched.Clear();
        TouchedExamples.Clear();
        return best;
    }
}
