using ChatBot.Moderation.Feedback;

namespace ChatBot.Moderation.Tests.Feedback;

public class AnsweredQuestionsTests
{
    [Fact]
    public void ARememberedReplyIsRecalledByItsKey()
    {
        var answers = new AnsweredQuestions();

        answers.Remember("100:7", new AnsweredQuestion("Who signed?", "treaty-signers"));

        Assert.True(answers.TryRecall("100:7", out var answered));
        Assert.Equal(new AnsweredQuestion("Who signed?", "treaty-signers"), answered);
        Assert.False(answers.TryRecall("100:8", out _));
    }

    [Fact]
    public void BeyondCapacityTheOldestRepliesAreForgottenFirst()
    {
        var answers = new AnsweredQuestions(capacity: 3);

        for (var i = 1; i <= 5; i++)
        {
            answers.Remember($"m{i}", new AnsweredQuestion($"q{i}", "intent"));
        }

        Assert.False(answers.TryRecall("m1", out _));
        Assert.False(answers.TryRecall("m2", out _));
        Assert.All(new[] { "m3", "m4", "m5" }, key => Assert.True(answers.TryRecall(key, out _)));
    }

    [Fact]
    public void RememberingAKeyAgainReplacesItsAnswerWithoutTakingAnotherPlace()
    {
        var answers = new AnsweredQuestions(capacity: 2);
        answers.Remember("a", new AnsweredQuestion("first", "x"));
        answers.Remember("a", new AnsweredQuestion("second", "y"));
        answers.Remember("b", new AnsweredQuestion("b", "z"));

        Assert.True(answers.TryRecall("a", out var a));
        Assert.Equal("second", a.Question);
        Assert.True(answers.TryRecall("b", out _));
    }

    [Fact]
    public void ACapacityBelowOneIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnsweredQuestions(capacity: 0));
    }
}
