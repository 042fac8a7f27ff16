using System.Diagnostics;

namespace ChatBot.Coverage.Evaluation;

/// <summary>Runs the extractor over a PolNeAR split folder and scores it against the gold
/// of one annotator per article. Extraction time is measured apart from reading and scoring.</summary>
public sealed record PolnearEvaluation(AttributionScorer Scorer, TimeSpan ExtractionTime)
{
    public double ArticlesPerSecond => ExtractionTime.TotalSeconds <= 0 ? 0 : Scorer.Articles / ExtractionTime.TotalSeconds;

    public static PolnearEvaluation Run(string directory, CoverageAnalyzer analyzer)
    {
        var scorer = new AttributionScorer();
        var clock = new Stopwatch();
        // One untimed article first, so the speed measures extraction rather than start-up (JIT,
        // ICU's rule tables).
        if (PolnearView.Articles(directory).FirstOrDefault() is { TextPath: { } warmUp } first)
            analyzer.Analyze(PolnearView.Parse(first.Id, File.ReadAllText(warmUp)));
        foreach (var (id, textPath, annPath) in PolnearView.Articles(directory))
        {
            if (annPath is null)
                continue;
            var text = File.ReadAllText(textPath);
            var gold = BratReader.Read(File.ReadAllText(annPath), text);
            List<EvalAttribution> system;
            try
            {
                clock.Start();
                var analyzed = analyzer.Analyze(PolnearView.Parse(id, text));
                clock.Stop();
                system = PolnearView.Scored(analyzed).ToList();
            }
            catch (Articles.InvalidArticleException)
            {
                // An empty article scores as finding nothing: its gold still counts.
                clock.Stop();
                system = [];
            }
            scorer.Add(text, gold, system);
        }
        return new PolnearEvaluation(scorer, clock.Elapsed);
    }
}
