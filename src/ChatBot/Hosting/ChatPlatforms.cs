using ChatBot.Discord.Hosting;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Hosting;

/// <summary>Registers every chat platform whose settings are present; returns the names of those enabled.</summary>
internal static class ChatPlatforms
{
    public static IReadOnlyList<string> Add(IHostApplicationBuilder builder)
    {
        var enabled = new List<string>();
        if (builder.AddDiscordAdapter())
        {
            enabled.Add("Discord");
        }

        return enabled;
    }
}
