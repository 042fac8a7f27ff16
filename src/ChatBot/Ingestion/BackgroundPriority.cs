using System.Runtime.InteropServices;

namespace ChatBot.Ingestion;

/// <summary>
/// Lowers the scheduling priority of the calling thread, and so of the threads it starts next
/// (Linux copies a thread's nice value to the threads it creates). The folder synchronisation
/// runs this way: on two cores, reading and indexing a large folder would otherwise take an equal
/// share of the CPU from the threads answering questions, and a question asked during the
/// start-up check of a large index would wait for it. Managed thread priorities are not applied
/// on Linux, hence the nice value; elsewhere this does nothing.
/// </summary>
internal static class BackgroundPriority
{
    /// <summary>Nice 10: the kernel then gives a thread at the default nice 0 about nine times
    /// as much CPU as this one when both want it, and this one all of it when nothing else does.</summary>
    private const int Nice = 10;

    private const int PriorityOfProcess = 0; // PRIO_PROCESS; with who = 0, the calling thread on Linux

    /// <summary>True when the calling thread's priority was lowered.</summary>
    public static bool LowerForCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
            return false;
        try
        {
            return SetPriority(PriorityOfProcess, 0, Nice) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport: the arguments are plain ints, and the project
    // compiles without unsafe code.
    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);
}
