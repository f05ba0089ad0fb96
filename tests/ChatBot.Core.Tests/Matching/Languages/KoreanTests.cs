using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class KoreanTests
{
    [Theory]
    [InlineData("누가 서명했어?", "who signed?")]
    [InlineData("티빌로프가 누구야?", "who is Tibilov?")]
    [InlineData("러시아가 남오세티야에 돈 얼마 준대?", "Russia South Ossetia money how much will give?")]
    [InlineData("제네바 회의 공동의장 누구야", "who is Geneva meeting co-chairs")]
    [InlineData("2008년 8월 합의 얘기는 뭐야?", "2008 August agreement about what?")]
    [InlineData("25년짜리 맞지?", "25 years right?")]
    [InlineData("감사합니다!!", "thank you!!")]
    [InlineData("너 누구야?", "who are you?")]
    [InlineData("누가 사인했음?", "who signed?")]
    [InlineData("10억 루블 얘기 뭐임?", "1 billion rubles about what?")]
    [InlineData("모게리니 직책이 뭐에요", "what is Mogherini job")]
    [InlineData("Tibilov 뭐하는 사람이야?", "who is Tibilov?")]
    [InlineData("카라신 나이 알려줘", "Karasin age tell me")]
    public void HangulQuestionsAreReadInEnglish(string korean, string english)
    {
        Assert.Equal(english, Korean.InEnglish(korean));
    }

    [Theory]
    [InlineData("eonje sain haesseo?", "when signed?")]
    [InlineData("joyak ireum mwo?", "what is treaty name?")]
    [InlineData("miguk ban-eung eottae", "US reaction how is")]
    [InlineData("abhajiya-neun don eolma batasseo?", "Abkhazia money how much got?")]
    [InlineData("reporter nuguya ㅋㅋ", "who is reporter")]
    [InlineData("neo nuguya", "who are you")]
    public void RomanizedKoreanIsReadInEnglish(string korean, string english)
    {
        Assert.Equal(english, Korean.InEnglish(korean));
    }

    [Theory]
    [InlineData("thx ㅠㅠ so helpful", "thx so helpful")]
    [InlineData("what happen to their military ㅠㅠ", "what happen to their military")]
    public void TheChatsJamoAreNoWords(string text, string english)
    {
        Assert.Equal(english, Korean.InEnglish(text));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("is the treaty valid for 25 years?")]
    [InlineData("I don't know who signed it")]
    [InlineData("Don Ya from Seoul asks: what did the EU say?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Korean.InEnglish(english));
    }

    [Theory]
    [InlineData("kto podpisal dogovor?")]
    [InlineData("quién firmó el tratado?")]
    [InlineData("sino po ang pumirma?")]
    [InlineData("nani alisaini mkataba ya?")]
    [InlineData("treaty pe sign kisne kiya?")]
    [InlineData("siapa yang sign treaty ni? mata saya")]
    [InlineData("谁签的条约?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        Assert.Equal(other, Korean.InEnglish(other));
    }

    [Theory]
    [InlineData("누가 서명했어?")]
    [InlineData("joyak ireum mwo?")]
    public void ReadingTwiceReadsTheSame(string question)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = ReaderPhrasing.InEnglish(question);

        Assert.Equal(once, ReaderPhrasing.InEnglish(once));
    }

    [Theory]
    [InlineData("누가 서명했어?", "treaty-signatories")]
    [InlineData("러시아가 남오세티야에 돈 얼마 준대?", "pledge-south-ossetia")]
    [InlineData("조약 기간 몇년이에요?", "treaty-term")]
    [InlineData("티빌로프가 누구야?", "tibilov-who")]
    [InlineData("EU 반응 어땠어?", "eu-reaction")]
    [InlineData("joyak ireum mwo?", "treaty-name")]
    [InlineData("eodiseo sain haesseo", "signing-place")]
    [InlineData("러시아가 압하지야랑도 조약 맺었었나요?", "abkhazia-treaty")]
    [InlineData("남오세티야 지도자 이름이 뭐에요?", "tibilov-who")]
    [InlineData("미 국무부 입장이 뭐예요?", "us-reaction")]
    [InlineData("크렘린에서 사인한 거 맞아?", "signing-place")]
    [InlineData("제네바 회의에 누가 참석했어요?", "geneva-participants")]
    public void AKoreanQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("감사합니다!!", "thanks")]
    [InlineData("안녕하세요", "greeting")]
    [InlineData("ㄱㅅㄱㅅ", "thanks")]
    [InlineData("ㅎㅇ", "greeting")]
    public void SmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("일본 반응은?")]
    [InlineData("오늘 서울 날씨 어때?")]
    [InlineData("남오세티야 인구 몇명이야?")]
    [InlineData("2015년에는 남오세티야가 돈 얼마 받았어?")]
    [InlineData("카라신 나이 알려줘")]
    [InlineData("다음 제네바 회의 결과는 어떻게 됐어?")]
    public void ANearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
