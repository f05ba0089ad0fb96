using System.Text.Json;
using System.Threading.Channels;
using ChatBot.Operations;
using ChatBot.Testing;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Operations;

public sealed class HealthFileWriterTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task TheHeartbeatIsWrittenAtStartThenEveryFifteenSecondsAndStoppedOnShutdown()
    {
        await using var host = OperationsHost.Create(Path.Combine(_data.Path, "not-yet-created"));
        var written = Channel.CreateUnbounded<HealthReport>();
        host.Get<HealthFileWriter>().Written += report => written.Writer.TryWrite(report);
        var intents = host.Engines.Current.Knowledge.Intents.Count;

        await host.StartAsync();
        var first = await written.Reader.ReadAsync().AsTask().WaitAsync(TestTimeouts.Signal);
        host.Time.Advance(TimeSpan.FromSeconds(15));
        var second = await written.Reader.ReadAsync().AsTask().WaitAsync(TestTimeouts.Signal);

        Assert.Equal(new HealthReport("healthy", OperationsHost.Start, intents), first);
        Assert.Equal(OperationsHost.Start.AddSeconds(15), second.At);
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(HealthFile.PathIn(host.DataDirectory))))
        {
            Assert.Equal("healthy", json.RootElement.GetProperty("status").GetString());
            Assert.Equal(intents, json.RootElement.GetProperty("intents").GetInt32());
            Assert.Equal(OperationsHost.Start.AddSeconds(15), json.RootElement.GetProperty("at").GetDateTimeOffset());
        }

        await host.StopAsync();
        var last = HealthFile.Check(host.DataDirectory, OperationsHost.Start.AddSeconds(16), TimeSpan.FromSeconds(60));
        Assert.False(last.Healthy);
        Assert.Contains("'stopped'", last.Reason);
    }

    public void Dispose() => _data.Dispose();
}
