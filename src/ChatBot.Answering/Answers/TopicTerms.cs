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
    /// <param name="Setting">The word says where or when, not what about (see
    /// <see cref="Question.SettingWords"/>).</param>
    internal sealed record Group(string Word, IReadOnlySet<string> Terms, double Weight, bool Setting = false);

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
        var groups = new List<Group>();
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
            var weight = own.Max(t => searcher.Idf(SentenceFields.Text, t));
            groups.Add(new Group(word, terms, weight));
        }
        return new TopicTerms(groups);
    }

    /// <summary>How much of the topic a text covers, weighted by rarity, from 0 to 1.</summary>
    public double Coverage(IReadOnlySet<string> textTerms)
    {
        if (Groups.Count == 0)
            return 0;
        var total = 0.0;
        var covered = 0.0;
        foreach (var group in Groups)
        {
            total += group.Weight;
            if (group.Terms.Overlaps(textTerms))
                covered += group.Weight;
        }
        return total == 0 ? 0 : covered / total;
    }

    public static HashSet<string> Analyze(Analyzer analyzer, string text) =>
        new(AnalyzedTerms.Of(analyzer, SentenceFields.Text, text), StringComparer.Ordinal);
}
