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
}
