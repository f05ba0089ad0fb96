using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class NumberWordsTests
{
    [Theory]
    [InlineData("did Russia give nine point two billion rubles", "did Russia give 9.2 billion rubles")]
    [InlineData("the August two thousand eight agreements", "the August 2008 agreements")]
    [InlineData("two thousand and sixteen", "2016")]
    [InlineData("by twenty seventeen", "by 2017")]
    [InlineData("a twenty-five year treaty", "a 25 year treaty")]
    [InlineData("nine billion rubles", "9 billion rubles")]
    [InlineData("March seventeen", "March 17")]
    [InlineData("was it signed on March seventeenth", "was it signed on March 17th")]
    [InlineData("the twenty-first of March", "the 21st of March")]
    public void SpeltNumbersAreWrittenInDigits(string spelt, string expected)
    {
        Assert.Equal(expected, NumberWords.Digits(spelt));
    }

    [Theory]
    [InlineData("the one with Abkhazia")]
    [InlineData("the two treaties")]
    [InlineData("four months earlier")]
    [InlineData("what is the point of the treaty")]
    [InlineData("five twenty")]
    [InlineData("someone")]
    [InlineData("the first anniversary")]
    public void WordsThatAreNoNumberToWriteStayWords(string text)
    {
        Assert.Equal(text, NumberWords.Digits(text));
    }
}
