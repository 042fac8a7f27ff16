using ChatBot.Coverage.Articles;

namespace ChatBot.Ingestion.Formats;

/// <summary>
/// The text of one file (or upload) to read articles from. <see cref="Name"/> is what errors
/// call it; <see cref="PathId"/> is the article's identity when it has no URL; the optional
/// <see cref="Metadata"/> comes from a <c>metadata.json</c> beside the file and overrides what
/// the file says about itself.
/// </summary>
public sealed record ArticleInput(string Name, string PathId, string Text, ArticleMetadata? Metadata = null);
