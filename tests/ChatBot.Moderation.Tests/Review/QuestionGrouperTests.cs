using ChatBot.Moderation.Review;
using ChatBot.Moderation.Tests.Support;

namespace ChatBot.Moderation.Tests.Review;

public class QuestionGrouperTests
{
    [Fact]
    public void SimilarQuestionsAreGroupedMostFrequentFirstWithTheirClosestIntent()
    {
        var questions = new[]
        {
            Questions.Declined("When will the treaty take effect?", "treaty-ratification"),
            Questions.Declined("What is the population of South Ossetia?", "places-south-ossetia"),
            Questions.Declined("what is the population of south ossetia", "places-south-ossetia"),
            Questions.Declined("Population of South Ossetia?", "people-leaders"),
            Questions.Declined("what's the population of South Ossetia now", "places-south-ossetia"),
            Questions.Declined("when does the treaty take effect", null),
        };

        var groups = QuestionGrouper.Group(questions);

        Assert.Equal(2, groups.Count);
        var population = groups[0];
        Assert.Equal(4, population.Count);
        Assert.Equal("What is the population of South Ossetia?", population.Representative);
        Assert.Equal(2, population.OtherWordings.Count);
        Assert.Contains("Population of South Ossetia?", population.OtherWordings);
        Assert.Equal("places-south-ossetia", population.ClosestIntentId);
        Assert.Equal(2, groups[1].Count);
        Assert.Equal("treaty-ratification", groups[1].ClosestIntentId);
    }

    [Fact]
    public void UnrelatedQuestionsStayApart()
    {
        var groups = QuestionGrouper.Group([
            Questions.Declined("Who is the president of Georgia?"),
            Questions.Declined("How many troops are in Abkhazia?"),
            Questions.Declined("What did NATO say?"),
        ]);

        Assert.Equal(3, groups.Count);
        Assert.All(groups, g => Assert.Equal(1, g.Count));
        Assert.All(groups, g => Assert.Empty(g.OtherWordings));
    }

    [Fact]
    public void TwoWordingsJoinExactlyWhenTheirTokenSetRatioReachesTheThreshold()
    {
        var questions = new[] { Questions.Declined("Who signed the treaty in Moscow?"), Questions.Declined("Who signed the deal with Russia?") };
        var score = FuzzySharp.Fuzz.TokenSetRatio(QuestionText.Normalize(questions[0].Question), QuestionText.Normalize(questions[1].Question));

        Assert.InRange(score, 1, 99);
        Assert.Single(QuestionGrouper.Group(questions, threshold: score));
        Assert.Equal(2, QuestionGrouper.Group(questions, threshold: score + 1).Count);
    }

    [Fact]
    public void EmptyQuestionsAreLeftOut() =>
        Assert.Empty(QuestionGrouper.Group([Questions.Declined("  ?? "), Questions.Declined("")]));
}
