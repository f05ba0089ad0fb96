using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge;

public class KnowledgeBaseTests
{
    [Fact]
    public void QuotesMatchWithStraightQuotesExtraSpacesAndOtherCase()
    {
        var found = RealKnowledge.Result.Knowledge.Documents.FindQuote("signed the  \"ALLIANCE and integration treaty\" in the Kremli");

        Assert.NotNull(found);
        Assert.Equal(1, found.Paragraph.Number);
    }

    [Fact]
    public void AQuoteNotInTheArticleIsNotFoundButHasAClosestSentence()
    {
        var documents = RealKnowledge.Result.Knowledge.Documents;

        Assert.Null(documents.FindQuote("Moscow has pledged 9.3 billion rubles to Sokhumi"));
        Assert.Contains("9.2 billion rubles to Sokhumi", documents.ClosestSentence("Moscow has pledged 9.3 billion rubles to Sokhumi")!.Text);
    }
}
