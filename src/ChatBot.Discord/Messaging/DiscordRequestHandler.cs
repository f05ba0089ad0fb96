using System.Text.Json.Nodes;
using ChatBot.Core.Conversation;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Messaging;

/// <summary>A worker's step: route a dispatch, ask the core, and send the reply (or the interaction response, or the command registration).</summary>
internal sealed class DiscordRequestHandler(
    MessageRouter router,
    IAnswerService answers,
    DiscordAnswerRenderer renderer,
    DiscordRestClient rest,
    InteractionResponder interactions,
    CommandRegistrar commands,
    ILogger<DiscordRequestHandler> logger)
{
    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken) => router.Route(dispatch) switch
    {
        ChannelQuestion question => ReplyAsync(question, cancellationToken),
        InteractionQuestion question => interactions.AnswerAsync(question, cancellationToken),
        ExpiredButton button => interactions.ExpiredAsync(button, cancellationToken),
        RegisterCommands => commands.EnsureRegisteredAsync(cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task ReplyAsync(ChannelQuestion question, CancellationToken cancellationToken)
    {
        var answer = await answers.AskAsync(question.Conversation, question.Question, cancellationToken).ConfigureAwait(false);
        var body = renderer.Render(answer);

        // Reply to the user's message; if it was deleted meanwhile, post anyway instead of failing.
        body["message_reference"] = new JsonObject { ["message_id"] = question.MessageId, ["fail_if_not_exists"] = false };
        var result = await rest.SendAsync(HttpMethod.Post, DiscordRoutes.CreateMessage(question.ChannelId), body, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            logger.LogError("Discord refused the reply in channel {Channel}: {Result}", question.ChannelId, result.Describe());
        }
    }
}
