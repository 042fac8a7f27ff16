using ChatBot.Coverage;
using ChatBot.Coverage.Articles;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ChatBot.Search.Indexing;

/// <summary>
/// The on-disk Lucene index of every sentence. One writer for the life of the process (Lucene
/// allows one per folder), searchers from a <see cref="SearcherManager"/> so readers always see
/// the last commit without reopening per question. Re-indexing an article replaces its
/// sentences atomically (<c>UpdateDocuments</c> by article id), so nothing is ever duplicated.
/// </summary>
public sealed class CoverageIndex : IDisposable
{
    // The writer's, and the searchers' (see OpenDirectories): the same folder.
    private readonly LuceneDirectory _directory;
    private readonly LuceneDirectory _searchDirectory;
    // Null for an index opened read-only.
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private readonly object _commitLock = new();
    private readonly IndexProcessLock? _processLock;

    private CoverageIndex(LuceneDirectory directory, LuceneDirectory searchDirectory, IndexWriter? writer, string? path, IndexProcessLock? processLock = null)
    {
        _processLock = processLock;
        _directory = directory;
        _searchDirectory = searchDirectory;
        _writer = writer;
        Path = path;
        // Searchers open the last commit from the directory, never the writer's uncommitted
        // state: a near-real-time searcher refreshed after a commit also saw what other
        // indexing threads had added since, so a reader could be shown (and a synchronisation
        // reported as done) what a crash would then lose.
        if (writer is not null && !DirectoryReader.IndexExists(directory))
            writer.Commit();
        _searchers = new SearcherManager(searchDirectory, new ScoreAsBoostsSearcherFactory());
    }

    /// <summary>True when opened with <see cref="OpenReadOnly"/>: searchable, never changed.</summary>
    public bool IsReadOnly => _writer is null;

    /// <summary>Counts commits made by this process: anything derived from the index (such as
    /// the list of people quoted) is stale when this changes.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    private long _generation;

    /// <summary>The folder on disk, or null for an in-memory index.</summary>
    public string? Path { get; }

    /// <summary>The analyzer the index was built with; questions must be analysed with it too.</summary>
    public Analyzer Analyzer { get; } = CoverageTextAnalyzer.Create();

    /// <summary>Opens (or creates) the index in a folder. A corrupt index is reported as
    /// <see cref="CorruptIndexException"/> so the caller can rebuild it from the articles.</summary>
    public static CoverageIndex Open(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        var processLock = IndexProcessLock.Acquire(path);
        var (directory, searchDirectory) = OpenDirectories(path);
        try
        {
            if (DirectoryReader.IndexExists(directory))
                CheckReadable(directory);
            return new CoverageIndex(directory, searchDirectory, CreateWriter(directory), path, processLock);
        }
        catch
        {
            searchDirectory.Dispose();
            directory.Dispose();
            processLock.Dispose();
            throw;
        }
    }

    /// <summary>Opens an existing index for searching only, for when its folder cannot be
    /// written (a read-only or full disk, another process holding the write lock): the last
    /// commit stays searchable. Throws when there is no readable index in the folder.</summary>
    public static CoverageIndex OpenReadOnly(string path)
    {
        var (directory, searchDirectory) = OpenDirectories(path);
        try
        {
            CheckReadable(directory);
            return new CoverageIndex(directory, searchDirectory, writer: null, path);
        }
        catch
        {
            searchDirectory.Dispose();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Deletes whatever is in the folder and opens an empty index there.</summary>
    public static CoverageIndex Recreate(string path)
    {
        if (System.IO.Directory.Exists(path))
            System.IO.Directory.Delete(path, recursive: true);
        return Open(path);
    }

    /// <summary>An index in memory, for tools that answer once and exit.</summary>
    public static CoverageIndex InMemory()
    {
        var directory = new RAMDirectory();
        return new CoverageIndex(directory, directory, CreateWriter(directory), null);
    }

    /// <summary>True when the last commit holds this exact article (same text, metadata and
    /// pipeline build), so reading it again would change nothing.</summary>
    public bool IsCurrent(Article article) => StoredHashOf(article.Id) == SentenceDocuments.ContentHash(article);

    /// <summary>Adds or replaces an article's sentences. Visible to searchers after <see cref="Commit"/>.</summary>
    public void Index(AnalyzedArticle analyzed)
    {
        Interlocked.Increment(ref _changes);
        Writer.UpdateDocuments(new Term(SentenceFields.Article, analyzed.Article.Id), SentenceDocuments.From(analyzed, reuseFields: true));
    }

    /// <summary>Adds or replaces an article's sentences, recording where it came from and its
    /// story fingerprint with the first. Visible to searchers after <see cref="Commit"/>.</summary>
    public void Index(AnalyzedArticle analyzed, ArticleProvenance provenance)
    {
        Interlocked.Increment(ref _changes);
        Writer.UpdateDocuments(new Term(SentenceFields.Article, analyzed.Article.Id), WithProvenance(analyzed, provenance));
    }

    /// <summary>
    /// Adds the sentences of an article that the last commit does not hold, as
    /// <see cref="Index(AnalyzedArticle, ArticleProvenance)"/> does, without asking the index to
    /// delete its older sentences: there are none. Replacing costs every article a deletion
    /// that is looked up in every segment at each flush, merge and commit, a few percent of a
    /// first load. Only for a caller that knows the article is new (see
    /// <see cref="HasUncommittedChanges"/>) and indexes it once.
    /// </summary>
    public void Add(AnalyzedArticle analyzed, ArticleProvenance provenance)
    {
        Interlocked.Increment(ref _changes);
        Writer.AddDocuments(WithProvenance(analyzed, provenance));
    }

    private static IEnumerable<Lucene.Net.Documents.Document> WithProvenance(AnalyzedArticle analyzed, ArticleProvenance provenance) =>
        SentenceDocuments.From(analyzed, reuseFields: true).Select((document, i) => i == 0 ? provenance.AddTo(document) : document);

    /// <summary>True when articles were indexed or removed since the last commit (a batch that
    /// stopped before committing): the last commit, and what is read from it, does not show them
    /// yet, so an article missing from it may still be in the index.</summary>
    public bool HasUncommittedChanges => Interlocked.Read(ref _changes) != Interlocked.Read(ref _committedChanges);

    // Changes made, and how many of them the last commit holds at least (a change made while
    // committing counts as not committed).
    private long _changes;
    private long _committedChanges;

    /// <summary>Removes an article's sentences.</summary>
    public void Remove(string articleId)
    {
        Interlocked.Increment(ref _changes);
        Writer.DeleteDocuments(new Term(SentenceFields.Article, articleId));
    }

    /// <summary>Makes every change since the last commit durable and visible to new searches,
    /// all at once: a crash before this leaves the index as it was at the previous commit.</summary>
    public void Commit()
    {
        lock (_commitLock)
        {
            var changes = Interlocked.Read(ref _changes);
            Writer.Commit();
            Interlocked.Exchange(ref _committedChanges, changes);
            _searchers.MaybeRefreshBlocking();
            Interlocked.Increment(ref _generation);
        }
    }

    /// <summary>Merges the index into one segment and commits. Every search looks each of its
    /// terms up once per segment, and a bulk load leaves a dozen or more: after one, answering
    /// is several times faster merged. Searches go on meanwhile against the segments as they
    /// were; the disk briefly needs room for a second copy of the index.</summary>
    public void Compact()
    {
        Writer.ForceMerge(1);
        Commit();
    }

    /// <summary>Runs a search against the latest committed state.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        using var context = _searchers.GetContext();
        return search(context.Reference);
    }

    /// <summary>The searcher of the latest committed state, held until the lease is disposed
    /// (for reading hits lazily, one at a time).</summary>
    internal SearcherLease AcquireSearcher() => new(_searchers);

    /// <summary>The sentences a reader can currently find (cheap, unlike <see cref="Statistics"/>).</summary>
    public int SentenceCount => Search(searcher => searcher.IndexReader.NumDocs);

    /// <summary>Counts of what a reader can currently find.</summary>
    public IndexStatistics Statistics() => Search(searcher =>
    {
        var reader = searcher.IndexReader;
        return new IndexStatistics(
            Articles: CountTerms(reader, SentenceFields.Article),
            Sentences: reader.NumDocs,
            Speakers: Speakers(reader).Count);
    });

    /// <summary>Every canonical speaker with the number of sentences quoting them, most quoted first.</summary>
    public IReadOnlyList<(string Name, int Sentences)> Speakers() => Search(searcher => Speakers(searcher.IndexReader));

    /// <summary>The content hash stored for an article, or null when it is not indexed.</summary>
    public string? StoredHashOf(string articleId) => Search(searcher =>
    {
        var hits = searcher.Search(new TermQuery(new Term(SentenceFields.Article, articleId)), 1);
        return hits.TotalHits == 0 ? null : searcher.Doc(hits.ScoreDocs[0].Doc).Get(SentenceFields.ContentHash);
    });

    /// <summary>Every distinct value of an exact (StringField) field, such as the outlets.</summary>
    public IReadOnlyList<string> Values(string field) => Search(searcher => Terms(searcher.IndexReader, field).Select(t => t.Term).ToList());

    /// <summary>The ids of every indexed article.</summary>
    public IReadOnlyList<string> ArticleIds() => Search(searcher => Terms(searcher.IndexReader, SentenceFields.Article).Select(t => t.Term).ToList());

    public void Dispose()
    {
        _searchers.Dispose();
        try
        {
            _writer?.Dispose();
        }
        catch (IOException)
        {
            // Closing commits what is pending, which fails when the disk is full or read-only
            // (a synchronisation that already failed): drop it; the last commit stays intact.
            _writer?.Rollback();
        }
        if (!ReferenceEquals(_searchDirectory, _directory))
            _searchDirectory.Dispose();
        _directory.Dispose();
        Analyzer.Dispose();
        _processLock?.Dispose();
    }

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException($"The index at {Path} was opened read-only.");

    private static IndexWriter CreateWriter(LuceneDirectory directory)
    {
        var config = new IndexWriterConfig(SearchVersion.Lucene, CoverageTextAnalyzer.Create())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 128,
            // A flushed segment is written once, not written and then copied into one file: a bulk
            // load ends in a merge into one segment anyway (see Compact).
            UseCompoundFile = false,
        };
        return new IndexWriter(directory, config);
    }

    /// <summary>
    /// Two views of the folder. Searchers read each file into memory when a reader opens it
    /// (<see cref="LoadedFilesDirectory"/>): answering is mostly term-dictionary seeks and
    /// postings skips, a few bytes at a time all over the files, which an array serves without
    /// a system call (Lucene.Net's buffered file reads spent more time in the file stream than
    /// in Lucene). The writer (also used to check an index is readable) reads through a memory
    /// mapping: it reads to look up the articles it replaces and to merge, a few terms of each
    /// segment or one pass over it, so it makes few of the clones that make a mapping costly to
    /// query (see <see cref="LoadedFilesDirectory"/>), and a merge through buffered reads would
    /// make a system call for every kilobyte of the index.
    /// </summary>
    private static (LuceneDirectory Writer, LuceneDirectory Searchers) OpenDirectories(string path) =>
        (WithStoredDocuments(path, new MMapDirectory(path)), WithStoredDocuments(path, new LoadedFilesDirectory(path)));

    /// <summary>Both views read stored documents through buffers of Lucene's chunk size
    /// (<see cref="StoredDocumentsDirectory"/>): decompressing a document reads one chunk, a
    /// byte at a time, which the buffer's array serves. Those files
    /// (<see cref="StoredFieldFiles"/>), the largest, are never loaded whole.</summary>
    private static FileSwitchDirectory WithStoredDocuments(string path, LuceneDirectory otherFiles) =>
        new(StoredFieldFiles, new StoredDocumentsDirectory(path), otherFiles, doClose: true);

    private static readonly HashSet<string> StoredFieldFiles = ["fdt", "fdx"];

    private static void CheckReadable(LuceneDirectory directory)
    {
        // Opening a reader reads every segment's metadata; a truncated or garbled file fails here
        // with CorruptIndexException (or an IOException subtype), before the writer touches it.
        using var reader = DirectoryReader.Open(directory);
        _ = reader.NumDocs;
    }

    private static IReadOnlyList<(string Name, int Sentences)> Speakers(IndexReader reader) =>
        Terms(reader, SentenceFields.SpeakerId)
            .OrderByDescending(t => t.DocFreq)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Select(t => (t.Term, t.DocFreq))
            .ToList();

    private static int CountTerms(IndexReader reader, string field) => Terms(reader, field).Count();

    private static IEnumerable<(string Term, int DocFreq)> Terms(IndexReader reader, string field)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
            yield break;
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var enumerator = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (enumerator.MoveNext())
        {
            // DocFreq counts deleted documents until segments merge: with deletions, count the
            // live ones (walking the postings, which at a million sentences takes a while).
            if (liveDocs is null)
            {
                yield return (enumerator.Term.Utf8ToString(), enumerator.DocFreq);
                continue;
            }
            docs = enumerator.Docs(liveDocs, docs, DocsFlags.NONE);
            var count = 0;
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                count++;
            if (count > 0)
                yield return (enumerator.Term.Utf8ToString(), count);
        }
    }
}
