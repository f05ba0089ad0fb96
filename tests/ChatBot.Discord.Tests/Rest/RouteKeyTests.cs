using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Tests.Rest;

public sealed class RouteKeyTests
{
    [Theory]
    [InlineData("POST", "channels/123/messages", "POST channels/123/messages")]
    [InlineData("POST", "interactions/987/tok.en/callback", "POST interactions/{id}/{token}/callback")]
    [InlineData("PATCH", "webhooks/55/tok/messages/@original", "PATCH webhooks/55/{token}/messages/@original")]
    [InlineData("PUT", "applications/42/guilds/7/commands", "PUT applications/{id}/guilds/7/commands")]
    public void IdsArePlaceholdersExceptMajorParameters(string method, string path, string expected) =>
        Assert.Equal(expected, RouteKey.For(new HttpMethod(method), path));

    [Fact]
    public void MajorParametersScopeTheBucket()
    {
        Assert.Equal("123", RouteKey.MajorParameters("channels/123/messages"));
        Assert.Equal("7", RouteKey.MajorParameters("applications/42/guilds/7/commands"));
        Assert.Equal("", RouteKey.MajorParameters("gateway/bot"));
    }

    [Theory]
    [InlineData("interactions/987/tok.en/callback", "tok.en")]
    [InlineData("webhooks/55/aW50ZXJhY3Rpb24/messages/@original", "aW50ZXJhY3Rpb24")]
    [InlineData("channels/123/messages", null)]
    [InlineData("applications/42/guilds/7/commands", null)]
    [InlineData("gateway/bot", null)]
    public void InteractionAndWebhookTokensAreFoundForRedaction(string path, string? token) =>
        Assert.Equal(token is null ? [] : [token], RouteKey.Tokens(path));
}
