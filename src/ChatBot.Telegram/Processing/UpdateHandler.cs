using ChatBot.Core.Conversation;
using ChatBot.Moderation.Feedback;
using ChatBot.Telegram.Limits;
using ChatBot.Telegram.Options;
using ChatBot.Telegram.Rendering;
using ChatBot.Telegram.Routing;
using ChatBot.Telegram.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace ChatBot.Telegram.Processing;

/// <summary>Carries out one translated update: asks the core, renders, and sends the reply through <see cref="BotApi"/>.</summary>
internal sealed class UpdateHandler(
    BotApi api,
    IAnswerService answers,
    FloodLimiter flood,
    FeedbackRecorder feedback,
    IOptions<TelegramOptions> options,
    ILogger<UpdateHandler> logger)
{
    /// <summary>The platform name in conversation keys.</summary>
    public const string Platform = "telegram";

    private readonly int _maxQuestionLength = options.Value.MaxQuestionLength;

    /// <summary>The bot's identity; set once at start, before any update is handled.</summary>
    public BotIdentity Bot { get; set; } = new(0, "bot");

    public Task HandleAsync(IncomingUpdate update, CancellationToken cancellationToken) => update switch
    {
        ChatQuestion q => AnswerInChatAsync(q.Origin, q.Text, cancellationToken),
        ChatCommand c => RunCommandAsync(c, cancellationToken),
        SuggestionPressed p => AnswerSuggestionAsync(p, cancellationToken),
        FeedbackPressed f => RecordFeedbackAsync(f, cancellationToken),
        InlineQuestion i => AnswerInlineAsync(i, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task AnswerInChatAsync(ChatOrigin origin, string question, CancellationToken cancellationToken)
    {
        if (!await WithinFloodLimitAsync(origin, cancellationToken))
        {
            return;
        }

        await AnswerAsync(origin, question, cancellationToken);
    }

    private async Task AnswerAsync(ChatOrigin origin, string question, CancellationToken cancellationToken)
    {
        if (question.Length > _maxQuestionLength)
        {
            await SendAsync(origin, new TelegramReply(BotTexts.TooLong(question.Length, _maxQuestionLength)), cancellationToken);
            return;
        }

        var key = new ConversationKey(Platform, origin.ChatId.ToString(), origin.UserId.ToString());
        var answer = await answers.AskAsync(key, question, cancellationToken);
        var withFeedback = feedback.Enabled && TelegramAnswerRenderer.TakesFeedback(answer);
        var sent = await SendAsync(origin, TelegramAnswerRenderer.Render(answer, withFeedback: withFeedback), cancellationToken);
        if (withFeedback)
        {
            // Handled before any press on it can be: presses on this chat's messages queue behind this update.
            feedback.Remember(origin.ChatId, sent.MessageId, question, answer.IntentId!);
        }
    }

    private async Task RunCommandAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        if (!await WithinFloodLimitAsync(command.Origin, cancellationToken))
        {
            return;
        }

        var html = command.Kind switch
        {
            CommandKind.Start => BotTexts.Welcome(answers.Sources, Bot.Username),
            CommandKind.Sources => BotTexts.Sources(answers.Sources),
            CommandKind.AskWithoutQuestion => BotTexts.AskUsage(),
            _ => BotTexts.Help(Bot.Username),
        };
        await SendAsync(command.Origin, new TelegramReply(html), cancellationToken);
    }

    private async Task AnswerSuggestionAsync(SuggestionPressed pressed, CancellationToken cancellationToken)
    {
        if (pressed is not { Origin: { } origin, Question: { } question })
        {
            await AnswerCallbackAsync(pressed.CallbackQueryId, BotTexts.SuggestionExpired, cancellationToken);
            return;
        }

        if (flood.Check(pressed.UserId, origin.ChatId) != FloodVerdict.Allowed)
        {
            await AnswerCallbackAsync(pressed.CallbackQueryId, BotTexts.SlowDownShort, cancellationToken);
            return;
        }

        // Answer the callback first: the client shows a spinner on the button until it is.
        await AnswerCallbackAsync(pressed.CallbackQueryId, null, cancellationToken);
        await AnswerAsync(origin with { UserId = pressed.UserId }, question, cancellationToken);
    }

    private async Task RecordFeedbackAsync(FeedbackPressed pressed, CancellationToken cancellationToken)
    {
        if (!feedback.Enabled)
        {
            // Buttons from a run that had a question log; nothing to record them in now.
            await AnswerCallbackAsync(pressed.CallbackQueryId, null, cancellationToken);
            return;
        }

        if (flood.Check(pressed.UserId, pressed.Origin?.ChatId ?? pressed.UserId) != FloodVerdict.Allowed)
        {
            await AnswerCallbackAsync(pressed.CallbackQueryId, BotTexts.SlowDownShort, cancellationToken);
            return;
        }

        // Remembered answers give the exact question and intent; after a restart the question the answer replied to
        // stands in, and failing that the vote is kept for the intent alone.
        var answered = pressed.Origin is { } origin && feedback.TryRecall(origin.ChatId, origin.MessageId, out var remembered)
            ? remembered
            : new AnsweredQuestion(pressed.RepliedQuestion ?? "", pressed.IntentId);

        // Thanked first: the button spins until then, and a failing log must not keep it spinning. The vote counts even
        // when the thanks cannot be delivered (a press replayed after a restart is too old to answer).
        try
        {
            await AnswerCallbackAsync(pressed.CallbackQueryId, BotTexts.ThanksForFeedback, cancellationToken);
        }
        finally
        {
            await feedback.RecordAsync(Platform, answered, pressed.Helpful, cancellationToken);
        }
    }

    private async Task AnswerInlineAsync(InlineQuestion inline, CancellationToken cancellationToken)
    {
        var results = new List<InlineQueryResult>();
        if (inline.Text.Length > _maxQuestionLength)
        {
            results.Add(Article("too-long", "Question too long", BotTexts.TooLong(inline.Text.Length, _maxQuestionLength)));
        }
        else if (inline.Text.Length > 0)
        {
            // Inline queries arrive as the user types, so they are not counted against the flood limit.
            var key = new ConversationKey(Platform, $"inline:{inline.UserId}", inline.UserId.ToString());
            var answer = await answers.AskAsync(key, inline.Text, cancellationToken);
            var article = Article("answer", Shorten(inline.Text, 64), TelegramAnswerRenderer.RenderHtml(answer));
            article.Description = Shorten(answer.Text, 200);
            results.Add(article);
        }

        await api.CallAsync("answerInlineQuery",
            (c, ct) => c.AnswerInlineQuery(inline.InlineQueryId, results, cacheTime: 0, isPersonal: true, cancellationToken: ct),
            cancellationToken);
    }

    private async Task<bool> WithinFloodLimitAsync(ChatOrigin origin, CancellationToken cancellationToken)
    {
        var verdict = flood.Check(origin.UserId, origin.ChatId);
        if (verdict == FloodVerdict.Warn)
        {
            logger.LogInformation("User {User} is over the flood limit; asked them to slow down", origin.UserId);
            await SendAsync(origin, new TelegramReply(BotTexts.SlowDown(flood.MaxPerMinute)), cancellationToken);
        }
        else if (verdict == FloodVerdict.WarnChat)
        {
            logger.LogInformation("Chat {Chat} is over the flood limit; asked it to slow down", origin.ChatId);
            await SendAsync(origin, new TelegramReply(BotTexts.ChatSlowDown(flood.MaxPerChatPerMinute)), cancellationToken);
        }

        return verdict == FloodVerdict.Allowed;
    }

    private async Task<Message> SendAsync(ChatOrigin origin, TelegramReply reply, CancellationToken cancellationToken) =>
        await api.CallAsync<Message>("sendMessage",
            (c, ct) => c.SendMessage(
                origin.ChatId,
                reply.Html,
                ParseMode.Html,
                replyParameters: new ReplyParameters { MessageId = origin.MessageId, AllowSendingWithoutReply = true },
                replyMarkup: reply.Keyboard,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                cancellationToken: ct),
            cancellationToken);

    private Task AnswerCallbackAsync(string callbackQueryId, string? text, CancellationToken cancellationToken) =>
        api.CallAsync("answerCallbackQuery", (c, ct) => c.AnswerCallbackQuery(callbackQueryId, text, cancellationToken: ct), cancellationToken).AsTask();

    private static InlineQueryResultArticle Article(string id, string title, string html) =>
        new(id, title, new InputTextMessageContent(html) { ParseMode = ParseMode.Html, LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true } });

    private static string Shorten(string text, int max)
    {
        var clean = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length <= max)
        {
            return clean;
        }

        // Never end on half a surrogate pair (an emoji cut in two is invalid text).
        var cut = char.IsHighSurrogate(clean[max - 2]) ? max - 2 : max - 1;
        return clean[..cut].TrimEnd() + "\u2026";
    }
}
