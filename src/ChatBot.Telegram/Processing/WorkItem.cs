using ChatBot.Telegram.Routing;

namespace ChatBot.Telegram.Processing;

/// <summary>An update waiting to be handled; <see cref="OnHandled"/> runs once it is done with (replied to, or given up on).</summary>
internal sealed record WorkItem(IncomingUpdate Update, Action? OnHandled);
