namespace ChatBot.Discord.Tests.Support;

/// <summary>A thread-safe log that tests await on: each added item wakes the waiters; <see cref="TakeAsync"/> hands out each item once.</summary>
public sealed class AsyncLog<T>
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private readonly List<T> _items = [];
    private readonly List<bool> _taken = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Add(T item)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _items.Add(item);
            _taken.Add(false);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.SetResult();
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return [.. _items];
        }
    }

    /// <summary>Marks everything logged so far as taken.</summary>
    public void Skip()
    {
        lock (_gate)
        {
            for (var i = 0; i < _taken.Count; i++)
            {
                _taken[i] = true;
            }
        }
    }

    /// <summary>The first item not yet taken that matches, waiting for it to be added.</summary>
    public async Task<T> TakeAsync(Func<T, bool> match, string what, TimeSpan? timeout = null)
    {
        var deadline = Task.Delay(timeout ?? DefaultTimeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                for (var i = 0; i < _items.Count; i++)
                {
                    if (!_taken[i] && match(_items[i]))
                    {
                        _taken[i] = true;
                        return _items[i];
                    }
                }

                changed = _changed.Task;
            }

            if (await Task.WhenAny(changed, deadline) == deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}. Seen: {string.Join(" | ", Snapshot())}");
            }
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> items match (without taking them).</summary>
    public async Task<IReadOnlyList<T>> WaitForCountAsync(Func<T, bool> match, int count, string what, TimeSpan? timeout = null)
    {
        var deadline = Task.Delay(timeout ?? DefaultTimeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var matching = _items.Where(match).ToList();
                if (matching.Count >= count)
                {
                    return matching;
                }

                changed = _changed.Task;
            }

            if (await Task.WhenAny(changed, deadline) == deadline)
            {
                throw new TimeoutException($"Timed out waiting for {count} x {what}; have {Snapshot().Count(match)}");
            }
        }
    }
}
