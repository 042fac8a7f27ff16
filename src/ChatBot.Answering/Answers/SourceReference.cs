namespace ChatBot.Answering.Answers;

/// <summary>Where a quote or sentence was published: enough to cite it and to find it again.</summary>
public sealed record SourceReference(string ArticleId, string Headline, string? Outlet, DateOnly? Date, string? Url, int Paragraph, int Sentence);
