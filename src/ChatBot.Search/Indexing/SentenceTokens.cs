using ChatBot.Coverage.Articles;

namespace ChatBot.Search.Indexing;

/// <summary>A sentence's words as analysing its paragraph gave them: the paragraph's tokens that
/// start within the sentence's span, each naming its word in <paramref name="Words"/>. A view of
/// the paragraph's analysis, not a copy: it is made for every sentence indexed.</summary>
internal readonly record struct SentenceTokens(ParagraphToken[] Paragraph, IReadOnlyList<string> Words, TextSpan Span);
