using System.Text.RegularExpressions;

namespace ChatBot.Telegram.Tests.Support;

/// <summary>Checks that a message is well-formed Telegram HTML: only the bot's own tags, balanced, and only the entities Telegram knows.</summary>
public static partial class HtmlChecks
{
    private static readonly HashSet<string> AllowedTags = ["b", "i", "blockquote"];

    public static void AssertWellFormed(string html)
    {
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value;
            Assert.Contains(name, AllowedTags);
            if (tag.Groups["close"].Success)
            {
                Assert.True(open.Count > 0 && open.Pop() == name, $"unbalanced </{name}> in: {html}");
            }
            else
            {
                open.Push(name);
            }
        }

        Assert.Empty(open);

        // Every '<' starts one of those tags and every '&' one of the four entities: nothing from input is markup.
        Assert.Equal(Tag().Matches(html).Count, html.Count(c => c == '<'));
        Assert.Equal(Entity().Matches(html).Count, html.Count(c => c == '&'));
    }

    /// <summary>The text a reader sees: tags removed, entities decoded.</summary>
    public static string Visible(string html) =>
        Tag().Replace(html, "").Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\"").Replace("&amp;", "&");

    [GeneratedRegex("<(?<close>/)?(?<name>[a-z]+)>")]
    private static partial Regex Tag();

    [GeneratedRegex("&(amp|lt|gt|quot);")]
    private static partial Regex Entity();
}
