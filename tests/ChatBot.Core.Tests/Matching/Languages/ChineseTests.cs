using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class ChineseTests
{
    [Theory]
    [InlineData("谁签的条约", "who signed treaty")]
    [InlineData("条约是谁跟谁签的", "who signed treaty")]
    [InlineData("季比洛夫是谁", "who is Tibilov")]
    [InlineData("俄罗斯给南奥塞梯多少钱", "how much money Russia give South Ossetia")]
    [InlineData("这个条约管几年", "how many years this treaty valid")]
    [InlineData("格鲁吉亚怎么回应的", "how reacted Georgia")]
    [InlineData("美国承认这个条约吗", "is US recognize this treaty")]
    [InlineData("日内瓦会议都有哪些国家参加", "which countries attend Geneva meeting has")]
    [InlineData("3月17到18号日内瓦开了个什么会", "what meeting 17-18 March Geneva")]
    [InlineData("阿布哈兹是哪里", "where is Abkhazia")]
    [InlineData("Tibilov 是什么人", "who is Tibilov")]
    // Words readers use for the same things, and "是？" at the end asking what.
    [InlineData("这个条约的名称是?", "what is this treaty name?")]
    [InlineData("边境警示牌被破坏那个是怎么回事", "what happened border warning signs damaged")]
    [InlineData("苏呼米那边拿到多少卢布?", "how much rubles Sokhumi get?")]
    [InlineData("能问你什么问题?", "what can I ask you?")]
    public void CharactersAreReadInEnglish(string chinese, string english)
    {
        Assert.Equal(english, Chinese.InEnglish(chinese));
    }

    [Theory]
    [InlineData("eluosi gei nan ao duoshao qian", "how much money Russia give South Ossetia")]
    [InlineData("shei qian de tiaoyue", "who signed treaty")]
    [InlineData("Leonid Tibilov shi shei a", "who is Leonid Tibilov")]
    [InlineData("tiaoyue youxiaoqi duo chang", "how long treaty valid")]
    [InlineData("nan ao sai ti shi nali", "where is South Ossetia")]
    [InlineData("2008 nian 8 yue de rineiwa xieyi ti dao le shenme", "what August 2008 Geneva agreement mention")]
    [InlineData("nihao", "hello")]
    [InlineData("zai jian la", "bye")]
    // Spaced by syllable, with no word run together: "tiao yue", "ge lu ji ya" say pinyin on their own.
    [InlineData("tiao yue de quan cheng", "treaty full name")]
    [InlineData("ge lu ji ya fan ying ru he", "how Georgia reaction")]
    [InlineData("ti bi luo fu shi shen me ren", "who is Tibilov")]
    [InlineData("you xiao qi ji nian", "how many years valid")]
    [InlineData("ba yue 2008 nian na ge xie yi zen me le", "which agreement what about August in 2008")]
    [InlineData("shui qian de zi", "who signed")]
    public void PinyinIsReadInEnglish(string pinyin, string english)
    {
        Assert.Equal(english, Chinese.InEnglish(pinyin));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("How many years this treaty valid?")]
    [InlineData("who is Tibilov")]
    [InlineData("Shi Jinping said what about it?")]
    [InlineData("what did the EU say, and the US?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Chinese.InEnglish(english));
    }

    [Theory]
    [InlineData("ai ký hiệp ước này?")]
    [InlineData("hiep uoc ky o dau vay")]
    [InlineData("nani alisaini mkataba?")]
    [InlineData("sino po ang pumirma ng treaty?")]
    [InlineData("treaty pe sign kisne kiya?")]
    [InlineData("kto podpisal dogovor?")]
    [InlineData("quién firmó el tratado?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        Assert.Equal(other, Chinese.InEnglish(other));
    }

    [Theory]
    [InlineData("谁签的条约")]
    [InlineData("eluosi gei nan ao duoshao qian")]
    public void ReadingTwiceReadsTheSame(string question)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = ReaderPhrasing.InEnglish(question);

        Assert.Equal(once, ReaderPhrasing.InEnglish(once));
    }

    [Theory]
    [InlineData("谁签的条约", "treaty-signatories")]
    [InlineData("条约有效期多久", "treaty-term")]
    [InlineData("俄罗斯给南奥塞梯多少钱", "pledge-south-ossetia")]
    [InlineData("季比洛夫是谁", "tibilov-who")]
    [InlineData("格鲁吉亚怎么回应的", "georgia-reaction")]
    [InlineData("eluosi gei nan ao duoshao qian", "pledge-south-ossetia")]
    [InlineData("shei qian de tiaoyue", "treaty-signatories")]
    [InlineData("guo fang he an quan you shui fu ze", "treaty-defence")]
    [InlineData("nan ao de jun dui he an quan bu men zen me ban", "treaty-armed-forces")]
    [InlineData("e luo si dai biao tuan tuan zhang shi shui", "karasin-who")]
    [InlineData("mei guo cheng ren zhe ge tiao yue ma", "us-reaction")]
    [InlineData("xia yi lun tan pan shi jian", "geneva-next-round")]
    [InlineData("这个treaty几年期限的？", "treaty-term")]
    [InlineData("下次日内瓦讨论定在几号？", "geneva-next-round")]
    [InlineData("边境形势变好是谁的功劳？", "geneva-border-stabilization")]
    [InlineData("tibilov是南奥的老大吗", "tibilov-who")]
    [InlineData("普京说要给南奥多少资金搞经济发展", "pledge-south-ossetia")]
    public void AChineseQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("谢谢", "thanks")]
    [InlineData("你好", "greeting")]
    [InlineData("你是机器人吗", "bot-identity")]
    [InlineData("xiexie ni", "thanks")]
    [InlineData("能问你什么问题？", "help")]
    [InlineData("我可以问什么问题", "help")]
    [InlineData("wo ke yi wen shen me", "help")]
    [InlineData("ni shi ren gong zhi neng ma", "bot-identity")]
    [InlineData("先这样，回头聊", "goodbye")]
    public void SmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("2018年俄罗斯给南奥多少钱？")]
    [InlineData("季比洛夫多大年纪")]
    [InlineData("中国对这个条约什么态度")]
    [InlineData("南奥塞梯有多少人口")]
    [InlineData("zhongguo zenme kan zhe ge tiaoyue")]
    [InlineData("jin tian chi shen me")]
    public void ANearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
