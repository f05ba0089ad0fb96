using ChatBot.Core.Answers;

namespace ChatBot.Core.Tests.Answers;

public class SocialRemarkTests
{
    [Fact]
    public void AMessageThatAsksNothingOffersItsFirstAndLastClause()
    {
        Assert.Equal(["Good morning", "I'm a history teacher"], SocialRemark.Candidates("Good morning, I'm a history teacher"));
    }

    [Theory]
    [InlineData("i have to go to lunch now bye", "bye")]
    [InlineData("hey its me jayden from class 5b", "hey")]
    [InlineData("good morning robot", "good morning")]
    [InlineData("gotta go byeee", "bye")]
    public void AGreetingFirstOrAFarewellLastIsOfferedWithoutACommaToSetItApart(string message, string social)
    {
        Assert.Contains(social, SocialRemark.Candidates(message));
    }

    [Fact]
    public void ByIsNoFarewell()
    {
        Assert.DoesNotContain("by", SocialRemark.Candidates("it was signed by"));
    }

    [Theory]
    [InlineData("hey did they complain about NATO exercises")]
    [InlineData("hi, who sined the tready")]
    [InlineData("hello, tell me about the pledge")]
    [InlineData("hey, is it signed")]
    [InlineData("Good morning, what's the treaty called?")]
    public void AMessageThatAsksSomethingOffersNoSocialClause(string message)
    {
        Assert.Empty(SocialRemark.Candidates(message));
    }

    [Fact]
    public void ADashOrSemicolonSeparatesClausesButADecimalPointDoesNot()
    {
        Assert.Equal(["That's me done", "see you"], SocialRemark.Candidates("That's me done - see you"));
        Assert.Equal(["ok", "9.2 billion noted"], SocialRemark.Candidates("ok; 9.2 billion noted"));
    }

    [Theory]
    [InlineData("thank u for the figures", "thank u")]
    [InlineData("Many thanks for your help, young man.", "Many thanks")]
    [InlineData("thank you so much for this", "thank you so much")]
    [InlineData("ok thanks!! my teacher will be happy", "thanks")]
    [InlineData("thanks, that settles it", "thanks")]
    [InlineData("thank you, that clears it up", "thank you")]
    [InlineData("thank you that helps a lot", "thank you")]
    public void ThanksForSomethingIsTheThanks(string message, string thanks)
    {
        Assert.Equal(thanks, SocialRemark.Thanks(message));
    }

    [Theory]
    [InlineData("thanks for the info, how much went to Abkhazia")]
    [InlineData("thanks for that. and what about the EU?")]
    [InlineData("what is the treaty for")]
    [InlineData("thanks, it was signed in Moscow right")]
    [InlineData("thanks i need the date now")]
    [InlineData("thanks, my dad says it was signed in Moscow")]
    public void ThanksFollowedByAQuestionIsNoMereThanks(string message)
    {
        Assert.Null(SocialRemark.Thanks(message));
    }
}
