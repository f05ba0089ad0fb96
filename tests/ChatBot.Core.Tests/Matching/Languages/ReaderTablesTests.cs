using ChatBot.Core.Matching.Languages;

namespace ChatBot.Core.Tests.Matching.Languages;

public class ReaderTablesTests
{
    [Theory]
    [InlineData("sign", "signed")]
    [InlineData("lead", "led")]
    [InlineData("write", "wrote")]
    [InlineData("promise", "promised")]
    [InlineData("co-chair", "co-chaired")]
    [InlineData("deploy", "deployed")]
    [InlineData("deny", "denied")]
    public void AnEnglishVerbGluedToAReadersDidReadsInThePast(string verb, string past)
    {
        Assert.Equal(past, ReaderTables.PastOf(verb));
    }

    [Theory]
    [InlineData("who  signed ?", "who signed?")]
    [InlineData(" how much   money  ", "how much money")]
    public void TheSpacesOfDroppedWordsGo(string text, string tidy)
    {
        Assert.Equal(tidy, ReaderTables.WithoutGaps(text));
    }
}
