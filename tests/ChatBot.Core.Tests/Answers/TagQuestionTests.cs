using ChatBot.Core.Answers;

namespace ChatBot.Core.Tests.Answers;

public class TagQuestionTests
{
    [Theory]
    [InlineData("the treaty is for 10 years, right?", "is the treaty for 10 years?")]
    [InlineData("it was signed march 17 yeah?", "was it signed march 17?")]
    [InlineData("its called the friendship treaty right?", "is it called the friendship treaty?")]
    [InlineData("Tibilov, is he a Georgian minister?", "is Tibilov a Georgian minister?")]
    public void AStatementWithATagIsTheYesNoQuestionItAsks(string text, string question)
    {
        Assert.Equal(question, TagQuestion.AsQuestion(text));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("is the treaty for 25 years?")]
    [InlineData("what did Georgia say, and was it right?")]
    public void OtherQuestionsAreLeftAsTheyAre(string text)
    {
        Assert.Equal(text, TagQuestion.AsQuestion(text));
    }
}
