namespace ChatBot.Core.Intents;

/// <summary>Whether an intent states a fact from the article or is small talk (greeting, thanks, help).</summary>
public enum IntentKind
{
    /// <summary>Answers from the article and must cite it.</summary>
    Fact,

    /// <summary>Conversation glue; never counts as answering from the article.</summary>
    SmallTalk,
}
