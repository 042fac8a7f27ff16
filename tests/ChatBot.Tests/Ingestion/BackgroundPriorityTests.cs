using ChatBot.Ingestion;

namespace ChatBot.Tests.Ingestion;

/// <summary>The folder synchronisation's threads yield the CPU to the ones answering.</summary>
public sealed class BackgroundPriorityTests
{
    [Fact]
    public void LowerForCurrentThread_OnLinux_LowersThisThreadAndTheThreadsItStarts()
    {
        if (!OperatingSystem.IsLinux())
            return;
        int? lowered = null, started = null, untouched = null;

        var thread = new Thread(() =>
        {
            Assert.True(BackgroundPriority.LowerForCurrentThread());
            lowered = NiceOfCurrentThread();
            var child = new Thread(() => started = NiceOfCurrentThread());
            child.Start();
            child.Join();
        });
        thread.Start();
        thread.Join();
        untouched = NiceOfCurrentThread();

        Assert.Equal(untouched + 10, lowered);
        Assert.Equal(lowered, started);
    }

    // /proc/thread-self/stat: the nice value is the 19th field; the 2nd (the thread's name, in
    // parentheses) may hold spaces, so fields are counted after its closing parenthesis.
    private static int NiceOfCurrentThread()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[19 - 3], System.Globalization.CultureInfo.InvariantCulture);
    }
}
