using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class DoubtTests
{
    [Theory]
    [InlineData("you sure? source?")]
    [InlineData("prove it")]
    [InlineData("really??")]
    [InlineData("are you sure about that")]
    [InlineData("where does it say that in the article?")]
    [InlineData("says who")]
    [InlineData("source pls")]
    [InlineData("is that true")]
    public void ADoubtOrARequestForProofIsADoubt(string message)
    {
        Assert.True(Doubt.Expressed(Tokenizer.Tokenize(message)));
    }

    [Theory]
    [InlineData("who said that?")]
    [InlineData("are you sure it was signed in moscow?")]
    [InlineData("is that true about the 10 billion?")]
    [InlineData("what is the source of the money?")]
    [InlineData("where was it signed?")]
    public void AQuestionWithADoubtingWordIsNoMereDoubt(string message)
    {
        Assert.False(Doubt.Expressed(Tokenizer.Tokenize(message)));
    }
}
