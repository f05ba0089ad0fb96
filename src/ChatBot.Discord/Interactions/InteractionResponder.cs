using System.Text.Json.Nodes;
using ChatBot.Core.Conversation;
using ChatBot.Discord.Messaging;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Answers <c>/ask</c> and button clicks within Discord's 3 s: with the answer (type 4) when it is ready at once,
/// otherwise with "thinking" (type 5) straight away and then by editing <c>@original</c> when the answer is ready.
/// </summary>
internal sealed class InteractionResponder(
    IAnswerService answers,
    DiscordAnswerRenderer renderer,
    DiscordRestClient rest,
    BotIdentity identity,
    ILogger<InteractionResponder> logger)
{
    public async Task AnswerAsync(InteractionQuestion request, CancellationToken cancellationToken)
    {
        var pending = answers.AskAsync(request.Conversation, request.Question, cancellationToken);
        if (pending.IsCompleted)
        {
            var response = InteractionCallback.Message(renderer.Render(await pending.ConfigureAwait(false)));
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
            body = renderer.Render(await answering.ConfigureAwait(false));
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

    public Task ExpiredAsync(ExpiredButton request, CancellationToken cancellationToken) =>
        NoticeAsync(request.InteractionId, request.Token, "That suggestion has expired; ask again with /ask.", cancellationToken);

    /// <summary>Answers an interaction with a short note only the invoking user sees (expired button, slow down, too long).</summary>
    public async Task NoticeAsync(string interactionId, string token, string text, CancellationToken cancellationToken)
    {
        var data = DiscordAnswerRenderer.RenderText(text);
        data["flags"] = InteractionCallback.EphemeralFlag;
        Report(await rest.SendAsync(HttpMethod.Post, DiscordRoutes.InteractionCallback(interactionId, token), InteractionCallback.Message(data), cancellationToken).ConfigureAwait(false), "answer an interaction with a note");
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
