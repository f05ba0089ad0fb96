using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class QuestionTypeReaderTests
{
    [Theory]
    [InlineData("will Russia fully annex South Ossetia eventually?", QuestionType.Opinion)]
    [InlineData("will russia annex georgia next", QuestionType.Opinion)]
    [InlineData("will russia annex south ossetia completely?", QuestionType.Opinion)]
    [InlineData("Will Russia fully annex South Ossetia one day?", QuestionType.Opinion)]
    [InlineData("which two leaders signd the pact", QuestionType.Person)]
    [InlineData("which countries condemned it?", QuestionType.Person)]
    [InlineData("what did Russia actually sign?", QuestionType.Object)]
    [InlineData("What treaty did Russia sign?", QuestionType.Object)]
    [InlineData("how big is the pledge to Abkhazia?", QuestionType.Quantity)]
    [InlineData("I would like to know what agreement Russia signed with South Ossetia", QuestionType.Object)]
    [InlineData("what does kremli mean", QuestionType.Open)]
    [InlineData("prediction: will the next round fix anything?", QuestionType.Opinion)]
    [InlineData("will georgia ever get them back", QuestionType.Opinion)]
    [InlineData("do you think russia will annex south ossetia", QuestionType.Opinion)]
    [InlineData("whats your opinion on the treaty", QuestionType.Opinion)]
    [InlineData("is russia right", QuestionType.Opinion)]
    [InlineData("who's right here, georgia or russia", QuestionType.Opinion)]
    [InlineData("was the treaty good for them", QuestionType.Opinion)]
    [InlineData("is that right was it signed on march 18", QuestionType.Open)]
    [InlineData("that is all for today, good bye", QuestionType.Open)]
    [InlineData("will the next round be in geneva", QuestionType.Open)]
    [InlineData("is it a good day for georgia", QuestionType.Opinion)]
    [InlineData("was there any good news about the borders", QuestionType.Open)]
    [InlineData("how long is the deal good for", QuestionType.Duration)]
    [InlineData("what time of day was the treaty signed", QuestionType.Clock)]
    [InlineData("at what hour did they sign", QuestionType.Clock)]
    [InlineData("was it signed in moscow or in tskhinvali", QuestionType.Place)]
    [InlineData("was the money allocated in 2016 or 2017", QuestionType.Time)]
    [InlineData("when the article says tskhinvali which side does it mean", QuestionType.Open)]
    [InlineData("when was the treaty signed", QuestionType.Time)]
    [InlineData("when it says sokhumi does it mean abkhazia", QuestionType.Open)]
    [InlineData("tell me when the treaty was signed", QuestionType.Time)]
    [InlineData("when will georgia join nato", QuestionType.FutureTime)]
    [InlineData("when is russia going to pay", QuestionType.FutureTime)]
    [InlineData("what did the eu think", QuestionType.Object)]
    [InlineData("did the signing happen on some anniversary or smth", QuestionType.Open)]
    [InlineData("did things calm down on the borders or nah", QuestionType.Open)]
    [InlineData("which ossetian signed on their side", QuestionType.Person)]
    [InlineData("which russian agency will patrol the borders", QuestionType.Open)]
    [InlineData("should we worry", QuestionType.Opinion)]
    [InlineData("do you like the treaty", QuestionType.Opinion)]
    [InlineData("are you like siri", QuestionType.Open)]
    [InlineData("what is abkhazia's 9.2 billion for", QuestionType.Reason)]
    [InlineData("what does SO stand for", QuestionType.Open)]
    [InlineData("who should we attribute the reporting to", QuestionType.Person)]
    public void TheKindOfAnswerAskedForIsRead(string question, QuestionType expected)
    {
        Assert.Equal(expected, QuestionTypeReader.Read(Tokenizer.Tokenize(question)));
    }
}
