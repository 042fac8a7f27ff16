using ChatBot.Answering.Questions;
using ChatBot.Search.Indexing;
using ChatBot.Search.Retrieval;
using Lucene.Net.Analysis;

namespace ChatBot.Answering.Answers;

/// <summary>
/// A question's topic as the index sees it: one group of analysed terms per topic word (the
/// word and its synonyms), each weighted by how rare it is, so "collusion" counts for more than
/// "said".
/// </summary>
internal sealed record TopicTerms(IReadOnlyList<TopicTerms.Group> Groups)
{
    /// <summary>A topic word with its synonyms' terms; <see cref="Share"/> is its weight as a
    /// fraction of the whole topic's (the shares of a topic add up to 1).</summary>
    /// <param name="Setting">The word says where or when, not what about (see
    /// <see cref="Question.SettingWords"/>).</param>
    internal sealed record Group(string Word, IReadOnlySet<string> Terms, double Weight, bool Setting = false)
    {
        public double Share { get; init; }
    }

    public bool IsEmpty => Groups.Count == 0;

    /// <summary>Whether any group must be found outside settings to count fully.</summary>
    public bool HasSubject => Groups.Any(g => !g.Setting);

    public IEnumerable<string> AllTerms => Groups.SelectMany(g => g.Terms).Distinct();

    public static TopicTerms From(Question question, SentenceSearcher searcher)
    {
        var topic = From(question.TopicWords, searcher);
        if (question.SettingWords.Count == 0)
            return topic;
        var settings = question.SettingWords.ToHashSet(StringComparer.Ordinal);
        return new TopicTerms(topic.Groups.Select(g => g with { Setting = settings.Contains(g.Word) }).ToList());
    }

    public static TopicTerms From(IReadOnlyList<string> words, SentenceSearcher searcher)
    {
        var analyzer = searcher.Index.Analyzer;
        var groups = new List<(string Word, HashSet<string> Own, HashSet<string> Terms)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var (spelled, own) = TopicSpelling.Correct(word, Analyze(analyzer, word), searcher);
            if (own.Count == 0 || own.All(seen.Contains))
                continue;
            var terms = new HashSet<string>(own, StringComparer.Ordinal);
            foreach (var synonym in TopicSynonyms.Expand(spelled))
                terms.UnionWith(Analyze(analyzer, synonym));
            seen.UnionWith(terms);
            groups.Add((word, own, terms));
        }
        if (groups.Count == 0)
            return new TopicTerms([]);
        var idf = searcher.Idf(SentenceFields.Text, groups.SelectMany(g => g.Own));
        var weighted = groups.Select(g => new Group(g.Word, g.Terms, g.Own.Max(t => idf[t]))).ToList();
        var total = weighted.Sum(g => g.Weight);
        return new TopicTerms([.. weighted.Select(g => g with { Share = total == 0 ? 0 : g.Weight / total })]);
    }

    public static HashSet<string> Analyze(Analyzer analyzer, string text) =>
        new(AnalyzedTerms.Of(analyzer, SentenceFields.Text, text), StringComparer.Ordinal);
}
