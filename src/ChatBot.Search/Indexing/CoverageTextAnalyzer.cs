using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace ChatBot.Search.Indexing;

/// <summary>
/// The one analyzer used both to index and to query, so a question's words always meet the
/// index's words in the same form: English stemming (and the initials of names) for text
/// fields, plain lower-cased words for speaker names (a name is not stemmed: "Jones" must not become "jone"), exact terms for ids.
/// </summary>
public static class CoverageTextAnalyzer
{
    public static Analyzer Create()
    {
        var english = new NewsTextAnalyzer();
        var names = new StandardAnalyzer(SearchVersion.Lucene, CharArraySet.Empty);
        var exact = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(english, new Dictionary<string, Analyzer>
        {
            [SentenceFields.Speaker] = names,
            [SentenceFields.SpeakerId] = exact,
            [SentenceFields.Id] = exact,
            [SentenceFields.Article] = exact,
            [SentenceFields.Kind] = exact,
            [SentenceFields.Outlet] = exact,
            [SentenceFields.Date] = exact,
        });
    }
}
