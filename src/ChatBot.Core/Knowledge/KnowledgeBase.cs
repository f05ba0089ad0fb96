using FuzzySharp;

namespace ChatBot.Core.Knowledge;

/// <summary>The seed documents, with verbatim quote lookup for citations.</summary>
public sealed class KnowledgeBase
{
    private readonly List<(Sentence Sentence, SourceDocument Document, string Folded)> _sentences;

    /// <summary>Creates a knowledge base over already parsed documents.</summary>
    public KnowledgeBase(IReadOnlyList<SourceDocument> documents)
    {
        Documents = documents;
        _sentences = documents
            .SelectMany(d => d.Sentences.Select(s => (s, d, TextFolding.FoldForSearch(s.Text))))
            .ToList();
    }

    /// <summary>The documents in file-name order.</summary>
    public IReadOnlyList<SourceDocument> Documents { get; }

    /// <summary>Every sentence with its document, in reading order.</summary>
    public IEnumerable<(SourceDocument Document, Sentence Sentence)> Sentences => _sentences.Select(s => (s.Document, s.Sentence));

    /// <summary>Finds the sentence that holds <paramref name="quote"/> verbatim (quotes and whitespace folded, case ignored); null when none does.</summary>
    public QuoteLocation? FindQuote(string quote)
    {
        var folded = TextFolding.FoldForSearch(quote).Trim().TrimEnd('.');
        if (folded.Length == 0)
        {
            return null;
        }

        foreach (var (sentence, document, text) in _sentences)
        {
            if (text.Contains(folded, StringComparison.Ordinal))
            {
                return new QuoteLocation(document, document.Paragraphs[sentence.Paragraph], sentence);
            }
        }

        return null;
    }

    /// <summary>The sentence most like <paramref name="text"/>, as a hint for a citation that was not found.</summary>
    public Sentence? ClosestSentence(string text)
    {
        var folded = TextFolding.FoldForSearch(text);
        return _sentences
            .Select(s => (s.Sentence, Score: Fuzz.PartialRatio(folded, s.Folded) + Fuzz.TokenSetRatio(folded, s.Folded)))
            .OrderByDescending(s => s.Score)
            .Select(s => s.Sentence)
            .FirstOrDefault();
    }
}
