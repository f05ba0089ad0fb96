namespace ChatBot.Core.Evaluation;

/// <summary>One labelled question: the intent that should answer it (null when the bot must decline), with earlier turns of its conversation.</summary>
public sealed record EvalCase(string Question, string? Intent, IReadOnlyList<string> Context, string? Also, int Line);
