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
    public void ATimeAfterOnInForOrByTheEndOfIsWhenSomethingHappened()
    {
        Assert.Empty(EventTime.OnlyLabels("It was signed on March 18. 1 billion rubles in 2016 and 9 billion by the end of 2017. Next round scheduled for June 30."));
    }

    [Fact]
    public void ATimeThatOnlyLabelsSomethingIsALabel()
    {
        Assert.Equal(["2008", "august"], EventTime.OnlyLabels("It is contrary to the Geneva discussions agreements of August 2008.").Order());
    }
}
