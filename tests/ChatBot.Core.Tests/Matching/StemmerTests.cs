using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class StemmerTests
{
    [Theory]
    [InlineData("signed", "sign")]
    [InlineData("pledges", "pledg")]
    public void WordsAreReducedToTheirStem(string word, string stem)
    {
        Assert.Equal(stem, Stemmer.Stem(word));
    }

    [Theory]
    [InlineData("response", "responsibility")]
    [InlineData("term", "terms")]
    [InlineData("author", "authorities")]
    [InlineData("reports", "reporter")]
    public void WordsOfDifferentMeaningKeepDifferentStems(string a, string b)
    {
        Assert.NotEqual(Stemmer.Stem(a), Stemmer.Stem(b));
    }

    [Theory]
    [InlineData("took", "take")]
    [InlineData("taken", "taking")]
    public void AnIrregularPastSharesItsVerbsStem(string past, string verb)
    {
        Assert.Equal(Stemmer.Stem(verb), Stemmer.Stem(past));
    }
}
