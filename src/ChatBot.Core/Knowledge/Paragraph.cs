namespace ChatBot.Core.Knowledge;

/// <summary>A paragraph of a source document. Number 0 is the headline; the body counts from 1.</summary>
public sealed record Paragraph(int Number, string Text, IReadOnlyList<Sentence> Sentences)
{
    /// <summary>True for the headline (paragraph 0).</summary>
    public bool IsHeadline => Number == 0;
}
