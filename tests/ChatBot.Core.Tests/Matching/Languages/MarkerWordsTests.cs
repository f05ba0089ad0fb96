using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class MarkerWordsTests
{
    private static readonly MarkerWords Markers = new(["sino", "po", "neva"], ["si", "ang"]);

    [Theory]
    [InlineData("who signed it po?")]
    [InlineData("Sino signed it?")]
    [InlineData("si Putin ang pumirma")]
    public void AnOwnWordOrTwoSharedOnesMarkTheLanguage(string text)
    {
        Assert.True(Markers.AreIn(text));
    }

    [Theory]
    [InlineData("si, he signed it")]
    [InlineData("did Ang Lee comment?")]
    [InlineData("who signed it?")]
    [InlineData("posino")]
    public void OneSharedWordOrAPartOfAWordDoesNot(string text)
    {
        Assert.False(Markers.AreIn(text));
    }

    [Fact]
    public void AHyphenJoinsAWordWhenTheLanguageSaysSo()
    {
        Assert.True(Markers.AreIn("when did they meet in Ge-neva?"));
        Assert.False(new MarkerWords(["neva"], [], hyphenated: true).AreIn("when did they meet in Ge-neva?"));
    }

    [Fact]
    public void AnApostropheJoinsAWordWhenTheLanguageSaysSo()
    {
        var scots = new MarkerWords(["whit", "g'day"], [], apostrophes: true);

        Assert.True(scots.AreIn("g'day mate"));
        Assert.True(scots.AreIn("whit's the name o this treaty"));
        Assert.False(scots.AreIn("what's the name of this treaty"));
    }
}
