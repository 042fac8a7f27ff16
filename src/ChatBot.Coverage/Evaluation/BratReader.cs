using System.Globalization;
using ChatBot.Coverage.Articles;

namespace ChatBot.Coverage.Evaluation;

/// <summary>
/// Reads PolNeAR's brat standoff (<c>.ann</c>): text-bound lines <c>T3\tContent 115 290;300 310\t...</c>
/// and attribution events <c>E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1</c>
/// (or <c>Attribution-no-source:…</c>). Brat counts offsets in code points; they are converted
/// to UTF-16 against the article text so they compare with ours.
/// </summary>
public static class BratReader
{
    public static IReadOnlyList<EvalAttribution> Read(string annText, string articleText)
    {
        var toUtf16 = CodePointMap(articleText);
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var raw in annText.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
                continue;
            var fields = line.Split('\t');
            if (fields.Length < 2)
                continue;
            if (line[0] == 'T')
            {
                var typeAndSpans = fields[1];
                var space = typeAndSpans.IndexOf(' ');
                if (space < 0)
                    continue;
                var list = new List<TextSpan>();
                foreach (var part in typeAndSpans[(space + 1)..].Split(';'))
                {
                    var bounds = part.Trim().Split(' ');
                    if (bounds.Length == 2
                        && int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                        && int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
                        list.Add(new TextSpan(toUtf16(start), toUtf16(end)));
                }
                spans[fields[0]] = list;
            }
            else if (line[0] == 'E')
            {
                events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        var result = new List<EvalAttribution>(events.Count);
        foreach (var parts in events)
        {
            if (!parts[0].StartsWith("Attribution", StringComparison.Ordinal))
                continue;
            var content = new List<TextSpan>();
            var source = new List<TextSpan>();
            var cue = new List<TextSpan>();
            foreach (var part in parts.Skip(1))
            {
                var colon = part.IndexOf(':');
                if (colon < 0 || !spans.TryGetValue(part[(colon + 1)..], out var found))
                    continue;
                var role = part[..colon];
                if (role.StartsWith("Content", StringComparison.Ordinal))
                    content.AddRange(found);
                else if (role.StartsWith("Source", StringComparison.Ordinal))
                    source.AddRange(found);
                else if (role.StartsWith("Cue", StringComparison.Ordinal))
                    cue.AddRange(found);
            }
            if (content.Count > 0)
                result.Add(new EvalAttribution(content, source, cue));
        }
        return result;
    }

    /// <summary>Maps a code-point offset to a UTF-16 offset (identity when the text has no
    /// characters outside the Basic Multilingual Plane).</summary>
    private static Func<int, int> CodePointMap(string text)
    {
        if (!text.Any(char.IsSurrogate))
            return offset => offset;
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
        }
        map.Add(text.Length);
        return offset => offset < map.Count ? map[offset] : text.Length;
    }
}
