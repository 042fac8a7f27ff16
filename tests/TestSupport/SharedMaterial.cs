namespace ChatBot.TestSupport;

/// <summary>
/// Finds the read-only shared material (<c>../shared</c> beside the project root) and the
/// project's own folders, wherever the tests run from.
/// </summary>
public static class SharedMaterial
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Root { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    public static string Eval => Path.Combine(Root, "eval");

    public static string HelsinkiCorpus => Path.Combine(Root, "corpus", "helsinki-2018");

    public static string PolnearDev => Path.Combine(Root, "eval", "polnear-dev", "data", "dev");

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ChatBot.sln")))
            directory = directory.Parent;
        return directory?.FullName
            ?? throw new InvalidOperationException("ChatBot.sln not found above " + AppContext.BaseDirectory);
    }
}
