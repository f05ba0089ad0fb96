namespace ChatBot.Benchmarks.Workloads;

/// <summary>Which knowledge base a benchmark answers from.</summary>
public enum KnowledgeSize
{
    /// <summary>The article's real intents from <c>intents/</c>, asked the evaluation set's questions.</summary>
    Article,

    /// <summary>1,000 generated intents.</summary>
    Generated1k,

    /// <summary>10,000 generated intents.</summary>
    Generated10k,
}
