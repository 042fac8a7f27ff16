using System.Globalization;
using ChatBot.Coverage;
using ChatBot.Search.Indexing;
using ChatBot.Search.Retrieval;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Search.Tests.Retrieval;

/// <summary>Hits ranked on a real index of several segments: stopping early once the best
/// possible score is reached (and reading a short list before the full one) must give exactly
/// the ranking Lucene gives when it scores every match.</summary>
public sealed class SentenceSearcherTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(100)]
    public void Hits_ScoresFromBoosts_SameRankingAsScoringEveryMatch(int count)
    {
        using var index = IndexOfManySegments();
        var searcher = new SentenceSearcher(index);
        var query = TariffsQuery(index);

        var expected = index.Search(s => s.Search(query, count).ScoreDocs.Select(d => Id(s.Doc(d.Doc))).ToList());
        var hits = searcher.Hits(query, count, []).Select(h => $"{h.ArticleId}#{h.SentenceNumber}").ToList();

        Assert.True(expected.Count == count || expected.Count > 40);
        Assert.Equal(expected, hits);
    }

    [Fact]
    public void Hits_ReadPastTheShortList_ContinuesWithTheSameRanking()
    {
        using var index = IndexOfManySegments();
        var searcher = new SentenceSearcher(index);
        var query = TariffsQuery(index);

        var expected = index.Search(s => s.Search(query, 40).ScoreDocs.Select(d => (Id(s.Doc(d.Doc)), d.Score)).ToList());
        var hits = searcher.Hits(query, 40, []).Select(h => ($"{h.ArticleId}#{h.SentenceNumber}", h.Score)).ToList();

        Assert.Equal(40, hits.Count);
        Assert.Equal(expected, hits);
    }

    [Fact]
    public void Hits_BonusSmallerThanTheGapsBetweenScores_SameRankingAsScoringEveryMatch()
    {
        using var index = IndexOfManySegments();
        var term = AnalyzedTerms.Of(index.Analyzer, SentenceFields.Text, "tariffs").Single();
        // The best score (in the sentence, and in a quote) is a little above the common one.
        var query = new BooleanQuery(disableCoord: true)
        {
            { Constant(SentenceFields.Text, term, 0.85), Occur.MUST },
            { Constant(SentenceFields.Quote, term, 0.003), Occur.SHOULD },
        };

        var expected = index.Search(s => s.Search(query, 5).ScoreDocs.Select(d => Id(s.Doc(d.Doc))).ToList());
        var hits = new SentenceSearcher(index).Hits(query, 5, []).Select(h => $"{h.ArticleId}#{h.SentenceNumber}").ToList();

        Assert.Equal(expected, hits);
    }

    [Fact]
    public void Hits_AskedAboutTerms_TellWhichTheParagraphAndTheContextHold()
    {
        using var index = IndexOfManySegments();
        var terms = new[] { "tariffs", "farmers", "March", "Tuesday", "talks" }
            .Select(word => AnalyzedTerms.Of(index.Analyzer, SentenceFields.Text, word).Single()).ToList();

        var hits = new SentenceSearcher(index).Hits(TariffsQuery(index), 40, terms).ToList();

        Assert.True(hits.Count > 20);
        Assert.Contains(hits, h => h.Text.StartsWith("The tariffs were raised", StringComparison.Ordinal));
        foreach (var hit in hits)
        {
            // Each article: the headline with "Talks", a quote, "The tariffs were raised in
            // March.", "Officials met on Tuesday.", each a paragraph, which holds no words
            // outside its one sentence. The context leaves out the paragraph's own words.
            var own = AnalyzedTerms.Of(index.Analyzer, SentenceFields.Text, hit.Text).ToHashSet();
            Assert.Empty(hit.ParagraphTerms);
            if (hit.Text.StartsWith("The tariffs were raised", StringComparison.Ordinal))
            {
                Assert.Contains(terms[3], hit.ContextTerms);
                Assert.Contains(terms[4], hit.ContextTerms);
                Assert.DoesNotContain(terms[2], hit.ContextTerms);
            }
            else
            {
                string[] around = [terms[0], terms[2], terms[4]];
                Assert.Equal(around.Where(t => !own.Contains(t)).Order(), hit.ContextTerms.Order());
            }
        }
    }

    [Fact]
    public void Of_ConstantScoreClauses_IsTheBestSumOfTheirBoosts()
    {
        Assert.Equal(0.85 + 0.15 + 0.1 + 0.002 + 0.001, ScoreBound.Of(TariffsQuery())!.Value, 5);
    }

    [Fact]
    public void Of_DisjunctionOfBoostedClauses_IsTheBestOneTimesItsParentsBoost()
    {
        var best = new DisjunctionMaxQuery(0f)
        {
            Constant(SentenceFields.Quote, "tariffs", 1.0),
            Constant(SentenceFields.Text, "tariffs", 0.85),
        };
        var query = new BooleanQuery { { best, Occur.SHOULD } };
        query.Boost = 0.5f;

        Assert.Equal(0.5, ScoreBound.Of(query)!.Value, 5);
    }

    [Fact]
    public void Of_TermScoredByFrequency_IsUnknown()
    {
        var query = new BooleanQuery
        {
            { Constant(SentenceFields.Text, "tariffs", 1.0), Occur.MUST },
            { new TermQuery(new Term(SentenceFields.Quote, "tariffs")), Occur.SHOULD },
        };

        Assert.Null(ScoreBound.Of(query));
    }

    /// <summary>Sentences holding "tariffs" in a quote, outside one, or not at all, in articles
    /// indexed in several batches (each batch its own segment).</summary>
    private CoverageIndex IndexOfManySegments()
    {
        var articles = _folder.Combine("articles");
        Directory.CreateDirectory(articles);
        var index = CoverageIndex.Open(_folder.Combine("index"));
        var indexer = new FolderIndexer(index, new CoverageAnalyzer());
        for (var batch = 0; batch < 4; batch++)
        {
            for (var n = 0; n < 8; n++)
            {
                var number = (batch * 8 + n).ToString(CultureInfo.InvariantCulture);
                var quoted = ((batch + n) % 3, n % 4) switch
                {
                    (2, 1) => "“Every week we wait for the talks to resume costs another family farm in this state, another shop on main street, another school bus route that the county can no longer afford,” Senator Ann Smith said of the tariffs.",
                    (0, 0) => "“The tariffs are hurting our farmers badly, and every week we wait for the talks to resume costs another family farm in this state, another shop on main street, another school bus route that the county can no longer afford,” Senator Ann Smith said.",
                    (0, _) => "“The tariffs hurt,” Senator Ann Smith said.",
                    (1, _) => "“The tariffs are hurting our farmers badly,” Senator Ann Smith said.",
                    _ => "“We will keep talking to our partners,” Senator Ann Smith said.",
                };
                File.WriteAllText(Path.Combine(articles, $"story-{number}.txt"),
                    $"Talks resume {number}\n\n{quoted}\n\nThe tariffs were raised in March.\n\nOfficials met on Tuesday.\n");
            }
            indexer.Synchronize(articles);
        }
        return index;
    }

    /// <summary>"tariffs" in the sentence, more in a quote, more still in a direct quote, and a
    /// little more in a statement or a long one (the bonuses few sentences earn).</summary>
    private static BooleanQuery TariffsQuery(CoverageIndex? index = null)
    {
        var term = index is null ? "tariffs" : AnalyzedTerms.Of(index.Analyzer, SentenceFields.Text, "tariffs").Single();
        return new BooleanQuery(disableCoord: true)
        {
            { Constant(SentenceFields.Text, term, 0.85), Occur.MUST },
            { Constant(SentenceFields.Quote, term, 0.15), Occur.SHOULD },
            { Constant(SentenceFields.Kind, SentenceFields.KindDirect, 0.1), Occur.SHOULD },
            { Constant(SentenceFields.Length, SentenceFields.LengthStatement, 0.002), Occur.SHOULD },
            { Constant(SentenceFields.Length, SentenceFields.LengthLong, 0.001), Occur.SHOULD },
        };
    }

    private static ConstantScoreQuery Constant(string field, string term, double boost) =>
        new(new TermQuery(new Term(field, term))) { Boost = (float)boost };

    private static string Id(Lucene.Net.Documents.Document document) =>
        $"{document.Get(SentenceFields.Article)}#{document.GetField(SentenceFields.SentenceNumber)?.GetInt32Value()}";
}
