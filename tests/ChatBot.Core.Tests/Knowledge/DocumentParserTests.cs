using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge;

public class DocumentParserTests
{
    private static SourceDocument Article => RealKnowledge.Result.Knowledge.Documents.Documents.Single();

    [Fact]
    public void TheHeadlineIsParagraphZeroAndTheBodyCountsFromOne()
    {
        Assert.Equal("Russia Signs Treaty With Georgia’s Breakaway South Ossetia Region", Article.Title);
        Assert.True(Article.Paragraphs[0].IsHeadline);
        Assert.StartsWith("Putin and the de facto leader", Article.Paragraphs[1].Text);
        Assert.StartsWith("17 – 18 March in Geneva", Article.Paragraphs[5].Text);
    }

    [Fact]
    public void TheBylineIsRecognisedAndThePageFooterIsNotKnowledge()
    {
        Assert.Equal("Sally Bokhua", Article.Byline);
        Assert.DoesNotContain(Article.Sentences, s => s.Text.Contains("UltimatelySocial", StringComparison.Ordinal));
    }

    [Fact]
    public void AbbreviationsDoNotEndASentence()
    {
        var sentence = Article.Sentences.Single(s => s.Text.Contains("Jen Psaki", StringComparison.Ordinal));
        Assert.StartsWith("U.S. State Department spokeswoman", sentence.Text);
    }

    [Fact]
    public void SeveralDocumentsKeepTheirOwnIdsAndNumbering()
    {
        var first = DocumentParser.Parse("a", "Title A\n\nFirst paragraph. Second sentence.\n\nby Someone");
        var second = DocumentParser.Parse("b", "Title B\n\nOnly paragraph.");
        var knowledge = new KnowledgeBase([first, second]);

        var found = knowledge.FindQuote("Only paragraph");

        Assert.NotNull(found);
        Assert.Equal("b", found.Document.Id);
        Assert.Equal(1, found.Paragraph.Number);
        Assert.Equal(2, first.Paragraphs[1].Sentences.Count);
        Assert.Equal("Someone", first.Byline);
    }
}
