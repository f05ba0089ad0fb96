using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class RegionalEnglishTests
{
    [Theory]
    [InlineData("whit's the name o this treaty", "what's the name of this treaty")]
    [InlineData("whit happens tae their sodjers under this", "what happens to their soldiers under this")]
    [InlineData("well hello, what's the craic", "well hello, how are you")]
    [InlineData("so their army's folded into russia's, fair dinkum?", "so their army's folded into russia's, right?")]
    [InlineData("g'day mate", "hello mate")]
    [InlineData("did they agree owt in Geneva", "did they agree anything in Geneva")]
    [InlineData("whaur did they sign the treaty", "where did they sign the treaty")]
    [InlineData("signed on March 18, aye?", "signed on March 18, yes?")]
    [InlineData("howzit", "hello")]
    [InlineData("eish, how much money did Russia give them", ", how much money did Russia give them")]
    [InlineData("lekker, baie dankie boet", "great, very thanks ")]
    [InlineData("ja nee, who signed it bru?", "yes no, who signed it ?")]
    [InlineData("wie het die verdrag geteken?", "who  the treaty signed?")]
    [InlineData("wat het georgië gesê?", "what  Georgia said?")]
    [InlineData("ngiyabonga kakhulu", "thanks ")]
    [InlineData("which okes signed it", "which guys signed it")]
    public void DialectWordsAreReadInStandardEnglish(string dialect, string english)
    {
        Assert.Equal(english, RegionalEnglish.InEnglish(dialect));
    }

    [Theory]
    [InlineData("did Ken Livingstone comment on it?")]
    [InlineData("o and who signed it?")]
    [InlineData("hear ye, what did the EU say?")]
    [InlineData("ja, I read it, who signed?")]
    [InlineData("is Bra a place in the article?")]
    [InlineData("wie lange gilt der Vertrag?")]
    [InlineData("did Van Rompuy or Het Parool comment?")]
    public void StandardEnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, RegionalEnglish.InEnglish(english));
    }
}
