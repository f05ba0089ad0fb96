using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class SinglishTests
{
    [Theory]
    [InlineData("signed in tbilisi izzit?", "signed in tbilisi, right?")]
    [InlineData("sokhumi is what har", "sokhumi is what ")]
    [InlineData("the co-chairs are who ah, paiseh", "the co-chairs are who , sorry")]
    [InlineData("berapa duit abkhazia dapat from russia sia", "how much money abkhazia get from russia ")]
    [InlineData("can summarise the article for me or not leh", "can summarise the article for me ")]
    [InlineData("25 years lor, correct or not?", "25 years, right?")]
    [InlineData("izzit true the SO army kena absorb?", "is it true the SO army  absorb?")]
    [InlineData("wah which leaders signed har", " which leaders signed ")]
    [InlineData("terima kasih lah", "thank you ")]
    public void SinglishIsReadInEnglish(string singlish, string english)
    {
        Assert.Equal(english, Singlish.InEnglish(singlish));
    }

    [Theory]
    [InlineData("ah, who signed it?")]
    [InlineData("did Russia sign or not?")]
    [InlineData("wah dem sign inna Moscow?")]
    [InlineData("ah, is La Paz in the article?")]
    [InlineData("dapat daw ba i-resolve?")]
    public void OtherTextIsLeftAsItIs(string text)
    {
        Assert.Equal(text, Singlish.InEnglish(text));
    }
}
