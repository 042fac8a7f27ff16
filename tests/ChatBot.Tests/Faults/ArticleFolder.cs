using ChatBot.TestSupport;

namespace ChatBot.Tests.Faults;

/// <summary>A temporary copy of the seed articles that a test can add articles to.</summary>
public sealed class ArticleFolder : IDisposable
{
    public ArticleFolder()
    {
        foreach (var file in Directory.EnumerateFiles(SharedMaterial.Seeds))
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
    }

    public string Path { get; } = Directory.CreateTempSubdirectory("chatbot-articles-").FullName;

    /// <summary>Adds articles from the Helsinki corpus (read from shared/, copied to the temp folder only).</summary>
    public void AddFromCorpus(int count)
    {
        foreach (var file in Directory.EnumerateFiles(SharedMaterial.HelsinkiCorpus, "*.txt").Order(StringComparer.Ordinal).Take(count))
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
