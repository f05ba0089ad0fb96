using ChatBot.Core.Answers;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Tests.Support;
using ChatBot.Testing;

namespace ChatBot.Discord.Tests.Rendering;

public sealed class DiscordAnswerRendererTests
{
    private readonly SuggestionIds _ids = new();
    private readonly DiscordAnswerRenderer _renderer;

    public DiscordAnswerRendererTests() => _renderer = new DiscordAnswerRenderer(_ids, RealAnswers.Create(TimeProvider.System));

    [Fact]
    public void AnAnswerWithACitationShowsTheQuoteAndParagraphInAnEmbed()
    {
        var body = _renderer.Render(new Answer("q", AnswerKind.Answered, "Yes.", 1, "i", [new Citation("The pact was signed.", 4, "russia-south-ossetia-treaty"), new Citation("Headline words", 0, "russia-south-ossetia-treaty")], []));

        Assert.Equal("Yes.", (string?)body["content"]);
        var description = (string)body["embeds"]![0]!["description"]!;
        Assert.Contains("> \u201CThe pact was signed.\u201D", description, StringComparison.Ordinal);
        Assert.Contains("paragraph 4", description, StringComparison.Ordinal);
        Assert.Contains("headline", description, StringComparison.Ordinal);
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Null(body["components"]);
    }

    [Fact]
    public void LimitsHoldForHugeAnswersQuotesAndSuggestions()
    {
        var huge = new string('*', 5000);
        var citations = Enumerable.Range(1, 10).Select(i => new Citation(huge, i, "src")).ToList();
        var suggestions = Enumerable.Range(1, 9).Select(i => new Suggestion("s" + i, i + new string('q', 300))).ToList();

        var body = _renderer.Render(new Answer("q", AnswerKind.Declined, huge, 0, null, citations, suggestions));

        Assert.True(((string)body["content"]!).Length <= 2000);
        var embed = body["embeds"]![0]!;
        Assert.True(((string)embed["description"]!).Length <= 4096);
        Assert.True(embed.ToJsonString().Length < 6000 * 2);
        var buttons = body["components"]![0]!["components"]!.AsArray();
        Assert.Equal(5, buttons.Count);
        Assert.All(buttons, b =>
        {
            Assert.Equal(2, (int)b!["style"]!);
            Assert.InRange(((string)b["label"]!).Length, 1, 80);
            Assert.InRange(((string)b["custom_id"]!).Length, 1, 100);
        });
    }

    [Fact]
    public void ShortSuggestionsTravelInsideTheCustomIdAndLongOnesAsAKey()
    {
        var shortId = _ids.Encode("How did Georgia react?");
        var longQuestion = new string('w', 120);
        var longId = _ids.Encode(longQuestion);

        Assert.Equal("ask:How did Georgia react?", shortId);
        Assert.True(longId.Length <= 100);
        Assert.True(_ids.TryDecode(shortId, out var shortQuestion));
        Assert.Equal("How did Georgia react?", shortQuestion);
        Assert.True(_ids.TryDecode(longId, out var decoded));
        Assert.Equal(longQuestion, decoded);
        Assert.True(new SuggestionIds().TryDecode(shortId, out _));
        Assert.False(new SuggestionIds().TryDecode(longId, out _));
        Assert.False(_ids.TryDecode("someone-elses-button", out _));
    }
}
