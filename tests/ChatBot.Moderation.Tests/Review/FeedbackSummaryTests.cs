using ChatBot.Moderation.Log;
using ChatBot.Moderation.Review;
using ChatBot.Moderation.Tests.Support;

namespace ChatBot.Moderation.Tests.Review;

public class FeedbackSummaryTests
{
    [Fact]
    public void IntentsWithThumbsDownComeMostDownFirst()
    {
        var feedback = new[]
        {
            new FeedbackRecord(Questions.Noon, "telegram", "How much did Russia pledge?", "money-pledge", false),
            new FeedbackRecord(Questions.Noon, "telegram", "how much money", "money-pledge", false),
            new FeedbackRecord(Questions.Noon, "telegram", "How much did Russia pledge?", "money-pledge", true),
            new FeedbackRecord(Questions.Noon, "discord", "Who signed?", "treaty-signing", false),
            new FeedbackRecord(Questions.Noon, "discord", "Where?", "places", true),
        };

        var summary = FeedbackSummary.ThumbsDown(feedback);

        Assert.Equal(["money-pledge", "treaty-signing"], summary.Select(s => s.IntentId));
        Assert.Equal((2, 1), (summary[0].Down, summary[0].Up));
        Assert.Equal(["How much did Russia pledge?", "how much money"], summary[0].DownQuestions);
        Assert.Equal((1, 0), (summary[1].Down, summary[1].Up));
    }

    [Fact]
    public void AThumbsDownWhoseQuestionWasNoLongerKnownCountsButListsNoBlankWording()
    {
        var summary = FeedbackSummary.ThumbsDown(
        [
            new FeedbackRecord(Questions.Noon, "telegram", "", "money-pledge", false),
            new FeedbackRecord(Questions.Noon, "discord", "how much money", "money-pledge", false),
        ]);

        var intent = Assert.Single(summary);
        Assert.Equal(2, intent.Down);
        Assert.Equal(["how much money"], intent.DownQuestions);
    }

    [Fact]
    public void RepliesWithNoIntentAreListedTogether()
    {
        var summary = FeedbackSummary.ThumbsDown([new FeedbackRecord(Questions.Noon, "telegram", "What about China?", null, false)]);

        Assert.Equal(FeedbackSummary.NoIntent, Assert.Single(summary).IntentId);
    }
}
