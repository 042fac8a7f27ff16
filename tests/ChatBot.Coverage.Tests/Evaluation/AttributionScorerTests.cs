using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Evaluation;
using ChatBot.TestSupport;

namespace ChatBot.Coverage.Tests.Evaluation;

public class AttributionScorerTests
{
    private static List<(string Text, IReadOnlyList<EvalAttribution> Gold)> DevGold() =>
        PolnearView.Articles(SharedMaterial.PolnearDev)
            .Where(a => a.AnnPath is not null)
            .Select(a =>
            {
                var text = File.ReadAllText(a.TextPath);
                return (text, BratReader.Read(File.ReadAllText(a.AnnPath!), text));
            })
            .ToList();

    [Fact]
    public void Score_GoldAsSystem_F1IsOne()
    {
        var scorer = new AttributionScorer();
        foreach (var (text, gold) in DevGold())
            scorer.Add(text, gold, gold);
        Assert.Equal(1.0, scorer.All.F1, 6);
        Assert.Equal(1.0, scorer.Quoted.F1, 6);
        Assert.Equal(1.0, scorer.All.SourceAccuracy, 6);
        Assert.Equal(1.0, scorer.All.CueAccuracy, 6);
    }

    [Fact]
    public void Score_EmptySystem_ScoresZero()
    {
        var scorer = new AttributionScorer();
        foreach (var (text, gold) in DevGold())
            scorer.Add(text, gold, []);
        Assert.True(scorer.All.Gold > 1000);
        Assert.Equal(0, scorer.All.F1);
        Assert.Equal(0, scorer.Quoted.F1);
    }

    [Fact]
    public void ReadGold_DevSplit_OneAnnotatorPerArticleAndSpansMatchText()
    {
        var articles = PolnearView.Articles(SharedMaterial.PolnearDev).ToList();
        Assert.Equal(articles.Count, articles.Select(a => a.Id).Distinct().Count());
        var flynn = articles.Where(a => a.AnnPath is not null && Path.GetFileName(a.AnnPath).Contains("flynn", StringComparison.Ordinal)).ToList();
        Assert.All(flynn, a => Assert.EndsWith("_4b22.ann", a.AnnPath, StringComparison.Ordinal));

        // Brat text-bound lines carry the covered text: our offsets must give it back.
        var first = articles.First(a => a.AnnPath is not null);
        var text = File.ReadAllText(first.TextPath);
        var contentLine = File.ReadLines(first.AnnPath!).First(l => l.Contains("\tContent ", StringComparison.Ordinal) && !l.Contains(';'));
        var fields = contentLine.Split('\t');
        var bounds = fields[1].Split(' ');
        Assert.Equal(fields[2], text[int.Parse(bounds[1])..int.Parse(bounds[2])]);
    }

    [Fact]
    public void Score_OverlapUnderThirtyPercentOfEither_NoMatch()
    {
        var text = new string('x', 200);
        var gold = new EvalAttribution([new TextSpan(0, 100)], [], []);
        var small = new EvalAttribution([new TextSpan(90, 200)], [], []);
        var scorer = new AttributionScorer();
        scorer.Add(text, [gold], [small]);
        Assert.Equal(0, scorer.All.Matched);

        var good = new EvalAttribution([new TextSpan(40, 120)], [], []);
        scorer = new AttributionScorer();
        scorer.Add(text, [gold], [good]);
        Assert.Equal(1, scorer.All.Matched);
    }

    /// <summary>Floors a little under the figures in the README (direct+mixed F1 0.945, speaker
    /// 0.939; all F1 0.832, speaker 0.927), so a change that loses attributions or speakers fails.</summary>
    [Fact]
    public void Evaluate_DevSplit_StaysAboveTheMeasuredFloors()
    {
        var result = PolnearEvaluation.Run(SharedMaterial.PolnearDev, new CoverageAnalyzer());
        Assert.Equal(84, result.Scorer.Articles);
        Assert.InRange(result.Scorer.Quoted.F1, 0.94, 1.0);
        Assert.InRange(result.Scorer.Quoted.SourceAccuracy, 0.93, 1.0);
        Assert.InRange(result.Scorer.All.F1, 0.82, 1.0);
        Assert.InRange(result.Scorer.All.SourceAccuracy, 0.92, 1.0);
        Assert.True(result.ArticlesPerSecond > 10);
    }
}
