namespace ChatBot.Coverage.Evaluation;

/// <summary>
/// Scores system attributions against gold, article by article. A system attribution matches a
/// gold one when their contents overlap by at least 30% of each one's length; matching is
/// one-to-one, greedy by overlap. On matched pairs, the speaker mention is right when the source
/// spans overlap (or neither has one) and the cue is right when the cue spans overlap. The
/// direct+mixed slice keeps gold and system attributions whose content holds quotation marks.
/// </summary>
public sealed class AttributionScorer
{
    public const double MinOverlap = 0.3;

    public ScoreLine Quoted { get; } = new();

    public ScoreLine All { get; } = new();

    public int Articles { get; private set; }

    public void Add(string text, IReadOnlyList<EvalAttribution> gold, IReadOnlyList<EvalAttribution> system)
    {
        Articles++;
        Score(All, gold, system);
        Score(Quoted, gold.Where(g => g.IsQuoted(text)).ToList(), system.Where(s => s.IsQuoted(text)).ToList());
    }

    private static void Score(ScoreLine line, IReadOnlyList<EvalAttribution> gold, IReadOnlyList<EvalAttribution> system)
    {
        line.Gold += gold.Count;
        line.System += system.Count;
        var pairs = new List<(int Overlap, int Gold, int System)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var s = 0; s < system.Count; s++)
            {
                var overlap = EvalAttribution.Overlap(gold[g].Content, system[s].Content);
                if (overlap > 0 && overlap >= MinOverlap * gold[g].ContentLength && overlap >= MinOverlap * system[s].ContentLength)
                    pairs.Add((overlap, g, s));
            }
        }
        pairs.Sort((a, b) => b.Overlap != a.Overlap ? b.Overlap.CompareTo(a.Overlap) : (a.Gold, a.System).CompareTo((b.Gold, b.System)));
        var goldUsed = new bool[gold.Count];
        var systemUsed = new bool[system.Count];
        foreach (var (_, g, s) in pairs)
        {
            if (goldUsed[g] || systemUsed[s])
                continue;
            goldUsed[g] = systemUsed[s] = true;
            line.Matched++;
            var goldSource = gold[g].Source;
            var systemSource = system[s].Source;
            if ((goldSource.Count == 0 && systemSource.Count == 0) || EvalAttribution.Overlap(goldSource, systemSource) > 0)
                line.SourceCorrect++;
            if ((gold[g].Cue.Count == 0 && system[s].Cue.Count == 0) || EvalAttribution.Overlap(gold[g].Cue, system[s].Cue) > 0)
                line.CueCorrect++;
        }
    }
}
