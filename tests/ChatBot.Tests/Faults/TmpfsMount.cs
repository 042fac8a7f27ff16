using System.Diagnostics;

namespace ChatBot.Tests.Faults;

/// <summary>
/// A small tmpfs mounted on a temporary folder: a real file system that really runs out of
/// space (or is remounted read-only), which root cannot write past the way it ignores chmod.
/// Needs root (the project's machines and CI run as root); unmounted and removed on dispose.
/// </summary>
public sealed class TmpfsMount : IDisposable
{
    private readonly List<string> _readOnly = [];

    private TmpfsMount(string path) => Path = path;

    public string Path { get; }

    public static TmpfsMount Create(int megabytes)
    {
        var path = Directory.CreateTempSubdirectory("chatbot-tmpfs-").FullName;
        Run("mount", $"-t tmpfs -o size={megabytes}m chatbot-test {path}");
        return new TmpfsMount(path);
    }

    /// <summary>Writes a file of zeros until the file system is full.</summary>
    public void Fill()
    {
        // Unbuffered, so every write reaches the file system and nothing is left to flush.
        using var filler = new FileStream(System.IO.Path.Combine(Path, "filler.bin"), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
                filler.Write(block);
        }
        catch (IOException)
        {
            // No space left on device: that is the point.
        }
        // Whatever fits of a last partial block too, so not even a small file can be written.
        for (var size = block.Length / 2; size > 0; size /= 2)
        {
            try
            {
                filler.Write(block, 0, size);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Makes a folder read-only by bind-mounting it read-only onto itself (remounting
    /// the whole tmpfs read-only is refused while anything has a file in it open for writing).</summary>
    public void MakeReadOnly(string folder)
    {
        Run("mount", $"--bind {folder} {folder}");
        _readOnly.Add(folder);
        Run("mount", $"-o remount,ro,bind {folder}");
    }

    public void Dispose()
    {
        foreach (var folder in _readOnly)
            Run("umount", $"-l {folder}", throwOnError: false);
        Run("umount", $"-l {Path}", throwOnError: false);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void Run(string command, string arguments, bool throwOnError = true)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 && throwOnError)
            throw new InvalidOperationException($"{command} {arguments} failed ({process.ExitCode}): {error}. These fault tests need root and tmpfs mounts.");
    }
}
