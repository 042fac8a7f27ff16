using System.Security.Cryptography;
using System.Text;
using ChatBot.Coverage;
using ChatBot.Hosting;
using ChatBot.Ingestion.Formats;
using ChatBot.Ingestion.Ingesting;
using ChatBot.Ingestion.Reading;
using ChatBot.Search.Indexing;
using Microsoft.Extensions.Options;

namespace ChatBot.Ingestion;

/// <summary>
/// The host's one way to change its index while it answers: folder synchronisation (at start-up
/// and on every change the watcher sees) and uploads. One batch at a time, so a sync and an
/// upload never race over the same article. The articles folder is the source of truth: an
/// upload is saved there first (under <c>posted/</c>), so a restart or an index rebuild keeps it.
/// </summary>
public sealed class LiveIngestion(CoverageIndex index, CoverageAnalyzer analyzer, IOptions<ChatBotOptions> options, IHostEnvironment environment)
{
    public const string PostedFolderName = "posted";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ArticleFileReader _reader = new();
    private readonly FolderReadCache _folderCache = new();
    private readonly ArticleIngester _ingester = new(index, analyzer);

    /// <summary>The articles folder (<c>ChatBot:ArticlesPath</c>) as a full path.</summary>
    public string Folder { get; } = ContentPaths.FindFolder(environment.ContentRootPath, options.Value.ArticlesPath);

    public int CountFiles() => Directory.Exists(Folder) ? _reader.FilesIn(Folder).Count() : 0;

    /// <summary>Brings the index up to date with the articles folder.</summary>
    public async Task<IndexingReport> SynchronizeAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A thread of its own (as are the workers it starts), not one of the pool's, and at a
            // lower priority: a large folder takes seconds to minutes, and questions are
            // answered meanwhile.
            return await Task.Factory.StartNew(() =>
            {
                BackgroundPriority.LowerForCurrentThread();
                var candidates = Directory.Exists(Folder) ? _reader.ReadFolder(Folder, cancellationToken, _folderCache).ToList() : [];
                return _ingester.Synchronize(Folder, candidates, progress, cancellationToken);
            }, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Reads an upload; if it is an article, saves it in the articles folder (a file named after
    /// its URL, or its content when it has none, so sending it again updates the same file) and
    /// indexes and commits it. Returns once it is searchable.
    /// </summary>
    public async Task<UploadResult> IngestUploadAsync(IArticleFormat format, byte[] body, CancellationToken cancellationToken)
    {
        const string name = "request body";
        var read = ArticleFileReader.ReadBytes(format, body, name, "upload", name, metadata: null);
        if (read.Count != 1 || read[0].Article is not { } parsed)
            return UploadResult.Rejected(read.FirstOrDefault(r => r.Error is not null)?.Error ?? "expected exactly one article");

        var key = parsed.Source.Url ?? Convert.ToHexString(SHA256.HashData(body));
        var fileName = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20].ToLowerInvariant() + ArticleFormats.ExtensionFor(format);
        var relative = $"{PostedFolderName}/{fileName}";
        var path = Path.Combine(Folder, PostedFolderName, fileName);
        var stored = format is JsonArticleFormat ? OneLine(body) : body;

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                // Write aside and rename: the watcher and a crash never see half a file.
                var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Guid.NewGuid():N}.tmp");
                await File.WriteAllBytesAsync(temporary, stored, cancellationToken).ConfigureAwait(false);
                File.Move(temporary, path, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not the sender's fault: the folder is read-only or full.
                return new UploadResult(UploadStatus.Unavailable, null, null, $"the article could not be saved in the articles folder ({e.Message})");
            }

            var candidates = _reader.ReadFile(path, relative, relative, metadata: null).ToList();
            var report = await Task.Run(() => _ingester.Ingest(candidates, progress: null, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (report.Rejected.Count > 0)
                return UploadResult.Rejected(report.Rejected[0].Reason);
            var id = candidates[0].Article!.Id;
            var status = report.Added.Contains(id) ? UploadStatus.Added : report.Updated.Contains(id) ? UploadStatus.Updated : UploadStatus.Unchanged;
            return new UploadResult(status, index.Article(id), report.Syndicated.Where(s => s.Article == id).Select(s => s.SameStoryAs).FirstOrDefault(), null);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A JSON article as one line, to be stored as a JSON lines file.</summary>
    private static byte[] OneLine(byte[] json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json);
        return Encoding.UTF8.GetBytes(node!.ToJsonString() + "\n");
    }
}
