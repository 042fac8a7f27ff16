using System.Diagnostics;

namespace ChatBot.Tests.Observability;

/// <summary>
/// Holds the host's start-up indexing at a gate: the articles folder's metadata.json is a named
/// pipe, so reading it blocks until the test opens the gate by writing "{}" into it. Indexing
/// is then really in progress for as long as the test wants, with no timing involved.
/// </summary>
public sealed class ArticlesGate : IDisposable
{
    private readonly string _pipe;
    private bool _open;

    public ArticlesGate()
    {
        foreach (var file in Directory.EnumerateFiles(ChatBot.TestSupport.SharedMaterial.Seeds, "*.txt"))
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        _pipe = System.IO.Path.Combine(Path, "metadata.json");
        using var mkfifo = Process.Start("mkfifo", _pipe);
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
            throw new InvalidOperationException("mkfifo failed");
    }

    public string Path { get; } = Directory.CreateTempSubdirectory("chatbot-gated-").FullName;

    /// <summary>Lets the indexing go on (blocks until the host is reading the pipe).</summary>
    public void Open()
    {
        if (_open)
            return;
        _open = true;
        File.WriteAllText(_pipe, "{}");
    }

    public void Dispose()
    {
        // Never leave the host's indexing thread blocked on the pipe.
        Open();
        Directory.Delete(Path, recursive: true);
    }
}
