using System.Text.RegularExpressions;
using ChatBot.Telegram.Rendering;
using ChatBot.Telegram.Transport;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Routing;

/// <summary>
/// The edge: maps each Telegram update to one <see cref="IncomingUpdate"/> in a single switch. Private chats: every text is a question.
/// Groups: only a mention of the bot, a reply to the bot, or a command addressed to it count; everything else is ignored.
/// The moderator commands /reload and /stats (bare or @bot, private or group) become the questions "/reload" and "/stats":
/// the core decides who may run them.
/// </summary>
internal sealed class UpdateTranslator(BotIdentity bot)
{
    private readonly Regex _mention = new($@"(?<![\w@])@{Regex.Escape(bot.Username)}(?!\w)[,:]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public IncomingUpdate Translate(Update update) => update switch
    {
        { Message: { } message } => FromMessage(update.Id, message),
        { CallbackQuery: { } callback } => FromCallback(update.Id, callback),
        { InlineQuery: { } inline } => new InlineQuestion(update.Id, inline.Id, inline.From.Id, inline.Query?.Trim() ?? ""),
        _ => new IgnoredUpdate(update.Id, "not a new message, button press or inline query"),
    };

    private IncomingUpdate FromMessage(int updateId, Message message)
    {
        if (message.From is not { IsBot: false } from)
        {
            return new IgnoredUpdate(updateId, "sent by a bot or on behalf of a channel");
        }

        if (string.IsNullOrWhiteSpace(message.Text))
        {
            return new IgnoredUpdate(updateId, "no text");
        }

        var text = message.Text.Trim();
        var origin = new ChatOrigin(message.Chat.Id, from.Id, message.MessageId);
        var isPrivate = message.Chat.Type == ChatType.Private;

        if (text.StartsWith('/'))
        {
            return FromCommand(updateId, origin, text, isPrivate);
        }

        if (isPrivate)
        {
            return new ChatQuestion(updateId, origin, text);
        }

        if (_mention.IsMatch(text))
        {
            var question = WithoutMention(text);
            return question.Length == 0
                ? new ChatCommand(updateId, origin, CommandKind.AskWithoutQuestion)
                : new ChatQuestion(updateId, origin, question);
        }

        if (message.ReplyToMessage?.From?.Id == bot.Id)
        {
            return new ChatQuestion(updateId, origin, text);
        }

        return new IgnoredUpdate(updateId, "group message not addressed to the bot");
    }

    private IncomingUpdate FromCommand(int updateId, ChatOrigin origin, string text, bool isPrivate)
    {
        // "/ask@botname rest": the @target is how groups tell bots apart.
        var end = text.IndexOfAny([' ', '\n', '\t', '\r']);
        var word = end < 0 ? text[1..] : text[1..end];
        var argument = end < 0 ? "" : text[end..].Trim();
        var at = word.IndexOf('@');
        var name = (at < 0 ? word : word[..at]).ToLowerInvariant();
        var target = at < 0 ? null : word[(at + 1)..];

        if (target is not null && !string.Equals(target, bot.Username, StringComparison.OrdinalIgnoreCase))
        {
            return new IgnoredUpdate(updateId, "command for another bot");
        }

        return name switch
        {
            BotCommands.Ask when argument.Length == 0 => new ChatCommand(updateId, origin, CommandKind.AskWithoutQuestion),
            BotCommands.Ask => new ChatQuestion(updateId, origin, argument),
            BotCommands.Start => new ChatCommand(updateId, origin, CommandKind.Start),
            BotCommands.Help => new ChatCommand(updateId, origin, CommandKind.Help),
            BotCommands.Sources => new ChatCommand(updateId, origin, CommandKind.Sources),
            BotCommands.Reload or BotCommands.Stats => new ChatQuestion(updateId, origin, "/" + name),

            // In a group an unknown bare command is probably another bot's.
            _ when isPrivate || target is not null => new ChatCommand(updateId, origin, CommandKind.Unknown),
            _ => new IgnoredUpdate(updateId, "unknown command in a group"),
        };
    }

    private IncomingUpdate FromCallback(int updateId, CallbackQuery callback)
    {
        // An inaccessible (too old) message arrives without its keyboard, so the question cannot be read back.
        var message = callback.Message;
        var origin = message is null ? null : new ChatOrigin(message.Chat.Id, callback.From.Id, message.MessageId);
        if (FeedbackButtons.TryParse(callback.Data, out var helpful, out var intentId))
        {
            return new FeedbackPressed(updateId, callback.Id, callback.From.Id, origin, helpful, intentId, RepliedQuestion(updateId, message));
        }

        var question = SuggestionButtons.QuestionFor(callback.Data, message?.ReplyMarkup);
        return new SuggestionPressed(updateId, callback.Id, callback.From.Id, origin, question);
    }

    // The answer quotes the message it answered; read as a fresh message would be (mention and /ask removed). Null when that
    // message is gone, is the bot's own (a did-you-mean offer) or was not a question.
    private string? RepliedQuestion(int updateId, Message? answer) =>
        answer?.ReplyToMessage is { } asked && FromMessage(updateId, asked) is ChatQuestion question ? question.Text : null;

    private string WithoutMention(string text)
    {
        var rest = _mention.Replace(text, " ");
        return Regex.Replace(rest, @"\s+", " ").Trim().TrimStart(',', ':', ';', '-', '\u2014').Trim();
    }
}
