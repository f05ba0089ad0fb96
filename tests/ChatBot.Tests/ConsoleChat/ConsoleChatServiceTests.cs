using ChatBot.Cli;

namespace ChatBot.Tests.ConsoleChat;

public class ConsoleChatServiceTests
{
    [Fact]
    public async Task TheDefaultRunIsAConsoleChatThatAnswersWithCitationsAndStopsOnQuit()
    {
        var input = "How much did Russia pledge to South Ossetia?\nand to Abkhazia?\nquit\n";

        var (exit, output, _) = await Support.Cli.RunAsync(input, Support.Cli.WithRepositoryKnowledge()).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Telegram__Token", output);
        Assert.Contains("paragraph 1", output);
        Assert.Contains("9.2 billion rubles", output);
    }

    [Fact]
    public async Task EndOfInputStopsTheChat()
    {
        var (exit, output, _) = await Support.Cli.RunAsync("hello\n", Support.Cli.WithRepositoryKnowledge("chat")).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Hi!", output);
    }
}
