using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Attributions;
using ChatBot.Coverage.People;
using ChatBot.Coverage.Sentences;

namespace ChatBot.Coverage;

/// <summary>The result of reading one article: its sentences, its attributions and the people
/// it quotes.</summary>
public sealed record AnalyzedArticle(
    Article Article,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Attribution> Attributions,
    IReadOnlyList<Speaker> Speakers)
{
    /// <summary>The attributions whose content overlaps a sentence, in text order.</summary>
    public IEnumerable<Attribution> AttributionsIn(Sentence sentence) =>
        Attributions.Where(a => a.Content.Overlaps(sentence.Span));
}
