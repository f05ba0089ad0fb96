using ChatBot.Core.Answers;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class ArmenianTests
{
    [Theory]
    [InlineData("ov storagrec paymanagiry?", "who signed treaty?")]
    [InlineData("erb storagrecin paymanagiry?", "when signed treaty?")]
    [InlineData("vortegh storagrvec paymanagiry?", "where was signed treaty?")]
    [InlineData("inchpes e kochvum paymanagiry?", "what is the name of treaty?")]
    [InlineData("qani tari e gortsum paymanagiry?", "how many years is valid treaty?")]
    [InlineData("inchqan pogh e xostacel Rusastany Harav Osetiayin?", "how much money is pledged Russia South Ossetia?")]
    [InlineData("Vrastany inchpes arcaganqec?", "Georgia how did react?")]
    [InlineData("ov e Tibilovy?", "who is Tibilov?")]
    [InlineData("inch eghav Zhenevum?", "what happened in Geneva?")]
    [InlineData("hajord raundy erb e?", "next round when is?")]
    public void ArmenianQuestionsAreReadInEnglish(string armenian, string english)
    {
        Assert.Equal(english, Armenian.InEnglish(armenian));
    }

    [Theory]
    // The perfect, tags, case endings, the schwa as "@", an abbreviation's ending, a word of address, the English of a
    // mixed sentence kept.
    [InlineData("Putiny storagrel e, che?", "Putin signed, right?")]
    [InlineData("paymanagiry 25 tarov e, chisht e?", "treaty 25 years is, right?")]
    [InlineData("Moskvayum storagrvec?", "in Moscow was signed?")]
    [InlineData("inch@ kap uni Ghrimi het?", "what connection has Crimea with?")]
    [InlineData("ESh-n inch asec?", "EU what did say?")]
    [InlineData("ovqer ein Zhenevum?", "who were in Geneva?")]
    [InlineData("ara who signed it?", " who signed it?")]
    [InlineData("who signed the paymanagir or not?", "who signed the treaty or not?")]
    // Small talk.
    [InlineData("barev dzez", "hello")]
    [InlineData("shnorhakalutyun!", "thanks!")]
    [InlineData("du bot es?", "are you a bot?")]
    [InlineData("inch kares anes?", "what can you do?")]
    public void HowArmeniansWriteIsRead(string armenian, string english)
    {
        Assert.Equal(english, Armenian.InEnglish(armenian));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("how many inches is the map, or is it to scale?")]
    [InlineData("ur a bot right?")]
    [InlineData("was it signed in Moscow or in Tskhinvali?")]
    [InlineData("what did the EU say about it?")]
    [InlineData("che cosa ha detto la Georgia?")]
    [InlineData("merci, that helped")]
    [InlineData("ayo, who signed it?")]
    [InlineData("is Tibilov the president of South Ossetia?")]
    public void EnglishAndOtherLanguagesAreLeftAsTheyAre(string other)
    {
        Assert.Equal(other, Armenian.InEnglish(other));
    }

    [Theory]
    [InlineData("kto podpisal dogovor?")]
    [InlineData("ki gharardad ro emza kard?")]
    [InlineData("müqaviləni kim imzalayıb?")]
    [InlineData("meen wa2a3 el mo3ahda?")]
    [InlineData("chi ha firmato il trattato?")]
    [InlineData("salam, merci jan")]
    public void OtherReadersMessagesAreLeftToThem(string other)
    {
        // Russian, Persian, Azerbaijani, Arabizi and Italian share "che", "jan", "merci", "salam" and names with it.
        Assert.Equal(other, Armenian.InEnglish(other));
    }

    [Theory]
    [InlineData("ov storagrec paymanagiry?")]
    [InlineData("inchqan pogh e xostacel Rusastany Harav Osetiayin?")]
    [InlineData("Moskvayum storagrvec, che?")]
    [InlineData("du bot es?")]
    public void ReadingTwiceReadsTheSame(string armenian)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = Armenian.InEnglish(armenian);

        Assert.Equal(once, Armenian.InEnglish(once));
    }

    [Theory]
    [InlineData("ov storagrec paymanagiry?", "treaty-signatories")]
    [InlineData("erb e storagrvel paymanagiry?", "signing-date")]
    [InlineData("vortegh storagrecin paymanagiry?", "signing-place")]
    [InlineData("inchpes e kochvum paymanagiry?", "treaty-name")]
    [InlineData("qani tari e gortsum paymanagiry?", "treaty-term")]
    [InlineData("ov e patasxanatu Harav Osetiayi anvtangutyan hamar?", "treaty-defence")]
    [InlineData("inchqan pogh e xostacel Rusastany Harav Osetiayin?", "pledge-south-ossetia")]
    [InlineData("inchqan pox kta Rusastany Abkhaziayin?", "pledge-abkhazia")]
    [InlineData("Vrastany inchpes arcaganqec?", "georgia-reaction")]
    [InlineData("Mogherinin inch asec paymanagri masin?", "eu-reaction")]
    [InlineData("ovqer ein Zhenevum?", "geneva-participants")]
    [InlineData("erb e hajord raundy?", "geneva-next-round")]
    [InlineData("ov e grel hodvacy?", "article-author")]
    [InlineData("hodvacy inchi masin e?", "treaty-overview")]
    [InlineData("inch e Harav Osetian?", "south-ossetia-what")]
    [InlineData("Karasiny ov e?", "karasin-who")]
    public void AnArmenianQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("barev dzez", "greeting")]
    [InlineData("shnorhakalutyun", "thanks")]
    [InlineData("hajox", "goodbye")]
    [InlineData("du bot es?", "bot-identity")]
    [InlineData("inch es karcum paymanagri masin?", "opinion")]
    public void ArmenianSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("inchqan mard e aprum Harav Osetiayum?")]
    [InlineData("Chinastany inchpes arcaganqec?")]
    [InlineData("Lavrovy inch asec?")]
    [InlineData("qani tarekan e Putiny?")]
    public void AnArmenianNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
