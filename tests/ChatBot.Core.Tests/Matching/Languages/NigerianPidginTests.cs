using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class NigerianPidginTests
{
    [Theory]
    [InlineData("wetin dem talk about NATO?", "what they say about NATO?")]
    [InlineData("Tibilov na who?", "who is Tibilov?")]
    [InlineData("Sukhumi na where?", "where is Sukhumi?")]
    [InlineData("South Ossetia na country?", "is South Ossetia country?")]
    [InlineData("na Putin sign am?", "did Putin sign it?")]
    [InlineData("the treaty na for 25 years abi?", "is the treaty for 25 years, right?")]
    [InlineData("1 billion rubles for 2016, na true?", "1 billion rubles for 2016, right?")]
    [InlineData("the reporter name nko?", "what about the reporter name?")]
    [InlineData("I hear say dem revise the first draft, wetin change?", "I hear that they revise the first draft, what change?")]
    public void PidginFunctionWordsAreReadInEnglish(string pidgin, string english)
    {
        Assert.Equal(english, NigerianPidgin.InEnglish(pidgin));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("na, the other one")]
    [InlineData("did they talk about NATO in Geneva?")]
    [InlineData("what will be the next step?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, NigerianPidgin.InEnglish(english));
    }
}
