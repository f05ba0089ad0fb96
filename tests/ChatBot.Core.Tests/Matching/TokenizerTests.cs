using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class TokenizerTests
{
    [Fact]
    public void ADecimalIsOneNumber()
    {
        Assert.Equal(["moscow", "pledged", "9.2", "billion"], Tokenizer.Tokenize("Moscow pledged 9.2 billion."));
    }

    [Theory]
    [InlineData("how much money did RU give SO?", new[] { "how", "much", "money", "did", "ru", "give", "south", "ossetia" })]
    [InlineData("so what did they sign?", new[] { "so", "what", "did", "they", "sign" })]
    [InlineData("did russia pledge 5 billion to so", new[] { "did", "russia", "pledge", "5", "billion", "to", "south", "ossetia" })]
    [InlineData("and so?", new[] { "and", "so" })]
    [InlineData("WHO SIGNED IT SO FAST", new[] { "who", "signed", "it", "so", "fast" })]
    [InlineData("S.O. gets 9.2bn?", new[] { "south", "ossetia", "gets", "9.2", "billion" })]
    [InlineData("the RU-S.O. treaty", new[] { "the", "ru", "south", "ossetia", "treaty" })]
    public void SOInCapitalsIsSouthOssetiaButNotInShouting(string text, string[] tokens)
    {
        Assert.Equal(tokens, Tokenizer.Tokenize(text));
    }

    [Theory]
    [InlineData("is it 9,2 bn?", new[] { "is", "it", "9.2", "billion" })]
    [InlineData("1,000 rubles", new[] { "1,000", "rubles" })]
    public void ADecimalCommaIsADecimalPointButAThousandsSeparatorStays(string text, string[] tokens)
    {
        Assert.Equal(tokens, Tokenizer.Tokenize(text));
    }

    [Fact]
    public void InitialsWithPointsAreOneWord()
    {
        Assert.Equal(["has", "the", "us", "government", "or", "the", "un", "welcomed", "it"], Tokenizer.Tokenize("Has the U.S. government or the U.N. welcomed it?"));
    }

    [Fact]
    public void APossessiveIsDroppedButAContractionKept()
    {
        Assert.Equal(["mogherini", "statement", "i'm", "sure"], Tokenizer.Tokenize("Mogherini's statement, I'm sure"));
    }

    [Theory]
    [InlineData("wear did they sign it", new[] { "where", "did", "they", "sign", "it" })]
    [InlineData("witch day was it signed", new[] { "which", "day", "was", "it", "signed" })]
    [InlineData("what did they wear", new[] { "what", "did", "they", "wear" })]
    [InlineData("y did they revise it", new[] { "why", "did", "they", "revise", "it" })]
    [InlineData("is this so-called treaty valid", new[] { "is", "this", "treaty", "valid" })]
    [InlineData("who signed it, as far as the piece reports?", new[] { "who", "signed", "it" })]
    [InlineData("who is Mogherini, as the article describes her?", new[] { "who", "is", "mogherini" })]
    [InlineData("what is it, as described in the article?", new[] { "what", "is", "it" })]
    [InlineData("putin + who??", new[] { "putin", "and", "who" })]
    [InlineData("um did they uh sign it", new[] { "did", "they", "sign", "it" })]
    public void DictatedQuestionWordsAndScareQuotesAreRead(string text, string[] tokens)
    {
        Assert.Equal(tokens, Tokenizer.Tokenize(text));
    }

    [Theory]
    [InlineData("is it the same?", new[] { "is", "it", "similar" })]
    [InlineData("are the two texts the same", new[] { "are", "the", "two", "texts", "similar" })]
    [InlineData("is the SO one the same deal then", new[] { "is", "the", "south", "ossetia", "one", "similar", "then" })]
    [InlineData("did russia do the same with abkhazia", new[] { "did", "russia", "do", "the", "same", "with", "abkhazia" })]
    public void AYesNoQuestionEndingOnTheSameCompares(string text, string[] tokens)
    {
        Assert.Equal(tokens, Tokenizer.Tokenize(text));
    }

    [Theory]
    [InlineData("which article of the treaty covers borders", new[] { "which", "clause", "of", "the", "treaty", "covers", "borders" })]
    [InlineData("what does the article say about borders", new[] { "what", "does", "the", "article", "say", "about", "borders" })]
    public void AnArticleOfATreatyIsAClause(string text, string[] tokens)
    {
        Assert.Equal(tokens, Tokenizer.Tokenize(text));
    }

    [Theory]
    [InlineData("How does the article characterise South Ossetia's status?", new[] { "what", "is", "south", "ossetia", "status" })]
    [InlineData("How is Abkhazia described in the piece?", new[] { "what", "is", "abkhazia", "in", "the", "piece" })]
    [InlineData("who were the two signatories, so I attribute it correctly?", new[] { "who", "were", "the", "two", "signatories" })]
    [InlineData("Does the article say when the talks will resume?", new[] { "when", "the", "talks", "will", "resume" })]
    [InlineData("Where in the article is the term mentioned?", new[] { "what", "is", "the", "term", "mentioned" })]
    [InlineData("Does the article explain the annexation?", new[] { "does", "the", "article", "explain", "the", "annexation" })]
    public void HowTheArticleDescribesSomethingAsksWhatItIs(string text, string[] tokens)
    {
        Assert.Equal(tokens, Tokenizer.Tokenize(text));
    }
}
