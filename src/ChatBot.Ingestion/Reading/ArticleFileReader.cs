using System.Text;
using System.Text.Json;
using ChatBot.Coverage.Articles;
using ChatBot.Ingestion.Formats;
using ChatBot.Ingestion.Threading;

namespace ChatBot.Ingestion.Reading;

/// <summary>
/// Reads files and folders of articles in any known format. Every problem is a per-file result
/// naming the file and the reason (empty, binary, not UTF-8, too large, unknown format,
/// malformed JSON, a bad metadata field), never an exception, so the rest of a batch goes on.
/// Folders are read recursively; <c>metadata.json</c> in a folder describes the files beside it.
/// </summary>
public sealed class ArticleFileReader(ArticleFormats formats)
{
    /// <summary>One article file larger than this is refused: no news story comes near it.</summary>
    public const long MaxArticleBytes = ArticleFolder.MaxArticleBytes;

    /// <summary>A JSON lines file holds many articles, so it may be larger.</summary>
    public const long MaxJsonLinesBytes = 32 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ArticleFileReader() : this(ArticleFormats.All)
    {
    }

    /// <summary>
    /// Reads every path: a file is read whatever its extension (an unknown one is an error), a
    /// folder for the files with known extensions in it and below. Ids without a URL are the path
    /// relative to the folder given (the file name for a file given alone).
    /// </summary>
    public IEnumerable<ArticleCandidate> Read(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        foreach (var given in paths)
        {
            var path = Path.GetFullPath(given);
            if (Directory.Exists(path))
            {
                foreach (var candidate in ReadFolder(path, cancellationToken))
                    yield return candidate;
            }
            else if (File.Exists(path))
            {
                var metadata = MetadataBeside(path, out var metadataError);
                if (metadataError is not null)
                    yield return ArticleCandidate.Failed(given, Path.Combine(Path.GetDirectoryName(path)!, ArticleFolder.MetadataFileName), metadataError);
                foreach (var candidate in ReadFile(path, given, Path.GetFileName(path), metadata?.GetValueOrDefault(Path.GetFileName(path))))
                    yield return candidate;
            }
            else
            {
                yield return ArticleCandidate.Failed(given, path, "no such file or folder");
            }
        }
    }

    /// <summary>The files of a folder that would be read, for progress totals and watching.</summary>
    public IEnumerable<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Where(IsArticleFile)
            .Order(StringComparer.Ordinal);

    public bool IsArticleFile(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') && !string.Equals(name, ArticleFolder.MetadataFileName, StringComparison.OrdinalIgnoreCase)
            && formats.ForPath(path) is not null;
    }

    /// <summary>Reads every article file of a folder and below. With a <paramref name="cache"/>, a
    /// file unchanged since the cache last saw it is not read again.</summary>
    public IEnumerable<ArticleCandidate> ReadFolder(string folder, CancellationToken cancellationToken = default, FolderReadCache? cache = null)
    {
        var files = FilesIn(folder).ToList();
        // Each folder's metadata.json is read once, before its files; a problem with it is
        // reported ahead of the first of them.
        var metadataByFolder = new Dictionary<string, Dictionary<string, ArticleMetadata>?>(StringComparer.Ordinal);
        var work = new List<(string Path, ArticleCandidate? MetadataFailure, Dictionary<string, ArticleMetadata>? Metadata)>(files.Count);
        foreach (var path in files)
        {
            var directory = Path.GetDirectoryName(path)!;
            ArticleCandidate? failure = null;
            if (!metadataByFolder.TryGetValue(directory, out var metadata))
            {
                metadata = metadataByFolder[directory] = MetadataBeside(path, out var error);
                var metadataPath = Path.Combine(directory, ArticleFolder.MetadataFileName);
                if (error is not null)
                    failure = ArticleCandidate.Failed(Path.GetRelativePath(folder, metadataPath), metadataPath, error);
            }
            work.Add((path, failure, metadata));
        }

        // Decoding and parsing are CPU work: the files are read on every core, and handed on in
        // their order.
        var read = CoreWorkers.Map(work, cancellationToken, file => ReadInFolder(folder, file.Path, file.Metadata, cache));
        for (var i = 0; i < work.Count; i++)
        {
            if (work[i].MetadataFailure is { } failure)
                yield return failure;
            foreach (var candidate in read[i])
                yield return candidate;
        }
        cache?.KeepOnly(files.ToHashSet(StringComparer.Ordinal));
    }

    // One file of a folder being read, from the cache when it has not changed since.
    private IReadOnlyList<ArticleCandidate> ReadInFolder(string folder, string path, Dictionary<string, ArticleMetadata>? metadata, FolderReadCache? cache)
    {
        string? stamp = null;
        if (cache is not null)
        {
            try
            {
                stamp = FolderReadCache.StampOf(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone or unreadable since it was listed: read it below and report why.
            }
            if (stamp is not null && cache.TryGet(path, stamp, out var cached))
                return cached;
        }
        var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
        var candidates = ReadFile(path, relative, relative, metadata?.GetValueOrDefault(Path.GetFileName(path))).ToList();
        if (cache is not null && stamp is not null)
            cache.Set(path, stamp, candidates);
        return candidates;
    }

    /// <summary>Reads one file; <paramref name="name"/> is used in messages, <paramref name="pathId"/>
    /// is the identity of an article without URL.</summary>
    public IEnumerable<ArticleCandidate> ReadFile(string path, string name, string pathId, ArticleMetadata? metadata)
    {
        var format = formats.ForPath(path);
        if (format is null)
            return [ArticleCandidate.Failed(name, path, $"unknown format '{Path.GetExtension(path)}' (known: {string.Join(", ", formats.Extensions)})")];
        var limit = format is JsonLinesFormat ? MaxJsonLinesBytes : MaxArticleBytes;
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length == 0)
                return [ArticleCandidate.Failed(name, path, "the file is empty")];
            if (length > limit)
                return [ArticleCandidate.Failed(name, path, $"the file is {Megabytes(length)}, over the {Megabytes(limit)} limit for {format.Name}")];
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ArticleCandidate.Failed(name, path, $"the file could not be read ({e.Message})")];
        }
        return ReadBytes(format, bytes, name, pathId, path, metadata);
    }

    /// <summary>Reads an upload or a file's bytes in a known format.</summary>
    public static IReadOnlyList<ArticleCandidate> ReadBytes(IArticleFormat format, byte[] bytes, string name, string pathId, string origin, ArticleMetadata? metadata)
    {
        if (bytes.Length == 0)
            return [ArticleCandidate.Failed(name, origin, "the file is empty")];
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            return [ArticleCandidate.Failed(name, origin, "the file is binary, not text")];
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return [ArticleCandidate.Failed(name, origin, $"the file is not UTF-8 text (invalid byte at position {e.Index})")];
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        if (string.IsNullOrWhiteSpace(text))
            return [ArticleCandidate.Failed(name, origin, "the file has only blank space")];
        return format.Read(new ArticleInput(name, pathId, text, metadata))
            .Select(r => new ArticleCandidate(r.FileName, origin, r.Article, r.Error))
            .ToList();
    }

    private static Dictionary<string, ArticleMetadata>? MetadataBeside(string path, out string? error)
    {
        error = null;
        var file = Path.Combine(Path.GetDirectoryName(path)!, ArticleFolder.MetadataFileName);
        if (!File.Exists(file))
            return null;
        try
        {
            using var stream = File.OpenRead(file);
            return JsonSerializer.Deserialize<Dictionary<string, ArticleMetadata>>(stream, MetadataJson);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            error = $"the metadata cannot be used ({e.Message.Split(". ")[0]}); the articles beside it are read without it";
            return null;
        }
    }

    private static readonly JsonSerializerOptions MetadataJson = new()
    {
        PropertyNameCaseInsensitive = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}
