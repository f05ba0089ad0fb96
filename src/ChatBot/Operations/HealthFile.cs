using System.Globalization;
using System.Text.Json;

namespace ChatBot.Operations;

/// <summary>The heartbeat file {DataDirectory}/health.json: written by <see cref="HealthFileWriter"/>, checked by the <c>health</c> verb.</summary>
internal static class HealthFile
{
    public const string FileName = "health.json";

    public static string PathIn(string dataDirectory) => Path.Combine(Path.GetFullPath(dataDirectory), FileName);

    /// <summary>Replaces the file in one step (write a temporary file, then rename), so a reader never sees half a file.</summary>
    public static void Write(string dataDirectory, HealthReport report)
    {
        var path = PathIn(dataDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(report));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Healthy when the file says "healthy" and was written less than <paramref name="maxAge"/> before <paramref name="now"/>.</summary>
    public static HealthCheckResult Check(string dataDirectory, DateTimeOffset now, TimeSpan maxAge)
    {
        var path = PathIn(dataDirectory);
        HealthReport? report;
        try
        {
            report = JsonSerializer.Deserialize<HealthReport>(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return new HealthCheckResult(false, $"no heartbeat: {path} does not exist (the bot is not running, or cannot write its data directory)");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return new HealthCheckResult(false, $"the heartbeat file {path} cannot be read: {ex.Message}");
        }

        if (report is null)
        {
            return new HealthCheckResult(false, $"the heartbeat file {path} is empty");
        }

        var age = now - report.At;
        var seconds = Math.Max(0, Math.Round(age.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (report.Status != HealthReport.Healthy)
        {
            return new HealthCheckResult(false, $"the bot reported '{report.Status}' {seconds} s ago");
        }

        return age < maxAge
            ? new HealthCheckResult(true, $"heartbeat {seconds} s ago, {report.Intents} intents")
            : new HealthCheckResult(false, $"stale heartbeat: last written {seconds} s ago ({report.At.ToString("u", CultureInfo.InvariantCulture)}), more than {maxAge.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
    }
}
