using System.Text.Json.Nodes;
using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Discord.Messaging;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using ChatBot.Moderation.Feedback;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Answers <c>/ask</c> and button clicks within Discord's 3 s: with the answer (type 4) when it is ready at once,
/// otherwise with "thinking" (type 5) straight away and then by editing <c>@original</c> when the answer is ready.
/// Answers from the article carry 👍/👎 when feedback is on; a click on one is thanked with a note only its user sees.
/// </summary>
internal sealed class InteractionResponder(
    IAnswerService answers,
    DiscordAnswerRenderer renderer,
    DiscordRestClient rest,
    BotIdentity identity,
    FeedbackRecorder feedback,
    ILogger<InteractionResponder> logger)
{
    public const string ThanksForFeedback = "Thanks for the feedback";

    public async Task AnswerAsync(InteractionQuestion request, CancellationToken cancellationToken)
    {
        var pending = answers.AskAsync(request.Conversation, request.Question, cancellationToken);
        if (pending.IsCompleted)
        {
            var response = InteractionCallback.Message(Render(request, await pending.ConfigureAwait(false)));
            Report(await rest.SendAsync(HttpMethod.Post, DiscordRoutes.InteractionCallback(request.InteractionId, request.Token), response, cancellationToken).ConfigureAwait(false), "answer interaction");
            return;
        }

        var answering = pending.AsTask();
        var deferred = await rest.SendAsync(HttpMethod.Post, DiscordRoutes.InteractionCallback(request.InteractionId, request.Token), InteractionCallback.Defer(), cancellationToken).ConfigureAwait(false);
        if (!Report(deferred, "defer interaction"))
        {
            return;
        }

        if ((request.ApplicationId ?? identity.ApplicationId) is not { } applicationId)
        {
            logger.LogError("Cannot complete interaction {Id}: the application id is unknown", request.InteractionId);
            return;
        }

        JsonObject body;
        try
        {
            body = Render(request, await answering.ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The user already sees "thinking…"; replace it rather than leave it spinning.
            logger.LogError(ex, "Answering interaction {Id} failed", request.InteractionId);
            body = DiscordAnswerRenderer.RenderText("Sorry, something went wrong while answering.");
        }

        var edit = await rest.SendAsync(HttpMethod.Patch, DiscordRoutes.EditOriginal(applicationId, request.Token), body, cancellationToken).ConfigureAwait(false);
        Report(edit, "edit the deferred interaction response");
    }

    /// <summary>Thanks the user at once (only they see it), then records the click; a failing log changes nothing for them.</summary>
    public async Task FeedbackAsync(FeedbackClick click, CancellationToken cancellationToken)
    {
        if (!feedback.Enabled)
        {
            // Buttons from a run that had a question log; nothing to record them in now.
            Report(await rest.SendAsync(HttpMethod.Post, DiscordRoutes.InteractionCallback(click.InteractionId, click.Token), InteractionCallback.AcknowledgeClick(), cancellationToken).ConfigureAwait(false), "acknowledge a feedback click");
            return;
        }

        // Remembered answers give the exact question and intent; after a restart the message the answer replied to
        // stands in, and failing that the vote is kept for the intent alone.
        var answered = feedback.TryRecall(click.ReplyKeys, out var remembered)
            ? remembered
            : new AnsweredQuestion(click.RepliedQuestion ?? "", click.IntentId);
        await NoticeAsync(click.InteractionId, click.Token, ThanksForFeedback, cancellationToken).ConfigureAwait(false);
        await feedback.RecordAsync(MessageRouter.Platform, answered, click.Helpful, cancellationToken).ConfigureAwait(false);
    }

    public Task ExpiredAsync(ExpiredButton request, CancellationToken cancellationToken) =>
        NoticeAsync(request.InteractionId, request.Token, "That suggestion has expired; ask again with /ask.", cancellationToken);

    /// <summary>Answers an interaction with a short note only the invoking user sees (expired button, slow down, too long).</summary>
    public async Task NoticeAsync(string interactionId, string token, string text, CancellationToken cancellationToken)
    {
        var data = DiscordAnswerRenderer.RenderText(text);
        data["flags"] = InteractionCallback.EphemeralFlag;
        Report(await rest.SendAsync(HttpMethod.Post, DiscordRoutes.InteractionCallback(interactionId, token), InteractionCallback.Message(data), cancellationToken).ConfigureAwait(false), "answer an interaction with a note");
    }

    // An interaction's response is found again by the interaction's id (the message's interaction_metadata).
    private JsonObject Render(InteractionQuestion request, Answer answer)
    {
        feedback.Remember(FeedbackRecorder.InteractionKey(request.InteractionId), request.Question, answer);
        return renderer.Render(answer, withFeedback: feedback.Offers(answer));
    }

    private bool Report(RestResult result, string what)
    {
        if (!result.IsSuccess)
        {
            logger.LogError("Discord refused to {What}: {Result}", what, result.Describe());
        }

        return result.IsSuccess;
    }
}
