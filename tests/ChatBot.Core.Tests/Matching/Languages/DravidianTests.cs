using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class DravidianTests
{
    [Theory]
    [InlineData("treaty la yaaru sign pannanga", "treaty in who signed")]
    [InlineData("russia evlo kuduthanga south ossetia ku", "russia how much gave south ossetia to")]
    [InlineData("treaty eppo sign pannanga", "treaty when signed")]
    [InlineData("EU enna sonnanga", "EU what did say")]
    [InlineData("treaty peru enna?", "what is the name of treaty?")]
    [InlineData("indha article yaaru ezhudhinadhu", "this article who wrote")]
    public void TanglishIsReadInEnglish(string tanglish, string english)
    {
        Assert.Equal(english, Dravidian.InEnglish(tanglish));
    }

    [Theory]
    [InlineData("evaru sign chesaru treaty ni?", "who signed treaty?")]
    [InlineData("ossetia ki entha dabbu istunnaru", "ossetia to how much money are giving")]
    [InlineData("south ossetia ante enti", "what is south ossetia")]
    [InlineData("ekkada sign chesaru bro", "where signed bro")]
    [InlineData("leonid tibilov evaru", "who is leonid tibilov")]
    public void TenglishIsReadInEnglish(string tenglish, string english)
    {
        Assert.Equal(english, Dravidian.InEnglish(tenglish));
    }

    [Theory]
    [InlineData("ఒప్పందం మీద ఎవరు సంతకం చేశారు?", "who is treaty on signed?")]
    [InlineData("ஒப்பந்தத்தின் பெயர் என்ன?", "what is the name of treaty?")]
    [InlineData("ஒசேஷியாவுக்கு எவ்வளவு பணம்?", "Ossetia to how much money?")]
    [InlineData("vanakkam", "hello")]
    [InlineData("romba nandri", "thanks a lot")]
    [InlineData("nee yaaru", "who are you")]
    public void TheScriptsAndSmallTalkAreRead(string question, string english)
    {
        Assert.Equal(english, Dravidian.InEnglish(question));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("what is the name of the treaty?")]
    [InlineData("la la land, ah ah")]
    [InlineData("Peru and Georgia signed nothing")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Dravidian.InEnglish(english));
    }

    [Theory]
    [InlineData("Russia ki taraf se kaun aur Ossetia ki taraf se kaun tha signing me?")]
    [InlineData("kab sign hua ye treaty yaar")]
    [InlineData("tumi ki ki parba?")]
    [InlineData("qui a raison, la georgie ou la russie?")]
    [InlineData("kam flous ra7 ye3tu ossetia?")]
    [InlineData("bist du eine KI oder sitzt da jemand dahinter?")]
    [InlineData("quem assinou o tratado em Moscou? foi em março")]
    [InlineData("wesh tchouf, russia 3andha l7a9?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        Assert.Equal(other, Dravidian.InEnglish(other));
    }

    [Theory]
    [InlineData("evaru sign chesaru treaty ni?")]
    [InlineData("russia evlo kuduthanga south ossetia ku")]
    public void ReadingTwiceReadsTheSame(string question)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = ReaderPhrasing.InEnglish(question);

        Assert.Equal(once, ReaderPhrasing.InEnglish(once));
    }

    [Theory]
    [InlineData("evaru sign chesaru treaty ni?", "treaty-signatories")]
    [InlineData("treaty eppo sign pannanga", "signing-date")]
    [InlineData("russia evlo kuduthanga south ossetia ku", "pledge-south-ossetia")]
    [InlineData("abkhazia ku evlo kuduthaanga", "pledge-abkhazia")]
    [InlineData("georgia enna sonnanga", "georgia-reaction")]
    [InlineData("ఒప్పందం మీద ఎవరు సంతకం చేశారు?", "treaty-signatories")]
    [InlineData("next geneva discussion eppudu", "geneva-next-round")]
    public void ATamilOrTeluguQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("vanakkam", "greeting")]
    [InlineData("romba nandri", "thanks")]
    [InlineData("nee yaaru", "bot-identity")]
    public void SmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("abkhazia treaty enga sign pannanga")]
    [InlineData("putin age evlo")]
    [InlineData("china enna sonnanga indha treaty pathi")]
    public void ANearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
