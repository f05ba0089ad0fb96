using ChatBot.Core.Intents;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Intents;

public class RepositoryIntentsTests
{
    [Fact]
    public void TheCuratedIntentsLoadWithoutErrors()
    {
        Assert.DoesNotContain(RealKnowledge.Result.Issues, i => i.Severity == IssueSeverity.Error);
    }

    [Fact]
    public void EveryArticleSentenceIsCitedByAnIntent()
    {
        Assert.Empty(RealKnowledge.Result.Uncovered);
    }

    [Fact]
    public void EveryFactIntentCitesTheArticleAndSmallTalkDoesNot()
    {
        var intents = RealKnowledge.Result.Knowledge.Intents;

        Assert.All(intents.Where(i => i.Kind == IntentKind.Fact), i => Assert.NotEmpty(i.Citations));
        Assert.All(intents.Where(i => i.Kind == IntentKind.SmallTalk), i => Assert.Empty(i.Citations));
        Assert.Contains(intents, i => i.Kind == IntentKind.SmallTalk);
    }
}
