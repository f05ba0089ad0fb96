using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class PromiseKeptTests
{
    [Theory]
    [InlineData("did russia actually pay the money")]
    [InlineData("has the 1 billion been paid out")]
    [InlineData("was the money ever disbursed")]
    [InlineData("has south ossetia received it yet")]
    [InlineData("did they get the money in the end")]
    [InlineData("how much has been spent so far")]
    public void AskingWhetherAPromiseWasKeptIsRead(string question)
    {
        Assert.True(PromiseKept.Asked(question.Split(' ')));
    }

    [Theory]
    [InlineData("how much will russia pay")]
    [InlineData("how much money does abkhazia get")]
    [InlineData("did russia really get 10 billion")]
    [InlineData("did russia actually promise 9 billion")]
    [InlineData("when will the money actually be paid out")]
    [InlineData("is russia actually paying for this")]
    [InlineData("how much will be disbursed in 2016")]
    [InlineData("did abkhazia get a pledge")]
    public void AskingThePromiseItselfIsNot(string question)
    {
        Assert.False(PromiseKept.Asked(question.Split(' ')));
    }
}
