namespace ChatBot.Core.Knowledge;

/// <summary>A seed document split into numbered paragraphs and sentences; boilerplate lines are already removed.</summary>
/// <param name="Id">The file name without extension; citations name it as their source.</param>
public sealed record SourceDocument(string Id, string Title, string? Byline, IReadOnlyList<Paragraph> Paragraphs)
{
    /// <summary>All sentences of the document in reading order, headline first.</summary>
    public IEnumerable<Sentence> Sentences => Paragraphs.SelectMany(p => p.Sentences);
}
