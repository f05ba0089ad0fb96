using ChatBot.Cli;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

public class CliApplicationTests
{
    [Theory]
    [InlineData("ask")]
    [InlineData("validate")]
    [InlineData("eval")]
    [InlineData("chat")]
    public async Task EveryVerbHasHelp(string verb)
    {
        var (exit, output, _) = await Support.Cli.RunAsync(string.Empty, verb, "--help");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains(verb, output);
        Assert.Contains("--intents", output);
    }

    [Fact]
    public async Task AnUnknownVerbIsAUsageError()
    {
        var (exit, _, error) = await Support.Cli.RunAsync(string.Empty, "frobnicate", "--nope");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--help", error);
    }

    [Fact]
    public void TheRootParsesTheVerbsOptions()
    {
        var root = CliApplication.Build(new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null, []));

        var result = root.Parse(["ask", "--json", "--conversation", "--intents", "x"]);

        Assert.Empty(result.Errors);
        Assert.Equal("ask", result.CommandResult.Command.Name);
    }
}
