using ChatBot.Coverage.Articles;
using ChatBot.TestSupport;

namespace ChatBot.Coverage.Tests;

public class CoverageAnalyzerTests
{
    [Fact]
    public void Analyze_SameAnalyzerOnManyThreads_SameResultsAsOneThread()
    {
        var articles = Directory.EnumerateFiles(SharedMaterial.HelsinkiCorpus, "*.txt").Order(StringComparer.Ordinal).Take(40)
            .Select(p => ArticleParser.Parse(Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();
        var analyzer = new CoverageAnalyzer();
        var sequential = articles.Select(a => Describe(analyzer.Analyze(a))).ToList();
        var parallel = articles.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(a => Describe(analyzer.Analyze(a))).ToList();
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Analyze_HelsinkiCorpus_EverySpanInsideTheTextAndSentencesNumberedFromOne()
    {
        var analyzer = new CoverageAnalyzer();
        foreach (var path in Directory.EnumerateFiles(SharedMaterial.HelsinkiCorpus, "*.txt"))
        {
            var article = ArticleParser.Parse(Path.GetFileName(path), File.ReadAllText(path));
            var analyzed = analyzer.Analyze(article);
            Assert.Equal(Enumerable.Range(1, analyzed.Sentences.Count), analyzed.Sentences.Select(s => s.Number));
            foreach (var a in analyzed.Attributions)
            {
                Assert.InRange(a.Content.Start, 0, article.Text.Length);
                Assert.InRange(a.Content.End, a.Content.Start, article.Text.Length);
                Assert.False(string.IsNullOrWhiteSpace(a.Quote));
                if (a.Speaker is { } speaker)
                    Assert.DoesNotContain(speaker.CanonicalName, speaker.Aliases);
            }
        }
    }

    [Fact]
    public void Analyze_SurnameOnlyArticleWithKnownPeople_GetsTheKnownFullName()
    {
        var article = ArticleParser.Parse("t.txt", "Headline\n\nOn Monday, Trump said the summit went well.");
        var plain = new CoverageAnalyzer().Analyze(article);
        var known = new CoverageAnalyzer(["Donald Trump", "Vladimir Putin"]).Analyze(article);
        var ambiguous = new CoverageAnalyzer(["Donald Trump", "Melania Trump"]).Analyze(article);

        Assert.Equal("Trump", plain.Attributions.Single().SpeakerName);
        Assert.Equal("Donald Trump", known.Attributions.Single().SpeakerName);
        Assert.Equal("Trump", ambiguous.Attributions.Single().SpeakerName);
    }

    private static string Describe(AnalyzedArticle analyzed) =>
        string.Join("\n", analyzed.Sentences.Select(s => $"{s.Number}:{s.Span}")
            .Concat(analyzed.Attributions.Select(a => $"{a.Kind}:{a.Content}:{a.SpeakerName}")));
}
