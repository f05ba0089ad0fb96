using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class TagalogTests
{
    [Theory]
    [InlineData("sino po ang pumirma ng treaty?", "who  the signed of treaty?")]
    [InlineData("magkano yung para sa Abkhazia?", "how much the for Abkhazia?")]
    [InlineData("gaano katagal ang treaty?", "how long the treaty?")]
    [InlineData("25 years ang treaty diba?", "25 years the treaty, right?")]
    [InlineData("nag-sign ba si Putin?", "sign   Putin?")]
    [InlineData("1 billion rubles ba sa 2016?", "1 billion rubles  in 2016, right?")]
    [InlineData("sa August ba yung next round?", "in August  the next round, right?")]
    [InlineData("sa Tskhinvali ba sila nag sign?", "in Tskhinvali  they sign?")]
    [InlineData("bot ka ba?", "are you bot?")]
    [InlineData("ano sinabi ni Tibilov?", "what did Tibilov say?")]
    [InlineData("ano sinabi ni Jen Psaki?", "what did Jen Psaki say?")]
    [InlineData("ipapasa ba yung units sa Russia?", "handed over  the units in Russia?")]
    public void TagalogWordsAreReadInEnglish(string taglish, string english)
    {
        Assert.Equal(english, Tagalog.InEnglish(taglish));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("is Ang Lee in the article?")]
    [InlineData("did they sign it in Sochi, si or no?")]
    [InlineData("what about ba?")]
    [InlineData("did SA react to it?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Tagalog.InEnglish(english));
    }
}
