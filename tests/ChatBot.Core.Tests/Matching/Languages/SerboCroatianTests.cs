using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class SerboCroatianTests
{
    [Theory]
    [InlineData("ko je potpisao ugovor?", "who signed treaty?")]
    [InlineData("koliko para dobija Južna Osetija?", "how much money get South Ossetia?")]
    [InlineData("kad je potpisan ugovor?", "when was signed treaty?")]
    [InlineData("gdje je potpisan ugovor?", "where was signed treaty?")]
    [InlineData("šta je rekla Mogherini?", "what did Mogherini say?")]
    [InlineData("šta je Psaki rekla?", "what did Psaki say?")]
    [InlineData("ugovor važi 25 godina, jel tako?", "treaty is valid 25 years, right?")]
    [InlineData("kako se zove taj ugovor?", "what is the name of the treaty?")]
    [InlineData("jel Rusija dala milijardu rubalja Osetiji?", "did Russia gave billion rubles Ossetia?")]
    [InlineData("hoće li SAD priznati ugovor?", "will US recognize treaty?")]
    public void SerboCroatianQuestionsAreReadInEnglish(string serboCroatian, string english)
    {
        Assert.Equal(english, SerboCroatian.InEnglish(serboCroatian));
    }

    [Theory]
    // Croatian "tko", ekavian "gde", no diacritics, chat words, follow-ups, the English of a mixed sentence kept.
    [InlineData("tko je napisao članak?", "who wrote article?")]
    [InlineData("gde je potpisan ugovor", "where was signed treaty")]
    [InlineData("sta je Abhazija", "what is Abkhazia")]
    [InlineData("koliko kinte ide Abhaziji brt", "how much money goes Abkhazia ")]
    [InlineData("Putin i ko još je potpisao?", "Putin and who else signed?")]
    [InlineData("a gdje?", "and where?")]
    [InlineData("a kad?", "and when?")]
    [InlineData("i koliko dugo vazi?", "and how long is valid?")]
    [InlineData("was it 9.2 billion for South Ossetia? jel tako", "was it 9.2 billion for South Ossetia?, right")]
    // Small talk.
    [InlineData("hvala puno", "thanks a lot")]
    [InlineData("jesi ti bot?", "are you a bot?")]
    [InlineData("ajde ćao", "bye")]
    [InlineData("that's all, ćao", "that's all, bye")]
    [InlineData("pozdrav iz Beča!", "hello from Vienna!")]
    public void HowTheyWriteIsRead(string serboCroatian, string english)
    {
        Assert.Equal(english, SerboCroatian.InEnglish(serboCroatian));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("how much money did putin promise south ossetia")]
    [InlineData("so sad, who signed it?")]
    [InlineData("is it a 50 year deal?")]
    [InlineData("what is Suhumi?")]
    [InlineData("what America say, amerikanci")]
    [InlineData("hej hej")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, SerboCroatian.InEnglish(english));
    }

    [Theory]
    [InlineData("kdo podepsal smlouvu?")]
    [InlineData("kolik peněz dá Rusko Jižní Osetii?")]
    [InlineData("jak reagovala Gruzie?")]
    [InlineData("kdo je ona?")]
    [InlineData("kto podpisał tę umowę?")]
    [InlineData("kto podpisal dogovor?")]
    [InlineData("skolko deneg dali Osetii?")]
    [InlineData("khto pidpysav dohovir?")]
    [InlineData("kakvo e Abhaziya?")]
    [InlineData("koga e podpisan dogovorat?")]
    [InlineData("kolko pari dava Rusia?")]
    [InlineData("ce e Suhumi?")]
    [InlineData("chi sta firmando il trattato?")]
    [InlineData("di cosa parla l'articolo? se lo sai")]
    [InlineData("Georgia ko border issues kis ke saath negotiate karne ko bola?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        // "je", "ko", "sta", "dali", "kakvo" and "koga" are their words too.
        Assert.Equal(other, SerboCroatian.InEnglish(other));
    }

    [Theory]
    [InlineData("ko je potpisao ugovor?")]
    [InlineData("koliko para dobija Južna Osetija?")]
    [InlineData("šta je Psaki rekla?")]
    [InlineData("jesi ti bot?")]
    public void ReadingTwiceReadsTheSame(string serboCroatian)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = SerboCroatian.InEnglish(serboCroatian);

        Assert.Equal(once, SerboCroatian.InEnglish(once));
    }

    [Theory]
    [InlineData("ko je potpisao ugovor?", "treaty-signatories")]
    [InlineData("kad je potpisan ugovor?", "signing-date")]
    [InlineData("gdje je potpisan ugovor?", "signing-place")]
    [InlineData("kako se zove taj ugovor?", "treaty-name")]
    [InlineData("koliko traje ugovor?", "treaty-term")]
    [InlineData("ko će čuvati granice Južne Osetije?", "treaty-defence")]
    [InlineData("koliko para dobija Južna Osetija?", "pledge-south-ossetia")]
    [InlineData("koliko je para Moskva obećala Abhaziji?", "pledge-abkhazia")]
    [InlineData("šta kaže Gruzija?", "georgia-reaction")]
    [InlineData("šta je rekla Mogherini?", "eu-reaction")]
    [InlineData("hoće li SAD priznati ugovor?", "us-reaction")]
    [InlineData("ko je sve učestvovao u ženevskim razgovorima?", "geneva-participants")]
    [InlineData("kad je sledeća runda u Ženevi?", "geneva-next-round")]
    [InlineData("ko je napisao članak?", "article-author")]
    [InlineData("šta je Abhazija?", "abkhazia-what")]
    [InlineData("tko je Leonid Tibilov?", "tibilov-who")]
    public void ASerboCroatianQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("zdravo, dobro jutro", "greeting")]
    [InlineData("hvala puno", "thanks")]
    [InlineData("ajde ćao", "goodbye")]
    [InlineData("jesi ti bot ili čovjek?", "bot-identity")]
    [InlineData("šta ti misliš o ugovoru?", "opinion")]
    public void SerboCroatianSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("koliko ljudi živi u Južnoj Osetiji?")]
    [InlineData("kako je reagovala Kina?")]
    [InlineData("koliko godina ima Putin?")]
    [InlineData("ko je predsjednik Gruzije?")]
    [InlineData("šta je Lavrov rekao?")]
    public void ASerboCroatianNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
