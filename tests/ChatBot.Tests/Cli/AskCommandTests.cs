using System.Text.Json;
using ChatBot.Cli;

namespace ChatBot.Tests.Cli;

public class AskCommandTests
{
    [Fact]
    public async Task AskPrintsTheAnswerWithItsQuoteAndParagraph()
    {
        var (exit, output, _) = await Support.Cli.RunAsync(string.Empty, Support.Cli.WithRepositoryKnowledge("ask", "How much did Russia pledge to South Ossetia?"));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("billion rubles", output);
        Assert.Contains("paragraph 1", output);
    }

    [Fact]
    public async Task AskJsonWritesOneObjectPerLineInOrder()
    {
        var input = "How much did Russia pledge to South Ossetia?\nDid China react?\n";

        var (exit, output, _) = await Support.Cli.RunAsync(input, Support.Cli.WithRepositoryKnowledge("ask", "--json"));

        Assert.Equal(ExitCodes.Success, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        var answered = lines[0];
        Assert.Equal("How much did Russia pledge to South Ossetia?", answered.GetProperty("question").GetString());
        Assert.True(answered.GetProperty("answered").GetBoolean());
        Assert.Equal("pledge-south-ossetia", answered.GetProperty("intent").GetString());
        Assert.InRange(answered.GetProperty("confidence").GetDouble(), 0, 1);
        var citation = answered.GetProperty("citations")[0];
        Assert.Equal(1, citation.GetProperty("paragraph").GetInt32());
        Assert.Equal("russia-south-ossetia-treaty", citation.GetProperty("source").GetString());
        Assert.False(string.IsNullOrEmpty(citation.GetProperty("quote").GetString()));
        var declined = lines[1];
        Assert.False(declined.GetProperty("answered").GetBoolean());
        Assert.Equal(JsonValueKind.Null, declined.GetProperty("intent").ValueKind);
        Assert.Equal(0, declined.GetProperty("citations").GetArrayLength());
        Assert.NotEqual(0, declined.GetProperty("suggestions").GetArrayLength());
    }

    [Fact]
    public async Task LinesAreSeparateConversationsUnlessAskedOtherwise()
    {
        var input = "How much did Russia pledge to South Ossetia?\nand to Abkhazia?\n";

        var separate = await Support.Cli.RunAsync(input, Support.Cli.WithRepositoryKnowledge("ask", "--json"));
        var together = await Support.Cli.RunAsync(input, Support.Cli.WithRepositoryKnowledge("ask", "--json", "--conversation"));

        Assert.NotEqual("pledge-abkhazia", Intent(separate.Out, 1));
        Assert.Equal("pledge-abkhazia", Intent(together.Out, 1));
    }

    [Fact]
    public async Task AskWithoutAQuestionExplainsUsage()
    {
        var (exit, _, error) = await Support.Cli.RunAsync(string.Empty, Support.Cli.WithRepositoryKnowledge("ask"));

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--json", error);
    }

    private static string? Intent(string output, int line) =>
        JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[line]).RootElement.GetProperty("intent").GetString();
}
