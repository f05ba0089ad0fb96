using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class IndividualAskedTests
{
    [Theory]
    [InlineData("who was the american at the geneva talks")]
    [InlineData("who is the boss of the un")]
    [InlineData("what is the name of the russian delegation head")]
    [InlineData("ossetia delegate name")]
    [InlineData("who the ossetian guy")]
    [InlineData("who went to geneva for georgia")]
    [InlineData("who represented georgia")]
    public void AQuestionAboutOnePersonByRoleAsksWhoTheyAre(string question)
    {
        Assert.True(IndividualAsked.Asks(question.Split(' ')));
    }

    [Theory]
    [InlineData("who was at the geneva talks")]
    [InlineData("who are the co-chairs")]
    [InlineData("what is the name of the ossetian treaty")]
    [InlineData("what its official name")]
    [InlineData("who signed the treaty")]
    [InlineData("who is the author")]
    public void AQuestionAboutPartiesOrThingsDoesNot(string question)
    {
        Assert.False(IndividualAsked.Asks(question.Split(' ')));
    }
}
