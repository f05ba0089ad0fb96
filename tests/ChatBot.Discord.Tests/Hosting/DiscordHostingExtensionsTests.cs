using ChatBot.Discord.Hosting;
using ChatBot.Discord.Options;
using ChatBot.Discord.Tests.Support;
using ChatBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Tests.Hosting;

public sealed class DiscordHostingExtensionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void WithoutATokenNothingIsRegistered(string? token)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = token });
        var before = builder.Services.Count;

        Assert.False(builder.AddDiscordAdapter());
        Assert.Equal(before, builder.Services.Count);
    }

    [Fact]
    public void DefaultsMatchTheSpec()
    {
        var options = new DiscordOptions();
        Assert.Equal("https://discord.com/api/v10", options.ApiBaseUrl);
        Assert.Equal(1 | 512 | 4096 | 32768, options.Intents);
        Assert.Equal((0, 1, 3), (options.ShardId, options.ShardCount, options.MaxResumeAttempts));
        Assert.Null(options.GuildId);
    }

    [Theory]
    [InlineData("Discord:ShardId", "2", "Discord:ShardId")]
    [InlineData("Discord:ShardCount", "0", "Discord:ShardCount")]
    [InlineData("Discord:ApiBaseUrl", "not a url", "Discord:ApiBaseUrl")]
    [InlineData("Discord:GuildId", "my-guild", "Discord:GuildId")]
    [InlineData("Discord:Intents", "0", "Discord:Intents")]
    [InlineData("Discord:MaxResumeAttempts", "0", "Discord:MaxResumeAttempts")]
    [InlineData("Discord:MaxMessagesPerMinute", "0", "Discord:MaxMessagesPerMinute")]
    [InlineData("Discord:MaxChannelMessagesPerMinute", "0", "Discord:MaxChannelMessagesPerMinute")]
    [InlineData("Discord:MaxQuestionLength", "5000", "Discord:MaxQuestionLength")]
    public async Task ABadSettingFailsAtStartNamingTheSetting(string key, string value, string named)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "secret-token-xyz",
            ["Discord:ShardCount"] = "2",
            [key] = value,
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(RealAnswers.Create(TimeProvider.System));
        Assert.True(builder.AddDiscordAdapter());
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync().WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-xyz", error.Message, StringComparison.Ordinal);
    }
}
