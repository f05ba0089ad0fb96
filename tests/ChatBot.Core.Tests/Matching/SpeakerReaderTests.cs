using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class SpeakerReaderTests
{
    [Theory]
    [InlineData("what did tibilov say after signing", "tibilov")]
    [InlineData("What did Putin tell Tibilov after the signing?", "putin")]
    [InlineData("how did the georgian foreign ministry react", "the georgian foreign ministry")]
    [InlineData("What was Mogherini's statement?", "mogherini")]
    [InlineData("what did russia reply to the EU", "russia")]
    [InlineData("what Tibilov said after signing?", "tibilov")]
    [InlineData("How Russia responded to the statement of Georgia?", "russia")]
    [InlineData("what was georgia's reply", "georgia")]
    [InlineData("What did Abkhazia and South Ossetia say about NATO?", "abkhazia and south ossetia")]
    [InlineData("What said Tibilov in the ceremony?", "tibilov")]
    [InlineData("Did Tibilov make a statement after signing?", "tibilov")]
    [InlineData("Tibilov said something after signing?", "tibilov")]
    public void TheSubjectOfAVerbOfSayingIsTheSpeaker(string question, string speaker)
    {
        Assert.Equal([speaker], SpeakerReader.Read(Tokenizer.Tokenize(question)));
    }

    [Theory]
    [InlineData("when was the treaty signed")]
    [InlineData("how much money will south ossetia get")]
    [InlineData("who said that")]
    [InlineData("how much did sukhumi get promised")]
    [InlineData("the ossetians said nato is contrary to something")]
    [InlineData("georgia told what at geneva")]
    [InlineData("did abkhazia get a pledge of 2.9 bn rubles")]
    [InlineData("has south ossetia received the promise in writing")]
    public void QuestionsWithoutASpeakerHaveNone(string question)
    {
        Assert.Empty(SpeakerReader.Read(Tokenizer.Tokenize(question)));
    }

    [Theory]
    [InlineData("south ossetia", true)]
    [InlineData("tibilov", true)]
    [InlineData("foreign ministri", false)]
    [InlineData("deputi", false)]
    public void TitlesAloneNameNoOne(string key, bool namesSomeone)
    {
        Assert.Equal(namesSomeone, SpeakerReader.NamesSomeone(key));
    }
}
