using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class HebrewTests
{
    [Theory]
    [InlineData("מי חתם על ההסכם?", "who signed treaty?")]
    [InlineData("כמה כסף רוסיה נותנת לדרום אוסטיה", "how much money Russia gives to South Ossetia")]
    [InlineData("מתי נחתם ההסכם", "when was signed treaty")]
    [InlineData("מתי הסיבוב הבא בז'נבה", "when next round in Geneva")]
    [InlineData("מי השתתף בדיונים בז'נבה", "who attended in discussions in Geneva")]
    [InlineData("איך קוראים להסכם", "what is the name of treaty")]
    [InlineData("מי זה טיבילוב", "who is Tibilov")]
    [InlineData("מה האיחוד האירופי אמר", "what EU said")]
    [InlineData("כמה מוסקבה הבטיחה לסוחומי", "how much Moscow pledged to Sokhumi")]
    public void HebrewScriptIsReadInEnglish(string hebrew, string english)
    {
        Assert.Equal(english, Hebrew.InEnglish(hebrew));
    }

    [Theory]
    // Vowel points left out or typed, the Hebrew geresh, glued prefixes.
    [InlineData("מִי חָתַם עַל הַהֶסְכֵּם?", "who signed treaty?")]
    [InlineData("מתי הסבב הבא בז׳נבה", "when next round in Geneva")]
    [InlineData("ובז'נבה", "and in Geneva")]
    public void HowIsraelisTypeIsRead(string hebrew, string english)
    {
        Assert.Equal(english, Hebrew.InEnglish(hebrew));
    }

    [Theory]
    [InlineData("mi chatam", "who signed")]
    [InlineData("matai chatmu", "when signed")]
    [InlineData("ma ze drom osetia", "what is South Ossetia")]
    [InlineData("kama shanim ha'heskem", "how much years treaty")]
    public void TransliteratedHebrewIsReadInEnglish(string hebrew, string english)
    {
        Assert.Equal(english, Hebrew.InEnglish(hebrew));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("ma'am, who signed it?")]
    [InlineData("what did the EU say?")]
    [InlineData("Let's talk about the deal")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Hebrew.InEnglish(english));
    }

    [Theory]
    [InlineData("ma chi ha firmato il trattato?")]
    [InlineData("kto podpisał tę umowę?")]
    [InlineData("mi ez a szerződés?")]
    [InlineData("kama ulivyosema")]
    [InlineData("mi amigo, quién firmó?")]
    [InlineData("من وقع المعاهدة؟")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        Assert.Equal(other, Hebrew.InEnglish(other));
    }

    [Theory]
    [InlineData("מי חתם על ההסכם?")]
    [InlineData("ma amru ha'amerika'im")]
    public void ReadingTwiceReadsTheSame(string question)
    {
        var once = ReaderPhrasing.InEnglish(question);

        Assert.Equal(once, ReaderPhrasing.InEnglish(once));
    }

    [Theory]
    [InlineData("מי חתם על ההסכם?", "treaty-signatories")]
    [InlineData("כמה כסף רוסיה נותנת לדרום אוסטיה", "pledge-south-ossetia")]
    [InlineData("מתי הסיבוב הבא בז'נבה", "geneva-next-round")]
    [InlineData("מה גאורגיה אמרה על ההסכם", "georgia-reaction")]
    [InlineData("מה זה אבחזיה", "abkhazia-what")]
    [InlineData("mi chatam", "treaty-signatories")]
    [InlineData("ma ze drom osetia", "south-ossetia-what")]
    public void AHebrewQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("מי המנהיג של אבחזיה")]
    [InlineData("כמה כסף אבחזיה תקבל ב2016")]
    [InlineData("מה ישראל אמרה על ההסכם")]
    [InlineData("איך אומרים תודה בגאורגית")]
    public void ANearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
