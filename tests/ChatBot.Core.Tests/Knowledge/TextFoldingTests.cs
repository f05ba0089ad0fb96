using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Knowledge;

public class TextFoldingTests
{
    // Built in code: an attribute cannot carry a lone surrogate (its string is stored as UTF-8).
    public static TheoryData<string, string> Invalid => new()
    {
        { "\uD800 who", "\uFFFD who" },
        { "who \uDC00", "who \uFFFD" },
        { "a\uFFFEb\uFDD0c", "a\uFFFDb\uFFFDc" },
        { "\uDBFF\uDFFF", "\uFFFD" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void BrokenSurrogatesAndNoncharactersBecomeReplacementCharactersInsteadOfThrowing(string text, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(text));

    [Fact]
    public void ValidTextIsFoldedAsBefore()
    {
        Assert.Equal("\U0001F600 \"x\" - 'y'", TextFolding.Fold("\U0001F600  \u201Cx\u201D \u2014 \u2018y\u2019"));
    }
}
