using ChatBot.Coverage.Attributions;

namespace ChatBot.Coverage.People;

/// <summary>
/// Gives each attribution its speaker. Names resolve through the article's
/// <see cref="SpeakerDirectory"/>; "he"/"she" resolve to the person most recently in focus,
/// where focus is what a reader tracks: the subject of a sentence or the speaker of an
/// attribution, outside quotation marks (a name inside a quote is the speaker's words, and a
/// name in passing, like "Robert Mueller's probe", is not who "he" means next). Where the
/// evidence is thin (a lone capitalised word opening a sentence, a pronoun paragraphs away from
/// any named person, capitals in a title-case headline) the speaker stays null: a wrong speaker
/// is worse than none.
/// </summary>
internal static class SpeakerResolver
{
    /// <summary>Lines a pronoun may look back for its person: three paragraphs when paragraphs
    /// are separated by blank lines, six when by single line breaks.</summary>
    private const int MaxPronounReach = 6;

    public static IReadOnlyList<Speaker> Resolve(ArticleDocument doc, List<AttributionDraft> drafts, IReadOnlyCollection<string>? knownPeople = null)
    {
        var directory = BuildDirectory(doc, knownPeople);
        var places = Places(doc);
        List<(int Position, string Role, NameReading Person)>? roles = null;
        HashSet<string>? sharedRoles = null;

        var events = new List<(int Position, int Order, AttributionDraft? Draft, NameReading? Subject)>();
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var subject = SubjectFinder.Find(doc, doc.SentenceFirst[s], doc.SentenceFirst[s + 1]);
            if (subject is { Form: SourceForm.Name })
            {
                var reading = NameReading.Read(SourceFinder.Words(doc, subject.NameFirst, subject.NameLast));
                // "Night fell.": a lone sentence-opening word is no person to refer back to.
                var lone = reading.Words.Count == 1 && subject.NameFirst == doc.SentenceFirst[s]
                    && !doc.IsCapitalisedMidSentence(reading.Words[0]) && !directory.Canonical(reading).Contains(' ');
                if (reading.Kind == NameKind.Person && !lone)
                    events.Add((doc.Tokens[subject.First].Span.Start, 0, null, reading));
            }
        }
        foreach (var draft in drafts)
        {
            if (draft.SourceFrom is null && draft.Source is { } source)
                events.Add((doc.Tokens[source.First].Span.Start, 1, draft, null));
        }
        events.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Order.CompareTo(b.Order));

        NameReading? focus = null;
        var focusParagraph = 0;
        foreach (var (position, _, draft, subject) in events)
        {
            // A pronoun reaches back a few paragraphs at most; beyond that a reader has lost
            // the thread too, and no speaker is better than a guessed one.
            var paragraph = doc.LineAt(position);
            if (focus is not null && paragraph - focusParagraph > MaxPronounReach)
                focus = null;
            if (subject is not null)
            {
                focus = subject;
                focusParagraph = paragraph;
                continue;
            }
            var source = draft!.Source!;
            switch (source.Form)
            {
                case SourceForm.Name:
                    var reading = NameReading.Read(draft.NameWords ?? SourceFinder.Words(doc, source.NameFirst, source.NameLast));
                    if (reading.Kind == NameKind.None)
                        break;
                    if (doc.HeadlineInTitleCase && doc.IsHeadline(source.First) && !directory.IsKnown(reading))
                        break; // "Trump Refuses To Condemn ...": capitals in a headline prove nothing
                    // A lone capitalised word opening a sentence ("Tens", "Rather") is no evidence
                    // of a name unless the article also capitalises it mid-sentence or names the
                    // person in full. A wrong speaker is worse than none.
                    if (draft.NameWords is null && reading.Words.Count == 1 && doc.SentenceStart(source.NameFirst) == source.NameFirst
                        && !doc.IsCapitalisedMidSentence(reading.Words[0]) && !directory.Canonical(reading).Contains(' '))
                        break;
                    // "Trump allies", "Trump Putin": a surname used alone elsewhere, then another
                    // word, is not a person's two-word name.
                    if (reading.Kind == NameKind.Person && reading.Words.Count == 2 && directory.LoneCount(reading.Words[0]) >= 2)
                        break;
                    // "MORE" in a scraped link box: a word in capitals that the article also
                    // writes in lower case is shouting, not an acronym.
                    if (reading.Kind == NameKind.Organisation && reading.Words.Count == 1 && NameWords.IsAcronym(reading.Words[0])
                        && doc.Text.Contains(" " + reading.Words[0].ToLowerInvariant() + " ", StringComparison.Ordinal))
                        break;
                    // "Russia said", "Washington has said": a place the article is "in" speaks as
                    // an institution, not a person.
                    if (reading.Kind == NameKind.Person && reading.Words.Count == 1 && places.Contains(reading.Words[0])
                        && !directory.IsSurely(reading.Words[0]))
                        reading = reading with { Kind = NameKind.Organisation };
                    draft.SpeakerName = directory.Register(reading);
                    draft.SpeakerIsOrganisation = reading.Kind == NameKind.Organisation;
                    if (reading.Kind == NameKind.Person)
                    {
                        focus = reading;
                        focusParagraph = paragraph;
                    }
                    break;
                case SourceForm.Pronoun when focus is not null && IsPersonalPronoun(doc.Word(source.First)):
                    draft.SpeakerName = directory.Register(focus);
                    focusParagraph = paragraph;
                    break;
                case SourceForm.Unnamed when DefiniteRole(doc, source) is { } role:
                    // "the president said": the person the article titled so last ("President
                    // Barack Obama"), outside quotation marks.
                    roles ??= TitledPeople(doc);
                    NameReading? titled = null;
                    foreach (var (at, r, person) in roles)
                    {
                        if (at >= position)
                            break;
                        if (r == role)
                            titled = person;
                    }
                    // Two people given the title anywhere in the article ("President Trump",
                    // "Russian President Vladimir Putin"): "the president" could be either, and
                    // no name is better than a wrong one.
                    sharedRoles ??= RolesOfSeveralPeople(doc);
                    if (titled is null || sharedRoles.Contains(role))
                        break;
                    draft.SpeakerName = directory.Register(titled);
                    focus = titled;
                    focusParagraph = paragraph;
                    break;
            }
        }

        foreach (var draft in drafts)
        {
            var from = draft.SourceFrom;
            for (var hops = 0; from is not null && from.SourceFrom is not null && hops < 50; hops++)
                from = from.SourceFrom;
            if (from is not null)
            {
                draft.SpeakerName = from.SpeakerName;
                draft.SpeakerIsOrganisation = from.SpeakerIsOrganisation;
            }
        }
        return directory.Speakers();
    }

    /// <summary>Roles that stand for one person when definite: "the president", "the senator".</summary>
    private static readonly Dictionary<string, string> Roles = new(StringComparer.Ordinal)
    {
        ["president"] = "president", ["President"] = "president", ["Pres."] = "president",
        ["senator"] = "senator", ["Senator"] = "senator", ["Sen."] = "senator",
        ["governor"] = "governor", ["Governor"] = "governor", ["Gov."] = "governor",
        ["congressman"] = "congressman", ["Congressman"] = "congressman", ["Rep."] = "congressman",
        ["congresswoman"] = "congresswoman", ["Congresswoman"] = "congresswoman",
        ["mayor"] = "mayor", ["Mayor"] = "mayor", ["secretary"] = "secretary", ["Secretary"] = "secretary",
        ["nominee"] = "nominee", ["candidate"] = "candidate", ["chancellor"] = "chancellor", ["Chancellor"] = "chancellor",
        ["minister"] = "minister", ["Minister"] = "minister", ["speaker"] = "speaker", ["Speaker"] = "speaker",
        ["chairman"] = "chairman", ["Chairman"] = "chairman", ["chairwoman"] = "chairwoman", ["Chairwoman"] = "chairwoman",
        ["judge"] = "judge", ["Judge"] = "judge", ["ambassador"] = "ambassador", ["Ambassador"] = "ambassador",
        ["sheriff"] = "sheriff", ["Sheriff"] = "sheriff",
    };

    /// <summary>"the president", "the Republican nominee", "the former secretary": a short
    /// definite phrase whose head is a role.</summary>
    private static string? DefiniteRole(ArticleDocument doc, SourcePhrase source)
    {
        if (source.Last - source.First > 3 || !(doc.IsWordAt(source.First, "the") || doc.IsWordAt(source.First, "The")))
            return null;
        return Roles.TryGetValue(doc.Word(source.Last), out var role) && char.IsLower(doc.Word(source.Last)[0]) ? role : null;
    }

    /// <summary>People named right after a role outside quotation marks ("President Barack
    /// Obama", "Republican nominee Donald Trump"), in text order.</summary>
    private static List<(int Position, string Role, NameReading Person)> TitledPeople(ArticleDocument doc)
    {
        var result = new List<(int, string, NameReading)>();
        var tokens = doc.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || tokens[i].InQuote || !Roles.TryGetValue(tokens[i].Text, out var role))
                continue;
            var next = i + 1;
            if (!tokens[next].IsCapitalized || tokens[next].InQuote || doc.SentenceOf(next) != doc.SentenceOf(i))
                continue;
            var end = SourceFinder.CapitalRunEnd(doc, next, doc.SentenceEnd(i));
            var reading = NameReading.Read(SourceFinder.Words(doc, next, end));
            if (reading.Kind == NameKind.Person)
                result.Add((tokens[i].Span.Start, role, reading));
            i = end;
        }
        return result;
    }

    /// <summary>The roles the article puts before the names of two different people, quoted
    /// text included: "President Trump" and "President Vladimir Putin" (no shared word), unlike
    /// "President Barack Obama" and "President Obama".</summary>
    private static HashSet<string> RolesOfSeveralPeople(ArticleDocument doc)
    {
        var named = new Dictionary<string, List<HashSet<string>>>(StringComparer.Ordinal);
        var tokens = doc.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !Roles.TryGetValue(tokens[i].Text, out var role)
                || !tokens[i + 1].IsCapitalized || doc.SentenceOf(i + 1) != doc.SentenceOf(i))
                continue;
            var end = SourceFinder.CapitalRunEnd(doc, i + 1, doc.SentenceEnd(i));
            var words = SourceFinder.Words(doc, i + 1, end).ToHashSet(StringComparer.Ordinal);
            if (!named.TryGetValue(role, out var people))
                named[role] = people = [];
            if (!people.Any(p => p.Overlaps(words)))
                people.Add(words);
            i = end;
        }
        return named.Where(r => r.Value.Count > 1).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>"he", "She", "he’s": the pronouns that stand for one person.</summary>
    private static bool IsPersonalPronoun(string word)
    {
        var stem = word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
        // "his claim that ...": the possessive holder of a stance noun is a pronoun source too.
        return stem is "he" or "He" or "she" or "She" or "his" or "His" or "her" or "Her";
    }

    /// <summary>Capitalised words the article puts a place preposition before ("in Helsinki").</summary>
    private static HashSet<string> Places(ArticleDocument doc)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        var tokens = doc.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].IsCapitalized && !tokens[i].IsPossessive && tokens[i - 1].IsWord
                && tokens[i - 1].Text is "in" or "across" or "into" or "throughout" or "within" or "near")
                places.Add(tokens[i].Text);
        }
        return places;
    }

    /// <summary>Every capitalised phrase in the article, quotes included, so full names written
    /// anywhere complete surnames used elsewhere. A headline in title case is left out: there
    /// every word is capitalised and the phrases are not names.</summary>
    private static SpeakerDirectory BuildDirectory(ArticleDocument doc, IReadOnlyCollection<string>? knownPeople)
    {
        var directory = new SpeakerDirectory(knownPeople);
        var tokens = doc.Tokens;
        for (var s = doc.HeadlineInTitleCase ? 1 : 0; s < doc.SentenceCount; s++)
        {
            var end = doc.SentenceFirst[s + 1];
            for (var i = doc.SentenceFirst[s]; i < end; i++)
            {
                if (!tokens[i].IsCapitalized)
                    continue;
                var last = SourceFinder.CapitalRunEnd(doc, i, end);
                directory.AddMention(SourceFinder.Words(doc, i, last));
                i = last;
            }
        }
        return directory;
    }
}
