using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public sealed class SpanglishTests
{
    [Theory]
    [InlineData("quién firmó el tratado?", "who signed the treaty?")]
    [InlineData("es por 50 años, verdad?", "is for 50 years, right?")]
    [InlineData("Cómo se llama el tratado?", "what is the name of the treaty?")]
    [InlineData("oye cuánta lana le dio Rusia?", " how much money  gave Russia?")]
    public void SpanishWordsAreReadInEnglish(string spanglish, string english)
    {
        Assert.Equal(english, Spanglish.InEnglish(spanglish));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("did El Salvador react?")]
    [InlineData("is Los Angeles in the article?")]
    [InlineData("no, I meant the money")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Spanglish.InEnglish(english));
    }
}
