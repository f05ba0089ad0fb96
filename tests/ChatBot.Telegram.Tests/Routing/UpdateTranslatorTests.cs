using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Telegram.Routing;
using ChatBot.Telegram.Tests.Support;
using ChatBot.Telegram.Transport;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Tests.Routing;

public class UpdateTranslatorTests
{
    private const long Group = -100123;
    private const long User = 42;
    private readonly UpdateTranslator _translator = new(new BotIdentity(FakeBotApiServer.BotId, FakeBotApiServer.BotUsername));

    private IncomingUpdate Translate(JsonObject update)
    {
        update["update_id"] = 1;
        return _translator.Translate(JsonSerializer.Deserialize<Update>(update.ToJsonString(), JsonBotAPI.Options)!);
    }

    [Fact]
    public void EveryPrivateTextIsAQuestion()
    {
        var incoming = Assert.IsType<ChatQuestion>(Translate(TestUpdates.PrivateText(User, "  Who signed the treaty? ", messageId: 5)));

        Assert.Equal(new ChatOrigin(User, User, 5), incoming.Origin);
        Assert.Equal("Who signed the treaty?", incoming.Text);
    }

    [Theory]
    [InlineData("@article_qa_bot who signed the treaty?")]
    [InlineData("@Article_QA_Bot, who signed the treaty?")]
    [InlineData("who signed the treaty? @article_qa_bot")]
    public void AGroupMentionIsAQuestionWithoutTheMention(string text)
    {
        var incoming = Assert.IsType<ChatQuestion>(Translate(TestUpdates.GroupText(Group, User, text)));

        Assert.Equal("who signed the treaty?", incoming.Text);
        Assert.Equal(Group, incoming.Origin.ChatId);
    }

    [Fact]
    public void AReplyToTheBotInAGroupIsAQuestion()
    {
        var update = TestUpdates.GroupText(Group, User, "and when?", replyTo: TestUpdates.BotMessage(Group, 77, "It was signed by Putin."));

        Assert.Equal("and when?", Assert.IsType<ChatQuestion>(Translate(update)).Text);
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("mail me at someone@article_qa_bot.example")]
    [InlineData("@article_qa_bot_fan hello")]
    [InlineData("/ask@other_bot who signed?")]
    [InlineData("/weather")]
    public void GroupMessagesNotAddressedToTheBotAreIgnored(string text)
    {
        Assert.IsType<IgnoredUpdate>(Translate(TestUpdates.GroupText(Group, User, text)));
    }

    [Theory]
    [InlineData("/ask who signed?")]
    [InlineData("/ask@article_qa_bot who signed?")]
    [InlineData("/ASK@ARTICLE_QA_BOT   who signed?")]
    public void AskCommandsCarryTheirQuestion(string text)
    {
        Assert.Equal("who signed?", Assert.IsType<ChatQuestion>(Translate(TestUpdates.GroupText(Group, User, text))).Text);
    }

    [Theory]
    [InlineData("/start", "Start")]
    [InlineData("/help@article_qa_bot", "Help")]
    [InlineData("/sources", "Sources")]
    [InlineData("/ask", "AskWithoutQuestion")]
    [InlineData("@article_qa_bot", "AskWithoutQuestion")]
    [InlineData("/weather@article_qa_bot", "Unknown")]
    public void CommandsAddressedToTheBot(string text, string kind)
    {
        Assert.Equal(Enum.Parse<CommandKind>(kind), Assert.IsType<ChatCommand>(Translate(TestUpdates.GroupText(Group, User, text))).Kind);
    }

    [Theory]
    [InlineData("/reload", "/reload")]
    [InlineData("/stats", "/stats")]
    [InlineData("/reload@article_qa_bot", "/reload")]
    [InlineData("/Stats@ARTICLE_QA_BOT today please", "/stats")]
    public void ModeratorCommandsAreQuestionsForTheCoreInGroupsAndPrivateChats(string text, string question)
    {
        Assert.Equal(question, Assert.IsType<ChatQuestion>(Translate(TestUpdates.GroupText(Group, User, text))).Text);
        Assert.Equal(question, Assert.IsType<ChatQuestion>(Translate(TestUpdates.PrivateText(User, text))).Text);
    }

    [Fact]
    public void AModeratorCommandForAnotherBotIsIgnored()
    {
        Assert.IsType<IgnoredUpdate>(Translate(TestUpdates.GroupText(Group, User, "/reload@other_bot")));
    }

    [Fact]
    public void AThumbsPressCarriesItsVoteIntentAndTheQuestionItsAnswerRepliedTo()
    {
        var asked = TestUpdates.GroupText(Group, User, "/ask who signed?");
        var press = TestUpdates.Callback(User, Group, "+", "f:-:treaty-signers");
        press["callback_query"]!["message"]!["reply_to_message"] = TestUpdates.MessageOf(asked);

        var pressed = Assert.IsType<FeedbackPressed>(Translate(press));

        Assert.Equal((false, "treaty-signers", "who signed?"), (pressed.Helpful, pressed.IntentId, pressed.RepliedQuestion));
        Assert.Equal(Group, pressed.Origin!.ChatId);
    }

    [Fact]
    public void AThumbsPressOnAnAnswerToTheBotsOwnMessageHasNoRepliedQuestion()
    {
        var press = TestUpdates.Callback(User, User, "+", "f:+:treaty-signers");
        press["callback_query"]!["message"]!["reply_to_message"] = TestUpdates.BotMessage(User, 12, "Did you mean?");

        var pressed = Assert.IsType<FeedbackPressed>(Translate(press));

        Assert.True(pressed.Helpful);
        Assert.Null(pressed.RepliedQuestion);
    }

    [Fact]
    public void MessagesFromBotsEditsAndNonTextAreIgnored()
    {
        var fromBot = TestUpdates.PrivateText(User, "hi");
        fromBot["message"]!["from"]!["is_bot"] = true;
        var edited = new JsonObject { ["edited_message"] = TestUpdates.PrivateText(User, "hi")["message"]!.DeepClone() };
        var sticker = TestUpdates.PrivateText(User, "x");
        sticker["message"]!.AsObject().Remove("text");

        Assert.IsType<IgnoredUpdate>(Translate(fromBot));
        Assert.IsType<IgnoredUpdate>(Translate(edited));
        Assert.IsType<IgnoredUpdate>(Translate(sticker));
    }

    [Fact]
    public void InlineQueriesAreInlineQuestions()
    {
        var incoming = Assert.IsType<InlineQuestion>(Translate(TestUpdates.Inline(User, " who signed? ")));

        Assert.Equal("who signed?", incoming.Text);
        Assert.Equal(User, incoming.UserId);
    }
}
