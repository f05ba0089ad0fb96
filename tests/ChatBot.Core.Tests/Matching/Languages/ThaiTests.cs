using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class ThaiTests
{
    [Theory]
    [InlineData("ใครเซ็นสัญญาบ้างครับ", "who sign the treaty")]
    [InlineData("รัสเซียให้เงินเซาท์ออสซีเชียเท่าไหร่ครับ", "how much Russia give money South Ossetia")]
    [InlineData("สัญญานี้มีอายุกี่ปีครับ", "how many years treaty this valid")]
    [InlineData("ทิบิลอฟเป็นใครอะ", "who is Tibilov")]
    [InlineData("อียูว่ายังไงคะ", "what did say EU")]
    [InlineData("เซ็นวันไหนครับ", "what date sign")]
    // A date of days and a month, a Buddhist year, what they call it.
    [InlineData("ที่เจนีวาวันที่17-18มีนาคุยอะไรกันบ้าง", "what Geneva March 17-18 discuss")]
    [InlineData("ในข่าวพูดถึงข้อตกลงส.ค.2551ว่าอะไรอะ", "what did say in the article mention agreement August 2008")]
    [InlineData("เขาเรียกข้อตกลงฉบับนี้ว่าอะไรคะ", "what is the name of they agreement this treaty")]
    // Small talk.
    [InlineData("ขอบคุณครับ", "thanks")]
    [InlineData("คุณเป็นใคร", "who are you")]
    public void ThaiScriptIsReadInEnglish(string thai, string english)
    {
        Assert.Equal(english, Thai.InEnglish(thai));
    }

    [Theory]
    [InlineData("tibilov pen krai krub", "who is tibilov")]
    [InlineData("ngern tee russia hai south ossetia tao rai krub", "how much money that russia give south ossetia")]
    [InlineData("russia will protect south ossetia border mai krub", "is russia will protect south ossetia border?")]
    // English closed by a Thai particle.
    [InlineData("who is tibilov na", "who is tibilov")]
    [InlineData("sign when ka", "sign when")]
    public void RomanizedThaiIsReadInEnglish(string thai, string english)
    {
        Assert.Equal(english, Thai.InEnglish(thai));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("is the treaty valid for 25 years?")]
    [InlineData("what did the EU say, and the US?")]
    [InlineData("nana said what?")]
    [InlineData("Thai food is great")]
    // A question about now is left as it is, for the engine to decline.
    [InlineData("jen psaki now work where na")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Thai.InEnglish(english));
    }

    [Theory]
    [InlineData("treaty pe sign kisne kiya? Putin ka?")]
    [InlineData("treaty ka naam kya hai na")]
    [InlineData("sino ka ba?")]
    [InlineData("rais wa Georgia ni nani?")]
    [InlineData("dare ga kaita ka")]
    [InlineData("mai nahi jaanta, treaty kab sign hua na")]
    [InlineData("chi ha firmato il trattato? non lo so mai")]
    [InlineData("kto podpisał tę umowę?")]
    [InlineData("谁签的条约?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        Assert.Equal(other, Thai.InEnglish(other));
    }

    [Theory]
    [InlineData("ใครเซ็นสัญญาบ้างครับ")]
    [InlineData("tibilov pen krai krub")]
    [InlineData("who is tibilov na")]
    public void ReadingTwiceReadsTheSame(string question)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = ReaderPhrasing.InEnglish(question);

        Assert.Equal(once, ReaderPhrasing.InEnglish(once));
    }

    [Theory]
    [InlineData("ใครเซ็นสัญญาบ้างครับ", "treaty-signatories")]
    [InlineData("รัสเซียให้เงินเซาท์ออสซีเชียเท่าไหร่ครับ", "pledge-south-ossetia")]
    [InlineData("สัญญานี้มีอายุกี่ปีครับ", "treaty-term")]
    [InlineData("ทิบิลอฟเป็นใครอะ", "tibilov-who")]
    [InlineData("เซ็นวันไหนครับ", "signing-date")]
    [InlineData("อียูว่ายังไงคะ", "eu-reaction")]
    [InlineData("tibilov pen krai krub", "tibilov-who")]
    [InlineData("who is tibilov na", "tibilov-who")]
    public void AThaiQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("ขอบคุณครับ", "thanks")]
    [InlineData("สวัสดีครับ", "greeting")]
    [InlineData("คุณเป็นใคร", "bot-identity")]
    public void SmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("ทิบิลอฟอายุเท่าไหร่")]
    [InlineData("จีนว่าไงกับสัญญานี้")]
    [InlineData("ราคาทองวันนี้เท่าไหร่คะ")]
    [InlineData("รัสเซียให้เงินเซาท์ออสซีเชียปี2018เท่าไหร่ครับ")]
    [InlineData("jen psaki now work where na")]
    public void ANearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
