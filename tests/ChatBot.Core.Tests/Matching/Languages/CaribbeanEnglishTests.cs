using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class CaribbeanEnglishTests
{
    [Theory]
    [InlineData("weh dem sign it?", "where they sign it?")]
    [InlineData("wah di EU seh bout it?", "what the EU say about it?")]
    [InlineData("how much money Russia gi dem fi 2016?", "how much money Russia give they to 2016?")]
    [InlineData("di treaty a 25 years, true?", "the treaty a 25 years, right?")]
    [InlineData("wah gwaan bot", "hello bot")]
    [InlineData("wha date it get sign?", "what date it was signed?")]
    [InlineData("wah mek Georgia vex?", "why Georgia angry?")]
    public void CaribbeanWordsAreReadInEnglish(string caribbean, string english)
    {
        Assert.True(CaribbeanEnglish.HasMarker(caribbean));
        Assert.Equal(english, CaribbeanEnglish.InEnglish(caribbean));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("when did they meet in Ge-neva?")]
    [InlineData("is this the de facto border?")]
    [InlineData("salut mon ami, what did the EU say?")]
    public void EnglishHasNoMarker(string english)
    {
        Assert.False(CaribbeanEnglish.HasMarker(english));
    }
}
