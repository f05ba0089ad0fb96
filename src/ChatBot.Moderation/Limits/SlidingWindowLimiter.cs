namespace ChatBot.Moderation.Limits;

/// <summary>
/// Sliding windows per user and per chat (a Discord channel, a Telegram chat or group), so neither one person nor a busy
/// chat can flood the bot; each adapter keeps only its policy (which keys, which limits, what to say) around it.
/// Hand-written rather than System.Threading.RateLimiting because those limiters read the wall clock and cannot run on
/// the injected <see cref="TimeProvider"/> that tests move. A refused question counts toward neither window.
/// It lives in ChatBot.Moderation, not ChatBot.Core: it polices how people use the bot rather than answering them, the
/// core stays the engine (knowledge, intents, matching, answers), and both adapters already reference this project.
/// </summary>
/// <typeparam name="TKey">How the adapter names users and chats (ids as strings on Discord, as numbers on Telegram).</typeparam>
public sealed class SlidingWindowLimiter<TKey>
    where TKey : notnull
{
    private const int PruneEvery = 1024;

    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, SlidingWindow> _users = [];
    private readonly Dictionary<TKey, SlidingWindow> _chats = [];
    private int _checks;

    /// <summary>Allows <paramref name="maxPerUser"/> questions per user and <paramref name="maxPerChat"/> per chat in any <paramref name="window"/>.</summary>
    public SlidingWindowLimiter(int maxPerUser, int maxPerChat, TimeSpan window, TimeProvider time)
    {
        MaxPerUser = maxPerUser;
        MaxPerChat = maxPerChat;
        Window = window;
        _time = time;
    }

    /// <summary>Questions one user may ask in a <see cref="Window"/>.</summary>
    public int MaxPerUser { get; }

    /// <summary>Questions one chat may ask in a <see cref="Window"/>, however many people ask.</summary>
    public int MaxPerChat { get; }

    /// <summary>How far back questions count.</summary>
    public TimeSpan Window { get; }

    /// <summary>
    /// Checks a question of <paramref name="user"/> in <paramref name="chat"/> against the user's limit, then the chat's;
    /// only an allowed question is counted. Over a limit, the first refusal in a stretch asks for a warning, later ones
    /// for silence, until a question is allowed again.
    /// </summary>
    public SlidingWindowVerdict Check(TKey user, TKey chat)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (++_checks % PruneEvery == 0)
            {
                Prune(_users, now);
                Prune(_chats, now);
            }

            var userWindow = Slide(_users, user, now);
            if (userWindow.Times.Count >= MaxPerUser)
            {
                return Refuse(userWindow, SlidingWindowVerdict.WarnUser);
            }

            var chatWindow = Slide(_chats, chat, now);
            if (chatWindow.Times.Count >= MaxPerChat)
            {
                return Refuse(chatWindow, SlidingWindowVerdict.WarnChat);
            }

            userWindow.Times.Enqueue(now);
            userWindow.Warned = false;
            chatWindow.Times.Enqueue(now);
            chatWindow.Warned = false;
            return SlidingWindowVerdict.Allowed;
        }
    }

    private SlidingWindow Slide(Dictionary<TKey, SlidingWindow> windows, TKey key, DateTimeOffset now)
    {
        if (!windows.TryGetValue(key, out var window))
        {
            windows[key] = window = new SlidingWindow();
        }

        while (window.Times.Count > 0 && now - window.Times.Peek() >= Window)
        {
            window.Times.Dequeue();
        }

        return window;
    }

    private static SlidingWindowVerdict Refuse(SlidingWindow window, SlidingWindowVerdict warning)
    {
        if (window.Warned)
        {
            return SlidingWindowVerdict.Ignore;
        }

        window.Warned = true;
        return warning;
    }

    // Forget users and chats quiet for a whole window, so memory follows active ones only.
    private void Prune(Dictionary<TKey, SlidingWindow> windows, DateTimeOffset now)
    {
        foreach (var key in windows.Where(w => w.Value.Times.Count == 0 || now - w.Value.Times.Last() >= Window).Select(w => w.Key).ToList())
        {
            windows.Remove(key);
        }
    }
}
