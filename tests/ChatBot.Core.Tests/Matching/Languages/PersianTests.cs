using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class PersianTests
{
    [Theory]
    [InlineData("ki gharardad ro emza kard?", "who signed it treaty?")]
    [InlineData("gharardad key emza shod?", "treaty when was signed?")]
    [InlineData("UN chi goft darbare in treaty?", "UN what did say about this treaty?")]
    [InlineData("koja emza shod?", "where was signed?")]
    [InlineData("chand pool be Osetia-ye jonubi midan?", "how much money to South Ossetia give?")]
    [InlineData("Medvedev emza kard, doroste?", "Medvedev signed it, right?")]
    [InlineData("moddat-e qarardad chand sal-e?", "term treaty how many years?")]
    [InlineData("Gorjestan che vakoneshi neshoon dad?", "Georgia how did react?")]
    [InlineData("Mogherini kie?", "Mogherini who is?")]
    [InlineData("amrika chi goft?", "America what did say?")]
    [InlineData("artesh-e Osetia chi mishe?", "army Ossetia what happens to?")]
    public void PersianQuestionsAreReadInEnglish(string persian, string english)
    {
        Assert.Equal(english, Persian.InEnglish(persian));
    }

    [Theory]
    // Finglish's spellings, the ezafe and endings, chat shorthand, follow-ups, the English of a mixed sentence kept.
    [InlineData("qarardad ki emza kard?", "treaty who signed it?")]
    [InlineData("nevisande-ye maghale kie?", "author article who is?")]
    [InlineData("esmesh chi bud?", "name what was?")]
    [InlineData("Jen Psaki ki bud?", "Jen Psaki who was?")]
    [InlineData("vaziyat-e marz-ha chetore?", "situation border how is?")]
    [InlineData("jalase-ye baadi key-e?", "next meeting when?")]
    [InlineData("chand sal?", "how many years?")]
    [InlineData("va koja?", "and where?")]
    [InlineData("who signed it? va koja?", "who signed it? and where?")]
    [InlineData("is it valid for 25 years? moddatesh chande?", "is it valid for 25 years? term how much is?")]
    // Small talk.
    [InlineData("salam, khoobi?", "hello, how are you?")]
    [InlineData("kheili mamnoon", "thanks a lot")]
    [InlineData("khodahafez", "goodbye")]
    [InlineData("to robot-i?", "are you a robot?")]
    [InlineData("chi kar mitooni bokoni?", "what can you do?")]
    public void HowPersiansWriteIsRead(string persian, string english)
    {
        Assert.Equal(english, Persian.InEnglish(persian));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("what are the key points of the treaty?")]
    [InlineData("who is the man in charge of the delegation?")]
    [InlineData("to be honest, is it a bad deal?")]
    [InlineData("is the money in a pool for ossetia?")]
    [InlineData("how much did Russia give? I'm in Tehran, salam")]
    [InlineData("merci!")]
    [InlineData("is Abkhazia a co-chair?")]
    [InlineData("was it a follow-up to the August 2008 war?")]
    [InlineData("is russia responsible for its defence ya na?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Persian.InEnglish(english));
    }

    [Theory]
    [InlineData("chi ha firmato il trattato?")]
    [InlineData("che cosa ha detto la Georgia?")]
    [InlineData("chi è che va a Ginevra?")]
    [InlineData("treaty ki date kya hai na?")]
    [InlineData("treaty pe sign kisne kiya ya nahi?")]
    [InlineData("25 saal ki treaty hai kya?")]
    [InlineData("meen wa2a3 el mo3ahda?")]
    [InlineData("shu 2alet amrika? salam")]
    [InlineData("shukran, mamnoon ktir")]
    [InlineData("anlaşmayı kim imzaladı?")]
    [InlineData("va-t-il signer le traité?")]
    [InlineData("tu sais qui a signé?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        // "chi", "che", "ki", "ya", "va", "tu", "salam" and "mamnoon" are their words too.
        Assert.Equal(other, Persian.InEnglish(other));
    }

    [Theory]
    [InlineData("ki gharardad ro emza kard?")]
    [InlineData("chand pool be Osetia-ye jonubi midan?")]
    [InlineData("Gorjestan che vakoneshi neshoon dad?")]
    [InlineData("salam, khoobi?")]
    public void ReadingTwiceReadsTheSame(string persian)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = Persian.InEnglish(persian);

        Assert.Equal(once, Persian.InEnglish(once));
    }

    [Theory]
    // Persian in its own letters: phrases, words, endings ("اوستیای"), the verb moved to "who", "کی" of a round as when.
    [InlineData("کی قرارداد رو امضا کرد؟", "who signed treaty?")]
    [InlineData("روسیه چقدر پول به اوستیای جنوبی میده؟", "Russia how much money to South Ossetia gives?")]
    [InlineData("دور بعدی مذاکرات ژنو کیه؟", "next round talks Geneva when?")]
    [InlineData("تیبیلوف کیه؟", "Tibilov who is?")]
    [InlineData("اعتبار پیمان تا چند ساله", "valid treaty until how many years")]
    [InlineData("سلام", "hello")]
    [InlineData("خدافظ", "goodbye")]
    public void PersianScriptIsReadInEnglish(string persian, string english)
    {
        Assert.Equal(english, Persian.InEnglish(persian));
    }

    [Theory]
    // Arabic writes ي, ك and ة where Persian writes ی and ک: its messages are Arabizi's to read.
    [InlineData("من وقع المعاهدة؟")]
    [InlineData("كم مليار روبل؟")]
    public void ArabicScriptIsLeftAsItIs(string arabic)
    {
        Assert.Equal(arabic, Persian.InEnglish(arabic));
    }

    [Theory]
    [InlineData("کی قرارداد رو امضا کرد؟", "treaty-signatories")]
    [InlineData("روسیه چقدر پول به اوستیای جنوبی میده؟", "pledge-south-ossetia")]
    [InlineData("دور بعدی مذاکرات ژنو کیه؟", "geneva-next-round")]
    [InlineData("تیبیلوف کیه؟", "tibilov-who")]
    [InlineData("گرجستان چه واکنشی نشون داد؟", "georgia-reaction")]
    [InlineData("اتحادیه اروپا چی گفت؟", "eu-reaction")]
    public void APersianScriptQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("جلسه قبلی ژنو کی بود؟")]
    [InlineData("ترکیه چه واکنشی نشون داد؟")]
    [InlineData("هوای تهران فردا چطوره؟")]
    public void APersianScriptNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }

    [Theory]
    [InlineData("ki gharardad ro emza kard?", "treaty-signatories")]
    [InlineData("gharardad key emza shod?", "signing-date")]
    [InlineData("koja emza kardan?", "signing-place")]
    [InlineData("esm-e gharardad chie?", "treaty-name")]
    [InlineData("gharardad chand sal etebar dare?", "treaty-term")]
    [InlineData("Rusiye chand pool be Osetia-ye jonubi mide?", "pledge-south-ossetia")]
    [InlineData("Abkhazia chand pool gereft?", "pledge-abkhazia")]
    [InlineData("Gorjestan che vakoneshi neshoon dad?", "georgia-reaction")]
    [InlineData("ettehadie oroopa chi goft?", "eu-reaction")]
    [InlineData("Amrika chi goft?", "us-reaction")]
    [InlineData("ki in maghale ro neveshte?", "article-author")]
    [InlineData("maghale rajebe chie?", "treaty-overview")]
    [InlineData("Osetia-ye jonubi chie?", "south-ossetia-what")]
    [InlineData("Mogherini kie?", "mogherini-who")]
    public void APersianQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("salam, khoobi?", "greeting")]
    [InlineData("kheili mamnoon!", "thanks")]
    [InlineData("khodahafez", "goodbye")]
    [InlineData("to robot-i ya adam?", "bot-identity")]
    [InlineData("nazaret chie?", "opinion")]
    public void PersianSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("jamiyat-e Osetia-ye jonubi chande?")]
    [InlineData("Chin che vakoneshi neshoon dad?")]
    [InlineData("paytakht-e Gorjestan kojast?")]
    [InlineData("Putin chand salesh-e?")]
    [InlineData("Lavrov chi goft?")]
    public void APersianNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
