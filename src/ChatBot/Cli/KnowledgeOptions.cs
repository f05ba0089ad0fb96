using System.CommandLine;

namespace ChatBot.Cli;

/// <summary>The <c>--intents</c> and <c>--seeds</c> options shared by every verb.</summary>
internal sealed class KnowledgeOptions
{
    public Option<string> Intents { get; } = new("--intents")
    {
        Description = "Folder of intent YAML files (default: ./intents, or the nearest parent folder that has one).",
        DefaultValueFactory = _ => "intents",
        Recursive = true,
    };

    public Option<string> Seeds { get; } = new("--seeds")
    {
        Description = "Folder of seed articles (*.txt) (default: ./seeds, or the nearest parent folder that has one).",
        DefaultValueFactory = _ => "seeds",
        Recursive = true,
    };

    public (string Intents, string Seeds) Get(ParseResult result) =>
        (KnowledgePaths.Resolve(result.GetValue(Intents)!), KnowledgePaths.Resolve(result.GetValue(Seeds)!));
}
