using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Attributions;

namespace ChatBot.Coverage.Evaluation;

/// <summary>
/// Our attributions as PolNeAR counts them. PolNeAR is univocal (each word belongs to one
/// attribution), so a quoted fragment inside reported speech is not a second attribution; and it
/// annotates a split quote ("“A,” he said. “B.”") as one attribution with a discontinuous
/// content, so a continuing quote in the same paragraph is folded into the one it continues
/// (its content then runs from the first quote's start to the last one's end).
/// </summary>
public static class PolnearView
{
    public static IReadOnlyList<Attribution> Countable(AnalyzedArticle analyzed)
    {
        var result = new List<Attribution>(analyzed.Attributions.Count);
        foreach (var a in analyzed.Attributions)
        {
            if (a.IsPartial)
                continue;
            // The quote it continues may lie before a gloss in its tag ("“A,” he said, referring
            // to X, “B.”"), so the nearest direct quote, not only the item right before.
            var before = result.FindLastIndex(r => r.Kind == AttributionKind.Direct);
            if (a.Continues && before >= 0 && result[before] is var previous
                && previous.Source == a.Source && previous.Cue == a.Cue)
            {
                result[before] = previous with { Content = new TextSpan(previous.Content.Start, Math.Max(previous.Content.End, a.Content.End)) };
                continue;
            }
            result.Add(a);
        }
        return result;
    }

    public static EvalAttribution ToEval(Attribution a) => new(
        [a.Content],
        a.Source is { } s ? [s] : [],
        a.Cue is { } c ? [c] : []);

    /// <summary>Articles of a PolNeAR split folder (<c>text/*.txt</c>) with, for each, the gold
    /// file of the first annotator by name (ordinal), so no article counts twice.</summary>
    public static IEnumerable<(string Id, string TextPath, string? AnnPath)> Articles(string directory)
    {
        var textFolder = Path.Combine(directory, "text");
        var annFolder = Path.Combine(directory, "attributions");
        var annByArticle = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(annFolder))
        {
            foreach (var ann in Directory.EnumerateFiles(annFolder, "*.ann").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(ann);
                var underscore = name.LastIndexOf('_');
                var article = underscore > 0 ? name[..underscore] : name;
                annByArticle.TryAdd(article, ann);
            }
        }
        foreach (var path in Directory.EnumerateFiles(textFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(path);
            yield return (id, path, annByArticle.GetValueOrDefault(id));
        }
    }

    public static Article Parse(string id, string text) => ArticleParser.Parse(id, text);
}
