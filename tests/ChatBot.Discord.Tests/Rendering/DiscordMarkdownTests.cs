using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Tests.Rendering;

public sealed class DiscordMarkdownTests
{
    [Theory]
    [InlineData("**bold**", @"\*\*bold\*\*")]
    [InlineData("__under__ ~~strike~~", @"\_\_under\_\_ \~\~strike\~\~")]
    [InlineData("`code` ||spoiler||", @"\`code\` \|\|spoiler\|\|")]
    [InlineData("> quote\n# heading\n- item", "\\> quote\n\\# heading\n\\- item")]
    [InlineData("[link](http://evil)", @"\[link\]\(http://evil\)")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("plain text, 42.", "plain text, 42.")]
    public void MarkdownCharactersAreEscaped(string input, string expected) => Assert.Equal(expected, DiscordMarkdown.Escape(input));

    [Theory]
    [InlineData("@everyone")]
    [InlineData("@here")]
    [InlineData("<@123>")]
    [InlineData("<@!123>")]
    [InlineData("<@&123>")]
    public void MentionsAreNeutralised(string mention)
    {
        var escaped = DiscordMarkdown.Escape(mention);
        Assert.DoesNotContain(mention, escaped, StringComparison.Ordinal);
        Assert.Contains("@\u200B", escaped, StringComparison.Ordinal);
        Assert.Contains("@\u200B", DiscordMarkdown.NeutraliseMentions(mention), StringComparison.Ordinal);
    }

    [Fact]
    public void ControlCharactersOtherThanNewlineAreDropped() =>
        Assert.Equal("a\nb", DiscordMarkdown.Escape("a\n\u0007b\u0000"));
}
