namespace ChatBot.Coverage.People;

/// <summary>
/// A capitalised phrase read as a name: "Russian President Vladimir Putin" is the person
/// "Vladimir Putin"; "the Democratic National Committee" is an organisation. <see cref="Words"/>
/// are the name's words without titles (for people) or without the article (organisations).
/// </summary>
public sealed record NameReading(NameKind Kind, IReadOnlyList<string> Words)
{
    public static readonly NameReading Nothing = new(NameKind.None, []);

    public string Name => string.Join(' ', Words);

    public static NameReading Read(IReadOnlyList<string> phrase)
    {
        var words = new List<string>(phrase.Count);
        foreach (var w in phrase)
            words.Add(StripPossessive(w));
        var hadArticle = false;
        while (words.Count > 0 && (words[0] is "the" or "The"))
        {
            words.RemoveAt(0);
            hadArticle = true;
        }
        // Sentence openers and the like before the name: "But Trump", "Asked about it, Trump".
        while (words.Count > 0 && NameWords.IsNotName(words[0]))
            words.RemoveAt(0);
        if (words.Count == 0)
            return Nothing;

        // "Charles B. Rangel of New York": the name ends where "of" follows a name word
        // ("Secretary of State John Kerry" keeps going: there "of" follows a title).
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (words[i] is "of" or "for" && !NameWords.IsTitle(words[i - 1]) && !NameWords.IsOrganisationWord(words[i - 1]))
            {
                words.RemoveRange(i, words.Count - i);
                break;
            }
        }

        // "Burr Burr" (a link box repeating the name).
        for (var i = words.Count - 1; i > 0; i--)
        {
            if (words[i] == words[i - 1])
                words.RemoveAt(i);
        }
        if (words.Count == 1 && (NameWords.IsTitle(words[0]) || IsShouted(words[0])))
            return Nothing; // "President", "Mrs", "OPINION"

        // The name is what follows the last title or organisation word: "Director of National
        // Intelligence Dan Coats" is Dan Coats. With a title in front, a name with no
        // organisation word in it is a person ("House Majority Leader Kevin McCarthy"); otherwise
        // an organisation word makes an organisation ("Democratic National Committee").
        var lastTitle = -1;
        var lastMarker = -1;
        var hasTitle = false;
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (NameWords.IsTitle(words[i]))
            {
                lastTitle = i;
                lastMarker = i;
                hasTitle = true;
            }
            else if (IsOrganisationLike(words[i]))
            {
                lastMarker = i;
            }
        }
        var organisationInTail = false;
        for (var i = lastMarker + 1; i < words.Count; i++)
            organisationInTail |= IsOrganisationLike(words[i]);
        if (hasTitle && lastMarker + 1 < words.Count && !organisationInTail)
        {
            lastTitle = lastMarker;
        }
        else
        {
            foreach (var w in words)
            {
                if (IsOrganisationLike(w))
                    return new NameReading(NameKind.Organisation, words);
            }
        }

        // Scraped link boxes glue names together: "Trump Donald John Trump". When a word comes
        // back, the second name is the full one.
        for (var i = lastTitle + 1; i < words.Count; i++)
        {
            var again = words.LastIndexOf(words[i]);
            if (again > i + 1)
            {
                words.RemoveRange(0, i + 1);
                lastTitle = -1;
                break;
            }
        }

        // The last word is always the name ("Mr. King", "Justice" alone is not a title).
        lastTitle = Math.Min(lastTitle, words.Count - 2);
        var name = new List<string>(words.Count - lastTitle - 1);
        for (var i = lastTitle + 1; i < words.Count; i++)
        {
            var w = words[i];
            if (w is "of" or "for")
                continue;
            if (!char.IsUpper(w[0]))
                return Nothing;
            name.Add(w);
        }
        // Party or title glued after a name ("Donald John Trump GOP").
        while (name.Count > 1 && (NameWords.IsTitle(name[^1]) || NameWords.IsAcronym(name[^1])))
            name.RemoveAt(name.Count - 1);
        if (name.Count == 0)
            return Nothing;
        if (name.Count == 1 && NameWords.IsTitle(name[0]))
            return Nothing; // "the US President": a title, not a name
        if (hadArticle && name.Count == 1)
            return new NameReading(NameKind.Organisation, words);
        if (name.Count > 4 || (name.Count == 1 && !LooksLikeName(name[0])))
            return Nothing;
        return new NameReading(NameKind.Person, name);
    }

    /// <summary>Acronyms are short ("FBI", "NATO", "NAACP"); a long word in capitals is shouting
    /// or a dateline ("WASHINGTON", "OPINION").</summary>
    private static bool IsOrganisationLike(string word) =>
        NameWords.IsOrganisationWord(word) || (NameWords.IsAcronym(word) && word.Length <= 7 && word is not ("U.S." or "US" or "GOP"));

    /// <summary>A lone capitalised word that cannot be a surname: an abstract noun ("Democracy",
    /// "Amendment"), a compound ("US-born"), a party and state ("D-Calif").</summary>
    private static bool LooksLikeName(string word)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["acy", "ment", "tion", "tions", "sion", "ism", "ity", "ness", "ship", "ians"])
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
                return false;
        }
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && hyphen + 1 < word.Length && (char.IsLower(word[hyphen + 1]) || hyphen == 1))
            return false;
        return true;
    }

    private static bool IsShouted(string word) => NameWords.IsAcronym(word) && word.Count(char.IsLetter) > 6;

    private static string StripPossessive(string word)
    {
        if (word.Length > 2 && (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal)))
            return word[..^2];
        if (word.Length > 1 && word[^1] is '’' or '\'')
            return word[..^1];
        return word;
    }
}
