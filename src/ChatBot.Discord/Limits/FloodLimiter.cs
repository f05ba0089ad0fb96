using ChatBot.Discord.Options;
using ChatBot.Moderation.Limits;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Limits;

/// <summary>
/// Discord's flood policy: one-minute <see cref="SlidingWindowLimiter{TKey}"/> windows per user and per channel, with
/// the limits from <see cref="DiscordOptions"/>. A refused question counts toward neither window.
/// </summary>
internal sealed class FloodLimiter(IOptions<DiscordOptions> options, TimeProvider time)
{
    private readonly SlidingWindowLimiter<string> _windows =
        new(options.Value.MaxMessagesPerMinute, options.Value.MaxChannelMessagesPerMinute, TimeSpan.FromMinutes(1), time);

    public int MaxPerUser => _windows.MaxPerUser;

    public int MaxPerChannel => _windows.MaxPerChat;

    public FloodVerdict Check(string userId, string channelId) => _windows.Check(userId, channelId) switch
    {
        SlidingWindowVerdict.Allowed => FloodVerdict.Allowed,
        SlidingWindowVerdict.WarnUser => FloodVerdict.WarnUser,
        SlidingWindowVerdict.WarnChat => FloodVerdict.WarnChannel,
        _ => FloodVerdict.Ignore,
    };
}
