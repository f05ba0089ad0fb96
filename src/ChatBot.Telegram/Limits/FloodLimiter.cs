using ChatBot.Moderation.Limits;
using ChatBot.Telegram.Options;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Limits;

/// <summary>
/// Telegram's flood policy: one-minute <see cref="SlidingWindowLimiter{TKey}"/> windows per user and per chat (so a busy
/// group cannot flood the bot either, however many people ask), with the limits from <see cref="TelegramOptions"/>.
/// A refused message counts toward neither window.
/// </summary>
internal sealed class FloodLimiter(IOptions<TelegramOptions> options, TimeProvider time)
{
    private readonly SlidingWindowLimiter<long> _windows =
        new(options.Value.MaxMessagesPerMinute, options.Value.MaxChatMessagesPerMinute, TimeSpan.FromMinutes(1), time);

    public int MaxPerMinute => _windows.MaxPerUser;

    public int MaxPerChatPerMinute => _windows.MaxPerChat;

    /// <summary>Checks a message in a private chat, whose id is the user's.</summary>
    public FloodVerdict Check(long userId) => Check(userId, userId);

    /// <summary>Checks a message of <paramref name="userId"/> in <paramref name="chatId"/> against both limits.</summary>
    public FloodVerdict Check(long userId, long chatId) => _windows.Check(userId, chatId) switch
    {
        SlidingWindowVerdict.Allowed => FloodVerdict.Allowed,
        SlidingWindowVerdict.WarnUser => FloodVerdict.Warn,
        SlidingWindowVerdict.WarnChat => FloodVerdict.WarnChat,
        _ => FloodVerdict.Ignore,
    };
}
