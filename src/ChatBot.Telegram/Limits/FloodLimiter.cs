using ChatBot.Telegram.Options;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Limits;

/// <summary>
/// Per-user sliding one-minute window. Hand-written rather than System.Threading.RateLimiting because those limiters
/// read the wall clock and cannot run on the injected <see cref="TimeProvider"/> that tests move.
/// </summary>
internal sealed class FloodLimiter(IOptions<TelegramOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int PruneEvery = 1024;

    private readonly int _max = options.Value.MaxMessagesPerMinute;
    private readonly Dictionary<long, FloodWindow> _users = [];
    private int _checks;

    public int MaxPerMinute => _max;

    public FloodVerdict Check(long userId)
    {
        var now = time.GetUtcNow();
        lock (_users)
        {
            if (++_checks % PruneEvery == 0)
            {
                Prune(now);
            }

            if (!_users.TryGetValue(userId, out var window))
            {
                _users[userId] = window = new FloodWindow();
            }

            while (window.Times.Count > 0 && now - window.Times.Peek() >= Window)
            {
                window.Times.Dequeue();
            }

            if (window.Times.Count < _max)
            {
                window.Times.Enqueue(now);
                window.Warned = false;
                return FloodVerdict.Allowed;
            }

            if (window.Warned)
            {
                return FloodVerdict.Ignore;
            }

            window.Warned = true;
            return FloodVerdict.Warn;
        }
    }

    // Forget users quiet for a whole window, so memory follows active users only.
    private void Prune(DateTimeOffset now)
    {
        foreach (var user in _users.Where(u => u.Value.Times.Count == 0 || now - u.Value.Times.Last() >= Window).Select(u => u.Key).ToList())
        {
            _users.Remove(user);
        }
    }
}
