using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class EventTimeTests
{
    [Theory]
    [InlineData("what happened in august 2008", "august,2008")]
    [InlineData("wat happened in 2014", "2014")]
    [InlineData("did the signing happen in april", "")]
    [InlineData("what will happen in june", "")]
    [InlineData("what are the august 2008 agreements", "")]
    public void AQuestionAsksWhatHappenedAtATimeOnlyWithWhatAndHappened(string question, string times)
    {
        Assert.Equal(times.Split(',', StringSplitOptions.RemoveEmptyEntries), EventTime.Asked(question.Split(' ')));
    }

    [Fact]
    public void ATimeAfterOnInOrByTheEndOfIsWhenSomethingHappened()
    {
        var stated = EventTime.Stated("It was signed on March 18. 1 billion rubles in 2016 and 9 billion by the end of 2017.");

        Assert.Equal(["2016", "2017", "march"], stated.Order());
    }

    [Fact]
    public void ATimeThatLabelsSomethingIsNoEvent()
    {
        Assert.Empty(EventTime.Stated("It is contrary to the Geneva discussions agreements of August 2008."));
    }
}
