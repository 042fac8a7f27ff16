using System.Collections.Concurrent;
using ChatBot.Coverage;
using ChatBot.Ingestion.Reading;
using ChatBot.Ingestion.Threading;
using ChatBot.Search.Indexing;

namespace ChatBot.Ingestion.Ingesting;

/// <summary>
/// Brings read articles into the index without losing or duplicating anything. An article's
/// identity is its id (its URL when known, else its path), so ingesting it again replaces it
/// (<c>UpdateDocuments</c> by id); its content hash and origin make ingesting an unchanged article
/// a no-op; a story already indexed under another URL is reported as syndicated. Articles are
/// analysed in parallel and committed in groups, each commit atomic: a crash leaves the index as
/// at the last commit, and ingesting the same files again finishes the work. One ingester must
/// not run two batches at once on the same index (callers serialise).
/// </summary>
public sealed class ArticleIngester(CoverageIndex index, CoverageAnalyzer analyzer)
{
    /// <summary>Commit after this many indexed articles, then after twice as many, and so on up
    /// to <see cref="CommitEveryAtMost"/>, or once <see cref="CommitInterval"/> has passed: a long
    /// ingest keeps what it has done if the process dies, and searchers see the coverage grow,
    /// early and then regularly, without paying for thousands of commits (each flushes small
    /// segments that must be merged again).</summary>
    public int CommitEvery { get; init; } = 25;

    // High enough that a bulk load commits every CommitInterval: each commit flushes a segment,
    // and every segment is merged again later.
    public int CommitEveryAtMost { get; init; } = 20000;

    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A bulk load ends by merging the index into one segment
    /// (<see cref="CoverageIndex.Compact"/>): a batch of at least this many indexed articles, or
    /// one at least as large as what the index held before it (a first load, which commits early
    /// and often). The small batches of a watched folder leave merging to Lucene's merge
    /// policy: merging a large index again for each would cost more than it saves.</summary>
    public int CompactAfter { get; init; } = 1000;

    /// <summary>Indexes the candidates; nothing is removed.</summary>
    public IndexingReport Ingest(IReadOnlyList<ArticleCandidate> candidates, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Apply(candidates, synchronizedFolder: null, progress, cancellationToken);

    /// <summary>
    /// Makes the index match a folder read by <see cref="ArticleFileReader.ReadFolder"/>: indexes
    /// what is new or changed and removes the articles whose file in that folder is gone (or no
    /// longer holds them). Articles that came from elsewhere (the CLI, another folder) stay, and
    /// so do the articles of a file that is there but cannot be read now.
    /// </summary>
    public IndexingReport Synchronize(string folder, IReadOnlyList<ArticleCandidate> candidates, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Apply(candidates, Path.GetFullPath(folder), progress, cancellationToken);

    private IndexingReport Apply(IReadOnlyList<ArticleCandidate> candidates, string? synchronizedFolder, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var known = index.Articles();
        // An article the last commit lacks is added without a deletion of older sentences,
        // unless a stopped batch left changes uncommitted (its articles are not in known).
        var knownIsAll = !index.HasUncommittedChanges;
        var rejected = new ConcurrentBag<(string, string)>();
        foreach (var failed in candidates.Where(c => c.Article is null))
            rejected.Add((failed.Name, failed.Error ?? "unreadable"));

        // Two files claiming one identity (the same URL): the last one read wins, the other is named.
        var byId = new Dictionary<string, ArticleCandidate>(StringComparer.Ordinal);
        foreach (var candidate in candidates.Where(c => c.Article is not null))
        {
            if (byId.TryGetValue(candidate.Article!.Id, out var earlier))
                rejected.Add((earlier.Name, $"has the same URL as {candidate.Name} ({candidate.Article.Id}), which was ingested instead"));
            byId[candidate.Article.Id] = candidate;
        }

        var unchanged = new List<string>();
        var work = new List<(ArticleCandidate Candidate, string Fingerprint)>();
        // Every article's story fingerprint, computed once: indexed with it, and compared with
        // the others' to name syndicated copies.
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        var done = candidates.Count - byId.Count;
        // Hashing every article's text twice is CPU work: on every core.
        var digested = CoreWorkers.Map(byId.Values.ToList(), cancellationToken,
            c => (Candidate: c, Hash: SentenceDocuments.ContentHash(c.Article!), Fingerprint: StoryFingerprint.Of(c.Article!)));
        foreach (var (candidate, hash, fingerprint) in digested)
        {
            var article = candidate.Article!;
            fingerprints[article.Id] = fingerprint;
            if (known.TryGetValue(article.Id, out var stored) && stored.ContentHash == hash && stored.Origin == candidate.Origin)
            {
                unchanged.Add(article.Id);
                done++;
            }
            else
            {
                work.Add((candidate, fingerprint));
            }
        }
        progress?.Report(done);

        var syndicated = Syndicated(known, fingerprints, work.Select(w => (w.Candidate.Article!.Id, w.Fingerprint)));

        var added = new ConcurrentBag<string>();
        var updated = new ConcurrentBag<string>();
        var sentences = 0;
        var attributions = 0;
        var commits = new CommitSchedule(CommitEvery, CommitEveryAtMost, CommitInterval);
        // One worker per core: analysis and indexing are all CPU (see FolderIndexer).
        CoreWorkers.For(work.Count, cancellationToken, i =>
        {
            var item = work[i];
            var article = item.Candidate.Article!;
            try
            {
                var analyzed = analyzer.Analyze(article);
                var provenance = new ArticleProvenance(item.Candidate.Origin, item.Fingerprint);
                var isKnown = known.ContainsKey(article.Id);
                if (knownIsAll && !isKnown)
                    index.Add(analyzed, provenance);
                else
                    index.Index(analyzed, provenance);
                Interlocked.Add(ref sentences, analyzed.Sentences.Count);
                Interlocked.Add(ref attributions, analyzed.Attributions.Count);
                (isKnown ? updated : added).Add(article.Id);
                if (commits.Due())
                    index.Commit();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One article the pipeline cannot handle must not cost the others.
                rejected.Add((item.Candidate.Name, $"could not be analysed ({e.GetType().Name}: {e.Message})"));
            }
            progress?.Report(Interlocked.Increment(ref done));
        });

        var removed = synchronizedFolder is null ? [] : Removed(known, candidates, byId, synchronizedFolder);
        foreach (var id in removed)
            index.Remove(id);
        if (work.Count >= CompactAfter || (work.Count > 1 && work.Count >= known.Count))
            index.Compact();
        else if (work.Count > 0 || removed.Count > 0)
            index.Commit();

        return new IndexingReport(Sorted(added), Sorted(updated), Sorted(unchanged), Sorted(removed),
            rejected.OrderBy(r => r.Item1, StringComparer.Ordinal).ToList())
        {
            Sentences = sentences,
            Attributions = attributions,
            Syndicated = syndicated,
        };
    }

    /// <summary>For each article being indexed, another article (already indexed or in this batch)
    /// telling the same story under another id.</summary>
    private static List<(string, string)> Syndicated(
        IReadOnlyDictionary<string, IndexedArticle> known, IReadOnlyDictionary<string, string> batch, IEnumerable<(string Id, string Fingerprint)> indexing)
    {
        var byFingerprint = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Add(string fingerprint, string id)
        {
            if (!byFingerprint.TryGetValue(fingerprint, out var ids))
                byFingerprint[fingerprint] = ids = new SortedSet<string>(StringComparer.Ordinal);
            ids.Add(id);
        }
        foreach (var article in known.Values.Where(a => a.Fingerprint is not null))
            Add(article.Fingerprint!, article.Id);
        foreach (var (id, fingerprint) in batch)
            Add(fingerprint, id);
        return indexing
            .Select(w => (w.Id, Other: byFingerprint[w.Fingerprint].FirstOrDefault(id => id != w.Id)))
            .Where(p => p.Other is not null)
            .Select(p => (p.Id, p.Other!))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static List<string> Removed(
        IReadOnlyDictionary<string, IndexedArticle> known, IReadOnlyList<ArticleCandidate> candidates,
        Dictionary<string, ArticleCandidate> present, string folder)
    {
        // A file that is there but cannot be read now keeps what was indexed from it before.
        var unreadable = candidates.Where(c => c.Article is null).Select(c => c.Origin).ToHashSet(StringComparer.Ordinal);
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return known.Values
            .Where(a => !present.ContainsKey(a.Id))
            // Articles indexed before origins were recorded came from the articles folder.
            .Where(a => a.Origin is null || a.Origin.StartsWith(prefix, StringComparison.Ordinal) && !unreadable.Contains(a.Origin))
            .Select(a => a.Id)
            .ToList();
    }

    private static List<string> Sorted(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).ToList();
}
