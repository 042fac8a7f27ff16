using System.CommandLine;
using System.Text.Json;
using ChatBot.Coverage;
using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Attributions;
using ChatBot.Coverage.Evaluation;

namespace ChatBot.Cli.Commands;

/// <summary><c>attributions DIR</c>: runs the extractor on DIR/text/*.txt and prints one JSON
/// object per attribution: article (file name without .txt), content/source/cue as [start, end)
/// UTF-16 offsets into the file's text as read, speaker, kind. Nothing else goes to stdout.</summary>
public static class AttributionsCommand
{
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "A folder holding text/*.txt (PolNeAR's layout)." };
        var command = new Command("attributions", "Print every attribution found, one JSON object per line.") { directory };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(directory)!.FullName;
            if (!Directory.Exists(Path.Combine(folder, "text")))
            {
                Console.Error.WriteLine($"No text/ folder in {folder}.");
                return 2;
            }
            var analyzer = new CoverageAnalyzer();
            using var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
            foreach (var (id, textPath, _) in PolnearView.Articles(folder))
            {
                var text = File.ReadAllText(textPath);
                AnalyzedArticle analyzed;
                try
                {
                    analyzed = analyzer.Analyze(PolnearView.Parse(id, text));
                }
                catch (InvalidArticleException e)
                {
                    // One unreadable article must not stop the rest; stdout stays JSON only.
                    Console.Error.WriteLine(e.Message);
                    continue;
                }
                foreach (var a in PolnearView.Countable(analyzed))
                {
                    stdout.WriteLine(JsonSerializer.Serialize(new
                    {
                        article = id,
                        content = new[] { a.Content.Start, a.Content.End },
                        source = a.Source is { } s ? new[] { s.Start, s.End } : null,
                        cue = a.Cue is { } c ? new[] { c.Start, c.End } : null,
                        speaker = a.SpeakerName,
                        kind = a.Kind == AttributionKind.Direct ? "direct" : "reported",
                    }));
                }
            }
            return 0;
        });
        return command;
    }
}
