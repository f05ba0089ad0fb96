using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class PhrasebookTests
{
    private static readonly Phrasebook Tagalog = new(new Dictionary<string, string>
    {
        ["para sa"] = "for", ["para saan"] = "what for", ["sino sino"] = "who",
    }, hyphens: true);

    [Theory]
    [InlineData("para saan yung pera?", "what for yung pera?")]
    [InlineData("Para sa Abkhazia", "for Abkhazia")]
    [InlineData("sino-sino ang mga co-chairs?", "who ang mga co-chairs?")]
    [InlineData("sino  sino", "who")]
    public void TheLongestWholePhraseIsReadInEnglish(string text, string english)
    {
        Assert.Equal(english, Tagalog.InEnglish(text));
    }

    [Theory]
    [InlineData("parasa")]
    [InlineData("para sandwich")]
    [InlineData("who signed it?")]
    public void PartsOfWordsAreLeftAsTheyAre(string text)
    {
        Assert.Equal(text, Tagalog.InEnglish(text));
    }

    [Fact]
    public void AHyphenJoinsWordsOnlyWhenTheBookSaysSo()
    {
        var spanish = new Phrasebook(new Dictionary<string, string> { ["o sea"] = string.Empty });

        Assert.Equal("o-sea", spanish.InEnglish("o-sea"));
        Assert.Equal(" is it over?", spanish.InEnglish("o sea is it over?"));
    }
}
