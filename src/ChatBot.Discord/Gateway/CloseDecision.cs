namespace ChatBot.Discord.Gateway;

/// <summary>The policy's verdict on a close code: the action and a reason worth logging.</summary>
internal sealed record CloseDecision(CloseAction Action, string Reason);
