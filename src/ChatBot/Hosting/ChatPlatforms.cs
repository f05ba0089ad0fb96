using ChatBot.Discord.Hosting;
using ChatBot.Telegram.Hosting;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Hosting;

/// <summary>Registers every chat platform whose settings are present; returns the names of those enabled.</summary>
internal static class ChatPlatforms
{
    public static IReadOnlyList<string> Add(IHostApplicationBuilder builder)
    {
        var enabled = new List<string>();
        if (builder.AddTelegramAdapter())
        {
            enabled.Add("Telegram");
        }

        if (builder.AddDiscordAdapter())
        {
            enabled.Add("Discord");
        }

        return enabled;
    }
}
