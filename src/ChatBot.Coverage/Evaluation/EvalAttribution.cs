using ChatBot.Coverage.Articles;

namespace ChatBot.Coverage.Evaluation;

/// <summary>
/// One attribution as the scorer sees it, gold or system: content spans (gold content can be
/// discontinuous), source spans (none when unnamed in the text) and cue spans, in UTF-16 offsets.
/// </summary>
public sealed record EvalAttribution(IReadOnlyList<TextSpan> Content, IReadOnlyList<TextSpan> Source, IReadOnlyList<TextSpan> Cue)
{
    public int ContentLength => Content.Sum(s => s.Length);

    /// <summary>Direct or mixed: the content holds quotation marks (PolNeAR's quote_form is
    /// "indirect" exactly when it has none).</summary>
    public bool IsQuoted(string text) => Content.Any(s => text.AsSpan(s.Start, s.Length).IndexOfAny("\"“”") >= 0);

    /// <summary>Characters shared by two sets of spans.</summary>
    public static int Overlap(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b)
    {
        var total = 0;
        foreach (var x in a)
        {
            foreach (var y in b)
                total += Math.Max(0, Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start));
        }
        return total;
    }
}
