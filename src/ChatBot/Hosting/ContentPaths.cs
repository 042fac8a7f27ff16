namespace ChatBot.Hosting;

/// <summary>Turns configured relative paths into absolute ones.</summary>
internal static class ContentPaths
{
    /// <summary>An existing folder: the path itself when absolute, else the first match walking
    /// up from the content root; the content-root-relative path when none exists.</summary>
    public static string FindFolder(string contentRoot, string path)
    {
        if (Path.IsPathRooted(path))
            return path;
        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, path);
            if (Directory.Exists(candidate))
                return Path.GetFullPath(candidate);
        }
        return Path.GetFullPath(Path.Combine(contentRoot, path));
    }

    public static string UnderContentRoot(string contentRoot, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(contentRoot, path));
}
