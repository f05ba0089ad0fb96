using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class AzerbaijaniTests
{
    [Theory]
    // Chat spellings: "sh" and "ch" for "ş" and "ç", "q" for Turkish "k", "neche" how many, "ya" or.
    [InlineData("bu xeberin avtoru kimdir?", "this news author who is?")]
    [InlineData("serhedleri kim qoruyacaq indi", "border who will protect now")]
    [InlineData("muqavilenin muddeti neche ildi?", "treaty term how many years?")]
    [InlineData("Cenevre danishiqlarina kimler qatilib?", "Geneva talks who joined?")]
    [InlineData("2016-da neche milyard rubl ayrilacaq", "2016 how many billion rubles will allocate")]
    [InlineData("Abxaziyaya ne qeder pul vaad ediblər?", "Abkhazia how much money pledged?")]
    [InlineData("Gurcustan XIN ne dedi", "Georgia what did foreign ministry say")]
    [InlineData("Vashington reaksiyasi nedi", "Washington reaction what is")]
    [InlineData("Osetiya terefden kim imzalayib", "Ossetia side who signed")]
    [InlineData("Kremlde imzalandi ya Sxinvalide?", "Kremlin was signed or Tskhinvali?")]
    // Small talk as a whole message.
    [InlineData("botsan?", "are you a bot")]
    [InlineData("sagol, gorusherik", "bye")]
    public void AzerbaijaniQuestionsAreReadInEnglish(string azerbaijani, string english)
    {
        Assert.Equal(english, Azerbaijani.InEnglish(azerbaijani));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("is the treaty valid for 25 years?")]
    [InlineData("what did the EU say about NATO?")]
    [InlineData("are you an AI?")]
    [InlineData("Kim said the deal was signed in Moscow")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Azerbaijani.InEnglish(english));
    }

    [Theory]
    // Turkish is Turkish's to read; Persian, Greek, Russian and Serbian in Latin letters are their readers'.
    [InlineData("anlaşmayı kim imzaladı?")]
    [InlineData("Güney Osetya'ya ne kadar para verilecek?")]
    [InlineData("Cenevre'de ne oldu?")]
    [InlineData("sen bot musun?")]
    [InlineData("salam aleykum, necesen")]
    [InlineData("jalase-ye Jeneve key bud va mozoosh chi bud?")]
    [InlineData("posoi rwsoi stratiwtes einai idi stin osetia")]
    [InlineData("kto podpisal dogovor?")]
    [InlineData("ko je potpisao ugovor?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        Assert.Equal(other, Azerbaijani.InEnglish(other));
    }

    [Theory]
    [InlineData("muqavileni kim imzalayib?")]
    [InlineData("Cenevre danishiqlarina kimler qatilib?")]
    public void ReadingTwiceReadsTheSame(string question)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = ReaderPhrasing.InEnglish(question);

        Assert.Equal(once, ReaderPhrasing.InEnglish(once));
    }

    [Theory]
    [InlineData("bu xeberin avtoru kimdir?", "article-author")]
    [InlineData("serhedleri kim qoruyacaq indi", "treaty-defence")]
    [InlineData("muqavilenin muddeti neche ildi?", "treaty-term")]
    [InlineData("Cenevre danishiqlarina kimler qatilib?", "geneva-participants")]
    [InlineData("2016-da neche milyard rubl ayrilacaq", "pledge-south-ossetia")]
    [InlineData("Abxaziyaya ne qeder pul vaad ediblər?", "pledge-abkhazia")]
    [InlineData("Gurcustan XIN ne dedi", "georgia-reaction")]
    [InlineData("Osetiya terefden kim imzalayib", "treaty-signatories")]
    public void AnAzerbaijaniQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("botsan?", "bot-identity")]
    [InlineData("sagol, gorusherik", "goodbye")]
    public void SmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Abxaz muqavilesini kim imzalayib?")]
    [InlineData("Tibilov neche yashindadir")]
    [InlineData("Lavrov bu barede ne dedi?")]
    public void ANearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
