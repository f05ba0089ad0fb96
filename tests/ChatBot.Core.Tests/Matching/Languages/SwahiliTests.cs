using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class SwahiliTests
{
    [Theory]
    [InlineData("nani alisaini mkataba?", "who signed treaty?")]
    [InlineData("ilisainiwa lini?", "signed when?")]
    [InlineData("ilisainiwa wapi?", "signed where?")]
    [InlineData("pesa ngapi Russia itapatia South Ossetia?", "how much money Russia will give South Ossetia?")]
    [InlineData("mkataba unaitwaje?", "treaty what is it called?")]
    [InlineData("mkataba ni wa miaka mingapi?", "treaty is it how many years?")]
    [InlineData("ni ya miaka 50 ama?", "is it 50 years, right?")]
    [InlineData("Georgia ilisema nini?", "Georgia said what?")]
    [InlineData("nani atalinda mipaka ya South Ossetia?", "who will protect borders of South Ossetia?")]
    [InlineData("Marekani ilisema nini kuhusu Urusi?", "US said what about Russia?")]
    [InlineData("putin alimwambia tibilov nini kuhusu pesa?", "putin told tibilov what about money?")]
    public void SwahiliQuestionsAreReadInEnglish(string swahili, string english)
    {
        Assert.Equal(english, Swahili.InEnglish(swahili));
    }

    [Theory]
    // Sheng's English verbs with Swahili prefixes, tags, a follow-up, the English of a mixed sentence kept.
    [InlineData("walisign Sokhumi sindio?", "signed in Sokhumi, right?")]
    [InlineData("Russia itaguard border ya south ossetia?", "Russia will guard border of south ossetia?")]
    [InlineData("state department ilicondemn ama?", "state department condemned, right?")]
    [InlineData("Tibilov na Putin ndio walisign?", "Tibilov and Putin are the ones who signed?")]
    [InlineData("ni viongozi gani walisign hii alliance agreement", "which leaders signed this alliance agreement")]
    [InlineData("mkataba ulitiwa saini na kina nani", "treaty signed and who")]
    [InlineData("na Abkhazia je?", "what about Abkhazia?")]
    [InlineData("na wapi?", "and where?")]
    [InlineData("EU iliunga mkono treaty?", "EU supported treaty?")]
    [InlineData("Crimea ilichukuliwa aje na Russia?", "Crimea annexed how and Russia?")]
    // Small talk.
    [InlineData("asante sana kaka", "thank you very much ")]
    [InlineData("sasa msee, niaje", "hello, hello")]
    [InlineData("wewe ni mtu ama robot?", "are you person or robot?")]
    [InlineData("sawa basi, kwaheri", "ok , goodbye")]
    public void HowSwahiliSpeakersWriteIsRead(string swahili, string english)
    {
        Assert.Equal(english, Swahili.InEnglish(swahili));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("hii")]
    [InlineData("is this by sally bo kwa")]
    [InlineData("mo gary nini said it violates georgias sovereignty right")]
    [InlineData("what did america say?")]
    [InlineData("is the Italian foreign minister in the article?")]
    [InlineData("was the signing done in Tskhinvali ama Moscow?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Swahili.InEnglish(english));
    }

    [Theory]
    [InlineData("siapa yang sign treaty ni?")]
    [InlineData("bila treaty ni ditandatangani?")]
    [InlineData("sino na ang pumirma? sana alam mo")]
    [InlineData("treaty pe sign kisne kiya? pesa kitna mila na?")]
    [InlineData("kam sana el treaty?")]
    [InlineData("kto podpisał tę umowę? i za ile?")]
    [InlineData("se llama 'alianza y asociación estratégica', ¿verdad?")]
    [InlineData("anlaşma ama ne zaman imzalandı?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        // Malay's "ni" and "bila", Tagalog's "na" and "sana", Hinglish's "pesa", Arabizi's "sana", Polish "za", Spanish
        // "alianza" (a-li-anza, "he started") and Turkish "ama" are Swahili words too.
        Assert.Equal(other, Swahili.InEnglish(other));
    }

    [Theory]
    [InlineData("nani alisaini mkataba?")]
    [InlineData("pesa ngapi Russia itapatia South Ossetia?")]
    [InlineData("walisign Sokhumi sindio?")]
    [InlineData("asante sana kaka")]
    public void ReadingTwiceReadsTheSame(string swahili)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = Swahili.InEnglish(swahili);

        Assert.Equal(once, Swahili.InEnglish(once));
    }

    [Theory]
    [InlineData("nani alisaini mkataba?", "treaty-signatories")]
    [InlineData("mkataba ulisainiwa tarehe ngapi", "signing-date")]
    [InlineData("ilisainiwa wapi?", "signing-place")]
    [InlineData("jina la hii treaty ni gani", "treaty-name")]
    [InlineData("mkataba ni wa miaka mingapi?", "treaty-term")]
    [InlineData("nani atalinda mipaka ya South Ossetia?", "treaty-defence")]
    [InlineData("pesa ngapi Russia itapatia South Ossetia?", "pledge-south-ossetia")]
    [InlineData("Sokhumi iliahidiwa rubles ngapi na Moscow?", "pledge-abkhazia")]
    [InlineData("Georgia ilisema nini?", "georgia-reaction")]
    [InlineData("EU ilisema nini?", "eu-reaction")]
    [InlineData("Marekani ilisema nini?", "us-reaction")]
    [InlineData("nani walihudhuria Geneva?", "geneva-participants")]
    [InlineData("mkutano ujao ni lini", "geneva-next-round")]
    [InlineData("nani aliandika hii article?", "article-author")]
    [InlineData("Tibilov ni nani?", "tibilov-who")]
    [InlineData("South Ossetia ni nini? ni nchi?", "south-ossetia-what")]
    public void ASwahiliQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("niaje bot", "greeting")]
    [InlineData("asante sana kaka", "thanks")]
    [InlineData("ngoja niende job, kwaheri", "goodbye")]
    [InlineData("wewe ni mtu ama robot?", "bot-identity")]
    [InlineData("hii treaty ni mbaya ama nzuri kwa maoni yako", "opinion")]
    public void SwahiliSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Putin ana miaka mingapi?")]
    [InlineData("China ilisema nini kuhusu hii treaty?")]
    [InlineData("kulikuwa na maandamano Tbilisi?")]
    [InlineData("rais wa Georgia ni nani?")]
    [InlineData("bei ya dollar leo ni ngapi kwa shilingi?")]
    public void ASwahiliNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
