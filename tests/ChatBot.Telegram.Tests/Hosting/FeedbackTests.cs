using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Moderation.Log;
using ChatBot.Telegram.Rendering;
using ChatBot.Telegram.Tests.Support;
using ChatBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Telegram.Tests.Hosting;

public sealed class FeedbackTests : AdapterTestBase
{
    private const long Reader = 5005;
    private const long Group = -100555;
    private const string Signed = "Who signed the treaty?";
    private const string Population = "What is the population of South Ossetia?";
    private const string Unsure = "money and signing";
    private readonly RecordingQuestionLog _log = new();
    private RecordingAnswerService _answers = null!;

    public override async Task InitializeAsync()
    {
        _answers = new RecordingAnswerService(RealAnswers.Create(Time));
        await base.InitializeAsync();
        await StartBotAsync(_answers, services: s => s.AddSingleton<IQuestionLog>(_log));
    }

    [Fact]
    public async Task AnAnswerFromTheArticleCarriesThumbsUpAndDownNamingItsIntent()
    {
        var intent = await IntentOf(Signed);

        Server.Enqueue(TestUpdates.PrivateText(Reader, Signed));
        var reply = await Server.NextAsync("sendMessage").Bounded();

        Assert.Equal([("\U0001F44D", $"f:+:{intent}"), ("\U0001F44E", $"f:-:{intent}")], TestUpdates.Buttons(reply));
    }

    [Fact]
    public async Task TheThumbsComeAfterAnyOtherButtons()
    {
        _answers.Script("both", new Answer("both", AnswerKind.Answered, "An answer.", 0.9, "some-intent", [], [new Suggestion("other", "Who else signed?")]));

        Server.Enqueue(TestUpdates.PrivateText(Reader, "both"));
        var reply = await Server.NextAsync("sendMessage").Bounded();

        var rows = reply.Body.GetProperty("reply_markup").GetProperty("inline_keyboard").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("Who else signed?", rows[0][0].GetProperty("text").GetString());
        Assert.Equal(["f:+:some-intent", "f:-:some-intent"], rows[1].EnumerateArray().Select(b => b.GetProperty("callback_data").GetString()));
    }

    [Theory]
    [InlineData(Population, AnswerKind.Declined)]
    [InlineData(Unsure, AnswerKind.DidYouMean)]
    public async Task DeclinesAndDidYouMeanCarryNoThumbs(string question, AnswerKind kind)
    {
        Assert.Equal(kind, (await RealAnswers.Create(Time).AskAsync(new ConversationKey("t", "c", "u"), question)).Kind);

        Server.Enqueue(TestUpdates.PrivateText(Reader, question));
        var reply = await Server.NextAsync("sendMessage").Bounded();

        Assert.DoesNotContain(ButtonsOrNone(reply), b => b.Data.StartsWith(FeedbackButtons.Prefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutAQuestionLogNoThumbsAreShown()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        using var data = new TempFolder();
        await using var bot = await AdapterHarness.StartAsync(server, data.Path, Time);

        server.Enqueue(TestUpdates.PrivateText(Reader, Signed));
        var reply = await server.NextAsync("sendMessage").Bounded();

        Assert.Contains("Putin", reply.Text);
        Assert.Empty(ButtonsOrNone(reply));
    }

    [Fact]
    public async Task PressingThumbsDownRecordsTheQuestionAndIntentAndThanksTheReader()
    {
        var intent = await IntentOf(Signed);
        Server.Enqueue(TestUpdates.PrivateText(Reader, Signed));
        var reply = await Server.NextAsync("sendMessage").Bounded();

        Server.Enqueue(TestUpdates.Callback(Reader, reply, reply.SentMessageId, $"f:-:{intent}"));

        var thanks = await Server.NextAsync("answerCallbackQuery").Bounded();
        Assert.Equal(BotTexts.ThanksForFeedback, thanks.Str("text"));
        Assert.Equal(new FeedbackRecord(DateTimeOffset.UnixEpoch, "telegram", Signed, intent, Helpful: false), await _log.NextFeedbackAsync());
    }

    [Fact]
    public async Task TheThumbsOfASuggestionsAnswerRecordTheSuggestedQuestion()
    {
        Server.Enqueue(TestUpdates.PrivateText(Reader, Unsure));
        var offer = await Server.NextAsync("sendMessage").Bounded();
        var (suggested, data) = TestUpdates.Buttons(offer)[0];
        Server.Enqueue(TestUpdates.Callback(Reader, offer, offer.SentMessageId, data));
        await Server.NextAsync("answerCallbackQuery").Bounded();
        var answer = await Server.NextAsync("sendMessage").Bounded();
        var thumbsUp = TestUpdates.Buttons(answer).Single(b => b.Text == FeedbackButtons.Helpful);

        // The answer quotes the did-you-mean offer, not a question: only the remembered answer knows what was asked.
        Server.Enqueue(TestUpdates.Callback(Reader, answer, answer.SentMessageId, thumbsUp.Data));

        var recorded = await _log.NextFeedbackAsync();
        Assert.Equal((suggested, true), (recorded.Question, recorded.Helpful));
        Assert.Equal(await IntentOf(suggested), recorded.IntentId);
    }

    [Fact]
    public async Task AnAnswerNoLongerRememberedIsRecordedWithTheQuestionItRepliedTo()
    {
        var intent = await IntentOf(Signed);
        var asked = TestUpdates.GroupText(Group, Reader, "@article_qa_bot who signed the treaty?");

        // As after a restart: a press on an answer this process never sent, which quotes the group message it answered.
        Server.Enqueue(TestUpdates.Callback(Reader, EarlierAnswer(Group, intent), 424242, $"f:+:{intent}", replyTo: TestUpdates.MessageOf(asked)));

        Assert.Equal(BotTexts.ThanksForFeedback, (await Server.NextAsync("answerCallbackQuery").Bounded()).Str("text"));
        Assert.Equal(new FeedbackRecord(DateTimeOffset.UnixEpoch, "telegram", "who signed the treaty?", intent, Helpful: true), await _log.NextFeedbackAsync());
    }

    [Fact]
    public async Task WithNeitherTheAnswerNorItsQuestionTheVoteIsKeptForTheIntent()
    {
        Server.Enqueue(TestUpdates.Callback(Reader, EarlierAnswer(Reader, "pledge-south-ossetia"), 434343, "f:-:pledge-south-ossetia"));

        Assert.Equal(new FeedbackRecord(DateTimeOffset.UnixEpoch, "telegram", "", "pledge-south-ossetia", Helpful: false), await _log.NextFeedbackAsync());
    }

    [Fact]
    public async Task AVoteCountsEvenWhenItsPressIsTooOldToAnswer()
    {
        Server.FailNext("answerCallbackQuery", new ScriptedFailure(400, "Bad Request: query is too old and response timeout expired or query ID is invalid"));

        Server.Enqueue(TestUpdates.Callback(Reader, EarlierAnswer(Reader, "pledge-south-ossetia"), 454545, "f:+:pledge-south-ossetia"));

        Assert.Equal(400, (await Server.NextAsync("answerCallbackQuery").Bounded()).Status);
        Assert.Equal(new FeedbackRecord(DateTimeOffset.UnixEpoch, "telegram", "", "pledge-south-ossetia", Helpful: true), await _log.NextFeedbackAsync());
    }

    [Fact]
    public async Task AFailingQuestionLogStillThanksTheReaderAndIsLogged()
    {
        var intent = await IntentOf(Signed);
        Server.Enqueue(TestUpdates.PrivateText(Reader, Signed));
        var reply = await Server.NextAsync("sendMessage").Bounded();
        _log.Fail = true;

        Server.Enqueue(TestUpdates.Callback(Reader, reply, reply.SentMessageId, $"f:-:{intent}"));

        Assert.Equal(BotTexts.ThanksForFeedback, (await Server.NextAsync("answerCallbackQuery").Bounded()).Str("text"));
        var error = await Bot.Logs.NextErrorAsync().Bounded();
        Assert.Contains("thumbs-down", error.Message);
        Assert.IsType<IOException>(error.Exception);

        // The chat goes on: the next question is answered.
        Server.Enqueue(TestUpdates.PrivateText(Reader, Signed));
        Assert.Contains("Putin", (await Server.NextAsync("sendMessage").Bounded()).Text);
    }

    [Theory]
    [InlineData("pledge-south-ossetia", "pledge-south-ossetia")]
    [InlineData("ünïcødé id \U0001F600", "_n_c_d__id___")]
    public void CallbackDataCarriesTheIntentIdAsSafeAscii(string intentId, string carried)
    {
        Assert.Equal($"f:+:{carried}", FeedbackButtons.Data(helpful: true, intentId));
        Assert.True(FeedbackButtons.TryParse(FeedbackButtons.Data(helpful: false, intentId), out var helpful, out var parsed));
        Assert.Equal((false, carried), (helpful, parsed));
    }

    [Fact]
    public void CallbackDataFitsSixtyFourBytesHoweverLongTheIntentId()
    {
        var data = FeedbackButtons.Data(helpful: true, new string('x', 200));

        Assert.Equal(64, Encoding.UTF8.GetByteCount(data));
        Assert.False(FeedbackButtons.TryParse("s:0:pledge", out _, out _));
        Assert.False(FeedbackButtons.TryParse("f:x:pledge", out _, out _));
    }

    private async Task<string> IntentOf(string question)
    {
        var answer = await RealAnswers.Create(Time).AskAsync(new ConversationKey("t", "c", "u"), question);
        Assert.True(answer.Kind == AnswerKind.Answered, $"precondition: the engine answers \"{question}\"");
        return answer.IntentId!;
    }

    // A sent answer with the thumbs keyboard in <paramref name="chatId"/>, standing in for one a previous process sent.
    private static RecordedCall EarlierAnswer(long chatId, string intent)
    {
        var body = new JsonObject
        {
            ["chat_id"] = chatId,
            ["text"] = "An earlier answer",
            ["reply_markup"] = new JsonObject
            {
                ["inline_keyboard"] = new JsonArray(new JsonArray(
                    new JsonObject { ["text"] = FeedbackButtons.Helpful, ["callback_data"] = $"f:+:{intent}" },
                    new JsonObject { ["text"] = FeedbackButtons.NotHelpful, ["callback_data"] = $"f:-:{intent}" })),
            },
        };
        return new RecordedCall("sendMessage", JsonDocument.Parse(body.ToJsonString()).RootElement, 200);
    }

    private static IReadOnlyList<(string Text, string Data)> ButtonsOrNone(RecordedCall sent) =>
        sent.Body.TryGetProperty("reply_markup", out _) ? TestUpdates.Buttons(sent) : [];
}
