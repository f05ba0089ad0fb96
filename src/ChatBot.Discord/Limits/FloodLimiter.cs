using ChatBot.Discord.Options;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Limits;

/// <summary>
/// Sliding one-minute windows per user and per channel (the Telegram adapter keeps its own of the same kind).
/// Hand-written rather than System.Threading.RateLimiting because those limiters read the wall clock and cannot run
/// on the injected <see cref="TimeProvider"/> that tests move. A refused question counts toward neither window.
/// </summary>
internal sealed class FloodLimiter(IOptions<DiscordOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int PruneEvery = 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, FloodWindow> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FloodWindow> _channels = new(StringComparer.Ordinal);
    private int _checks;

    public int MaxPerUser { get; } = options.Value.MaxMessagesPerMinute;

    public int MaxPerChannel { get; } = options.Value.MaxChannelMessagesPerMinute;

    public FloodVerdict Check(string userId, string channelId)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (++_checks % PruneEvery == 0)
            {
                Prune(_users, now);
                Prune(_channels, now);
            }

            var user = Slide(_users, userId, now);
            if (user.Times.Count >= MaxPerUser)
            {
                return Refuse(user, FloodVerdict.WarnUser);
            }

            var channel = Slide(_channels, channelId, now);
            if (channel.Times.Count >= MaxPerChannel)
            {
                return Refuse(channel, FloodVerdict.WarnChannel);
            }

            user.Times.Enqueue(now);
            user.Warned = false;
            channel.Times.Enqueue(now);
            channel.Warned = false;
            return FloodVerdict.Allowed;
        }
    }

    private static FloodWindow Slide(Dictionary<string, FloodWindow> windows, string key, DateTimeOffset now)
    {
        if (!windows.TryGetValue(key, out var window))
        {
            windows[key] = window = new FloodWindow();
        }

        while (window.Times.Count > 0 && now - window.Times.Peek() >= Window)
        {
            window.Times.Dequeue();
        }

        return window;
    }

    private static FloodVerdict Refuse(FloodWindow window, FloodVerdict warning)
    {
        if (window.Warned)
        {
            return FloodVerdict.Ignore;
        }

        window.Warned = true;
        return warning;
    }

    // Forget users and channels quiet for a whole window, so memory follows active ones only.
    private static void Prune(Dictionary<string, FloodWindow> windows, DateTimeOffset now)
    {
        foreach (var key in windows.Where(w => w.Value.Times.Count == 0 || now - w.Value.Times.Last() >= Window).Select(w => w.Key).ToList())
        {
            windows.Remove(key);
        }
    }
}
