using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;

namespace ChatBot.Search.Indexing;

/// <summary>
/// Lucene's English analysis (standard tokens, possessives dropped, lower case, stop words,
/// Porter stems, remembered per word by <see cref="CachedPorterStemFilter"/>), term for term,
/// plus the initials of capitalised names (<see cref="InitialsFilter"/>), so an acronym in a
/// question meets the name spelled out in an article. The initials are added before lower-casing, while capitals still show.
/// </summary>
internal sealed class NewsTextAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var text = new TextRecorder();
        var source = new StandardTokenizer(SearchVersion.Lucene, text.Start(reader));
        TokenStream result = new StandardFilter(SearchVersion.Lucene, source);
        result = new InitialsFilter(result, text);
        result = new EnglishPossessiveFilter(SearchVersion.Lucene, result);
        result = new LowerCaseFilter(SearchVersion.Lucene, result);
        result = new StopFilter(SearchVersion.Lucene, result, EnglishAnalyzer.DefaultStopSet);
        result = new CachedPorterStemFilter(result);
        return new Components(source, result, text);
    }

    /// <summary>Hands each new text to the recorder the chain was built around.</summary>
    private sealed class Components(Tokenizer source, TokenStream result, TextRecorder text) : TokenStreamComponents(source, result)
    {
        protected override void SetReader(TextReader reader) => base.SetReader(text.Start(reader));
    }
}
