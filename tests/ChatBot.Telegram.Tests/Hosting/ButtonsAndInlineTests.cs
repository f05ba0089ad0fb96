using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Telegram.Rendering;
using ChatBot.Telegram.Tests.Support;
using ChatBot.Testing;

namespace ChatBot.Telegram.Tests.Hosting;

public sealed class ButtonsAndInlineTests : AdapterTestBase
{
    private const long Reader = 2002;
    private const string Unsure = "money and signing";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await StartBotAsync();
    }

    [Fact]
    public async Task DidYouMeanOffersButtonsAndPressingOneAnswersItsQuestion()
    {
        var expected = await RealAnswers.Create(Time).AskAsync(new ConversationKey("t", "c", "u"), Unsure);
        Assert.True(expected.Kind == AnswerKind.DidYouMean && expected.Suggestions.Count > 1, "precondition: the engine is unsure about this question");

        Server.Enqueue(TestUpdates.PrivateText(Reader, Unsure));
        var offer = await Server.NextAsync("sendMessage").Bounded();
        var buttons = TestUpdates.Buttons(offer);
        Assert.Equal(expected.Suggestions.Select(s => s.Question), buttons.Select(b => b.Text));

        var (question, data) = buttons[1];
        Server.Enqueue(TestUpdates.Callback(Reader, offer, sentMessageId: 9999, data));

        var callbackAnswer = await Server.NextAsync("answerCallbackQuery").Bounded();
        var reply = await Server.NextAsync("sendMessage").Bounded();
        Assert.StartsWith("cb-", callbackAnswer.Str("callback_query_id"));
        Assert.Equal(Reader, reply.ChatId);
        Assert.Equal(9999, reply.ReplyTo);
        var direct = await RealAnswers.Create(Time).AskAsync(new ConversationKey("t", "c", "u"), question);
        Assert.Equal(TelegramAnswerRenderer.RenderHtml(direct), reply.Text);
    }

    [Fact]
    public async Task AButtonWhoseKeyboardIsGoneIsAnsweredWithANoteInsteadOfSilence()
    {
        Server.Enqueue(TestUpdates.PrivateText(Reader, Unsure));
        var offer = await Server.NextAsync("sendMessage").Bounded();
        var press = TestUpdates.Callback(Reader, offer, sentMessageId: 9998, "s:0:gone");

        Server.Enqueue(press);

        var callbackAnswer = await Server.NextAsync("answerCallbackQuery").Bounded();
        Assert.Equal(BotTexts.SuggestionExpired, callbackAnswer.Str("text"));
        Assert.Single(Server.Calls("sendMessage"));
    }

    [Fact]
    public async Task AnInlineQueryIsAnsweredWithAnArticleHoldingTheRenderedAnswer()
    {
        Server.Enqueue(TestUpdates.Inline(Reader, "Who signed the treaty?"));

        var call = await Server.NextAsync("answerInlineQuery").Bounded();

        Assert.StartsWith("iq-", call.Str("inline_query_id"));
        var result = Assert.Single(call.Body.GetProperty("results").EnumerateArray());
        Assert.Equal("article", result.GetProperty("type").GetString());
        Assert.Equal("Who signed the treaty?", result.GetProperty("title").GetString());
        var content = result.GetProperty("input_message_content");
        Assert.Equal("html", content.GetProperty("parse_mode").GetString(), ignoreCase: true);
        var html = content.GetProperty("message_text").GetString()!;
        Assert.Contains("Putin", html);
        Assert.Contains("<blockquote>", html);
        HtmlChecks.AssertWellFormed(html);
    }
}
