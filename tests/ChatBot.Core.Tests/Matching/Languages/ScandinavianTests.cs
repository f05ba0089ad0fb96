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
    public void AScandinavianQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("är du en människa eller AI?", "bot-identity")]
    [InlineData("hej då!", "goodbye")]
    public void ScandinavianSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("hur gammal är Karasin?")]
    [InlineData("hvad er hovedstaden i Georgien?")]
    public void AScandinavianNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
