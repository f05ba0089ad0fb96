using ChatBot.Moderation.Review;

namespace ChatBot.Moderation.Tests.Review;

public class QuestionTextTests
{
    [Theory]
    [InlineData("How much did Russia pledge??", "how much did russia pledge")]
    [InlineData("  What’s   the  treaty — about? ", "what's the treaty about")]
    [InlineData("?!", "")]
    public void PunctuationCaseAndSpacingAreDropped(string question, string expected) =>
        Assert.Equal(expected, QuestionText.Normalize(question));
}
