using ChatBot.Core.Matching;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching;

public class IntentIndexTests
{
    [Fact]
    public void TheArticlesWordsAreKnownToTheEndNotJustItsFirstTwoThousandCharacters()
    {
        var knowledge = RealKnowledge.Result.Knowledge;
        var index = new IntentIndex(knowledge, new MatchOptions());
        var article = string.Join(' ', knowledge.Documents.Sentences.Select(s => s.Sentence.Text));

        Assert.True(article.Length > 2 * Tokenizer.MaxCharacters);
        Assert.All(knowledge.Documents.Sentences, s => Assert.All(
            index.Analyzer.AnalyzeCurated(s.Sentence.Text).Slots,
            slot => Assert.Contains(slot.Key, index.ArticleFeatures)));
    }
}
