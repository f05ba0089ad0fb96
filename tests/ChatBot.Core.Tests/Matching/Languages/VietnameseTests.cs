using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class VietnameseTests
{
    [Theory]
    [InlineData("ai ký hiệp ước này z", "who signed treaty this")]
    [InlineData("Nga cho Nam Ossetia bao nhiêu tiền", "how much money Russia to South Ossetia")]
    [InlineData("Gruzia phản ứng sao", "how Georgia react")]
    [InlineData("Tibilov là ai", "who is Tibilov")]
    [InlineData("hiệp ước có hiệu lực bao lâu", "how long treaty valid")]
    [InlineData("Putin ký vs ai thế", "with who Putin signed")]
    [InlineData("EU có lên án ko", "is EU condemn?")]
    public void VietnameseQuestionsAreReadInEnglish(string vietnamese, string english)
    {
        Assert.Equal(english, Vietnamese.InEnglish(vietnamese));
    }

    [Theory]
    // Typed without diacritics.
    [InlineData("hiep uoc ky o dau vay", "where treaty signed")]
    [InlineData("tac gia la ai", "who is author")]
    public void VietnameseWithoutDiacriticsIsRead(string vietnamese, string english)
    {
        Assert.Equal(english, Vietnamese.InEnglish(vietnamese));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("who co-chaired the Geneva talks?")]
    [InlineData("is it 1bn in 2016 and 9bn by 2017")]
    [InlineData("Breakdown of the 9bn by sector - infrastructure vs pensions?")]
    [InlineData("Is this an AI?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Vietnamese.InEnglish(english));
    }

    [Theory]
    [InlineData("pourquoi la Russie a annexé la Crimée?")]
    [InlineData("¿quién es la jefa de la diplomacia europea?")]
    [InlineData("yaar Abkazia ko bhi paisa mila ya sirf Ossetia ko?")]
    [InlineData("bot ka ba o tao?")]
    [InlineData("pinirmahan ba ni Medvedev yung treaty? parang nabasa ko")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        Assert.Equal(other, Vietnamese.InEnglish(other));
    }

    [Theory]
    [InlineData("ai ký hiệp ước này z")]
    [InlineData("hiep uoc ky o dau vay")]
    public void ReadingTwiceReadsTheSame(string question)
    {
        var once = ReaderPhrasing.InEnglish(question);

        Assert.Equal(once, ReaderPhrasing.InEnglish(once));
    }

    [Theory]
    [InlineData("ai ký hiệp ước này z", "treaty-signatories")]
    [InlineData("hiep uoc ky o dau vay", "signing-place")]
    [InlineData("Nga cho Nam Ossetia bao nhiêu tiền", "pledge-south-ossetia")]
    [InlineData("Gruzia phản ứng sao", "georgia-reaction")]
    [InlineData("hiệp ước có hiệu lực bao lâu", "treaty-term")]
    [InlineData("tac gia la ai", "article-author")]
    public void AVietnameseQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("cảm ơn nha", "thanks")]
    [InlineData("pp nhé", "goodbye")]
    public void SmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Nga hứa cho Nam Ossetia bao nhiêu tiền năm 2018")]
    [InlineData("Trung Quốc phản ứng sao về hiệp ước")]
    [InlineData("Tibilov bao nhiêu tuổi")]
    public void ANearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
