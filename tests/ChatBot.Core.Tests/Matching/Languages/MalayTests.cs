using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class MalayTests
{
    [Theory]
    [InlineData("siapa yang sign treaty ni?", "who  sign treaty this?")]
    [InlineData("kapan perjanjian itu ditandatangani?", "when treaty that signed?")]
    [InlineData("25 tahun kan?", "25 years, right?")]
    [InlineData("sokhumi tu apa?", "what is sokhumi?")]
    [InlineData("tanggal berapa perjanjian itu diteken?", "what date treaty that signed?")]
    [InlineData("state department condemn ke?", "state department condemn ?")]
    [InlineData("russia hantar siapa ke geneva?", "russia send who to geneva?")]
    [InlineData("perjanjiannya berlaku berapa tahun?", "treaty valid for how years?")]
    [InlineData("siapa presiden georgia sekarang?", "who president Georgia now?")]
    [InlineData("next round bila?", "next round when?")]
    public void MalayAndIndonesianAreReadInEnglish(string malay, string english)
    {
        Assert.Equal(english, Malay.InEnglish(malay));
    }

    [Theory]
    // Indonesian chat: shortenings, "ng-" and "-in" verbs, "AS" for the US, an opening "jadi" that is "so".
    [InlineData("reaksi AS gmn kak?", "reaction US how ?")]
    [InlineData("siapa yg nulis artikel ini kak?", "who  wrote article this ?")]
    [InlineData("tgl brp teken treaty nya?", "what date sign treaty ?")]
    [InlineData("jadi Russia ngapain sama South Ossetia?", "so Russia what do same South Ossetia?")]
    public void IndonesianChatIsRead(string malay, string english)
    {
        Assert.Equal(english, Malay.InEnglish(malay));
    }

    [Theory]
    [InlineData("who signed it?")]
    [InlineData("who signed it, as far as the article says?")]
    [InlineData("AS far AS I know, Dr. Psaki?")]
    [InlineData("ah, is La Paz in the article?")]
    [InlineData("what about Sokhumi, is it a city?")]
    [InlineData("tu es qui?")]
    public void OtherTextIsLeftAsItIs(string text)
    {
        Assert.Equal(text, Malay.InEnglish(text));
    }

    [Theory]
    [InlineData("siapa yg nulis artikel ini kak?", "article-author")]
    [InlineData("durasi perjanjiannya brp tahun sih gan", "treaty-term")]
    [InlineData("diskusi geneva dipimpin bersama oleh siapa kak", "geneva-cochairs")]
    [InlineData("infrastruktur NATO di georgia dipermasalahkan siapa?", "geneva-nato-concerns")]
    [InlineData("siapa kepala kebijakan luar negeri UE di artikel ini", "mogherini-who")]
    [InlineData("reaksi AS gmn kak?", "us-reaction")]
    [InlineData("eu ngecam gk min?", "eu-reaction")]
    [InlineData("tbilisi nganggep ini aneksasi ya?", "georgia-reaction")]
    [InlineData("dimana perjanjian ini ditandatangani?", "signing-place")]
    public void AnIndonesianQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("pagi gan", "greeting")]
    [InlineData("mantap, tengkyu bang", "thanks")]
    [InlineData("menurut kamu perjanjian ini bagus gk?", "opinion")]
    public void IndonesianSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("brp duit yg rusia kasih ke ossetia selatan tahun 2018?")]
    [InlineData("siapa yg mimpin delegasi georgia di jenewa?")]
    [InlineData("delegasi AS di jenewa dipimpin siapa kak?")]
    [InlineData("next round Geneva bakal bahas apa?")]
    [InlineData("kapan sally bokhua nulis artikel ini?")]
    public void AnIndonesianNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
