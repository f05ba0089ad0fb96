using ChatBot.Telegram.Hosting;
using ChatBot.Telegram.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Tests.Hosting;

public sealed class ConfigurationTests : AdapterTestBase
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void WithoutATokenTheAdapterRegistersNothing(string? token)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:Token"] = token });
        var before = builder.Services.Count;

        Assert.False(builder.AddTelegramAdapter());
        Assert.Equal(before, builder.Services.Count);
    }

    [Theory]
    [InlineData("Telegram:Mode", "Webhook", "Telegram:WebhookSecret")]
    [InlineData("Telegram:MaxMessagesPerMinute", "0", "Telegram:MaxMessagesPerMinute")]
    [InlineData("Telegram:MaxChatMessagesPerMinute", "0", "Telegram:MaxChatMessagesPerMinute")]
    [InlineData("Telegram:MaxQuestionLength", "5000", "Telegram:MaxQuestionLength")]
    [InlineData("Telegram:Token", "not-a-token", "Telegram:Token")]
    [InlineData("Telegram:ApiBaseUrl", "localhost:8081", "Telegram:ApiBaseUrl")]
    public async Task ABadSettingStopsTheHostAtStartNamingTheSetting(string key, string value, string named)
    {
        await using var bot = CreateAdapter(settings: new Dictionary<string, string?> { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(bot.StartHostAsync);

        Assert.Contains(named, error.Message);
        Assert.DoesNotContain(FakeBotApiServer.Token, error.Message);
    }

    [Theory]
    [InlineData("has spaces")]
    [InlineData("semi;colon")]
    public async Task AWebhookSecretOutsideTelegramsAlphabetIsRefused(string secret)
    {
        await using var bot = CreateAdapter(settings: new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.org/hook",
            ["Telegram:WebhookSecret"] = secret,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(bot.StartHostAsync);

        Assert.Contains("Telegram:WebhookSecret must be 1-256 characters", error.Message);
    }
}
