using ChatBot.Coverage.Articles;

namespace ChatBot.Ingestion.Formats;

/// <summary>One way articles are written down. A reader never throws over bad input: each
/// article it cannot read comes back as a failed result naming the file (and line) and why.</summary>
public interface IArticleFormat
{
    /// <summary>A short name for messages ("plain text", "HTML page").</summary>
    string Name { get; }

    /// <summary>File extensions, lower case with the dot, that this format reads.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Media types (without parameters) that this format reads over HTTP.</summary>
    IReadOnlyList<string> MediaTypes { get; }

    IEnumerable<ArticleReadResult> Read(ArticleInput input);
}
