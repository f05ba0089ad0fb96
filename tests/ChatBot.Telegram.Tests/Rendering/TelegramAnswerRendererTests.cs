using System.Text;
using ChatBot.Core.Answers;
using ChatBot.Telegram.Rendering;
using ChatBot.Telegram.Tests.Support;

namespace ChatBot.Telegram.Tests.Rendering;

public class TelegramAnswerRendererTests
{
    private static Answer Answer(string text, IReadOnlyList<Citation>? citations = null, IReadOnlyList<Suggestion>? suggestions = null) =>
        new("q", AnswerKind.Answered, text, 1, "id", citations ?? [], suggestions ?? []);

    [Fact]
    public void AnswerComesFirstThenEachCitationAsAQuoteBlockWithItsParagraph()
    {
        var html = TelegramAnswerRenderer.RenderHtml(Answer(
            "Putin and Tibilov signed it.",
            [new Citation("Putin and Tibilov signed", 1, "a"), new Citation("Russia Signs Treaty", 0, "a")]));

        Assert.Equal(
            "Putin and Tibilov signed it.\n<blockquote>Putin and Tibilov signed\n<i>\u2014 paragraph 1</i></blockquote>" +
            "\n<blockquote>Russia Signs Treaty\n<i>\u2014 headline</i></blockquote>",
            html);
    }

    [Theory]
    [InlineData("<b>bold</b>")]
    [InlineData("Tom & Jerry")]
    [InlineData("</a><a href=\"https://evil.example\">x</a>")]
    [InlineData("&amp; already escaped &lt;")]
    [InlineData("</blockquote><b>")]
    public void HostileTextNeitherBreaksTheMessageNorInjectsMarkup(string hostile)
    {
        var html = TelegramAnswerRenderer.RenderHtml(Answer(hostile, [new Citation(hostile, 3, hostile)]));

        HtmlChecks.AssertWellFormed(html);
        Assert.Equal($"{hostile}\n{hostile}\n\u2014 paragraph 3", HtmlChecks.Visible(html));
    }

    [Fact]
    public void LongAnswersStopAt4096CharactersWithEveryTagClosed()
    {
        var quote = string.Concat(Enumerable.Repeat("Tskhinvali & Sokhumi <treaty> ", 40));
        var citations = Enumerable.Range(1, 10).Select(i => new Citation(quote, i, "a")).ToList();

        var html = TelegramAnswerRenderer.RenderHtml(Answer(string.Concat(Enumerable.Repeat("A&B ", 300)), citations));

        Assert.True(html.Length <= 4096, $"length {html.Length}");
        Assert.True(html.Length > 4000, "the budget should be used, not wasted");
        HtmlChecks.AssertWellFormed(html);
        Assert.Contains("\u2026", html);
    }

    [Fact]
    public void TruncationNeverSplitsAnEntityOrASurrogatePair()
    {
        for (var budget = 20; budget < 60; budget++)
        {
            var html = new TelegramHtmlBuilder(budget).Open("b").Text("\U0001F600&<>\"\U0001F600 & more text").Close().Build();

            Assert.True(html.Length <= budget);
            HtmlChecks.AssertWellFormed(html);
            Assert.Equal(html.Length, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(html)).Length);
            Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(html)));
        }
    }

    [Fact]
    public void ControlCharactersAreDroppedButLineBreaksKept()
    {
        var html = TelegramAnswerRenderer.RenderHtml(Answer("one\u0000two\u001b[31m\nthree"));

        Assert.Equal("onetwo[31m\nthree", html);
    }

    [Fact]
    public void SuggestionsBecomeButtonsWhoseCallbackDataFits64Bytes()
    {
        var longId = new string('x', 200);
        var reply = TelegramAnswerRenderer.Render(Answer(
            "Did you mean one of these?",
            suggestions: [new Suggestion("signing-date", "When was the treaty signed?"), new Suggestion(longId, "Über <long> & \"odd\" id?")]));

        var buttons = reply.Keyboard!.InlineKeyboard.SelectMany(r => r).ToList();
        Assert.Equal(["When was the treaty signed?", "Über <long> & \"odd\" id?"], buttons.Select(b => b.Text));
        Assert.All(buttons, b => Assert.InRange(Encoding.UTF8.GetByteCount(b.CallbackData!), 1, 64));
        Assert.Equal("s:0:signing-date", buttons[0].CallbackData);
        Assert.NotEqual(buttons[0].CallbackData, buttons[1].CallbackData);
    }

    [Fact]
    public void APressedButtonIsReadBackFromTheKeyboardItSitsOn()
    {
        var keyboard = SuggestionButtons.Keyboard([new Suggestion("a", "First?"), new Suggestion("b", "Second?")]);

        Assert.Equal("Second?", SuggestionButtons.QuestionFor("s:1:b", keyboard));
        Assert.Null(SuggestionButtons.QuestionFor("s:7:zzz", keyboard));
        Assert.Null(SuggestionButtons.QuestionFor("s:1:b", null));
        Assert.Null(SuggestionButtons.QuestionFor("other", keyboard));
    }

    [Fact]
    public void AnswersWithoutSuggestionsHaveNoKeyboard()
    {
        Assert.Null(TelegramAnswerRenderer.Render(Answer("Hi!")).Keyboard);
    }
}
