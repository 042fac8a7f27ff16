using System.Collections.Concurrent;
using ChatBot.Coverage;
using ChatBot.Coverage.Articles;

namespace ChatBot.Search.Indexing;

/// <summary>
/// Brings the index up to date with a folder of articles: new and changed files are read and
/// indexed, unchanged ones skipped (by content hash), articles whose file is gone are removed,
/// and a file that cannot be read is reported without stopping the rest. Articles are analysed
/// in parallel; the index is committed once at the end, so a crash midway leaves the previous
/// commit intact and the next run simply does the work again.
/// </summary>
public sealed class FolderIndexer(CoverageIndex index, CoverageAnalyzer analyzer)
{
    public IndexingReport Synchronize(string folder, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        // Files are read and parsed as the workers take them, not all before the work starts.
        var results = ArticleFolder.Read(folder);
        var present = new ConcurrentBag<string>();
        var known = index.ArticleIds().ToHashSet(StringComparer.Ordinal);
        var added = new ConcurrentBag<string>();
        var updated = new ConcurrentBag<string>();
        var unchanged = new ConcurrentBag<string>();
        var rejected = new ConcurrentBag<(string, string)>();
        var sentences = 0;
        var attributions = 0;
        var done = 0;

        // One worker per core: analysis and indexing are all CPU, and more workers than cores
        // only contend for Lucene's locks.
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(results, parallel, result =>
        {
            present.Add(result.Article?.Id ?? result.FileName);
            if (result.Article is not { } article)
            {
                rejected.Add((result.FileName, result.Error ?? "unreadable"));
            }
            else if (index.IsCurrent(article))
            {
                unchanged.Add(article.Id);
            }
            else
            {
                try
                {
                    var analyzed = analyzer.Analyze(article);
                    index.Index(analyzed);
                    Interlocked.Add(ref sentences, analyzed.Sentences.Count);
                    Interlocked.Add(ref attributions, analyzed.Attributions.Count);
                    (known.Contains(article.Id) ? updated : added).Add(article.Id);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One article the pipeline cannot handle must not cost the others.
                    rejected.Add((article.Id, $"could not be analysed ({e.GetType().Name}: {e.Message})"));
                }
            }
            progress?.Report(Interlocked.Increment(ref done));
        });

        // A file that is there but cannot be read now keeps what was indexed from it before.
        var stillThere = present.ToHashSet(StringComparer.Ordinal);
        var removed = known.Where(id => !stillThere.Contains(id)).ToList();
        foreach (var id in removed)
            index.Remove(id);
        index.Commit();

        return new IndexingReport(Sorted(added), Sorted(updated), Sorted(unchanged), removed.Order(StringComparer.Ordinal).ToList(),
            rejected.OrderBy(r => r.Item1, StringComparer.Ordinal).ToList())
        {
            Sentences = sentences,
            Attributions = attributions,
        };
    }

    private static List<string> Sorted(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).ToList();
}
