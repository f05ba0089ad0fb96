namespace ChatBot.Discord.Tests.Support;

/// <summary>A one-shot answer the fake REST server gives to the next request that matches.</summary>
public sealed record ScriptedResponse(Func<string, string, bool> Match, int Status, string Body, IReadOnlyDictionary<string, string> Headers);
