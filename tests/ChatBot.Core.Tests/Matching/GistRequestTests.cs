using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class GistRequestTests
{
    [Theory]
    [InlineData("give me the gist of the treaty story")]
    [InlineData("summarise the news in one sentence for the standfirst")]
    [InlineData("what is this article actually about in a nutshell")]
    [InlineData("what is it all about")]
    [InlineData("whats the main idea of the article for my homework")]
    [InlineData("can you sum it up")]
    [InlineData("explain it like im 5")]
    public void ARequestForTheWholeStoryInShortIsAGistRequest(string question)
    {
        Assert.True(GistRequest.Asks(question.Split(' ')));
    }

    [Theory]
    [InlineData("what did the eu say about the treaty")]
    [InlineData("how much money is in the main pledge")]
    [InlineData("is the term short")]
    [InlineData("what is the treaty about borders")]
    public void AQuestionOfFactIsNoGistRequest(string question)
    {
        Assert.False(GistRequest.Asks(question.Split(' ')));
    }

    [Theory]
    [InlineData("give me the gist of the piece on the russian treaty", true)]
    [InlineData("so what is this article actually about", true)]
    [InlineData("what is the principal news reported in this article", true)]
    [InlineData("explain what south ossetia is in simple words", false)]
    [InlineData("who signed it briefly", false)]
    public void OnlyARequestThatNamesTheWholeStoryAsksForIt(string question, bool whole)
    {
        Assert.Equal(whole, GistRequest.AsksForTheWholeStory(question.Split(' ')));
    }

    [Theory]
    [InlineData("explain photosynthesis in simple words", "photosynthesis", true)]
    [InlineData("what is inflation in simple words", "inflation", true)]
    [InlineData("explain the story in simple words for my grandma", "grandma", false)]
    [InlineData("what is the main event the author is reporting in a sentence", "reporting", false)]
    public void TheWordAfterExplainIsWhatIsExplained(string question, string word, bool explained)
    {
        Assert.Equal(explained, GistRequest.IsWhatIsExplained(question.Split(' '), word));
    }
}
