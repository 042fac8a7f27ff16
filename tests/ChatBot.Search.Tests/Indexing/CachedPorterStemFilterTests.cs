using System.Text.RegularExpressions;
using ChatBot.Search.Indexing;
using ChatBot.TestSupport;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;

namespace ChatBot.Search.Tests.Indexing;

/// <summary>Remembering stems must not change them: every word of the real articles, met for
/// the first time and again, gets exactly the stem of Lucene's Porter filter.</summary>
public sealed class CachedPorterStemFilterTests
{
    [Fact]
    public void IncrementToken_EveryWordOfRealArticlesTwice_StemsAsLucenesPorterFilter()
    {
        var words = Directory.GetFiles(SharedMaterial.HelsinkiCorpus, "*.txt")
            .SelectMany(f => Regex.Split(File.ReadAllText(f).ToLowerInvariant(), @"[^\p{L}\p{N}']+"))
            .Where(w => w.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        var text = string.Join(' ', words.Concat(words));

        var cached = Terms(text, tokens => new CachedPorterStemFilter(tokens));
        var lucene = Terms(text, tokens => new PorterStemFilter(tokens));

        Assert.True(words.Count > 5000, $"only {words.Count} words");
        Assert.True(lucene.Zip(words).Count(p => p.First != p.Second) > 1000, "few words change when stemmed");
        Assert.Equal(lucene, cached);
    }

    [Fact]
    public void IncrementToken_Keyword_LeftAsItIs()
    {
        var keywords = new CharArraySet(SearchVersion.Lucene, ["running"], ignoreCase: false);

        var stemmed = Terms("running talks running", tokens => new CachedPorterStemFilter(new SetKeywordMarkerFilter(tokens, keywords)));

        Assert.Equal(["running", "talk", "running"], stemmed);
    }

    private static List<string> Terms(string text, Func<TokenStream, TokenStream> stem)
    {
        using var stream = stem(new WhitespaceTokenizer(SearchVersion.Lucene, new StringReader(text)));
        return [.. ChatBot.Search.Retrieval.AnalyzedTerms.WithPositions(stream).Select(t => t.Term)];
    }
}
