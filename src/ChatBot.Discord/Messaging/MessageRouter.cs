using System.Text.Json;
using ChatBot.Core.Conversation;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Messaging.Payloads;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Messaging;

/// <summary>
/// Translates dispatches at the edge, in one switch: MESSAGE_CREATE addressed to the bot (mention, DM, reply to the bot)
/// and INTERACTION_CREATE (<c>/ask</c>, suggestion and 👍/👎 buttons) become <see cref="DiscordRequest"/>s; its own messages,
/// other bots, webhooks and everything else are ignored. Malformed payloads are logged and skipped. Text such as
/// "!reload" goes to the core like any question; the author's guild roles travel in <see cref="ConversationKey.Roles"/>
/// so the core can recognise moderators by role.
/// </summary>
internal sealed class MessageRouter(BotIdentity identity, SuggestionIds suggestions, ILogger<MessageRouter> logger)
{
    /// <summary>The platform name in <see cref="ConversationKey"/>.</summary>
    public const string Platform = "discord";

    private const int DefaultMessage = 0;
    private const int ReplyMessage = 19;

    public DiscordRequest? Route(GatewayDispatch dispatch) => dispatch.EventName switch
    {
        "READY" => new RegisterCommands(),
        "MESSAGE_CREATE" => Read<DiscordMessage>(dispatch) is { } message ? FromMessage(message) : null,
        "INTERACTION_CREATE" => Read<DiscordInteraction>(dispatch) is { } interaction ? FromInteraction(interaction) : null,
        _ => null,
    };

    private DiscordRequest? FromMessage(DiscordMessage message)
    {
        if (identity.UserId is not { } botId
            || message.WebhookId is not null
            || message.Author.Bot == true
            || message.Author.Id == botId
            || message.Type is { } type && type != DefaultMessage && type != ReplyMessage)
        {
            return null;
        }

        var content = message.Content ?? "";
        var inDm = message.GuildId is null;
        var mentioned = message.Mentions?.Any(user => user.Id == botId) == true || MentionText.Mentions(content, botId);
        var replyToBot = message.ReferencedMessage?.Author?.Id == botId;
        if (!inDm && !mentioned && !replyToBot)
        {
            return null;
        }

        return new ChannelQuestion(
            new ConversationKey(Platform, message.ChannelId, message.Author.Id) { Roles = RolesOf(message.Member) },
            message.ChannelId,
            message.Id,
            MentionText.Strip(content, botId));
    }

    private DiscordRequest? FromInteraction(DiscordInteraction interaction)
    {
        if (interaction.Invoker is not { } user || interaction.ChannelId is not { } channelId)
        {
            logger.LogWarning("Skipped interaction {Id}: no user or channel", interaction.Id);
            return null;
        }

        var conversation = new ConversationKey(Platform, channelId, user.Id) { Roles = RolesOf(interaction.Member) };
        switch (interaction.Type)
        {
            case DiscordInteraction.ApplicationCommand when interaction.Data?.Name == AskCommand.Name:
                var option = interaction.Data.Options?.FirstOrDefault(o => o.Name == AskCommand.QuestionOption)?.Value;
                var question = option is { ValueKind: JsonValueKind.String } text ? text.GetString()! : "";
                return new InteractionQuestion(conversation, interaction.Id, interaction.Token, interaction.ApplicationId, question, FromButton: false);
            case DiscordInteraction.MessageComponent when interaction.Data?.CustomId is { } customId && suggestions.TryDecode(customId, out var suggested):
                return new InteractionQuestion(conversation, interaction.Id, interaction.Token, interaction.ApplicationId, suggested, FromButton: true);
            case DiscordInteraction.MessageComponent when interaction.Data?.CustomId is { } customId && SuggestionIds.IsOurs(customId):
                return new ExpiredButton(interaction.Id, interaction.Token);
            case DiscordInteraction.MessageComponent when interaction.Data?.CustomId is { } customId && FeedbackIds.TryDecode(customId, out var helpful, out var intentId):
                return new FeedbackClick(conversation, interaction.Id, interaction.Token, helpful, intentId, ReplyKeys(interaction.Message), RepliedQuestion(interaction.Message));
            default:
                return null;
        }
    }

    // Role ids are snowflakes, unique across guilds, so a configured role cannot match in another guild.
    private static IReadOnlyList<string> RolesOf(DiscordMember? member) => member?.Roles ?? [];

    // A reply is remembered by its message id, an interaction's response by the interaction it answered.
    private static IReadOnlyList<string> ReplyKeys(InteractionMessage? message) => message switch
    {
        null => [],
        { AnsweredInteractionId: { } interactionId } => [FeedbackRecorder.InteractionKey(interactionId), FeedbackRecorder.MessageKey(message.Id)],
        _ => [FeedbackRecorder.MessageKey(message.Id)],
    };

    // The question a reply answered, read back from the message it replied to (the user's, not the bot's own).
    private string? RepliedQuestion(InteractionMessage? message) =>
        message?.ReferencedMessage is { Content: { Length: > 0 } content, Author: { } author } && author.Id != identity.UserId && author.Bot != true
            && identity.UserId is { } botId && MentionText.Strip(content, botId) is { Length: > 0 } question
            ? question
            : null;

    private T? Read<T>(GatewayDispatch dispatch)
        where T : class
    {
        if (DiscordJson.TryRead<T>(dispatch.Data, out var value, out var error))
        {
            return value;
        }

        logger.LogWarning("Skipped a malformed {Event} (#{Sequence}): {Error}", dispatch.EventName, dispatch.Sequence, error);
        return null;
    }
}
