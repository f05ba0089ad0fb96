using ChatBot.Discord.Options;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using ChatBot.Moderation.Notifications;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Notifications;

/// <summary>
/// Posts moderator notices (a rejected reload with its file:line errors) in <see cref="DiscordOptions.ModeratorChannelId"/>:
/// markdown-escaped, cut to 2000 characters, pinging no one. Does nothing when no channel is configured; a refused post
/// throws with Discord's answer (tokens masked).
/// </summary>
internal sealed class DiscordModeratorNotifier(DiscordRestClient rest, IOptions<DiscordOptions> options) : IModeratorNotifier
{
    /// <inheritdoc/>
    public async Task NotifyAsync(string text, CancellationToken cancellationToken)
    {
        if (options.Value.ModeratorChannelId is not { Length: > 0 } channelId)
        {
            return;
        }

        var result = await rest.SendAsync(HttpMethod.Post, DiscordRoutes.CreateMessage(channelId), DiscordAnswerRenderer.RenderText(text), cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Discord refused the moderators' notice in channel {channelId}: {result.Describe()}");
        }
    }
}
