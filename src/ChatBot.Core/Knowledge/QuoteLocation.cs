namespace ChatBot.Core.Knowledge;

/// <summary>Where a verbatim quote was found: the document and the paragraph holding it.</summary>
public sealed record QuoteLocation(SourceDocument Document, Paragraph Paragraph, Sentence Sentence);
