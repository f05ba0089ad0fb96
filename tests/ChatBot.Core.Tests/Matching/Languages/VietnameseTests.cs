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
    // Chat's ways of asking: "kí tên vào" signed, "người ta gọi là gì" what it is called, "bn" closing a request is "you".
    [InlineData("ai ki ten vao hiep uoc z", "who signed treaty")]
    [InlineData("cái hiệp ước đó người ta gọi là gì nhỉ", "what is it called treaty that")]
    [InlineData("ai tham gia đàm phán Geneva", "who participated talks Geneva")]
    [InlineData("ai dan dau doan nga o geneva", "who headed Russian delegation in geneva")]
    [InlineData("tibilov la thang nao vay", "who is tibilov")]
    [InlineData("the gioi noi gi ve vu nay", "what does the world say about this")]
    [InlineData("gruzia bi nhac nho ve chuyen gi", "what Georgia warned about")]
    public void ChatPhrasingIsRead(string vietnamese, string english)
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
    [InlineData("bài báo của ai thế", "article-author")]
    [InlineData("tibilov la thang nao vay", "tibilov-who")]
    [InlineData("ai tham gia đàm phán Geneva", "geneva-participants")]
    [InlineData("cac doan nao co mat tai geneva", "geneva-participants")]
    [InlineData("dong chu tich hoi dam geneva la ai", "geneva-cochairs")]
    [InlineData("bản dự thảo đầu tiên bị sửa ra sao", "abkhazia-comparison")]
    [InlineData("nho dau ma bien gioi on dinh hon", "geneva-border-stabilization")]
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
    // What she does now, soldiers stationed, the newspaper, Putin's wife: none of it is in the article.
    [InlineData("psaki gio lam gi roi")]
    [InlineData("nga dong bao nhieu linh o nam ossetia")]
    [InlineData("bai nay dang tren bao nao vay")]
    [InlineData("Putin có vợ chưa")]
    // What Tibilov said after the signing is not the pledge Putin made: "sau khi" alone stays unread.
    [InlineData("Tibilov nói gì sau khi ký")]
    public void ANearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
