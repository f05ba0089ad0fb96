namespace ChatBot.Core.Knowledge;

/// <summary>One sentence of a paragraph, numbered from 1 within it.</summary>
public sealed record Sentence(int Paragraph, int Number, string Text);
