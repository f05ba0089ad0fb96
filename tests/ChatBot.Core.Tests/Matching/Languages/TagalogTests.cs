using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class TagalogTests
{
    [Theory]
    [InlineData("sino po ang pumirma ng treaty?", "who  the signed of treaty?")]
    [InlineData("magkano yung para sa Abkhazia?", "how much the for Abkhazia?")]
    [InlineData("gaano katagal ang treaty?", "how long the treaty?")]
    [InlineData("25 years ang treaty diba?", "25 years the treaty, right?")]
    [InlineData("nag-sign ba si Putin?", "sign   Putin?")]
    [InlineData("1 billion rubles ba sa 2016?", "1 billion rubles  in 2016, right?")]
    [InlineData("sa August ba yung next round?", "in August  the next round, right?")]
    [InlineData("sa Tskhinvali ba sila nag sign?", "in Tskhinvali  they sign?")]
    [InlineData("bot ka ba?", "are you bot?")]
    [InlineData("ano sinabi ni Tibilov?", "what did Tibilov say?")]
    [InlineData("ano sinabi ni Jen Psaki?", "what did Jen Psaki say?")]
    [InlineData("ipapasa ba yung units sa Russia?", "handed over  the units in Russia?")]
    public void TagalogWordsAreReadInEnglish(string taglish, string english)
    {
        Assert.Equal(english, Tagalog.InEnglish(taglish));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("is Ang Lee in the article?")]
    [InlineData("did they sign it in Sochi, si or no?")]
    [InlineData("what about ba?")]
    [InlineData("did SA react to it?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Tagalog.InEnglish(english));
    }

    [Theory]
    // Chat spellings, a doubled syllable for what will be done, the one who did it after "ng".
    [InlineData("cno si leonid tibilov", "who is leonid tibilov")]
    [InlineData("sino magdedefend sa south ossetia", "who will defend in south ossetia")]
    [InlineData("kelan mag eexpire treaty", "when will expire treaty")]
    [InlineData("bakit kinuha ng russia yung crimea", "why took by russia the crimea")]
    [InlineData("presidente ba si tibilov?", "is tibilov the president?")]
    [InlineData("abkhazia ba bansa", "is abkhazia a country")]
    [InlineData("sokhumi ba ay abkhazia", "is sokhumi abkhazia")]
    [InlineData("sino ka ba", "who are you")]
    [InlineData("anong bot ka", "what bot are you")]
    [InlineData("saang bansa ang geneva", "where is geneva")]
    public void HowFilipinosWriteIsRead(string taglish, string english)
    {
        Assert.Equal(english, Tagalog.InEnglish(taglish));
    }

    [Theory]
    [InlineData("si putin ba pumirma?", "treaty-signatories")]
    [InlineData("cnu ung mga nagpirmahan", "treaty-signatories")]
    [InlineData("sa kremlin ba sila nagpirmahan", "signing-place")]
    [InlineData("ano official name nung treaty", "treaty-name")]
    [InlineData("russia ba mag guguard ng borders nila", "treaty-defence")]
    [InlineData("yung armed forces nila isasama na sa russia?", "treaty-armed-forces")]
    [InlineData("gano katagal yung treaty", "treaty-term")]
    [InlineData("hanggang kelan yung kasunduan", "treaty-term")]
    [InlineData("pareho lang ba to sa abkhazia treaty", "abkhazia-comparison")]
    [InlineData("mas malalim ba integration ng ossetia kesa abkhazia", "abkhazia-comparison")]
    [InlineData("magkano bnigay ng russia", "pledge-south-ossetia")]
    [InlineData("sino c federica mogherini po", "mogherini-who")]
    [InlineData("sino spokesperson ng state dept", "psaki-who")]
    [InlineData("south ossetia ay part ng georgia?", "south-ossetia-what")]
    [InlineData("sino yung sokhumi na binigyan ng pera", "sokhumi-meaning")]
    [InlineData("kontra ba US dito", "us-reaction")]
    [InlineData("sino kasali sa transcaucasia discussions", "geneva-participants")]
    [InlineData("bakit daw gumanda sitwasyon sa border", "geneva-border-stabilization")]
    [InlineData("bawal ba sirain yung warning signs sa border", "geneva-warning-signs")]
    [InlineData("ano kinalabasan ng meeting", "geneva-outcome")]
    [InlineData("may susunod ba na meeting", "geneva-next-round")]
    [InlineData("kelan ulit sila magkikita sa geneva", "geneva-next-round")]
    [InlineData("cnu writer ng article", "article-author")]
    public void ATaglishQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("yo musta", "greeting")]
    [InlineData("salamuch", "thanks")]
    [InlineData("thank u sa sagot", "thanks")]
    [InlineData("pano ka gamitin", "help")]
    [InlineData("sige bye na", "goodbye")]
    [InlineData("sino ka ba", "bot-identity")]
    [InlineData("ok lang ba yung treaty na to para sayo", "opinion")]
    [InlineData("mag kakagyera ba dahil dito?", "opinion")]
    public void TaglishSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    // Out of the article: which year, Putin's name, where Geneva is.
    [InlineData("anong taon pinirmahan yung treaty")]
    [InlineData("ano full name ni putin")]
    [InlineData("saang bansa ang geneva")]
    [InlineData("ano nakuha ng Crimea, may pera din ba sila?")]
    public void ATaglishNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
