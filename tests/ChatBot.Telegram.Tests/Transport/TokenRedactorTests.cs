using ChatBot.Telegram.Options;
using ChatBot.Telegram.Transport;

namespace ChatBot.Telegram.Tests.Transport;

public class TokenRedactorTests
{
    private const string Token = "123:SecretPart_abc";
    private readonly TokenRedactor _redactor = new(Microsoft.Extensions.Options.Options.Create(new TelegramOptions { Token = Token }));

    [Fact]
    public void AnExceptionMentioningTheTokenIsReplacedByARedactedCopy()
    {
        var failure = new HttpRequestException($"GET https://api.telegram.org/bot{Token}/getUpdates failed", new IOException($"inner {Token}"));

        var logged = _redactor.Redact(failure);

        Assert.DoesNotContain(Token, logged.ToString());
        Assert.DoesNotContain(Token, logged.Message);
        Assert.Contains("/bot<redacted-token>/getUpdates", logged.Message);
        Assert.Contains("inner <redacted-token>", logged.ToString());
    }

    [Fact]
    public void OtherExceptionsAreLoggedAsTheyAre()
    {
        var failure = new InvalidOperationException("nothing secret");

        Assert.Same(failure, _redactor.Redact(failure));
    }
}
