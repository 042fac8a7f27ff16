using ChatBot.Coverage;
using ChatBot.Search.Indexing;

namespace ChatBot.Search.Tests.Indexing;

/// <summary>An index opened read-only (its folder cannot be written): searchable, never changed.</summary>
public sealed class CoverageIndexReadOnlyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void OpenReadOnly_IndexedFolder_SearchesTheLastCommitAndRefusesChanges()
    {
        var articles = _folder.Combine("articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "story.txt"), "Leaders meet\n\n“We discussed arms control,” Vladimir Putin said on Monday.\n");
        var indexPath = _folder.Combine("index");
        using (var index = CoverageIndex.Open(indexPath))
            new FolderIndexer(index, new CoverageAnalyzer()).Synchronize(articles);

        using var readOnly = CoverageIndex.OpenReadOnly(indexPath);

        Assert.True(readOnly.IsReadOnly);
        Assert.Equal(1, readOnly.Statistics().Articles);
        Assert.Contains(readOnly.Speakers(), s => s.Name == "Vladimir Putin");
        Assert.Throws<InvalidOperationException>(() => readOnly.Remove("story.txt"));
        Assert.Throws<InvalidOperationException>(readOnly.Commit);
    }

    [Fact]
    public void OpenReadOnly_EmptyFolder_Throws()
    {
        Directory.CreateDirectory(_folder.Combine("empty"));

        Assert.ThrowsAny<IOException>(() => CoverageIndex.OpenReadOnly(_folder.Combine("empty")));
    }
}
