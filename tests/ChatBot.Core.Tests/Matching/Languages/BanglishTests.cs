using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class BanglishTests
{
    [Theory]
    [InlineData("treaty ta ke sign korse?", "treaty the who signed?")]
    [InlineData("Putin koto taka dibe South Ossetia ke?", "Putin how much money will give South Ossetia to?")]
    [InlineData("kobe sign hoise?", "when signed?")]
    [InlineData("kothay sign hoise?", "where signed?")]
    [InlineData("EU ki bolse?", "what did EU say?")]
    [InlineData("chukti r meyad koto din?", "treaty term how long?")]
    [InlineData("Tskhinvali mane ki?", "Tskhinvali what does mean?")]
    [InlineData("abkhazia kon jaiga?", "abkhazia what place?")]
    public void BengaliQuestionsAreReadInEnglish(string bengali, string english)
    {
        Assert.Equal(english, Banglish.InEnglish(bengali));
    }

    [Theory]
    // A question asked last, "ke" as "to" beside another question word, a verb said in English, a year's "by".
    [InlineData("South Ossetia r leader ke?", "who is South Ossetia leader?")]
    [InlineData("Abkhazia ke koto ruble dise Moscow?", "Abkhazia to how much ruble gave Moscow?")]
    [InlineData("treaty te army niye ki bola ase bhai", "what does the treaty say about army")]
    [InlineData("2017 er moddhe koto paisa jabe development e?", "by 2017 how much money will go development in?")]
    [InlineData("Geneva te kara kara chilo?", "Geneva who attended?")]
    // Asked last, asked first; what someone does; a verb "given"; chat's short spellings.
    [InlineData("abkhazia ki", "what is abkhazia")]
    [InlineData("psaki kon job kore", "what job does psaki do")]
    [InlineData("putin er sathe ke sign dilo", "putin with who signed")]
    [InlineData("kbe sign korse", "when signed")]
    [InlineData("thanks vai", "thanks")]
    // Small talk.
    [InlineData("dhonnobad", "thanks")]
    [InlineData("tumi ke?", "who are you?")]
    [InlineData("tumi ki bot naki manush?", "are you bot or human?")]
    [InlineData("ki ki jiggesh korte pari?", "what can I ask?")]
    public void HowBengalisWriteIsRead(string bengali, string english)
    {
        Assert.Equal(english, Banglish.InEnglish(bengali));
    }

    [Theory]
    // Bengali script, in Latin letters and then in English; endings glued to a word read apart.
    [InlineData("চুক্তি কবে সই হয়েছে", "treaty when signed")]
    [InlineData("তিবিলভ কে?", "who is Tibilov?")]
    [InlineData("চুক্তির মেয়াদ কত বছর?", "treaty term how many years?")]
    [InlineData("ওসেটিয়াকে রাশিয়া কত টাকা দেবে?", "Ossetia to Russia how much money will give?")]
    public void BengaliScriptIsRead(string bengali, string english)
    {
        Assert.Equal(english, Banglish.InEnglish(bengali));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("is the treaty valid for 25 years?")]
    [InlineData("the age of the treaty?")]
    [InlineData("what did the EU say, and the US?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Banglish.InEnglish(english));
    }

    [Theory]
    [InlineData("treaty pe sign kisne kiya?")]
    [InlineData("South Ossetia ki army kitni badi hai?")]
    [InlineData("is pact ko officially kya bolte hai")]
    [InlineData("ki vagy te egyáltalán?")]
    [InlineData("kas pasirašė sutartį?")]
    [InlineData("quién firmó el tratado?")]
    [InlineData("nani alisaini mkataba?")]
    [InlineData("sino ka ba?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        Assert.Equal(other, Banglish.InEnglish(other));
    }

    [Theory]
    [InlineData("treaty ta ke sign korse?")]
    [InlineData("South Ossetia r leader ke?")]
    [InlineData("Putin koto taka dibe South Ossetia ke?")]
    public void ReadingTwiceReadsTheSame(string question)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = ReaderPhrasing.InEnglish(question);

        Assert.Equal(once, ReaderPhrasing.InEnglish(once));
    }

    [Theory]
    [InlineData("treaty ta ke sign korse?", "treaty-signatories")]
    [InlineData("kobe sign hoise?", "signing-date")]
    [InlineData("kothay sign hoise?", "signing-place")]
    [InlineData("Putin koto taka dibe South Ossetia ke?", "pledge-south-ossetia")]
    [InlineData("Abkhazia ke koto ruble dise Moscow?", "pledge-abkhazia")]
    [InlineData("Georgia ki bollo eta niye?", "georgia-reaction")]
    [InlineData("chukti r meyad koto din?", "treaty-term")]
    [InlineData("ei article ta ke likhse?", "article-author")]
    [InlineData("South Ossetia r leader ke?", "tibilov-who")]
    [InlineData("Russia ki South Ossetia ke defend korbe naki?", "treaty-defence")]
    [InlineData("porer round kobe?", "geneva-next-round")]
    [InlineData("next geneva meeting kobe?", "geneva-next-round")]
    [InlineData("psaki kon job kore", "psaki-who")]
    [InlineData("putin er sathe ke sign dilo", "treaty-signatories")]
    [InlineData("treaty ta kon jaygay sign holo", "signing-place")]
    [InlineData("border pahara dibe ke, russia?", "treaty-defence")]
    [InlineData("চুক্তি কোথায় সই হয়েছে", "signing-place")]
    [InlineData("আবখাজিয়াকে কত রুবল দেওয়ার প্রতিশ্রুতি দিয়েছে", "pledge-abkhazia")]
    [InlineData("জর্জিয়া কী প্রতিক্রিয়া দিয়েছে", "georgia-reaction")]
    [InlineData("জেনেভার আলোচনার সহ-সভাপতি কারা ছিল", "geneva-cochairs")]
    public void ABengaliQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("dhonnobad", "thanks")]
    [InlineData("nomoskar", "greeting")]
    [InlineData("allah hafez", "goodbye")]
    [InlineData("tumi ke?", "bot-identity")]
    [InlineData("ধন্যবাদ", "thanks")]
    [InlineData("তুমি কে?", "bot-identity")]
    [InlineData("কী প্রশ্ন করা যায়?", "help")]
    public void SmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Tibilov er boyosh koto?")]
    [InlineData("Putin koto bochor dhore president?")]
    [InlineData("aaj Dhaka te bristi hobe?")]
    [InlineData("Abkhazia r president ke?")]
    // Not the article's: Putin's full name, what Psaki does now, Bangladesh's capital.
    [InlineData("putin er full name ki")]
    [InlineData("psaki ekhon ki kore")]
    [InlineData("বাংলাদেশের রাজধানী কী")]
    public void ANearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
