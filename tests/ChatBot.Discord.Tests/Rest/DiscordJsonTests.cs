using System.Text.Json;
using ChatBot.Discord.Messaging.Payloads;
using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Tests.Rest;

public sealed class DiscordJsonTests
{
    [Theory]
    [InlineData("null")]
    [InlineData("\"a string\"")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"id\":\"1\",\"channel_id\":\"2\"}")]
    [InlineData("{\"id\":1,\"channel_id\":\"2\",\"author\":{\"id\":\"3\"}}")]
    [InlineData("{\"id\":\"1\",\"channel_id\":\"2\",\"author\":{\"id\":\"3\"},\"content\":{\"nested\":true}}")]
    public void AMessageThatDoesNotFitIsRefusedWithAReason(string json)
    {
        Assert.False(DiscordJson.TryRead<DiscordMessage>(JsonDocument.Parse(json).RootElement.Clone(), out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void ADispatchWithoutDataIsRefusedNotThrown()
    {
        // A frame without "d" leaves the element undefined; reading it must not throw (that would drop the connection).
        Assert.False(DiscordJson.TryRead<ReadyEvent>(default, out _, out var error));
        Assert.Equal("no data", error);
    }

    [Fact]
    public void UnknownFieldsAreIgnored()
    {
        var json = "{\"id\":\"1\",\"channel_id\":\"2\",\"author\":{\"id\":\"3\",\"new\":[1]},\"content\":\"hi\",\"brand_new\":{\"x\":1}}";

        Assert.True(DiscordJson.TryRead<DiscordMessage>(JsonDocument.Parse(json).RootElement.Clone(), out var message, out _));
        Assert.Equal(("1", "hi"), (message.Id, message.Content));
    }
}
