using System.CommandLine;
using ChatBot.Coverage;
using ChatBot.Coverage.Evaluation;

namespace ChatBot.Cli.Commands;

/// <summary><c>attribution-eval DIR</c>: scores the extractor against DIR/attributions/*.ann
/// (PolNeAR brat gold, the first annotator by name for each article) and prints precision,
/// recall, F1, speaker-mention and cue accuracy for direct+mixed and for all attributions,
/// and the extraction speed.</summary>
public static class AttributionEvalCommand
{
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "A folder holding text/*.txt and attributions/*.ann (PolNeAR's layout)." };
        var command = new Command("attribution-eval", "Score attribution extraction against PolNeAR gold.") { directory };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(directory)!.FullName;
            if (!Directory.Exists(Path.Combine(folder, "text")) || !Directory.Exists(Path.Combine(folder, "attributions")))
            {
                Console.Error.WriteLine($"{folder} needs text/ and attributions/ folders.");
                return 2;
            }
            var result = PolnearEvaluation.Run(folder, new CoverageAnalyzer());
            Console.WriteLine($"articles      {result.Scorer.Articles}");
            Console.WriteLine($"direct+mixed  {result.Scorer.Quoted}");
            Console.WriteLine($"all           {result.Scorer.All}");
            Console.WriteLine($"speed         {result.ArticlesPerSecond:0} articles/s extraction ({result.ExtractionTime.TotalMilliseconds:0} ms)");
            return 0;
        });
        return command;
    }
}
