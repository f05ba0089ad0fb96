using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class ArabiziTests
{
    [Theory]
    [InlineData("meen wa2a3 el mo3ahda?", "who signed the treaty?")]
    [InlineData("emta etwa2a3et el itifa2iya?", "when signed the agreement?")]
    [InlineData("kam flous ra7 ye3tu ossetia?", "how much money will give ossetia?")]
    [InlineData("shu 2alet amrika?", "what said America?")]
    [InlineData("meen mogherini?", "who is mogherini?")]
    [InlineData("shu hiya abkhazia?", "what is abkhazia?")]
    [InlineData("fi mo3ahda ma3 abkhazia kaman?", "is there treaty with abkhazia also?")]
    [InlineData("putin promised 5 billion, sa7?", "putin promised 5 billion, right?")]
    [InlineData("signed in moscow mish keda?", "signed in moscow, right?")]
    [InlineData("shu 2al el itti7ad el orobbi?", "what said the EU?")]
    [InlineData("wel7dood?", "and the borders?")]
    [InlineData("inta bani2adam walla robot?", "are you human or robot?")]
    [InlineData("salam 3alaykom", "hello")]
    [InlineData("مين وقع المعاهدة؟", "who signed treaty?")]
    [InlineData("chkoun 7dar f geneva?", "who attended in geneva?")]
    [InlineData("9addech toul el treaty?", "how long the treaty?")]
    [InlineData("bch7al ghadi t3ti russia l ossetia?", "how much will give russia the ossetia?")]
    [InlineData("signaw f moscou wla fin?", "signed in Moscow or where?")]
    [InlineData("w abkhazia 9addech 5dhat?", "and abkhazia how much got?")]
    [InlineData("chkoun nta?", "who are you?")]
    [InlineData("min tibilov hada", "who is tibilov this")]
    [InlineData("date de fin, chno?", "date de fin, what?")]
    public void ArabiziIsReadInEnglish(string arabizi, string english)
    {
        Assert.Equal(english, Arabizi.InEnglish(arabizi));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("Russia had a deal with Abkhazia before?")]
    [InlineData("did El Salvador react?")]
    [InlineData("is Ana in the article?")]
    [InlineData("signed in Moscow, eh?")]
    [InlineData("fo sho, who signed it?")]
    [InlineData("see ya")]
    [InlineData("hiya bot")]
    [InlineData("what did Lee say at 6am?")]
    [InlineData("was it b4 the 2016 money?")]
    [InlineData("quién firmó el tratado? la fecha?")]
    [InlineData("c'est qui Tibilov? la fin?")]
    [InlineData("treaty pe sign kisne kiya bas?")]
    [InlineData("mi wan fi know wah dem sign")]
    [InlineData("sino po ang pumirma?")]
    [InlineData("min far är i Moskva")]
    [InlineData("la fin du traité, c'est quand?")]
    [InlineData("who built the dam in 2008?")]
    [InlineData("the UN kanet?")]
    public void EnglishAndOtherLanguagesAreLeftAsTheyAre(string text)
    {
        Assert.Equal(text, Arabizi.InEnglish(text));
    }

    [Theory]
    [InlineData("meen elli wa2a3 3al mo3ahda de?", "treaty-signatories")]
    [InlineData("el mo3ahda etwa2a3et emta?", "signing-date")]
    [InlineData("feen etwa2a3et el etefa2eya?", "signing-place")]
    [InlineData("addesh masari wa3adet rousia la abkhazia?", "pledge-abkhazia")]
    [InlineData("meen katab el maqal da?", "article-author")]
    [InlineData("shu esm el mo3ahda bel zabt?", "treaty-name")]
    [InlineData("shu 2alet el kharjiya el amrikiya?", "us-reaction")]
    [InlineData("emta el ijtima3 el jaye fi geneva?", "geneva-next-round")]
    [InlineData("مين وقع المعاهدة؟", "treaty-signatories")]
    [InlineData("ahlan ya bot", "greeting")]
    [InlineData("shukran ya 7abibi", "thanks")]
    [InlineData("ma3 el salama", "goodbye")]
    [InlineData("enta meen?", "bot-identity")]
    [InlineData("chkoun li signa le traité?", "treaty-signatories")]
    [InlineData("fin tsigna?", "signing-place")]
    [InlineData("9addech toul el treaty?", "treaty-term")]
    [InlineData("chhal wa3dat russia l'abkhazie", "pledge-abkhazia")]
    [InlineData("salam 3likom", "greeting")]
    [InlineData("bslama", "goodbye")]
    public void AnArabiziQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Kind is AnswerKind.Answered or AnswerKind.SmallTalk, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("kam 3adad el sokan fi ossetia?")]
    [InlineData("shu 2alet el seen?")]
    [InlineData("kam 3omr putin?")]
    [InlineData("chhal 3tat russia l ossetia f 2018?")]
    public void AnArabiziQuestionTheArticleDoesNotAnswerIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
