using System.Runtime.InteropServices;

namespace ChatBot.Benchmarks.Load;

/// <summary>What the load ran on: cores, CPU model (from /proc/cpuinfo on Linux), OS and .NET runtime.</summary>
internal static class MachineInfo
{
    public static string Describe() =>
        $"{Environment.ProcessorCount} cores ({CpuModel()}), {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, server GC {(System.Runtime.GCSettings.IsServerGC ? "on" : "off")}";

    private static string CpuModel()
    {
        try
        {
            var line = File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
                : null;
            var model = line?[(line.IndexOf(':') + 1)..].Trim();
            var mhz = File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("cpu MHz", StringComparison.Ordinal))
                : null;
            var speed = mhz is null ? "" : $" {double.Parse(mhz[(mhz.IndexOf(':') + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture) / 1000:0.0} GHz";
            return string.IsNullOrEmpty(model) ? RuntimeInformation.OSArchitecture.ToString() : model + speed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return RuntimeInformation.OSArchitecture.ToString();
        }
    }
}
