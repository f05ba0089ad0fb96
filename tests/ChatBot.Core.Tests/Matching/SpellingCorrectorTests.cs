using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class SpellingCorrectorTests
{
    private readonly SpellingCorrector _corrector = new(["treaty", "signed", "mogherini", "please", "abkhazia"]);

    [Theory]
    [InlineData("tready", "treaty")]
    [InlineData("signde", "signed")]
    [InlineData("mogherni", "mogherini")]
    [InlineData("abkahzia", "abkhazia")]
    public void TyposBecomeTheKnownWord(string typo, string expected) => Assert.Equal(expected, _corrector.Correct(typo));

    [Theory]
    [InlineData("china")]
    [InlineData("live")]
    [InlineData("population")]
    public void UnrelatedWordsAreLeftAlone(string word) => Assert.Equal(word, _corrector.Correct(word));

    [Fact]
    public void ASwapOfTwoLettersIsOneTypo() => Assert.Equal(1, SpellingCorrector.Distance("teraty", "treaty", 2));
}
