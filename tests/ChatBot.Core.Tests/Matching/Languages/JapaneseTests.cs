using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class JapaneseTests
{
    [Theory]
    [InlineData("誰が条約に署名しましたか？", "who signed the treaty?")]
    [InlineData("ロシアは南オセチアにいくら出しますか？", "how much give Russia South Ossetia?")]
    [InlineData("モゲリーニさんは誰ですか？", "who is Mogherini?")]
    [InlineData("条約はいつ署名されましたか？", "when signed treaty?")]
    [InlineData("ジョージア代表団は何をしましたか？", "what did do Georgia delegation?")]
    [InlineData("2017年末までにいくら配分されますか", "how much allocated by the end of 2017")]
    [InlineData("ありがとうございました！", "thanks!")]
    public void KanaAndKanjiAreReadInEnglish(string japanese, string english)
    {
        Assert.Equal(english, Japanese.InEnglish(japanese));
    }

    [Theory]
    [InlineData("kono kiji wa dare ga kakimashita ka", "who wrote this article")]
    [InlineData("jouyaku no namae wa?", "treaty name?")]
    [InlineData("anata wa robotto desu ka", "are you robot")]
    [InlineData("tsugi no kaigi wa itsu?", "when next meeting?")]
    public void RomajiIsReadInEnglish(string romaji, string english)
    {
        Assert.Equal(english, Japanese.InEnglish(romaji));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("Dare you ask who signed?")]
    [InlineData("Is the kiji online?")]
    [InlineData("who is nan?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Japanese.InEnglish(english));
    }

    [Theory]
    [InlineData("谁签的条约?")]
    [InlineData("条约有效期多久")]
    [InlineData("nani alisaini mkataba?")]
    [InlineData("kto podpisal dogovor?")]
    [InlineData("sino ka ba?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        Assert.Equal(other, Japanese.InEnglish(other));
    }

    [Theory]
    [InlineData("誰が条約に署名しましたか？")]
    [InlineData("kono kiji wa dare ga kakimashita ka")]
    public void ReadingTwiceReadsTheSame(string question)
    {
        var once = ReaderPhrasing.InEnglish(question);

        Assert.Equal(once, ReaderPhrasing.InEnglish(once));
    }

    [Theory]
    [InlineData("kono kiji wa dare ga kakimashita ka", "article-author")]
    [InlineData("ロシアは南オセチアにいくら出しますか？", "pledge-south-ossetia")]
    [InlineData("条約の有効期間は何年ですか？", "treaty-term")]
    [InlineData("ジュネーブ協議の共同議長は誰？", "geneva-cochairs")]
    [InlineData("tibirofu san wa dare desu ka", "tibilov-who")]
    [InlineData("アブハジアって何ですか？", "abkhazia-what")]
    [InlineData("gurujia no gaimushou wa nan to itta?", "georgia-reaction")]
    [InlineData("条約はいつ署名されましたか？", "signing-date")]
    public void AJapaneseQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("日本政府はこの条約についてどう反応しましたか？")]
    [InlineData("chuugoku no hannou wa?")]
    [InlineData("プーチンは何歳ですか？")]
    [InlineData("今日の東京の天気は？")]
    public void ANearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
