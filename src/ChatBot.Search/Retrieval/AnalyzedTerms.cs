using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatBot.Search.Retrieval;

/// <summary>Runs text through the index's analyzer, so questions are matched with exactly the
/// terms the index holds (stemmed, lower-cased, stop words gone). Queries are built from these
/// terms, never by handing chat text to a query parser.</summary>
public static class AnalyzedTerms
{
    public static List<string> Of(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    /// <summary>The terms with their positions, counting the words analysis removed (stop
    /// words), so a phrase built from them matches the text as written.</summary>
    public static List<(string Term, int Position)> WithPositions(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        return WithPositions(stream);
    }

    /// <summary>The terms of a token stream with their positions (see above); the caller
    /// disposes of the stream.</summary>
    public static List<(string Term, int Position)> WithPositions(TokenStream stream)
    {
        var terms = new List<(string, int)>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }
        stream.End();
        return terms;
    }
}
