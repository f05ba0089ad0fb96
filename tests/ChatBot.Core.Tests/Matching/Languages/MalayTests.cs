using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class MalayTests
{
    [Theory]
    [InlineData("siapa yang sign treaty ni?", "who  sign treaty this?")]
    [InlineData("kapan perjanjian itu ditandatangani?", "when treaty that signed?")]
    [InlineData("25 tahun kan?", "25 years, right?")]
    [InlineData("sokhumi tu apa?", "what is sokhumi?")]
    [InlineData("tanggal berapa perjanjian itu diteken?", "what date treaty that signed?")]
    [InlineData("state department condemn ke?", "state department condemn ?")]
    [InlineData("russia hantar siapa ke geneva?", "russia send who to geneva?")]
    [InlineData("perjanjiannya berlaku berapa tahun?", "treaty valid for how years?")]
    [InlineData("siapa presiden georgia sekarang?", "who president Georgia now?")]
    [InlineData("next round bila?", "next round when?")]
    public void MalayAndIndonesianAreReadInEnglish(string malay, string english)
    {
        Assert.Equal(english, Malay.InEnglish(malay));
    }

    [Theory]
    [InlineData("who signed it?")]
    [InlineData("ah, is La Paz in the article?")]
    [InlineData("what about Sokhumi, is it a city?")]
    [InlineData("tu es qui?")]
    public void OtherTextIsLeftAsItIs(string text)
    {
        Assert.Equal(text, Malay.InEnglish(text));
    }
}
