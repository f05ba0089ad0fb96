using ChatBot.Moderation.Log;

namespace ChatBot.Moderation.Tests.Log;

public class UserHashingTests
{
    [Fact]
    public void TheHashIsSha256HexOfPlatformAndUserId()
    {
        // printf 'telegram:12345' | sha256sum
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("telegram:12345"u8));

        Assert.Equal(expected, UserHashing.Hash("telegram", "12345"));
        Assert.Equal(64, expected.Length);
    }

    [Fact]
    public void TheSameIdOnAnotherPlatformHashesDifferently() =>
        Assert.NotEqual(UserHashing.Hash("telegram", "12345"), UserHashing.Hash("discord", "12345"));
}
