using ChatBot.Core.Matching;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching;

/// <summary>Names a phone wrote as the words it heard: read as the article's names only where they sound like one and fit.</summary>
public class NamesHeardInPiecesTests
{
    private static readonly Lazy<TextAnalyzer> Analyzer = new(() => new IntentIndex(RealKnowledge.Result.Knowledge, new MatchOptions()).Analyzer);

    private static string Read(string question) => string.Join(' ', Analyzer.Value.Analyze(question).Words);

    [Theory]
    [InlineData("who is tibby love", "who is tibilov")]
    [InlineData("whos leonid tea bill off", "whos leonid tibilov")]
    [InlineData("who is leo nid tibi lov", "who is leonid tibilov")]
    [InlineData("whos jen sock ee", "whos jen psaki")]
    [InlineData("whos jen socky", "whos jen psaki")]
    [InlineData("whos frederica mo gary knee", "whos frederica mogherini")]
    [InlineData("um who is gregory kara scene", "who is gregory karasin")]
    [InlineData("whats south o set ia", "whats south osetia")]
    [InlineData("whats south a see sha", "whats south ossetia")]
    [InlineData("how is the south a set ia treaty different", "how is the south ossetia treaty different")]
    [InlineData("who is so who me", "who is sokhumi")]
    [InlineData("so who me is that a person or a place", "sokhumi is that a person or a place")]
    [InlineData("um what does sue who me mean", "what does sokhumi mean")]
    [InlineData("um what is ts hin valley is that a person", "what is tskhinvali is that a person")]
    public void PiecesThatSoundLikeANameWhereTheQuestionPointsToItAreThatName(string question, string reading)
    {
        Assert.Equal(reading, Read(question));
    }

    [Theory]
    [InlineData("what's on the bill")]
    [InlineData("who is going to pay the bill off")]
    [InlineData("so who me")]
    [InlineData("what did georgia ask the co chairs and the us to do")]
    [InlineData("and the us what did they say")]
    [InlineData("who did the georgian delegates raise the isue with")]
    [InlineData("ngl i bet my brother a pizza that the treaty is for 50 yrs")]
    public void EverydayWordsWhereNoNameIsExpectedStayWords(string question)
    {
        Assert.DoesNotContain(Read(question).Split(' '), word => word is "tibilov" or "psaki" or "sokhumi" or "ossetia" or "ossetian" or "abkhazia" or "karasin" or "mogherini" or "tskhinvali");
    }

    [Theory]
    [InlineData("grigory karasin is who")]
    [InlineData("is south ossetia a un member")]
    [InlineData("what is south ossetia")]
    public void ANameWrittenOutIsReadAsWritten(string question)
    {
        Assert.Equal(question, Read(question));
    }

    [Theory]
    [InlineData("who is tibby love", "tibilov-who")]
    [InlineData("whos leonid tea bill off", "tibilov-who")]
    [InlineData("whos jen sock ee", "psaki-who")]
    [InlineData("who is gregory kara sin", "karasin-who")]
    [InlineData("whos frederica mo gary knee", "mogherini-who")]
    [InlineData("um south a seesha is that part of georgia", "south-ossetia-what")]
    [InlineData("who is going to guard the boarders of south o seesha now", "treaty-defence")]
    [InlineData("who is so who me", "sokhumi-meaning")]
    [InlineData("um what is ts hin valley is that a person or a place", "tskhinvali-meaning")]
    [InlineData("why are they worried about georgia joining nay toe", "geneva-nato-concerns")]
    [InlineData("what happened with cry mia back then", "crimea-background")]
    [InlineData("does georgia think this is an annex asian", "georgia-reaction")]
    [InlineData("whens the next round of jen eva talks", "geneva-next-round")]
    [InlineData("so like who protects south ossetias security after the tree tea", "treaty-defence")]
    public void AQuestionWithANameHeardInPiecesIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(intent, answer.IntentId);
        Assert.True(answer.Kind is ChatBot.Core.Answers.AnswerKind.Answered or ChatBot.Core.Answers.AnswerKind.SmallTalk);
    }

    [Theory]
    [InlineData("who attended the genevieve talks", "who attended the geneva talks")]
    [InlineData("what is south osteria", "what is south ossetia")]
    [InlineData("who signed for south ossie", "who signed for south ossetia")]
    [InlineData("what was the earlier agreement with abs haze ia", "what was the earlier agreement with abkhazia")]
    [InlineData("who is mother ini", "who is mogherini")]
    [InlineData("who is jen psalm", "who is jen psaki")]
    [InlineData("whos jen pesky", "whos jen psaki")]
    [InlineData("what did kerosene say in genevieve", "what did karasin say in geneva")]
    [InlineData("what is the official name of the tread", "what is the official name of the treaty")]
    [InlineData("how is the ossie treat different from the abs hazia one", "how is the ossetia treaty different from the abkhazia one")]
    public void WordsAPhonePutForTheArticlesNamesAreTheNames(string question, string reading)
    {
        Assert.Equal(reading, Read(question));
    }

    [Theory]
    [InlineData("read me a psalm")]
    [InlineData("whos the mother of the bride")]
    [InlineData("what is fear mongering")]
    public void EverydayWordsAPhoneMightHaveWrittenStayWordsOutsideTheStory(string question)
    {
        Assert.DoesNotContain(Read(question).Split(' '), word => word is "treaty" or "karasin" or "psaki" or "mogherini");
    }

    [Theory]
    [InlineData("who co chaired the genevieve talks", "geneva-cochairs")]
    [InlineData("what even is south osteria", "south-ossetia-what")]
    [InlineData("who is mother ini", "mogherini-who")]
    [InlineData("what did psalm say", "us-reaction")]
    [InlineData("which day was the tread signed", "signing-date")]
    public void AQuestionWithWordsAPhonePutForNamesIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(intent, answer.IntentId);
        Assert.Equal(ChatBot.Core.Answers.AnswerKind.Answered, answer.Kind);
    }

    [Theory]
    [InlineData("best osteria in rome")]
    [InlineData("whats the weather in genevieve")]
    [InlineData("is psalm still spokeswoman")]
    [InlineData("how old is mother ini")]
    public void AQuestionOutsideTheArticleWithSuchWordsIsStillNotAnswered(string question)
    {
        Assert.NotEqual(ChatBot.Core.Answers.AnswerKind.Answered, RealKnowledge.Engine.Ask(question).Kind);
    }
}
