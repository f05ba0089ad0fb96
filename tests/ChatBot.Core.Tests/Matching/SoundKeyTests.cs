using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class SoundKeyTests
{
    [Theory]
    [InlineData("Tibilov", "Tibeeloff")]
    [InlineData("Tibilov", "Tibbylov")]
    [InlineData("Mogherini", "Mogareeny")]
    [InlineData("Karasin", "Karaseen")]
    [InlineData("Sokhumi", "Sohkoomi")]
    [InlineData("Tskhinvali", "Tskinvally")]
    [InlineData("Tskhinvali", "Skinvalley")]
    [InlineData("Karasin", "Carousin")]
    [InlineData("Tibilov", "Tibbylove")]
    [InlineData("Karasin", "Karascene")]
    [InlineData("Geneva", "Jennyva")]
    public void ANameAndItsSpellingByEarShareAKey(string name, string heard)
    {
        Assert.Equal(SoundKey.Of(name), SoundKey.Of(heard));
    }

    [Theory]
    [InlineData("Karasin", "Kherson")]
    [InlineData("Tibilov", "Tbilisi")]
    [InlineData("Psaki", "Pasha")]
    public void DifferentNamesHaveDifferentKeys(string name, string other)
    {
        Assert.NotEqual(SoundKey.Of(name), SoundKey.Of(other));
    }
}
