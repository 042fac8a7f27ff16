using System.Text;
using System.Text.Json;
using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Attributions;
using ChatBot.TestSupport;

namespace ChatBot.Coverage.Tests.Attributions;

/// <summary>Measures the extractor against the seed article's gold quotes
/// (../shared/eval/seed-attribution.jsonl): every gold row must be found with its speaker, kind
/// and paragraph.</summary>
public class SeedAttributionTests
{
    private sealed record Gold(string Article, int Paragraph, string Kind, string Speaker, string Quote);

    [Fact]
    public void Analyze_SeedArticle_FindsEveryGoldQuoteWithSpeakerKindAndParagraph()
    {
        var gold = File.ReadLines(Path.Combine(SharedMaterial.Eval, "seed-attribution.jsonl"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<Gold>(l, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!)
            .ToList();
        Assert.NotEmpty(gold);

        var analyzer = new CoverageAnalyzer();
        var missing = new StringBuilder();
        foreach (var group in gold.GroupBy(g => g.Article))
        {
            var path = Path.Combine(SharedMaterial.Seeds, group.Key);
            var analyzed = analyzer.Analyze(ArticleParser.Parse(group.Key, File.ReadAllText(path)));
            foreach (var row in group)
            {
                var kind = row.Kind == "direct" ? AttributionKind.Direct : AttributionKind.Reported;
                var wanted = Normalise(row.Quote);
                var found = analyzed.Attributions.Any(a =>
                    a.Kind == kind && a.Paragraph == row.Paragraph && a.SpeakerName == row.Speaker && Normalise(a.Quote).Contains(wanted, StringComparison.Ordinal));
                if (!found)
                    missing.AppendLine($"missing: p{row.Paragraph} {row.Kind} {row.Speaker}: {row.Quote}");
            }
            if (missing.Length > 0)
            {
                foreach (var a in analyzed.Attributions)
                    missing.AppendLine($"  have: p{a.Paragraph} {a.Kind} {a.SpeakerName ?? "-"} [{(a.Source is { } s ? analyzed.Article.TextOf(s) : "")}] {a.Quote}");
            }
        }
        Assert.True(missing.Length == 0, missing.ToString());
    }

    /// <summary>Curly quotes to straight, runs of whitespace to one space.</summary>
    internal static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            var d = c switch
            {
                '“' or '”' => '"',
                '‘' or '’' => '\'',
                _ => c,
            };
            if (char.IsWhiteSpace(d))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(d);
        }
        return builder.ToString();
    }
}
