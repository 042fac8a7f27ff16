using ChatBot.Coverage.Articles;

namespace ChatBot.Coverage.Sentences;

/// <summary>A sentence of an article body. <see cref="Number"/> counts sentences from 1 across the
/// whole article; <see cref="Paragraph"/> is the reader's paragraph number.</summary>
public sealed record Sentence(int Number, int Paragraph, TextSpan Span, string Text);
