using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class DutchTests
{
    [Theory]
    [InlineData("wie heeft het verdrag getekend?", "who the treaty signed?")]
    [InlineData("hoeveel geld krijgt Zuid-Ossetië van Rusland?", "how much money get South Ossetia of Russia?")]
    [InlineData("waar werd het getekend?", "where was it signed?")]
    [InlineData("wat is de naam van het verdrag?", "what is the name of the treaty?")]
    [InlineData("hoe lang geldt het verdrag?", "how long last the treaty?")]
    [InlineData("wat gebeurt er met het leger van Zuid-Ossetië?", "what happens to the army of South Ossetia?")]
    [InlineData("hoe reageerde Georgië?", "how did react Georgia?")]
    [InlineData("wat zei de EU?", "what did EU say?")]
    [InlineData("wie is Karasin?", "who is Karasin?")]
    [InlineData("waarom heeft Rusland de Krim geannexeerd?", "why Russia Crimea annexed?")]
    public void DutchQuestionsAreReadInEnglish(string dutch, string english)
    {
        Assert.Equal(english, Dutch.InEnglish(dutch));
    }

    [Theory]
    // Without the diaeresis, Flemish, chat shorthand, a follow-up, the English of a mixed sentence kept.
    [InlineData("wat is Abchazie eigenlijk?", "what is Abkhazia ?")]
    [InlineData("allez, wanneer is het getekend?", ", when is it signed?")]
    [InlineData("wnr is de volgende ronde?", "when is the next round?")]
    [InlineData("en waar?", "and where?")]
    [InlineData("en over de NAVO?", "and about NATO?")]
    [InlineData("putin and tibilov signed it, toch?", "putin and Tibilov signed it, right?")]
    [InlineData("Abkhazia got 1 billion rubles too, hè?", "Abkhazia got 1 billion rubles too, right?")]
    [InlineData("wat is het geld situation, how much is moscow paying tskhinvali", "what is the money situation, how much is moscow paying tskhinvali")]
    // Small talk.
    [InlineData("goedemiddag allemaal", "good afternoon everyone")]
    [InlineData("heel erg bedankt!", "thanks a lot!")]
    [InlineData("ben jij een bot?", "are you a bot?")]
    [InlineData("doei, fijne avond", "bye, have a nice evening")]
    // The words readers write around the article's topics, separable verbs and turns of phrase.
    [InlineData("welke dag was die ondertekening", "what day was that signing")]
    [InlineData("wie zat de gesprekken in geneve voor", "who chaired the talks in Geneva")]
    [InlineData("grigory karasin, wie is dat", "grigory Karasin, who is")]
    [InlineData("bedankt he", "thanks")]
    [InlineData("dag", "hello")]
    public void HowTheDutchWriteIsRead(string dutch, string english)
    {
        Assert.Equal(english, Dutch.InEnglish(dutch));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("wat is this artical about")]
    [InlineData("wat day did putin sign lol")]
    [InlineData("is there a van der Leyen in the article?")]
    [InlineData("hoe long is the treaty")]
    [InlineData("de UN condemn de treaty?")]
    [InlineData("over what period is the money paid?")]
    [InlineData("het up about the treaty, who signed it?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Dutch.InEnglish(english));
    }

    [Theory]
    [InlineData("wer hat den Vertrag unterschrieben?")]
    [InlineData("wie viel Geld bekommt Südossetien?")]
    [InlineData("was hat die EU gesagt?")]
    [InlineData("wie het die ding geteken?")]
    [InlineData("hoe lank is die verdrag geldig?")]
    [InlineData("wat het georgië gesê?")]
    [InlineData("hvornår er næste runde i Genève?")]
    [InlineData("qui a signé le traité?")]
    [InlineData("quién firmó el tratado?")]
    public void GermanAfrikaansScandinavianAndRomanceAreLeftToTheirReaders(string other)
    {
        // "wie", "die", "het", "verdrag", "er" and "de" are their words too.
        Assert.Equal(other, Dutch.InEnglish(other));
    }

    [Theory]
    [InlineData("wie heeft het verdrag getekend?")]
    [InlineData("hoeveel geld krijgt Zuid-Ossetië van Rusland?")]
    [InlineData("wat zei de EU?")]
    [InlineData("ben jij een bot?")]
    public void ReadingTwiceReadsTheSame(string dutch)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = Dutch.InEnglish(dutch);

        Assert.Equal(once, Dutch.InEnglish(once));
    }

    [Theory]
    [InlineData("wie heeft het verdrag getekend?", "treaty-signatories")]
    [InlineData("wanneer werd het verdrag getekend?", "signing-date")]
    [InlineData("waar werd het getekend?", "signing-place")]
    [InlineData("wat is de naam van het verdrag?", "treaty-name")]
    [InlineData("hoe lang geldt het verdrag?", "treaty-term")]
    [InlineData("hoeveel geld krijgt Zuid-Ossetië van Rusland?", "pledge-south-ossetia")]
    [InlineData("hoe reageerde Georgië?", "georgia-reaction")]
    [InlineData("wat zei de EU?", "eu-reaction")]
    [InlineData("wat betekent Tskhinvali?", "tskhinvali-meaning")]
    [InlineData("wie was voorzitter in Genève?", "geneva-cochairs")]
    [InlineData("wanneer is de volgende ronde?", "geneva-next-round")]
    [InlineData("wie is Leonid Tibilov?", "tibilov-who")]
    [InlineData("wat is Zuid-Ossetië eigenlijk?", "south-ossetia-what")]
    [InlineData("waar gaat dit artikel over?", "treaty-overview")]
    [InlineData("wie zette zn handtekening onder dat akkoord", "treaty-signatories")]
    [InlineData("waar vond de ondertekening plaats", "signing-place")]
    [InlineData("wat is de looptijd", "treaty-term")]
    [InlineData("wat staat er in het verdrag over defensie", "treaty-defence")]
    [InlineData("gaan de ossetische troepen op in de russische strijdkrachten?", "treaty-armed-forces")]
    [InlineData("veroordeelt de europese unie het?", "eu-reaction")]
    [InlineData("wat zei het georgische ministerie van buitenlandse zaken", "georgia-reaction")]
    public void ADutchQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("goedemiddag allemaal", "greeting")]
    [InlineData("dank je wel!", "thanks")]
    [InlineData("doei, fijne avond", "goodbye")]
    [InlineData("ben jij een bot?", "bot-identity")]
    [InlineData("wat vind jij van dit verdrag?", "opinion")]
    [InlineData("salut, tot later", "goodbye")]
    [InlineData("zit er een mens achter dit account", "bot-identity")]
    public void DutchSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("hoeveel mensen wonen er in Zuid-Ossetië?")]
    [InlineData("hoe reageerde China?")]
    [InlineData("hoe oud is Poetin?")]
    [InlineData("wie leidde de Georgische delegatie?")]
    [InlineData("hoeveel pagina's heeft het verdrag?")]
    [InlineData("wat kwam er uit de geneve ronde van eind juni?")]
    public void ADutchNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
