namespace ChatBot.Core.Answers;

/// <summary>A verbatim quote from a seed document with the paragraph that holds it (0 = headline).</summary>
public sealed record Citation(string Quote, int Paragraph, string Source);
