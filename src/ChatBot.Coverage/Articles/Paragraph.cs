namespace ChatBot.Coverage.Articles;

/// <summary>A paragraph of an article body. <see cref="Number"/> counts from 1 for the first
/// paragraph after the headline, as a reader would count them.</summary>
public sealed record Paragraph(int Number, TextSpan Span);
