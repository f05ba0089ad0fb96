using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class HungarianTests
{
    [Theory]
    [InlineData("ki írta alá a szerződést?", "who signed the treaty?")]
    [InlineData("mennyi pénzt kap Dél-Oszétia?", "how much money gets South Ossetia?")]
    [InlineData("mikor írták alá a szerződést?", "when signed the treaty?")]
    [InlineData("mennyit ígért Moszkva Abháziának?", "how much pledged Moscow to Abkhazia?")]
    [InlineData("Abháziával is kötöttek szerződést?", "with Abkhazia too signed treaty?")]
    [InlineData("ki az a Tibilov?", "who is Tibilov?")]
    [InlineData("mi az a Chinvali? egy város?", "what is Tskhinvali? a city?")]
    [InlineData("hogyan reagált Grúzia?", "how did react Georgia?")]
    [InlineData("ki vezette az orosz delegációt Genfben?", "who led the Russian delegation in Geneva?")]
    [InlineData("a Kremlben volt az aláírás, igaz?", "the in Kremlin was the signing, right?")]
    public void HungarianQuestionsAreReadInEnglish(string hungarian, string english)
    {
        Assert.Equal(english, Hungarian.InEnglish(hungarian));
    }

    [Theory]
    // Accents left out, suffixes after a hyphen, a follow-up, the English of a mixed sentence kept.
    [InlineData("mikor irtak ala a szerzodest?", "when signed the treaty?")]
    [InlineData("mennyi penzt kap del-oszetia?", "how much money gets South Ossetia?")]
    [InlineData("25 évre kötötték, ugye?", "25 years signed, right?")]
    [InlineData("mit mondtak a NATO-ról?", "what did say the about NATO?")]
    [InlineData("és Grúzia?", "and Georgia?")]
    [InlineData("so it was Putin and Bibilov who signed, igaz?", "so it was Putin and Bibilov who signed, right?")]
    // Small talk.
    [InlineData("köszi szépen, ez segített", "thanks a lot, this helped")]
    [InlineData("te robot vagy?", "are you a robot?")]
    [InlineData("ok, that's all for now, szia", "ok, that's all for now bye")]
    public void HowHungariansWriteIsRead(string hungarian, string english)
    {
        Assert.Equal(english, Hungarian.InEnglish(hungarian));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("Hello, how far is Sokhumi from Moscow? Thank you.")]
    [InlineData("the van was parked outside, it was a volt meter")]
    [InlineData("what did Ban Ki-moon say?")]
    [InlineData("Ki and Mi are two names, who are they?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Hungarian.InEnglish(english));
    }

    [Theory]
    [InlineData("Russia ki taraf se kaun aur Ossetia ki taraf se kaun tha signing me?")]
    [InlineData("Es Putin el presidente?")]
    [InlineData("mi pregunta es sobre mi tarea")]
    [InlineData("was hat die EU in Genf zur Krim gesagt?")]
    [InlineData("hvornår mødes de igen?")]
    [InlineData("cine a semnat tratatul cu Abhazia?")]
    [InlineData("kto podpisal dogovor s Gruzia?")]
    [InlineData("para az mi geldi?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        // "ki", "mi", "az", "igen", "Genf", "Krim", "Gruzia" and "Abhazia" are their words too.
        Assert.Equal(other, Hungarian.InEnglish(other));
    }

    [Theory]
    [InlineData("ki írta alá a szerződést?")]
    [InlineData("mennyi pénzt kap Dél-Oszétia?")]
    [InlineData("te robot vagy?")]
    public void ReadingTwiceReadsTheSame(string hungarian)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = Hungarian.InEnglish(hungarian);

        Assert.Equal(once, Hungarian.InEnglish(once));
    }

    [Theory]
    [InlineData("ki írta alá a szerződést?", "treaty-signatories")]
    [InlineData("mikor írták alá a szerződést?", "signing-date")]
    [InlineData("hol írták alá a szerződést?", "signing-place")]
    [InlineData("mi a szerződés hivatalos neve?", "treaty-name")]
    [InlineData("Meddig érvényes a szerződés?", "treaty-term")]
    [InlineData("Ki őrzi a határt?", "treaty-defence")]
    [InlineData("mi lesz a dél-oszét hadsereggel?", "treaty-armed-forces")]
    [InlineData("mennyi pénzt kap Dél-Oszétia?", "pledge-south-ossetia")]
    [InlineData("mennyit ígért Moszkva Abháziának?", "pledge-abkhazia")]
    [InlineData("Abháziával is kötöttek szerződést?", "abkhazia-treaty")]
    [InlineData("Ki a cikk szerzője?", "article-author")]
    [InlineData("Ki volt Karaszin?", "karasin-who")]
    [InlineData("Mit jelent Chinvali?", "tskhinvali-meaning")]
    [InlineData("Grúzia tiltakozott?", "georgia-reaction")]
    [InlineData("Mit mondott az EU?", "eu-reaction")]
    [InlineData("Mit mondtak az amerikaiak?", "us-reaction")]
    [InlineData("Kik vettek részt a genfi tárgyalásokon?", "geneva-participants")]
    [InlineData("Ki elnökölt Genfben?", "geneva-cochairs")]
    [InlineData("Mikor találkoznak újra Genfben?", "geneva-next-round")]
    public void AHungarianQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("szia!", "greeting")]
    [InlineData("köszi szépen!", "thanks")]
    [InlineData("viszlát", "goodbye")]
    [InlineData("te robot vagy?", "bot-identity")]
    [InlineData("mit gondolsz a szerződésről?", "opinion")]
    public void HungarianSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("hány lakosa van Abháziának?")]
    [InlineData("hány éves Putyin?")]
    [InlineData("mit mondott Lavrov?")]
    [InlineData("milyen nyelven beszélnek Dél-Oszétiában?")]
    [InlineData("ki a grúz külügyminiszter?")]
    public void AHungarianNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
