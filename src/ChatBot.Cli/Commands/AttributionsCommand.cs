using System.CommandLine;
using System.Text.Json;
using ChatBot.Coverage;
using ChatBot.Coverage.Articles;

namespace ChatBot.Cli.Commands;

/// <summary><c>attributions DIR</c>: runs the extractor on DIR/text/*.txt and prints one JSON
/// object per attribution found. Placeholder shape; the attribution work owns it.</summary>
public static class AttributionsCommand
{
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "A folder holding text/*.txt (PolNeAR's layout)." };
        var command = new Command("attributions", "Print every attribution found, one JSON object per line.") { directory };
        command.SetAction(parse =>
        {
            var analyzer = new CoverageAnalyzer();
            var textFolder = Path.Combine(parse.GetValue(directory)!.FullName, "text");
            foreach (var path in Directory.EnumerateFiles(textFolder, "*.txt").Order(StringComparer.Ordinal))
            {
                var article = ArticleParser.Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));
                foreach (var a in analyzer.Analyze(article).Attributions)
                {
                    Console.WriteLine(JsonSerializer.Serialize(new
                    {
                        article = article.Id,
                        content = new[] { a.Content.Start, a.Content.End },
                        source = a.Source is { } s ? new[] { s.Start, s.End } : null,
                        cue = a.Cue is { } c ? new[] { c.Start, c.End } : null,
                        speaker = a.SpeakerName,
                        kind = a.Kind == Coverage.Attributions.AttributionKind.Direct ? "direct" : "reported",
                    }));
                }
            }
            return 0;
        });
        return command;
    }
}
