namespace ChatBot.Core.Answers;

/// <summary>What kind of reply the engine produced.</summary>
public enum AnswerKind
{
    /// <summary>A fact from the article, with citations.</summary>
    Answered,

    /// <summary>Greeting, thanks, help: no citations.</summary>
    SmallTalk,

    /// <summary>Unsure between a few intents: suggestions only, no fact stated.</summary>
    DidYouMean,

    /// <summary>The article does not say; suggestions may follow.</summary>
    Declined,
}
