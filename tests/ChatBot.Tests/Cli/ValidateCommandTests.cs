using ChatBot.Cli;
using ChatBot.Testing;

namespace ChatBot.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-validate-").FullName;

    [Fact]
    public async Task TheRepositorysIntentsAreValidAndCoverTheArticle()
    {
        var (exit, output, _) = await Support.Cli.RunAsync(string.Empty, Support.Cli.WithRepositoryKnowledge("validate"));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("every article sentence is cited", output);
    }

    [Fact]
    public async Task ABrokenFileFailsWithFileLineAndUncoveredSentencesAreListed()
    {
        var intents = Directory.CreateDirectory(Path.Combine(_folder, "intents")).FullName;
        await File.WriteAllTextAsync(Path.Combine(intents, "money.yml"), "intents:\n  - id: pledge\n    examples: [How much?]\n    answer: Lots.\n    citations:\n      - Moscow has pledged 9.9 billion rubles\n");

        var (exit, output, _) = await Support.Cli.RunAsync(string.Empty, "validate", "--intents", intents, "--seeds", RepositoryPaths.Seeds);

        Assert.Equal(ExitCodes.InvalidKnowledge, exit);
        Assert.Contains("intents/money.yml:6: error: this citation is not in the article", output);
        Assert.Contains("Coverage:", output);
        Assert.Contains("by Sally Bokhua", output);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
