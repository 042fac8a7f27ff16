using ChatBot.Coverage.Articles;

namespace ChatBot.Search.Indexing;

/// <summary>The words of a stretch of a paragraph (a sentence, a quote) as analysing the whole
/// paragraph gave them: its tokens that start within <paramref name="Span"/>, each naming its
/// word in <paramref name="Words"/>. A view of the paragraph's analysis, not a copy: one is made
/// for every sentence and quote indexed.</summary>
internal readonly record struct SpanTokens(ParagraphToken[] Paragraph, IReadOnlyList<string> Words, TextSpan Span);
