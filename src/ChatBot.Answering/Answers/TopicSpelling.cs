using ChatBot.Answering.Questions;
using ChatBot.Search.Indexing;
using ChatBot.Search.Retrieval;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Answering.Answers;

/// <summary>
/// Forgives a misspelt topic word ("colusion", "meddeling") that the coverage never uses, by
/// the nearest word it does use: first the words of <see cref="TopicSynonyms"/> (so the
/// synonyms come with it), then the index's own terms. A word the coverage uses is never
/// changed, and short words are left alone: one letter turns "Iran" into "Iraq".
/// </summary>
internal static class TopicSpelling
{
    /// <summary>Shorter words are not corrected.</summary>
    private const int MinLength = 6;

    /// <summary>A correction must be a word several sentences use, not another typo.</summary>
    private const int MinDocuments = 2;

    /// <summary>The word to take the synonyms of, and the index terms that stand for the
    /// word; <paramref name="terms"/> unchanged when the coverage uses the word or nothing is
    /// near enough.</summary>
    public static (string Word, HashSet<string> Terms) Correct(string word, HashSet<string> terms, SentenceSearcher searcher)
    {
        if (word.Length < MinLength || terms.Count == 0 || terms.Any(t => DocFreq(searcher, t) > 0))
            return (word, terms);
        var allowed = EditDistance.Allowed(word.Length);

        var known = TopicSynonyms.Words
            .Select(w => (Word: w, Distance: EditDistance.Between(word, w, allowed)))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .Select(c => c.Word)
            .FirstOrDefault();
        if (known is not null)
        {
            var knownTerms = TopicTerms.Analyze(searcher.Index.Analyzer, known);
            if (knownTerms.Any(t => DocFreq(searcher, t) >= MinDocuments))
                return (known, knownTerms);
        }

        var corrected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (Nearest(searcher, term) is { } near)
                corrected.Add(near);
        }
        return corrected.Count > 0 ? (word, corrected) : (word, terms);
    }

    /// <summary>The index term nearest to <paramref name="term"/> (same first letter), the most
    /// used among equally near ones, or null.</summary>
    private static string? Nearest(SentenceSearcher searcher, string term)
    {
        var allowed = Math.Min(2, EditDistance.Allowed(term.Length + 1));
        if (allowed == 0)
            return null;
        return searcher.Index.Search(indexSearcher =>
        {
            var rewritten = indexSearcher.Rewrite(new FuzzyQuery(new Term(SentenceFields.Text, term), allowed, prefixLength: 1));
            var candidates = rewritten is BooleanQuery boolean
                ? boolean.Clauses.Select(c => c.Query).OfType<TermQuery>().Select(q => q.Term)
                : rewritten is TermQuery single ? [single.Term] : [];
            return candidates
                .Select(t => (Text: t.Text, Distance: EditDistance.Between(term, t.Text, allowed), Documents: indexSearcher.IndexReader.DocFreq(t)))
                .Where(c => c.Distance <= allowed && c.Documents >= MinDocuments)
                .OrderBy(c => c.Distance)
                .ThenByDescending(c => c.Documents)
                .Select(c => c.Text)
                .FirstOrDefault();
        });
    }

    private static int DocFreq(SentenceSearcher searcher, string term) => searcher.DocFreq(SentenceFields.Text, term);
}
