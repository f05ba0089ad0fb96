namespace ChatBot.Telegram.Receiving;

/// <summary>The last few thousand update ids seen, so a webhook delivery Telegram repeats is handled once.</summary>
internal sealed class RecentUpdateIds(int capacity = 4096)
{
    private readonly HashSet<int> _seen = [];
    private readonly Queue<int> _order = new();

    /// <summary>True the first time <paramref name="updateId"/> is seen.</summary>
    public bool TryAdd(int updateId)
    {
        lock (_seen)
        {
            if (!_seen.Add(updateId))
            {
                return false;
            }

            _order.Enqueue(updateId);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
