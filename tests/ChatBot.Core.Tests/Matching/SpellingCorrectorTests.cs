using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class SpellingCorrectorTests
{
    private static readonly SpellingCorrector Corrector = new(["treaty", "sign", "signed", "held", "led", "bro", "geneva", "where", "were", "mogherini", "please", "abkhazia"]);

    [Theory]
    [InlineData("tready", "treaty")]
    [InlineData("treatey", "treaty")]
    [InlineData("signd", "signed")]
    [InlineData("signde", "signed")]
    [InlineData("mogherni", "mogherini")]
    [InlineData("abkahzia", "abkhazia")]
    [InlineData("genava", "geneva")]
    [InlineData("whre", "where")]
    public void AMisspeltWordBecomesTheClosestKnownWord(string typo, string expected)
    {
        Assert.Equal(expected, Corrector.Correct(typo));
    }

    [Fact]
    public void AThreeLetterWordIsFixedOnlyForTwoSwappedLetters()
    {
        var corrector = new SpellingCorrector(["say", "sign"]);

        Assert.Equal("say", corrector.Correct("sya"));
        Assert.Equal("sai", corrector.Correct("sai"));
    }

    [Fact]
    public void TwoSwappedLettersOfAnEnglishWordAreFixedIntoAKnownWord()
    {
        Assert.Equal("sign", Corrector.Correct("sing"));
    }

    [Theory]
    [InlineData("china")]
    [InlineData("live")]
    [InlineData("population")]
    public void UnrelatedWordsAreLeftAlone(string word)
    {
        Assert.Equal(word, new SpellingCorrector(["give", "chain", "treaty"]).Correct(word));
    }

    [Fact]
    public void ASwapOfTwoLettersIsOneTypo()
    {
        Assert.Equal(1, SpellingCorrector.Distance("teraty", "treaty", 2));
    }

    [Theory]
    [InlineData("hled", "held")]
    public void AnEditThatKeepsTheLengthBeatsOneThatDropsALetter(string typo, string expected)
    {
        Assert.Equal(expected, Corrector.Correct(typo));
    }

    [Fact]
    public void ATypoCloserToAnEnglishWordTheBotDoesNotKnowIsLeftAlone()
    {
        // "bron" is one edit from "bro", but a swap from "born": better an unknown word than a wrong one.
        Assert.Equal("bron", Corrector.Correct("bron"));
    }

    [Theory]
    [InlineData("abkhazia", "abkhazia")]
    [InlineData("mogherni", "mogherini")]
    [InlineData("genevaa", "geneva")]
    [InlineData("treatu", "treaty")]
    [InlineData("mogerni", null)]
    public void AWordOneLetterFromAKnownOneIsFoundWithoutScanning(string word, string? expected)
    {
        Assert.Equal(expected, Corrector.KnownWithinOneLetter(word));
    }

    [Fact]
    public void AnInflectionOfAnEnglishWordIsNotATypo()
    {
        var corrector = new SpellingCorrector(["working"]);

        // The English word list has "word" but not "wording": it is still no typo of "working", as "workng" is.
        Assert.Equal("wording", corrector.Correct("wording"));
        Assert.Equal("working", corrector.Correct("workng"));
    }

    [Theory]
    [InlineData("tibeeloff", "tibilov")]
    [InlineData("mogareeny", "mogherini")]
    [InlineData("sohkoomi", "sokhumi")]
    [InlineData("kherson", "kherson")]
    [InlineData("tibetan", "tibetan")]
    [InlineData("carousin", "karasin")]
    [InlineData("skinvalley", "tskhinvali")]
    [InlineData("sandwich", "sandwich")]
    public void ANameSpeltAsItSoundsBecomesTheArticlesName(string heard, string expected)
    {
        var corrector = new SpellingCorrector(["treaty", "tibilov", "mogherini", "sokhumi", "karasin", "tskhinvali"], names: ["tibilov", "mogherini", "sokhumi", "karasin", "tskhinvali"]);

        Assert.Equal(expected, corrector.Correct(heard));
    }

    [Fact]
    public void TwoNamesThatSoundAlikeAreNeitherGuessed()
    {
        var corrector = new SpellingCorrector(["tibilov", "tabiliev"], names: ["tibilov", "tabiliev"]);

        Assert.Equal("teebeeloff", corrector.Correct("teebeeloff"));
    }

    [Theory]
    [InlineData("sockee", "psaki")]
    [InlineData("sowhomee", "sokhumi")]
    [InlineData("oseesha", "ossetia")]
    [InlineData("aseesha", "ossetia")]
    [InlineData("tshinvalley", "tskhinvali")]
    public void ANameHeardAsItSoundsIsFoundOnlyWhereTheQuestionExpectsIt(string heard, string expected)
    {
        var corrector = new SpellingCorrector(["treaty", "psaki", "sokhumi", "ossetia", "tskhinvali"], names: ["psaki", "sokhumi", "ossetia", "tskhinvali"]);

        Assert.Null(corrector.NameThatSoundsLike(heard));
        Assert.Equal(expected, corrector.NameThatSoundsLikeWhereExpected(heard));
    }
}
