using System.Runtime.InteropServices;

namespace ChatBot.Benchmarks.Measurement;

/// <summary>What the figures were measured on: absolute numbers mean little without it, and the
/// load average says whether other work shared the machine.</summary>
public sealed record MachineInfo(int Cores, long MemoryMb, string Os, string Runtime, string LoadAverage)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        TotalMemoryMb(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        LoadAverageNow());

    public static string LoadAverageNow() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static long TotalMemoryMb()
    {
        if (!File.Exists("/proc/meminfo"))
            return GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024);
        var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
    }
}
