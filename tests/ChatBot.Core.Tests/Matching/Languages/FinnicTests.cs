using ChatBot.Core.Answers;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class FinnicTests
{
    [Theory]
    [InlineData("kuka allekirjoitti sopimuksen?", "who signed treaty?")]
    [InlineData("milloin sopimus allekirjoitettiin?", "when treaty was signed?")]
    [InlineData("paljonko rahaa Etelä-Ossetia saa Venäjältä?", "how much money South Ossetia gets from Russia?")]
    [InlineData("mitä EU sanoi sopimuksesta?", "what did EU say about treaty?")]
    [InlineData("mitä Genevessä tapahtui?", "what in Geneva happened?")]
    [InlineData("mikä on Etelä-Ossetia?", "what is South Ossetia?")]
    [InlineData("kuka johti Venäjän valtuuskuntaa?", "who led Russia delegation?")]
    public void FinnishQuestionsAreReadInEnglish(string finnish, string english)
    {
        Assert.Equal(english, Finnic.InEnglish(finnish));
    }

    [Theory]
    [InlineData("kes lepingule alla kirjutas?", "who to treaty signed?")]
    [InlineData("millal leping allkirjastati?", "when treaty was signed?")]
    [InlineData("kui palju raha Venemaa Lõuna-Osseetiale lubas?", "how much money Russia to South Ossetia pledged?")]
    [InlineData("mis toimus Genfis?", "what happened in Geneva?")]
    [InlineData("kui kauaks leping kehtib?", "how long treaty is valid?")]
    [InlineData("kes on artikli autor?", "who is article author?")]
    [InlineData("mida Gruusia välisministeerium ütles?", "what did Georgia foreign ministry say?")]
    public void EstonianQuestionsAreReadInEnglish(string estonian, string english)
    {
        Assert.Equal(english, Finnic.InEnglish(estonian));
    }

    [Theory]
    // Without ä, ö and õ, chat forms, a tag, a name in capitals with its suffix, a follow-up.
    [InlineData("paljonko rahaa Etela-Ossetia saa Venajalta?", "how much money South Ossetia gets from Russia?")]
    [InlineData("kui palju raha lubati Abhaasiale?", "how much money was pledged to Abkhazia?")]
    [InlineData("mita mielta sa oot itse, onko tää ok?", "what do you think yourself, is this ok?")]
    [InlineData("allekirjoitettiin Moskovassa, eikö?", "was signed in Moscow, right?")]
    [InlineData("mitä Abhasia ja Etelä-Ossetia sanoivat NATO:sta?", "what did Abkhazia and South Ossetia say about NATO?")]
    [InlineData("mis on Abhaasia?", "what is Abkhazia?")]
    [InlineData("it was Medvedev who signed for Russia, eiks?", "it was Medvedev who signed for Russia, right?")]
    // Small talk.
    [InlineData("moi!", "hello!")]
    [InlineData("kiitos paljon!", "thanks a lot!")]
    [InlineData("aitäh, väga hea vastus", "thanks, very good answer")]
    [InlineData("oletko ihminen vai robotti?", "are you human or robot?")]
    [InlineData("kas sa oled tehisintellekt või päris inimene?", "are you AI or real person?")]
    [InlineData("no niin, pitää mennä. moikka!", " so, I have to go bye!")]
    public void HowFinnsAndEstoniansWriteIsRead(string finnic, string english)
    {
        Assert.Equal(english, Finnic.InEnglish(finnic));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("let's see on what date it was signed")]
    [InlineData("is Mika Häkkinen in the article?")]
    [InlineData("the money goes to Paris, or?")]
    [InlineData("ja, see on the map")]
    [InlineData("hi, who is Tibilov?")]
    [InlineData("what's the weather like in Helsinki tomorrow?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Finnic.InEnglish(english));
    }

    [Theory]
    [InlineData("tere kya naam hai?")]
    [InlineData("bahut raha hai yahan")]
    [InlineData("dis-moi qui a signé le traité")]
    [InlineData("hei, hva sa EU om avtalen?")]
    [InlineData("vem undertecknade fördraget?")]
    [InlineData("ki írta alá a szerződést Genfben?")]
    [InlineData("anlaşmayı kim imzaladı, bu mis gibi?")]
    [InlineData("ja, se firmó en Moscú")]
    [InlineData("wer hat den Vertrag unterschrieben? ja oder nein")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        // "tere", "raha", "moi", "hei", "mis", "ja" and "se" are their words too.
        Assert.Equal(other, Finnic.InEnglish(other));
    }

    [Theory]
    [InlineData("kuka allekirjoitti sopimuksen?")]
    [InlineData("kui palju raha Venemaa Lõuna-Osseetiale lubas?")]
    [InlineData("mitä EU sanoi sopimuksesta?")]
    [InlineData("kiitos paljon!")]
    public void ReadingTwiceReadsTheSame(string finnic)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = Finnic.InEnglish(finnic);

        Assert.Equal(once, Finnic.InEnglish(once));
    }

    [Theory]
    [InlineData("kuka allekirjoitti sopimuksen?", "treaty-signatories")]
    [InlineData("kes lepingule alla kirjutas?", "treaty-signatories")]
    [InlineData("milloin sopimus allekirjoitettiin?", "signing-date")]
    [InlineData("kus leping allkirjastati?", "signing-place")]
    [InlineData("mis on lepingu nimi?", "treaty-name")]
    [InlineData("kuinka pitkäksi aikaa sopimus on voimassa?", "treaty-term")]
    [InlineData("onko Venäjä nyt vastuussa Etelä-Ossetian puolustuksesta?", "treaty-defence")]
    [InlineData("paljonko rahaa Etelä-Ossetia saa Venäjältä?", "pledge-south-ossetia")]
    [InlineData("kui palju raha lubati Abhaasiale?", "pledge-abkhazia")]
    [InlineData("mitä Georgia sanoi tästä?", "georgia-reaction")]
    [InlineData("mida Euroopa Liit sellest arvas?", "eu-reaction")]
    [InlineData("ketkä osallistuivat Geneven neuvotteluihin?", "geneva-participants")]
    [InlineData("millal toimub järgmine Genfi kohtumine?", "geneva-next-round")]
    [InlineData("kuka kirjoitti artikkelin?", "article-author")]
    [InlineData("mis on Lõuna-Osseetia?", "south-ossetia-what")]
    [InlineData("kas see on sarnane Abhaasia lepinguga?", "abkhazia-comparison")]
    public void AFinnicQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("moi!", "greeting")]
    [InlineData("kiitos paljon!", "thanks")]
    [InlineData("nägemist!", "goodbye")]
    [InlineData("oletko ihminen vai robotti?", "bot-identity")]
    [InlineData("mita mielta sa oot itse?", "opinion")]
    public void FinnicSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("kuinka monta ihmistä asuu Etelä-Ossetiassa?")]
    [InlineData("kui palju inimesi elab Abhaasias?")]
    [InlineData("mitä Suomen ulkoministeriö sanoi tästä?")]
    [InlineData("kuka on Etelä-Ossetian ulkoministeri?")]
    [InlineData("kes võitis eile jalgpalli?")]
    public void AFinnicNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
