using ChatBot.Cli;
using ChatBot.Operations;
using ChatBot.Testing;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

public sealed class HealthCommandTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task AFreshHeartbeatIsHealthy()
    {
        HealthFile.Write(_data.Path, new HealthReport("healthy", DateTimeOffset.UtcNow.AddSeconds(-5), 41));

        var (exit, output, _) = await Support.Cli.RunAsync(string.Empty, "health", "--data", _data.Path);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("healthy: heartbeat", output);
        Assert.Contains("41 intents", output);
    }

    [Fact]
    public async Task AStaleHeartbeatIsUnhealthyWithTheReason()
    {
        HealthFile.Write(_data.Path, new HealthReport("healthy", DateTimeOffset.UtcNow.AddSeconds(-90), 41));

        var (exit, _, error) = await Support.Cli.RunAsync(string.Empty, "health", "--data", _data.Path);

        Assert.Equal(ExitCodes.Unhealthy, exit);
        Assert.Equal(1, exit);
        Assert.Contains("unhealthy: stale heartbeat", error);
        Assert.Contains("more than 60 s", error);
    }

    [Fact]
    public async Task MaxAgeSetsHowOldIsTooOld()
    {
        HealthFile.Write(_data.Path, new HealthReport("healthy", DateTimeOffset.UtcNow.AddSeconds(-90), 41));

        var (exit, _, _) = await Support.Cli.RunAsync(string.Empty, "health", "--data", _data.Path, "--max-age", "300");

        Assert.Equal(ExitCodes.Success, exit);
    }

    [Fact]
    public async Task AMissingOrStoppedHeartbeatIsUnhealthy()
    {
        var missing = await Support.Cli.RunAsync(string.Empty, "health", "--data", _data.Path);
        HealthFile.Write(_data.Path, new HealthReport("stopped", DateTimeOffset.UtcNow, 41));
        var stopped = await Support.Cli.RunAsync(string.Empty, "health", "--data", _data.Path);

        Assert.Equal(ExitCodes.Unhealthy, missing.Exit);
        Assert.Contains("does not exist", missing.Error);
        Assert.Equal(ExitCodes.Unhealthy, stopped.Exit);
        Assert.Contains("'stopped'", stopped.Error);
    }

    [Fact]
    public async Task TheDataDirectoryComesFromConfigurationWhenNotGiven()
    {
        HealthFile.Write(_data.Path, new HealthReport("healthy", DateTimeOffset.UtcNow, 41));

        var (exit, _, error) = await Support.Cli.RunAsync(string.Empty, "health", $"Moderation:DataDirectory={_data.Path}");

        Assert.True(exit == ExitCodes.Success, error);
    }

    public void Dispose() => _data.Dispose();
}
