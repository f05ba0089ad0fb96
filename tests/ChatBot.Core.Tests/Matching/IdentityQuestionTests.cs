using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class IdentityQuestionTests
{
    private static readonly TextAnalyzer Analyzer = new(new ChatBot.Core.Intents.Vocabulary(new Dictionary<string, IReadOnlyList<string>>()), corrector: null);
    // Keys are stems, as the analyzer makes them ("osce" -> "osc").
    private static readonly HashSet<string> ArticleNames = ["osc", "karasin", "nato", "crimea", "ossetia", "south"];

    private static IReadOnlyList<string> NamesAsked(string question) =>
        IdentityQuestion.NamesAsked(Analyzer.Analyze(question), s => ArticleNames.Contains(s.Key)).Select(s => s.Key).ToList();

    [Theory]
    [InlineData("What is the OSCE?", "osc")]
    [InlineData("who's karasin exactly", "karasin")]
    [InlineData("ok so what is Crimea", "crimea")]
    [InlineData("crimea is what exactly?", "crimea")]
    [InlineData("karasin, who's that?", "karasin")]
    [InlineData("wait, what is crimea?", "crimea")]
    [InlineData("what's the OSCE in this context?", "osc")]
    [InlineData("what is karasin in the article", "karasin")]
    [InlineData("what does the osce do", "osc")]
    [InlineData("where is karasin", "karasin")]
    [InlineData("Who is 'Karasin' in the sentence about the talks?", "karasin")]
    [InlineData("who or what is crimea", "crimea")]
    [InlineData("what is the OSCE anyway?", "osc")]
    public void AQuestionOnlyAboutANameAsksWhatItIs(string question, string name)
    {
        Assert.Equal([name], NamesAsked(question));
    }

    [Theory]
    [InlineData("what was the NATO part about")]
    [InlineData("whats crimea got to do with this")]
    [InlineData("what is the population of South Ossetia")]
    [InlineData("who signed the treaty")]
    [InlineData("who is in geneva")]
    [InlineData("what is Lavrov's job")]
    [InlineData("what did karasin do")]
    [InlineData("what does crimea have to do with it")]
    public void AQuestionAskingMoreThanWhatANameIsIsNoIdentityQuestion(string question)
    {
        Assert.Empty(NamesAsked(question));
    }

    [Theory]
    [InlineData("Who's 'Karasin' in the Geneva line?", "Who's 'Karasin'?")]
    [InlineData("who is Tibilov in the sentence about the signing", "who is Tibilov?")]
    [InlineData("Who's 'Sokhumi' in the pledge line?", null)]
    [InlineData("Who is Sokhumi?", null)]
    [InlineData("what is the population in the region?", null)]
    public void WhereTheReaderMetTheNameIsLeftOut(string question, string? bare)
    {
        Assert.Equal(bare, IdentityQuestion.WithoutPlaceInText(question));
    }
}
