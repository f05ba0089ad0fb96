using ChatBot.Telegram.Options;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Limits;

/// <summary>
/// Sliding one-minute windows per user and per chat (so a busy group cannot flood the bot either, however many people
/// ask). Hand-written rather than System.Threading.RateLimiting because those limiters read the wall clock and cannot run
/// on the injected <see cref="TimeProvider"/> that tests move. A refused message counts toward neither window.
/// </summary>
internal sealed class FloodLimiter(IOptions<TelegramOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int PruneEvery = 1024;

    private readonly int _max = options.Value.MaxMessagesPerMinute;
    private readonly int _maxPerChat = options.Value.MaxChatMessagesPerMinute;
    private readonly Dictionary<long, FloodWindow> _users = [];
    private readonly Dictionary<long, FloodWindow> _chats = [];
    private int _checks;

    public int MaxPerMinute => _max;

    public int MaxPerChatPerMinute => _maxPerChat;

    /// <summary>Checks a message in a private chat, whose id is the user's.</summary>
    public FloodVerdict Check(long userId) => Check(userId, userId);

    /// <summary>Checks a message of <paramref name="userId"/> in <paramref name="chatId"/> against both limits.</summary>
    public FloodVerdict Check(long userId, long chatId)
    {
        var now = time.GetUtcNow();
        lock (_users)
        {
            if (++_checks % PruneEvery == 0)
            {
                Prune(_users, now);
                Prune(_chats, now);
            }

            var user = Slide(_users, userId, now);
            if (user.Times.Count >= _max)
            {
                return Refuse(user, FloodVerdict.Warn);
            }

            var chat = Slide(_chats, chatId, now);
            if (chat.Times.Count >= _maxPerChat)
            {
                return Refuse(chat, FloodVerdict.WarnChat);
            }

            user.Times.Enqueue(now);
            user.Warned = false;
            chat.Times.Enqueue(now);
            chat.Warned = false;
            return FloodVerdict.Allowed;
        }
    }

    private static FloodWindow Slide(Dictionary<long, FloodWindow> windows, long key, DateTimeOffset now)
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

    // Forget users and chats quiet for a whole window, so memory follows active ones only.
    private static void Prune(Dictionary<long, FloodWindow> windows, DateTimeOffset now)
    {
        foreach (var key in windows.Where(w => w.Value.Times.Count == 0 || now - w.Value.Times.Last() >= Window).Select(w => w.Key).ToList())
        {
            windows.Remove(key);
        }
    }
}
