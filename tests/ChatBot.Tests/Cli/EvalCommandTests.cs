using ChatBot.Cli;

namespace ChatBot.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    [Fact]
    public async Task AGoodSetPassesAndPrintsTheFigures()
    {
        await File.WriteAllLinesAsync(_file, [
            """{"question": "How much did Russia pledge to South Ossetia?", "intent": "pledge-south-ossetia"}""",
            """{"question": "Did China react?", "intent": null}""",
        ]);

        var (exit, output, _) = await Support.Cli.RunAsync(string.Empty, Support.Cli.WithRepositoryKnowledge("eval", _file));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("In-scope accuracy:        100.0 %", output);
        Assert.Contains("Out-of-scope declined:    100.0 %", output);
        Assert.Contains("Wrong facts stated:       0", output);
        Assert.Contains("pledge-south-ossetia", output);
    }

    [Fact]
    public async Task ASetBelowTheFloorFailsAndShowsTheConfusion()
    {
        await File.WriteAllLinesAsync(_file, ["""{"question": "How much did Russia pledge to South Ossetia?", "intent": "signing-date"}"""]);

        var (exit, output, _) = await Support.Cli.RunAsync(string.Empty, Support.Cli.WithRepositoryKnowledge("eval", _file));

        Assert.Equal(ExitCodes.BelowFloor, exit);
        Assert.Contains("signing-date -> pledge-south-ossetia", output);
    }

    [Fact]
    public async Task AMalformedLineIsNamed()
    {
        await File.WriteAllLinesAsync(_file, ["""{"question": "ok", "intent": null}""", "{not json"]);

        var (exit, _, error) = await Support.Cli.RunAsync(string.Empty, Support.Cli.WithRepositoryKnowledge("eval", _file));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("line 2", error);
    }

    public void Dispose() => File.Delete(_file);
}
