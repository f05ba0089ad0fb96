using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class GeorgianTests
{
    [Theory]
    [InlineData("vin moawera es xelshekruleba?", "who signed this treaty?")]
    [InlineData("rodis moaweres?", "when signed?")]
    [InlineData("ramdeni puli misca rusetma samxret osets?", "how much money gave Russia South Ossetia?")]
    [InlineData("ra hqvia khelshekrulebas?", "what is the name treaty?")]
    [InlineData("ramdeni wlit moaweres?", "how many years signed?")]
    [InlineData("evrokavshirma ra tqva?", "what did EU say?")]
    [InlineData("25 wliania, xo?", "25 years is, right?")]
    [InlineData("vin daicavs samxret osetis sazgvrebs?", "who will defend South Ossetia's borders?")]
    [InlineData("tbilisma rogor reagira?", "Tbilisi how reacted?")]
    [InlineData("mogerini vinaa?", "Mogherini who is?")]
    public void GeorgianQuestionsAreReadInEnglish(string georgian, string english)
    {
        Assert.Equal(english, Georgian.InEnglish(georgian));
    }

    [Theory]
    // The spellings phones have (kh or x, ts or w, q or k), the cases and postpositions glued to a word, after a hyphen
    // to an English word too, follow-ups, the English of a mixed sentence kept.
    [InlineData("vin moatsera khelshekruleba?", "who signed treaty?")]
    [InlineData("sad moeweraa es xelshekruleba, cxinvalshi?", "where was signed this treaty, in Tskhinvali?")]
    [InlineData("moskovshi moxda xelmowera?", "in Moscow happened signing?")]
    [InlineData("apkhazetTanac moawera rameze rusetma?", "with Abkhazia signed on anything Russia?")]
    [InlineData("sakartvelom ra tkva?", "what did Georgia say?")]
    [InlineData("ashsh-m aghiara xelshekruleba, xo?", "US recognized treaty, right?")]
    [InlineData("medvedevma moawera xo? ase gavige telegram-shi", "Medvedev signed, right? so I heard in telegram")]
    [InlineData("da sad?", "and where?")]
    [InlineData("da 2017-mde?", "and until 2017?")]
    [InlineData("shetanxmdnen rameze jenevashi tu ara", "agreed on anything in Geneva or not")]
    [InlineData("what is south ossetia exactly, diaspora kid var da ar vici", "what is south ossetia exactly, diaspora kid I am and not I know")]
    // Small talk.
    [InlineData("gamarjoba", "hello")]
    [InlineData("didi madloba!", "thanks a lot!")]
    [InlineData("naxvamdis", "goodbye")]
    [InlineData("bot xar tu adamiani?", "are you a bot or human?")]
    public void HowGeorgiansWriteIsRead(string georgian, string english)
    {
        Assert.Equal(english, Georgian.InEnglish(georgian));
    }

    [Theory]
    // Georgian letters read as the Latin ones the tables have; "ყირიმი" and "samachablo" are Crimea and South Ossetia.
    [InlineData("ვინ არის მოგერინი?", "who is Mogherini?")]
    [InlineData("ევროკავშირმა რა თქვა?", "what did EU say?")]
    [InlineData("ხელმოწერის თარიღი?", "signing date?")]
    [InlineData("ცხინვალის უშიშროების სამსახურები რუსეთს შეუერთდება?", "Tskhinvali security agencies Russia will join?")]
    [InlineData("ra moxda yirimshi, mogviyevi detalurad", "what happened in Crimea, tell us in detail")]
    [InlineData("ramdeni rubli gamoyo putinma samachablostvis?", "how many roubles allocated Putin for South Ossetia?")]
    public void GeorgianLettersAndTheStorysWordsAreRead(string georgian, string english)
    {
        Assert.Equal(english, Georgian.InEnglish(georgian));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("is it sad that Russia signed it?")]
    [InlineData("who is Psaki?")]
    [InlineData("what did Mogherini say about it?")]
    [InlineData("is NATO a threat to Tskhinvali?")]
    [InlineData("how much money did Putin pledge to Sokhumi?")]
    [InlineData("xo xo, thanks!")]
    [InlineData("what did Garibashvili say?")]
    [InlineData("tibilov is president of SO right?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Georgian.InEnglish(english));
    }

    [Theory]
    [InlineData("ko je potpisao ugovor? da li je na snazi?")]
    [InlineData("quién firmó el tratado? es verdad que Rusia da dinero?")]
    [InlineData("kto podpisal dogovor s Abkhaziei?")]
    [InlineData("ki gharardad ro emza kard?")]
    [InlineData("anlaşmayı kim imzaladı?")]
    [InlineData("treaty ki date kya hai?")]
    [InlineData("Putins Vertrag mit dem Kreml, wann?")]
    [InlineData("nani alisaini mkataba?")]
    [InlineData("quanti soldi dà la Russia, vada?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        // "da", "sad", "es", "ki" and "vada" are their words too.
        Assert.Equal(other, Georgian.InEnglish(other));
    }

    [Theory]
    [InlineData("vin moawera es xelshekruleba?")]
    [InlineData("ramdeni puli misca rusetma samxret osets?")]
    [InlineData("saqartvelom ra tqva?")]
    [InlineData("bot xar?")]
    public void ReadingTwiceReadsTheSame(string georgian)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = Georgian.InEnglish(georgian);

        Assert.Equal(once, Georgian.InEnglish(once));
    }

    [Theory]
    [InlineData("vin moawera es xelshekruleba?", "treaty-signatories")]
    [InlineData("rodis moaweres xelshekruleba?", "signing-date")]
    [InlineData("sad moaweres xelshekruleba?", "signing-place")]
    [InlineData("ra hqvia khelshekrulebas?", "treaty-name")]
    [InlineData("ramdeni wlit moaweres xelshekruleba?", "treaty-term")]
    [InlineData("ramdeni puli misca rusetma samxret osets?", "pledge-south-ossetia")]
    [InlineData("apkhazets ramdeni puli daupirda rusetma?", "pledge-abkhazia")]
    [InlineData("saqartvelom ra tqva?", "georgia-reaction")]
    [InlineData("ra tqva evrokavshirma?", "eu-reaction")]
    [InlineData("amerikam ra tqva?", "us-reaction")]
    [InlineData("vin monawileobda jenevashi?", "geneva-participants")]
    [InlineData("vin dawera es statia?", "article-author")]
    [InlineData("tibilovi vinaa?", "tibilov-who")]
    [InlineData("apkhazeti ra aris?", "abkhazia-what")]
    [InlineData("ვინ მოაწერა ხელი ამ ე.წ. ხელშეკრულებას?", "treaty-signatories")]
    [InlineData("რა ჰქვია ამ ხელშეკრულებას ოფიციალურად?", "treaty-name")]
    [InlineData("ვინ არის ლეონიდ ტიბილოვი?", "tibilov-who")]
    [InlineData("ვინ დაიცავს ახლა სამაჩაბლოს საზღვრებს?", "treaty-defence")]
    [InlineData("xelshekrulebas sad moaweres xeli", "signing-place")]
    [InlineData("9.2 miliardi vistvisaa?", "pledge-abkhazia")]
    public void AGeorgianQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("gamarjoba", "greeting")]
    [InlineData("didi madloba!", "thanks")]
    [InlineData("naxvamdis", "goodbye")]
    [InlineData("bot xar tu adamiani?", "bot-identity")]
    [InlineData("გამარჯობა", "greeting")]
    [InlineData("მადლობა", "thanks")]
    [InlineData("shen vin xar, boti?", "bot-identity")]
    public void GeorgianSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("ramdeni adamiani cxovrobs samxret osetshi")]
    [InlineData("chinetma ra tqva am xelshekrulebaze")]
    [InlineData("putini ramdeni wlisaa axla?")]
    [InlineData("lavrovma ra tqva?")]
    [InlineData("amindi ra iqneba xval tbilisshi?")]
    [InlineData("რამდენი რუბლი გამოიყო 2018 წელს?")]
    [InlineData("ეუთომ რა განაცხადა ხელშეკრულებაზე?")]
    [InlineData("ამინდი როგორია თბილისში?")]
    public void AGeorgianNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
