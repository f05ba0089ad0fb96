using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class BotQuestionTests
{
    [Theory]
    [InlineData("are you one of the hosts")]
    [InlineData("are you an ai travel agent")]
    [InlineData("am i chatting with a computer")]
    [InlineData("who am i talking to exactly")]
    [InlineData("am i corresponding with a human analyst or an automated system")]
    [InlineData("what r u lol")]
    [InlineData("is this an ai or is a mod typing these")]
    [InlineData("are you some kind of russian propaganda bot lol")]
    [InlineData("what kind of service is this")]
    [InlineData("what is your purpose exactly")]
    [InlineData("what sort of thing are you")]
    public void AQuestionAboutWhatTheBotIsIsRead(string question)
    {
        Assert.True(BotQuestion.Asks(question.Split(' ')));
    }

    [Theory]
    [InlineData("is a person allowed to cross the border")]
    [InlineData("is there a human rights issue")]
    [InlineData("what are you able to tell me about the pledge")]
    [InlineData("are you sure putin signed it")]
    [InlineData("who is the person who signed for south ossetia")]
    [InlineData("what kind of service will the troops do")]
    public void AQuestionAboutTheArticleIsNoQuestionAboutTheBot(string question)
    {
        Assert.False(BotQuestion.Asks(question.Split(' ')));
    }
}
