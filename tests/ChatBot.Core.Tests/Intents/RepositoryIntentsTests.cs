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

    [Fact]
    public void EveryCuratedExampleIsAnsweredByItsOwnIntent()
    {
        // A moderator's example that another intent takes (or that is asked back as "did you mean") is an edit that
        // broke something: the failures name the example and what it got instead.
        var failures = RealKnowledge.Result.Knowledge.Intents
            .SelectMany(i => i.Examples.Select(e => (Intent: i.Id, Example: e, Got: RealKnowledge.Engine.Ask(e).IntentId)))
            .Where(x => x.Got != x.Intent)
            .Select(x => $"'{x.Example}' ({x.Intent}) got {x.Got ?? "no answer"}")
            .ToList();

        Assert.Empty(failures);
    }

    [Fact]
    public void EveryCuratedNearMissIsUsableAndNotAnsweredByItsOwnIntent()
    {
        Assert.Empty(RealKnowledge.Engine.Warnings.Select(w => w.ToString()));
        var answered = RealKnowledge.Result.Knowledge.Intents
            .SelectMany(i => i.NearMisses.Select(q => (Intent: i.Id, Question: q, Got: RealKnowledge.Engine.Ask(q))))
            .Where(x => x.Got.IntentId == x.Intent && x.Got.Kind == Core.Answers.AnswerKind.Answered)
            .Select(x => $"'{x.Question}' ({x.Intent})")
            .ToList();

        Assert.Empty(answered);
        Assert.Contains(RealKnowledge.Result.Knowledge.Intents, i => i.NearMisses.Count > 0);
    }
}
