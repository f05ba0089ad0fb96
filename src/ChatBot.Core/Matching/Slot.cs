namespace ChatBot.Core.Matching;

/// <summary>One meaningful unit of a question: a word or synonym phrase, as written (stemmed) and as its canonical form.</summary>
/// <param name="Surface">Stems of the words as the reader wrote them, joined by spaces.</param>
/// <param name="Key">Stems of the canonical word the vocabulary maps them to (equal to <paramref name="Surface"/> without a synonym).</param>
/// <param name="IsFiller">Chat filler such as "please" or "tell": matched lightly, never a reason to decline.</param>
/// <param name="Word">The first word as written (after spelling correction), for messages.</param>
/// <param name="Capitalized">Written with a capital inside a sentence: probably a name.</param>
internal readonly record struct Slot(string Surface, string Key, bool IsFiller, string Word, bool Capitalized = false)
{
    /// <summary>True when the word is a number ("2016", "25").</summary>
    public bool IsNumber => Surface.Length > 0 && char.IsDigit(Surface[0]);
}
