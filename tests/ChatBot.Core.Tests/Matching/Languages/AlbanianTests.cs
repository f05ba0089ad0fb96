using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class AlbanianTests
{
    [Theory]
    [InlineData("kush e nënshkroi traktatin?", "who the signed treaty?")]
    [InlineData("kur u nënshkrua traktati", "when was signed treaty")]
    [InlineData("ku u nënshkrua traktati?", "where was signed treaty?")]
    [InlineData("sa para i dha Rusia Osetisë?", "how much money the gave Russia Ossetia?")]
    [InlineData("si reagoi Gjeorgjia?", "how reacted Georgia?")]
    [InlineData("çfarë është Osetia e Jugut?", "what is South Ossetia?")]
    [InlineData("si quhet traktati?", "what is the name of treaty?")]
    [InlineData("çfarë tha BE?", "what did EU say?")]
    [InlineData("kush mori pjesë në bisedimet e Gjenevës", "who took part in talks the Geneva")]
    public void AlbanianQuestionsAreReadInEnglish(string albanian, string english)
    {
        Assert.Equal(english, Albanian.InEnglish(albanian));
    }

    [Theory]
    // Typed without "ë" and "ç", Kosovo's "çka", chat spellings, a tag, the initials with a case ending.
    [InlineData("kush e nenshkroi traktatin?", "who the signed treaty?")]
    [InlineData("cka eshte Abkhazia", "what is Abkhazia")]
    [InlineData("sa vjet zgjat traktati?", "how many years lasts treaty?")]
    [InlineData("a e njeh SHBA traktatin", "the recognize US treaty")]
    [InlineData("cfare thane Abkhazet dhe Osetet per NATO-n?", "what did Abkhaz and Ossetians say about NATO?")]
    [InlineData("pra Ruset ua ruajne kufirin atyre, sakte?", "so Russia guard the borders their, right?")]
    [InlineData("Sokhumi cfare eshte", "what is Sokhumi")]
    [InlineData("who signed it? vetem Putini?", "who signed it? only Putin?")]
    // Small talk.
    [InlineData("faleminderit shume", "thanks a lot")]
    [InlineData("flm", "thanks")]
    [InlineData("tung", "hi")]
    [InlineData("mirupafshim", "goodbye")]
    [InlineData("cfare je ti?", "what are you?")]
    public void HowAlbaniansWriteIsRead(string albanian, string english)
    {
        Assert.Equal(english, Albanian.InEnglish(albanian));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("is the treaty valid for 25 years?")]
    [InlineData("what did the EU say, and the US?")]
    [InlineData("Tung oil prices in China?")]
    [InlineData("who is Jane Psaki and what does she do?")]
    [InlineData("hi bot")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Albanian.InEnglish(english));
    }

    [Theory]
    [InlineData("ko si ti?")]
    [InlineData("ko je potpisao ugovor sa Južnom Osetijom?")]
    [InlineData("tha ypografei apo ton Putin?")]
    [InlineData("ano nga ba ang para sa Ossetia?")]
    [InlineData("ciao, chi sono gli autori?")]
    [InlineData("treaty pe sign kisne kiya? Putin ka?")]
    [InlineData("kas pasirašė sutartį?")]
    [InlineData("cine a semnat tratatul?")]
    [InlineData("kto podpisał tę umowę?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        Assert.Equal(other, Albanian.InEnglish(other));
    }

    [Theory]
    [InlineData("kush e nenshkroi traktatin?")]
    [InlineData("sa para i premtoi Moska Abkhazise?")]
    [InlineData("cfare tha BE?")]
    public void ReadingTwiceReadsTheSame(string question)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = ReaderPhrasing.InEnglish(question);

        Assert.Equal(once, ReaderPhrasing.InEnglish(once));
    }

    [Theory]
    [InlineData("kush e nenshkroi traktatin?", "treaty-signatories")]
    [InlineData("kur u nenshkrua traktati", "signing-date")]
    [InlineData("sa para i dha Rusia Osetise?", "pledge-south-ossetia")]
    [InlineData("sa para i premtoi Moska Abkhazise?", "pledge-abkhazia")]
    [InlineData("si reagoi Gjeorgjia?", "georgia-reaction")]
    [InlineData("cfare eshte Osetia e Jugut?", "south-ossetia-what")]
    [InlineData("sa vjet zgjat traktati?", "treaty-term")]
    [InlineData("kush mori pjese ne bisedimet e Gjeneves", "geneva-participants")]
    [InlineData("kush eshte Jen Psaki", "psaki-who")]
    public void AnAlbanianQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("faleminderit shume", "thanks")]
    [InlineData("pershendetje", "greeting")]
    [InlineData("mirupafshim", "goodbye")]
    [InlineData("a je njeri apo bot", "bot-identity")]
    public void SmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("sa para i dha Rusia Osetise ne 2018?")]
    [InlineData("sa rubla i dha Rusia Gjeorgjise?")]
    [InlineData("kush eshte presidenti i Gjeorgjise?")]
    [InlineData("Lavrovi ishte ne Gjeneve?")]
    [InlineData("si eshte moti ne Milano sot")]
    public void ANearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
