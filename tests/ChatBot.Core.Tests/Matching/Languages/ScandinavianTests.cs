using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class ScandinavianTests
{
    [Theory]
    [InlineData("vem skrev under avtalet?", "who signed the agreement?")]
    [InlineData("hvornår blev aftalen underskrevet?", "when was the agreement signed?")]
    [InlineData("vad heter avtalet?", "what is the name of the agreement?")]
    [InlineData("hvad sagde Georgiens udenrigsministerium?", "what did Georgia's foreign ministry say?")]
    [InlineData("hur mycket pengar fick Abchazien?", "how much money got Abkhazia?")]
    [InlineData("hvornar blev aftalen underskrevet?", "when was the agreement signed?")]
    // "hvad er det for en": what a thing is; the story's words, phrases split over a question and written without "ø".
    [InlineData("hvad var det for et møde i geneve", "what was the meeting in Geneva")]
    [InlineData("vad kom de fram till i genève", "what did they agree on in Geneva")]
    [InlineData("hvornår mødes de igen", "when do they meet again")]
    [InlineData("hva er sor ossetia for noe", "what is South Ossetia ")]
    [InlineData("vem ska vakta gränserna enligt fördraget", "who will guard the borders according to the treaty")]
    [InlineData("hvor skrev putin og tibilov under", "where signed Putin and Tibilov")]
    public void SwedishDanishAndNorwegianQuestionsAreReadInEnglish(string scandinavian, string english)
    {
        Assert.Equal(english, Scandinavian.InEnglish(scandinavian));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("har har, who wrote this?")]
    [InlineData("tack the notice to the board")]
    [InlineData("hej, kto podpisał traktat?")]
    [InlineData("Was passiert morgen in Georgien?")]
    [InlineData("waarom heeft Rusland de Krim geannexeerd?")]
    public void EnglishGermanPolishAndDutchAreLeftAsTheyAre(string other)
    {
        Assert.Equal(other, Scandinavian.InEnglish(other));
    }

    [Theory]
    [InlineData("vem skrev under avtalet?", "treaty-signatories")]
    [InlineData("hvornår blev aftalen underskrevet?", "signing-date")]
    [InlineData("vad heter avtalet?", "treaty-name")]
    [InlineData("hur reagerade Georgien?", "georgia-reaction")]
    [InlineData("vad är Sydossetien?", "south-ossetia-what")]
    [InlineData("hvad er det for en aftale rusland har lavet med sydossetien", "treaty-overview")]
    [InlineData("hva kalles avtalen offisielt", "treaty-name")]
    [InlineData("hva er koblingen til krim", "crimea-anniversary")]
    [InlineData("blir deres soldater en del av den russiske hæren?", "treaty-armed-forces")]
    [InlineData("hvad er løbetiden på traktaten", "treaty-term")]
    [InlineData("hur mycket har abchazien fått löfte om", "pledge-abkhazia")]
    [InlineData("vem ledde ryssarna i geneve", "karasin-who")]
    [InlineData("hvem var medformænd", "geneva-cochairs")]
    [InlineData("vad var grejen med varningsskyltarna", "geneva-warning-signs")]
    [InlineData("hvornår mødes de igen", "geneva-next-round")]
    [InlineData("hvad var det for et møde i geneve", "geneva-talks")]
    [InlineData("vem är skribenten", "article-author")]
    public void AScandinavianQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("är du en människa eller AI?", "bot-identity")]
    [InlineData("hej då!", "goodbye")]
    [InlineData("farvel", "goodbye")]
    [InlineData("hejsa", "greeting")]
    [InlineData("hva kan jeg spørre deg om", "help")]
    public void ScandinavianSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("hur gammal är Karasin?")]
    [InlineData("hvad er hovedstaden i Georgien?")]
    // China and a Georgian word are no reaction of the article's.
    [InlineData("hvad sagde Kina om traktaten")]
    [InlineData("hvordan siger man tak på georgisk")]
    public void AScandinavianNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
