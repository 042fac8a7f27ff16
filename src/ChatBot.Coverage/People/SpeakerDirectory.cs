namespace ChatBot.Coverage.People;

/// <summary>
/// The people and organisations of one article under one canonical name each. Built from every
/// name the article mentions (headline, body, quotes), so a person first called "Trump" gets
/// the full "Donald Trump" written anywhere else; titles and surnames become aliases. Not
/// thread-safe: one directory per article.
/// </summary>
public sealed class SpeakerDirectory
{
    /// <summary>Full person names (two words or more) with how often each occurs.</summary>
    private readonly Dictionary<string, (string[] Words, int Count, int Order)> _fullNames = new(StringComparer.Ordinal);

    /// <summary>Surface forms seen for each canonical name (titles included).</summary>
    private readonly Dictionary<string, (bool Organisation, SortedSet<string> Aliases)> _speakers = new(StringComparer.Ordinal);

    private readonly List<(IReadOnlyList<string> Phrase, NameReading Reading)> _mentions = [];

    /// <summary>Single-word person mentions ("Trump"): the mention numbers where they occur.</summary>
    private readonly Dictionary<string, List<int>> _lone = new(StringComparer.Ordinal);

    /// <summary>Canonical names already worked out, by reading. Valid once all mentions are
    /// added: <see cref="AddMention"/> clears it.</summary>
    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);

    /// <summary>Notes a capitalised phrase the article contains.</summary>
    public void AddMention(IReadOnlyList<string> phrase)
    {
        var reading = NameReading.Read(phrase);
        if (reading.Kind == NameKind.None)
            return;
        _mentions.Add((phrase, reading));
        _canonical.Clear();
        if (reading.Kind == NameKind.Person && phrase.Any(NameWords.IsTitle))
            _titled.Add(reading.Words[^1]);
        if (reading.Kind == NameKind.Person && reading.Words.Count == 1)
        {
            var word = reading.Words[0];
            if (!_lone.TryGetValue(word, out var positions))
                _lone[word] = positions = [];
            positions.Add(_mentions.Count);
        }
        if (reading.Kind == NameKind.Person && reading.Words.Count >= 2)
        {
            var key = FullKey(reading.Words);
            _fullNames[key] = _fullNames.TryGetValue(key, out var seen)
                ? (seen.Words, seen.Count + 1, seen.Order)
                : (reading.Words.ToArray(), 1, _mentions.Count);
        }
    }

    /// <summary>The canonical name a reading stands for: a full person name, the full name a
    /// surname or first name belongs to, or the organisation's name.</summary>
    public string Canonical(NameReading reading)
    {
        var key = reading.Kind == NameKind.Organisation ? "O:" + reading.Name : reading.Name;
        if (_canonical.TryGetValue(key, out var cached))
            return cached;
        var canonical = Resolve(reading);
        _canonical[key] = canonical;
        return canonical;
    }

    private string Resolve(NameReading reading)
    {
        if (reading.Kind == NameKind.Organisation)
            return reading.Name;
        if (reading.Words.Count >= 2)
        {
            return _fullNames.TryGetValue(FullKey(reading.Words), out var full)
                ? CanonicalForm(full.Words)
                : CanonicalForm(reading.Words);
        }
        var word = reading.Words[0];
        var lone = _lone.GetValueOrDefault(word);
        string? best = null;
        var bestScore = (-1, int.MaxValue);
        foreach (var (_, full) in _fullNames)
        {
            var last = LastName(full.Words);
            // A first name alone ("Hillary") finds its full name, but not a word the article
            // uses alone again and again: that is a surname ("Trump" is not "Trump Doctrine").
            var firstNameMatch = full.Words[0] == word && (lone is null || lone.Count < 3);
            if (last != word && !firstNameMatch)
                continue;
            // News names a person in full early and by surname after. A full name that first
            // comes after several lone mentions is someone else of that name ("Trump" throughout,
            // "Melania Trump" later): then the surname stays as it is.
            if (lone is not null && lone.Count(position => position < full.Order) >= 3)
                continue;
            // A surname beats a first name; then the most mentioned; then the first seen.
            var score = ((last == word ? 1000 : 0) + full.Count, full.Order);
            if (score.Item1 > bestScore.Item1 || (score.Item1 == bestScore.Item1 && score.Order < bestScore.Item2))
            {
                bestScore = score;
                best = CanonicalForm(full.Words);
            }
        }
        return best ?? KnownBySurname(word) ?? word;
    }

    /// <summary>People known from other articles (canonical full names), used only for a surname
    /// this article never completes itself, and only when exactly one known person has it.</summary>
    private readonly IReadOnlyCollection<string> _known;

    public SpeakerDirectory(IReadOnlyCollection<string>? knownPeople = null) => _known = knownPeople ?? [];

    private string? KnownBySurname(string word)
    {
        string? found = null;
        foreach (var name in _known)
        {
            var words = name.Split(' ');
            if (words.Length < 2 || LastName(words) != word)
                continue;
            if (found is not null && found != name)
                return null; // two known people share the surname: leave it as it is
            found = name;
        }
        return found;
    }

    private readonly HashSet<string> _titled = new(StringComparer.Ordinal);

    /// <summary>Whether the word is a person's name for sure: written after a title ("President
    /// Trump") or as the surname of a full name.</summary>
    public bool IsSurely(string word) =>
        _titled.Contains(word) || _fullNames.Values.Any(full => LastName(full.Words) == word);

    /// <summary>Whether the body names this person or organisation too: a title-case headline
    /// capitalises every word, so only names the body confirms are trusted there.</summary>
    public bool IsKnown(NameReading reading)
    {
        if (reading.Kind == NameKind.Organisation)
            return _mentions.Any(m => m.Reading.Kind == NameKind.Organisation && m.Reading.Name == reading.Name);
        if (reading.Words.Count >= 2)
            return _fullNames.ContainsKey(FullKey(reading.Words));
        return _lone.ContainsKey(reading.Words[0]) || Canonical(reading).Contains(' ');
    }

    /// <summary>How often a word is used alone as a person's name ("Trump").</summary>
    public int LoneCount(string word) => _lone.TryGetValue(word, out var positions) ? positions.Count : 0;

    /// <summary>Resolves a mention to its speaker's canonical name and remembers it as a speaker.</summary>
    public string Register(NameReading reading)
    {
        var canonical = Canonical(reading);
        if (!_speakers.ContainsKey(canonical))
            _speakers[canonical] = (reading.Kind == NameKind.Organisation, new SortedSet<string>(StringComparer.Ordinal));
        return canonical;
    }

    /// <summary>The speakers registered, each with its aliases: the surname and every titled
    /// form the article uses ("President Trump", "President Donald Trump").</summary>
    public IReadOnlyList<Speaker> Speakers()
    {
        foreach (var (phrase, reading) in _mentions)
        {
            var canonical = Canonical(reading);
            if (!_speakers.TryGetValue(canonical, out var entry))
                continue;
            var surface = string.Join(' ', phrase.SkipWhile(w => w is "the" or "The" || NameWords.IsNotName(w)).Select(StripPossessive));
            if (surface.Length > 0 && surface != canonical)
                entry.Aliases.Add(surface);
        }
        var speakers = new List<Speaker>(_speakers.Count);
        foreach (var (canonical, entry) in _speakers)
        {
            if (!entry.Organisation)
            {
                var words = canonical.Split(' ');
                if (words.Length >= 2)
                    entry.Aliases.Add(LastName(words));
            }
            entry.Aliases.Remove(canonical);
            speakers.Add(new Speaker(canonical, entry.Aliases.ToArray(), entry.Organisation));
        }
        return speakers;
    }

    /// <summary>First name, initials, surname and suffix: "Donald John Trump" is "Donald Trump",
    /// "John F. Kennedy" keeps its initial.</summary>
    private static string CanonicalForm(IReadOnlyList<string> words)
    {
        if (words.Count <= 2)
            return string.Join(' ', words);
        var kept = new List<string>(words.Count) { words[0] };
        for (var i = 1; i < words.Count - 1; i++)
        {
            var w = words[i];
            var initial = (w.Length == 2 && w[1] == '.') || w.Length == 1;
            var suffixFollows = i == words.Count - 2 && words[^1] is "Jr." or "Sr." or "Jr" or "Sr" or "II" or "III";
            if (initial || suffixFollows)
                kept.Add(w);
        }
        kept.Add(words[^1]);
        return string.Join(' ', kept);
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;

    /// <summary>First and last name, so "Donald J. Trump" and "Donald Trump" are one person.</summary>
    private static string FullKey(IReadOnlyList<string> words) => words[0] + " " + LastName(words);

    private static string LastName(IReadOnlyList<string> words)
    {
        var last = words.Count - 1;
        while (last > 0 && words[last] is "Jr." or "Sr." or "Jr" or "Sr" or "II" or "III")
            last--;
        return words[last];
    }
}
