using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Core.Conversation;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Limits;
using ChatBot.Discord.Options;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Messaging;

/// <summary>
/// A worker's step: route a dispatch, hold questions (and 👍/👎 clicks) to the flood limits and questions to the length
/// limit, ask the core, and send the reply (or the interaction response, or the command registration).
/// </summary>
internal sealed class DiscordRequestHandler(
    MessageRouter router,
    IAnswerService answers,
    DiscordAnswerRenderer renderer,
    DiscordRestClient rest,
    InteractionResponder interactions,
    CommandRegistrar commands,
    FloodLimiter flood,
    FeedbackRecorder feedback,
    IOptions<DiscordOptions> options,
    ILogger<DiscordRequestHandler> logger)
{
    private readonly int _maxQuestionLength = options.Value.MaxQuestionLength;

    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken) => router.Route(dispatch) switch
    {
        ChannelQuestion question => ReplyAsync(question, cancellationToken),
        InteractionQuestion question => AnswerInteractionAsync(question, cancellationToken),
        FeedbackClick click => RecordFeedbackAsync(click, cancellationToken),
        ExpiredButton button => interactions.ExpiredAsync(button, cancellationToken),
        RegisterCommands => commands.EnsureRegisteredAsync(cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task ReplyAsync(ChannelQuestion question, CancellationToken cancellationToken)
    {
        switch (flood.Check(question.Conversation.UserId, question.ChannelId))
        {
            case FloodVerdict.WarnUser:
                logger.LogInformation("User {User} is over the flood limit; asked them to slow down", question.Conversation.UserId);
                await SendReplyAsync(question, DiscordAnswerRenderer.RenderText(LimitNotices.SlowDownUser(flood.MaxPerUser)), cancellationToken).ConfigureAwait(false);
                return;
            case FloodVerdict.WarnChannel:
                logger.LogInformation("Channel {Channel} is over the flood limit; asked it to slow down", question.ChannelId);
                await SendReplyAsync(question, DiscordAnswerRenderer.RenderText(LimitNotices.SlowDownChannel(flood.MaxPerChannel)), cancellationToken).ConfigureAwait(false);
                return;
            case FloodVerdict.Ignore:
                return;
        }

        if (question.Question.Length > _maxQuestionLength)
        {
            await SendReplyAsync(question, DiscordAnswerRenderer.RenderText(LimitNotices.TooLong(question.Question.Length, _maxQuestionLength)), cancellationToken).ConfigureAwait(false);
            return;
        }

        var answer = await answers.AskAsync(question.Conversation, question.Question, cancellationToken).ConfigureAwait(false);
        var sent = await SendReplyAsync(question, renderer.Render(answer, withFeedback: feedback.Offers(answer)), cancellationToken).ConfigureAwait(false);
        if (feedback.Offers(answer) && SentMessageId(sent) is { } messageId)
        {
            // Handled before any click on it can be: a channel's events are worked on in order.
            feedback.Remember(FeedbackRecorder.MessageKey(messageId), question.Question, answer);
        }
    }

    private Task RecordFeedbackAsync(FeedbackClick click, CancellationToken cancellationToken) =>
        flood.Check(click.Conversation.UserId, click.Conversation.ChatId) == FloodVerdict.Allowed
            ? interactions.FeedbackAsync(click, cancellationToken)
            : interactions.NoticeAsync(click.InteractionId, click.Token, LimitNotices.SlowDownShort, cancellationToken);

    // An interaction must be answered (else the user sees "the application did not respond"), so a refusal is a note only the user sees.
    private Task AnswerInteractionAsync(InteractionQuestion question, CancellationToken cancellationToken)
    {
        if (flood.Check(question.Conversation.UserId, question.Conversation.ChatId) != FloodVerdict.Allowed)
        {
            return interactions.NoticeAsync(question.InteractionId, question.Token, LimitNotices.SlowDownShort, cancellationToken);
        }

        return question.Question.Length > _maxQuestionLength
            ? interactions.NoticeAsync(question.InteractionId, question.Token, LimitNotices.TooLong(question.Question.Length, _maxQuestionLength), cancellationToken)
            : interactions.AnswerAsync(question, cancellationToken);
    }

    private static string? SentMessageId(RestResult sent)
    {
        try
        {
            return sent.IsSuccess && sent.Json() is { ValueKind: JsonValueKind.Object } message
                && message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<RestResult> SendReplyAsync(ChannelQuestion question, JsonObject body, CancellationToken cancellationToken)
    {
        // Reply to the user's message; if it was deleted meanwhile, post anyway instead of failing.
        body["message_reference"] = new JsonObject { ["message_id"] = question.MessageId, ["fail_if_not_exists"] = false };
        var result = await rest.SendAsync(HttpMethod.Post, DiscordRoutes.CreateMessage(question.ChannelId), body, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            logger.LogError("Discord refused the reply in channel {Channel}: {Result}", question.ChannelId, result.Describe());
        }

        return result;
    }
}
