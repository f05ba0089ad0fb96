using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class BalticTests
{
    [Theory]
    [InlineData("kas pasirašė sutartį?", "who signed treaty?")]
    [InlineData("kiek pinigų Rusija skirs Pietų Osetijai?", "how much money Russia will give South Ossetia?")]
    [InlineData("kada buvo pasirašyta sutartis?", "when was signed treaty?")]
    [InlineData("kaip sureagavo Gruzija?", "how reacted Georgia?")]
    [InlineData("kas yra Abchazija?", "what is Abkhazia?")]
    [InlineData("kas tas Tibilovas?", "who is Tibilov?")]
    [InlineData("kaip vadinasi ta sutartis?", "what is the name of the treaty?")]
    [InlineData("ką pasakė Europos Sąjunga?", "what did EU say?")]
    [InlineData("kas vadovavo Rusijos delegacijai Ženevoje?", "who led Russia delegation Geneva?")]
    public void LithuanianQuestionsAreReadInEnglish(string lithuanian, string english)
    {
        Assert.Equal(english, Baltic.InEnglish(lithuanian));
    }

    [Theory]
    [InlineData("kas parakstīja līgumu?", "who signed treaty?")]
    [InlineData("cik naudas Krievija dos Dienvidosetijai?", "how much money Russia will give South Ossetia?")]
    [InlineData("kur līgums tika parakstīts?", "where treaty was signed?")]
    [InlineData("kas ir Dienvidosetija?", "what is South Ossetia?")]
    [InlineData("kas ir Mogherini?", "who is Mogherini?")]
    [InlineData("cik ilgi līgums būs spēkā?", "how long treaty will be valid?")]
    [InlineData("ko teica ASV?", "what did US say?")]
    [InlineData("kad būs nākamās sarunas Ženēvā?", "when will be next talks Geneva?")]
    [InlineData("vai Osetijas līgums ir līdzīgs Abhāzijas līgumam?", "Ossetia treaty is similar Abkhazia treaty?")]
    public void LatvianQuestionsAreReadInEnglish(string latvian, string english)
    {
        Assert.Equal(english, Baltic.InEnglish(latvian));
    }

    [Theory]
    // Diacritics left out, a tag, a follow-up, the English of a mixed sentence kept.
    [InlineData("kas pasirase sutarti?", "who signed treaty?")]
    [InlineData("kiek metu galioja sutartis?", "how many years is valid treaty?")]
    [InlineData("ka sauc so ligumu?", "what is the name of this treaty?")]
    [InlineData("kas atbild par dienvidosetijas drosibu pec liguma?", "who is responsible for South Ossetia security under the treaty?")]
    [InlineData("pasirašė Putinas ir Tibilovas, ar ne?", "signed Putin and Tibilov, right?")]
    [InlineData("o kas pasirase?", "and who signed?")]
    [InlineData("un kur?", "and where?")]
    [InlineData("who signed the sutartis?", "who signed the treaty?")]
    // Small talk.
    [InlineData("ačiū labai!", "thanks a lot!")]
    [InlineData("ok viskas, iki", "ok that's all, bye")]
    [InlineData("vai tu esi bots?", "are you a bot?")]
    [InlineData("paldies, ļoti noderīgi!", "thanks, very helpful!")]
    public void HowLithuaniansAndLatviansWriteIsRead(string baltic, string english)
    {
        Assert.Equal(english, Baltic.InEnglish(baltic));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("is the treaty valid for 25 years?")]
    [InlineData("what did the EU say, and the US?")]
    [InlineData("what's the IR angle here?")]
    [InlineData("so it is a bus ride from Tskhinvali?")]
    [InlineData("Labas! hello to you")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Baltic.InEnglish(english));
    }

    [Theory]
    [InlineData("kad je Rusija potpisala ugovor?")]
    [InlineData("kada je Gruzija reagovala?")]
    [InlineData("ko je potpisao ugovor s Južnom Osetijom?")]
    [InlineData("kto podpisał tę umowę?")]
    [InlineData("kdo podepsal smlouvu v Ženevě?")]
    [InlineData("kto podpisal dogovor?")]
    [InlineData("un traité signé par la Russie?")]
    [InlineData("quem vai ir a Genebra?")]
    [InlineData("treaty pe sign kisne kiya? Putin ka?")]
    [InlineData("sino ka ba?")]
    [InlineData("hoce li biti rata?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        Assert.Equal(other, Baltic.InEnglish(other));
    }

    [Theory]
    [InlineData("kas pasirašė sutartį?")]
    [InlineData("cik naudas Krievija dos Dienvidosetijai?")]
    [InlineData("ka reageja ES?")]
    public void ReadingTwiceReadsTheSame(string question)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = ReaderPhrasing.InEnglish(question);

        Assert.Equal(once, ReaderPhrasing.InEnglish(once));
    }

    [Theory]
    [InlineData("kas pasirašė sutartį?", "treaty-signatories")]
    [InlineData("kada buvo pasirašyta sutartis?", "signing-date")]
    [InlineData("kiek pinigų Rusija skirs Pietų Osetijai?", "pledge-south-ossetia")]
    [InlineData("kaip sureagavo Gruzija?", "georgia-reaction")]
    [InlineData("kas yra Pietų Osetija?", "south-ossetia-what")]
    [InlineData("kas parakstīja līgumu?", "treaty-signatories")]
    [InlineData("cik ilgi līgums būs spēkā?", "treaty-term")]
    [InlineData("cik naudas Krievija apsolīja Abhāzijai?", "pledge-abkhazia")]
    [InlineData("kas piedalījās sarunās Ženēvā?", "geneva-participants")]
    public void ALithuanianOrLatvianQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("ačiū labai", "thanks")]
    [InlineData("tu robotas ar žmogus?", "bot-identity")]
    [InlineData("paldies", "thanks")]
    [InlineData("vai tu esi cilvēks?", "bot-identity")]
    public void SmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("kiek metų Putinui?")]
    [InlineData("kaip sureagavo Kinija?")]
    [InlineData("cik iedzīvotāju ir Chinvali?")]
    [InlineData("ko teica Latvija?")]
    public void ANearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
