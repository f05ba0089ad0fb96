using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;

namespace ChatBot.Core.Tests.Matching.Languages;

public class MixedLanguageTests
{
    [Theory]
    [InlineData("Quien es Tibilov?", "who is Tibilov?")]
    [InlineData("Chi è Tibilov?", "who is Tibilov?")]
    [InlineData("Como se llama the pact?", "what is the name of the pact?")]
    [InlineData("Quanto dura the treaty?", "how long is the treaty?")]
    [InlineData("Quanto dinheiro for South Ossetia?", "how much money for South Ossetia?")]
    [InlineData("Cuando was it signed?", "when was it signed?")]
    [InlineData("Where they firmed the treaty?", "Where they signed the treaty?")]
    [InlineData("Who firmó the accord?", "Who signed the accord?")]
    [InlineData("Can you resume me the news?", "Can you summarise me the news?")]
    [InlineData("Who assisted to the meetings in Geneva?", "Who attended the meetings in Geneva?")]
    [InlineData("Von wem ist the article?", "who wrote the article?")]
    [InlineData("Süd-Ossetien, was ist das?", "Süd-Ossetien, what is it?")]
    [InlineData("Wie heißt the treaty?", "what is the name of the treaty?")]
    [InlineData("Wann was it signed?", "when was it signed?")]
    [InlineData("kto avtor of this text?", "who is avtor of this text?")]
    [InlineData("kak nazyvaetsya this treaty?", "what is the name of this treaty?")]
    [InlineData("skolko deneg for South Ossetia?", "how much deneg for South Ossetia?")]
    [InlineData("kto ty?", "who are you?")]
    public void BorrowedWordsAreReadInEnglish(string question, string english)
    {
        Assert.Equal(english, MixedLanguage.InEnglish(question));
    }

    [Theory]
    [InlineData("when do the talks resume?")]
    [InlineData("did the US assist Georgia?")]
    [InlineData("was Russia firm about it?")]
    [InlineData("will they come to an agreement?")]
    [InlineData("who signed the treaty?")]
    public void EnglishIsLeftAsItIs(string question)
    {
        Assert.Equal(question, MixedLanguage.InEnglish(question));
    }

    [Theory]
    [InlineData("Where was the contract undersigned?", "Where was the contract signed?")]
    [InlineData("Can you say me who signed?", "Can you tell me who signed?")]
    [InlineData("Gives it a treaty with Abkhazia also?", "is there a treaty with Abkhazia also?")]
    [InlineData("What stands in the treaty about the army?", "what does the treaty say about the army?")]
    [InlineData("since when is Tibilov the leader?", "since when is Tibilov the leader?")]
    public void GermanCalquesAreReadInEnglish(string calque, string english)
    {
        Assert.Equal(english, MixedLanguage.InEnglish(calque));
    }
}
