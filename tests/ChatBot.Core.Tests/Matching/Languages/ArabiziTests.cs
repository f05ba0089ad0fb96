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
    // Egypt's words and spellings: "et2ama" (took place), "gowa", "hadya", "el gay", a country's "a5adet".
    [InlineData("emta et2ama el tawqee3?", "when took place the signing?")]
    [InlineData("fen et2ama el tawqee3 bizabt", "where took place the signing exactly")]
    [InlineData("el 7odood hadya delwa2ty?", "the borders calm now?")]
    [InlineData("el egtema3 el gay emta", "the meeting next when")]
    [InlineData("kam floos abkhazia a5adet men moscow", "how much money abkhazia got from moscow")]
    [InlineData("kam roble putin 7ayedfa3 l ossetia", "how much rubles putin give the ossetia")]
    [InlineData("el folous elli russia 7atedfa3ha le tskhinvali kam", "the money that russia give to tskhinvali how much")]
    // "kam" closing a question about a date asks which one; a reaction written with its possessive.
    [InlineData("tarikh el treaty kam?", "date the treaty which?")]
    [InlineData("amrika rad fe3laha eh", "America reaction what")]
    [InlineData("el 3alamat 3ala el 7odood eh 2esset-ha", "the signs on the borders what story of")]
    [InlineData("meen ra2as el discussions", "who chaired the discussions")]
    [InlineData("meen ra2as el wafd el rousi?", "who headed the delegation the Russian?")]
    [InlineData("ya3ni eh elli 7asal?", "what happened?")]
    [InlineData("abkhazia dah balad?", "abkhazia this country?")]
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
    [InlineData("le traité, c'est quand?")]
    [InlineData("dah the deal is done")]
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
    [InlineData("ahlan ya7abibi, kifak", "greeting")]
    [InlineData("eh el 7agat elli te2dar tgaweb 3aleha", "help")]
    [InlineData("rayak eh fel treaty dah, good or bad?", "opinion")]
    [InlineData("ya3ni eh elli 7asal? russia signed what?", "treaty-overview")]
    [InlineData("sho el mawdou3? what russia did with south ossetia", "treaty-overview")]
    [InlineData("meen elli wa2a3 3al itifa2eya", "treaty-signatories")]
    [InlineData("emta et2ama el tawqee3?", "signing-date")]
    [InlineData("tarikh el treaty kam? which date", "signing-date")]
    [InlineData("fen et2ama el tawqee3 bizabt", "signing-place")]
    [InlineData("el geish bta3 ossetia hayeb2a gowa el geish el rousi?", "treaty-armed-forces")]
    [InlineData("kam roble putin 7ayedfa3 l ossetia", "pledge-south-ossetia")]
    [InlineData("el folous elli russia 7atedfa3ha le tskhinvali kam", "pledge-south-ossetia")]
    [InlineData("kam floos abkhazia a5adet men moscow", "pledge-abkhazia")]
    [InlineData("psaki sho shoghlha", "psaki-who")]
    [InlineData("eh hya south ossetia? awel mara asma3 beha", "south-ossetia-what")]
    [InlineData("abkhazia dah balad?", "abkhazia-what")]
    [InlineData("amrika rad fe3laha eh", "us-reaction")]
    [InlineData("eh rodoud el af3al 3ala el mo3ahda", "reactions-overview")]
    [InlineData("meen ra2as el discussions", "geneva-cochairs")]
    [InlineData("meen ra2as el wafd el rousi?", "karasin-who")]
    [InlineData("eh 3ala2et august 2008 bel kalam 3an nato", "geneva-august-2008")]
    [InlineData("el 7odood hadya delwa2ty? why", "geneva-border-stabilization")]
    [InlineData("el 3alamat 3ala el 7odood eh 2esset-ha", "geneva-warning-signs")]
    [InlineData("el nateega eh fel a5er", "geneva-outcome")]
    [InlineData("el egtema3 el gay emta", "geneva-next-round")]
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
