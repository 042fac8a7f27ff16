using ChatBot.Search.Indexing;

namespace ChatBot.Answering.Questions;

/// <summary>
/// What the coverage knows that questions refer to: the people quoted (to resolve "Putin" or a
/// misspelt "puttin" to "Vladimir Putin"), the outlets (for "according to Fox News") and the
/// span of publication dates (for "last week"). Built from the index after each commit.
/// </summary>
public sealed partial class CoverageCatalog
{
    private readonly IReadOnlyList<(string Name, int Sentences, IReadOnlyList<string> Aliases)> _speakers;

    public CoverageCatalog(IReadOnlyList<(string Name, int Sentences)> speakers, IReadOnlyList<string> outlets, DateOnly? latestDate, IndexStatistics statistics)
    {
        _speakers = speakers.Select(s => (s.Name, s.Sentences, SpeakerNames.AliasesOf(s.Name))).ToList();
        Outlets = outlets;
        OutletForms = OutletNamesOf(outlets);
        LatestDate = latestDate;
        Statistics = statistics;
    }

    public static CoverageCatalog Empty { get; } = new([], [], null, new IndexStatistics(0, 0, 0));

    /// <summary>Quoted people and organisations, most quoted first.</summary>
    public IEnumerable<string> Speakers => _speakers.Select(s => s.Name);

    /// <summary>The quoted people named in full (first and last name), most quoted first: the
    /// ones a question can name the way a reader would.</summary>
    public IEnumerable<string> PeopleNamedInFull => Speakers.Where(s => s.Contains(' ', StringComparison.Ordinal));

    public IReadOnlyList<string> Outlets { get; }

    /// <summary>The ways a question may name an outlet, longest first, each with the outlets
    /// it stands for: the full name, and the brand without "The", section suffixes such as
    /// " - Editorial" or " (Web News)", and words like "online".</summary>
    public IReadOnlyList<(string Form, string Display, IReadOnlyList<string> Outlets)> OutletForms { get; }

    private static List<(string Form, string Display, IReadOnlyList<string> Outlets)> OutletNamesOf(IReadOnlyList<string> outlets)
    {
        var forms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var outlet in outlets)
        {
            // "The" is left out of every form, so "the New York Times" finds "New York Times - News" too.
            var brand = TextNormalizer.Key(OutletSuffix().Replace(outlet, "")).Split(' ').Where(w => w != "the").ToList();
            var plain = brand.Where(w => w is not ("online" or "web")).ToList();
            foreach (var form in new[] { string.Join(' ', brand), string.Join(' ', plain) }.Distinct())
            {
                if (form.Length < 3)
                    continue;
                if (!forms.TryGetValue(form, out var list))
                    forms[form] = list = [];
                if (!list.Contains(outlet))
                    list.Add(outlet);
            }
        }
        // A brand form stands for every outlet whose brand it is.
        return forms.OrderByDescending(f => f.Key.Length)
            .Select(f => (f.Key, f.Value.Select(o => OutletSuffix().Replace(o, "")).MinBy(o => o.Length)!, (IReadOnlyList<string>)f.Value))
            .ToList();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*(?:\([^)]*\)|\s-\s.*)$")]
    private static partial System.Text.RegularExpressions.Regex OutletSuffix();

    public DateOnly? LatestDate { get; }

    public IndexStatistics Statistics { get; }

    /// <summary>
    /// The canonical speakers a mention refers to. Articles name people differently, so one
    /// person may be indexed as "Chuck Schumer" in one article and "Schumer" in another: both
    /// are returned. An exact alias wins (full name, surname, first and last name); else the
    /// surname alone; else names within a small edit distance ("puttin"). When several people
    /// share a surname ("Trump"), the most quoted is meant unless the first name says otherwise.
    /// </summary>
    public IReadOnlyList<string> Resolve(string mention)
    {
        var words = TextNormalizer.Words(mention).ToList();
        while (words.Count > 1 && SpeakerNames.Titles.Contains(words[0]))
            words.RemoveAt(0);
        if (words.Count > 0 && words[^1] == "s")
            words.RemoveAt(words.Count - 1);
        if (words.Count == 0)
            return [];
        var wanted = string.Join(' ', words);

        var exact = _speakers.Where(s => s.Aliases.Contains(wanted)).ToList();
        if (exact.Count > 0)
            return WithSurnameOnlyEntries(exact);

        // "Maxine Waters" when an article only ever called her "Waters".
        if (words.Count > 1)
        {
            var bySurname = _speakers.Where(s => s.Aliases.Count == 1 && s.Aliases[0] == words[^1]).ToList();
            if (bySurname.Count > 0)
                return bySurname.Select(s => s.Name).ToList();
        }

        var best = int.MaxValue;
        var matches = new List<(string Name, int Sentences, IReadOnlyList<string> Aliases)>();
        foreach (var speaker in _speakers)
        {
            foreach (var alias in speaker.Aliases)
            {
                // A misspelt full name ("Nikki Hailey") is compared in full with full names, and
                // by its surname with people an article named only by surname ("Haley").
                var candidate = speaker.Aliases.Count == 1 && words.Count > 1 ? words[^1] : wanted;
                var allowed = EditDistance.Allowed(Math.Min(alias.Length, candidate.Length));
                if (allowed == 0)
                    continue;
                var distance = EditDistance.Between(candidate, alias, allowed);
                if (distance > allowed || distance > best)
                    continue;
                if (distance < best)
                {
                    best = distance;
                    matches.Clear();
                }
                if (!matches.Contains(speaker))
                    matches.Add(speaker);
            }
        }
        return matches.Count == 0 ? [] : WithSurnameOnlyEntries(matches);
    }

    /// <summary>The most quoted full name among the matches, with every entry that is only a
    /// surname of it ("Schumer" beside "Chuck Schumer").</summary>
    private List<string> WithSurnameOnlyEntries(List<(string Name, int Sentences, IReadOnlyList<string> Aliases)> matches)
    {
        var full = matches.FirstOrDefault(m => m.Aliases.Count > 1);
        var primary = full.Name ?? matches[0].Name;
        var surname = (full.Name is null ? matches[0].Aliases : full.Aliases)[^1];
        var names = new List<string> { primary };
        // A bare "Trump" in some article most likely means the most quoted Trump, not Melania.
        var mostQuotedWithSurname = _speakers.FirstOrDefault(s => s.Aliases.Count > 1 && s.Aliases[^1] == surname).Name;
        if (mostQuotedWithSurname is null || mostQuotedWithSurname == primary)
            names.AddRange(_speakers.Where(s => s.Aliases.Count == 1 && s.Aliases[0] == surname && s.Name != primary).Select(s => s.Name));
        return names;
    }

    /// <summary>Known speakers whose full name or surname stands in the text, with the words
    /// that named them; used when a question names someone outside the usual patterns.</summary>
    public IEnumerable<(string Speaker, string Mention)> FindMentions(string text)
    {
        var normalized = " " + TextNormalizer.Key(text) + " ";
        foreach (var speaker in _speakers)
        {
            foreach (var alias in speaker.Aliases)
            {
                if (normalized.Contains(" " + alias + " ", StringComparison.Ordinal))
                {
                    yield return (speaker.Name, alias);
                    break;
                }
            }
        }
    }
}
