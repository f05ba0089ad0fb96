using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Rendering;

/// <summary>A message ready to send: HTML text and, for did-you-mean answers, a keyboard of suggested questions.</summary>
internal sealed record TelegramReply(string Html, InlineKeyboardMarkup? Keyboard = null);
