using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class TokenizerTests
{
    [Fact]
    public void ADecimalIsOneNumber()
    {
        Assert.Equal(["moscow", "pledged", "9.2", "billion"], Tokenizer.Tokenize("Moscow pledged 9.2 billion."));
    }

    [Fact]
    public void APossessiveIsDroppedButAContractionKept()
    {
        Assert.Equal(["mogherini", "statement", "i'm", "sure"], Tokenizer.Tokenize("Mogherini's statement, I'm sure"));
    }
}
