using ChatBot.Core.Answers;

namespace ChatBot.Core.Tests.Answers;

public class QuestionSplitterTests
{
    [Fact]
    public void AMultiPartQuestionIsSplitIntoItsParts()
    {
        Assert.Equal(["Who signed it", "when was it signed"], QuestionSplitter.Split("Who signed it and when was it signed?"));
    }

    [Fact]
    public void ADashBeforeAQuestionSeparatesIt()
    {
        Assert.Equal(["What's Psaki's role", "is she the US ambassador to Georgia"], QuestionSplitter.Split("What's Psaki's role - is she the US ambassador to Georgia?"));
    }

    [Fact]
    public void ARemarkAfterTheQuestionIsNoPartOfItsOwn()
    {
        Assert.Equal(["Is it a 10-year treaty? I thought I read that somewhere"], QuestionSplitter.Split("Is it a 10-year treaty? I thought I read that somewhere"));
    }

    [Fact]
    public void AStatementAskedWithAQuestionMarkIsAPart()
    {
        Assert.Equal(["Who is Sokhumi", "Moscow pledged money to him"], QuestionSplitter.Split("Who is Sokhumi? Moscow pledged money to him?"));
    }

    [Fact]
    public void AStatementEndingInAQuestionWordIsOneQuestion()
    {
        Assert.Equal(["the treaty was signed by Putin and whom?"], QuestionSplitter.Split("the treaty was signed by Putin and whom?"));
    }

    [Theory]
    [InlineData("1) who signed it 2) when", new[] { "who signed it", "when" })]
    [InlineData("1. how much in 2016 2. how much by the end of 2017", new[] { "how much in 2016", "how much by the end of 2017" })]
    [InlineData("when did this treaty get signed, also whats it called", new[] { "when did this treaty get signed", "whats it called" })]
    public void ANumberedListOrAnAlsoSeparatesTheParts(string message, string[] parts)
    {
        Assert.Equal(parts, QuestionSplitter.Split(message));
    }

    [Theory]
    [InlineData("ANNEXATION?? is that what georgia said??")]
    [InlineData("5 billion? was that for abkhazia?")]
    [InlineData("it was signed on 2.9 billion rubles? no")]
    public void APartAskingAboutTheWordsBeforeItIsOneQuestionWithThem(string message)
    {
        Assert.Equal([message], QuestionSplitter.Split(message));
    }

    [Fact]
    public void AChatOpenerIsNoPartOfItsOwn()
    {
        Assert.Equal(["ok and what was her comment?"], QuestionSplitter.Split("ok and what was her comment?"));
    }

    [Theory]
    [InlineData("I missed the news. who signed the thing?", "I missed the news", "who signed the thing")]
    [InlineData("sorry, dumb question: what is Abkhazia?", "sorry, dumb question", "what is Abkhazia")]
    [InlineData("hi! writing a report, when was it signed?", "hi. writing a report", "when was it signed")]
    [InlineData("my teacher says it lasts forever, is that in the treaty?", "my teacher says it lasts forever", "is that in the treaty")]
    [InlineData("I would like to know, if it is possible, for how many years the treaty is valid.", "I would like to know, if it is possible", "for how many years the treaty is valid")]
    [InlineData("Excuse me, but could you tell me who signed it?", "Excuse me", "but could you tell me who signed it")]
    [InlineData("what's tskhinvali? they keep mentioning it", "they keep mentioning it", "what's tskhinvali?")]
    [InlineData("I read the piece. who signed it? I missed that part", "I read the piece. I missed that part", "who signed it?")]
    [InlineData("Was it 2.9 billion rubles for Abkhazia? My eyes aren't what they were.", "My eyes aren't what they were.", "Was it 2.9 billion rubles for Abkhazia?")]
    [InlineData("I saw 9.2 billion somewhere. who got it?", "I saw 9.2 billion somewhere", "who got it")]
    [InlineData("was the signing in tbilisi?? we're staying there", "we're staying there", "was the signing in tbilisi?")]
    [InlineData("what date did they sign it, my glasses are in the other room", "my glasses are in the other room", "what date did they sign it")]
    [InlineData("I am old. what do they call it exactly, i missed the name", "I am old. i missed the name", "what do they call it exactly")]
    [InlineData("in my class we're comparing the two deals, what amount did moscow pledge to abkhazia?", "in my class we're comparing the two deals", "what amount did moscow pledge to abkhazia")]
    public void TheQuestionIsSplitOffItsPreamble(string message, string preamble, string question)
    {
        Assert.Equal((preamble, question), QuestionSplitter.SplitOffLast(message));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("Russia, South Ossetia and the treaty")]
    [InlineData("per capita, how much is the pledge?")]
    [InlineData("compared to Crimea, how big is the pledge?")]
    [InlineData("whose job is border guarding in S. Ossetia now per the treaty")]
    [InlineData("what did the U.S. say")]
    public void AMessageWithoutPreambleIsNotSplit(string message)
    {
        Assert.Null(QuestionSplitter.SplitOffLast(message));
    }
}
