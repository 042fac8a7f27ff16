using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace ChatBot.Search.Indexing;

/// <summary>
/// The one analyzer used both to index and to query, so a question's words always meet the
/// index's words in the same form: English stemming (and the initials of names) for text
/// fields, exact terms for ids and names (speakers are matched by their canonical name,
/// resolved before searching).
/// </summary>
public static class CoverageTextAnalyzer
{
    public static Analyzer Create()
    {
        var english = new NewsTextAnalyzer();
        var exact = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(english, new Dictionary<string, Analyzer>
        {
            [SentenceFields.SpeakerId] = exact,
            [SentenceFields.Article] = exact,
            [SentenceFields.Kind] = exact,
            [SentenceFields.Outlet] = exact,
            [SentenceFields.Date] = exact,
        });
    }
}
