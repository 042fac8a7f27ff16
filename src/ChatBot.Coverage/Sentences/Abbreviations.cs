namespace ChatBot.Coverage.Sentences;

/// <summary>
/// Abbreviations that end in a period without ending the sentence. ICU breaks after
/// "Mr." or "Sen." before a capital, which cuts names in two; these lists undo that.
/// </summary>
public static class Abbreviations
{
    /// <summary>Always followed by more of the same sentence (titles, name parts).</summary>
    private static readonly HashSet<string> NeverFinal = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Govs.", "Gen.", "Lt.", "Col.",
        "Sgt.", "Capt.", "Cmdr.", "Adm.", "Maj.", "Cpl.", "Pvt.", "Prof.", "Rev.", "Hon.", "Pres.", "Supt.",
        "Atty.", "Amb.", "St.", "Mt.", "Ft.", "Sec.", "Gens.", "Messrs.", "vs.", "v.", "No.", "Nos.", "Vol.",
        "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "e.g.", "i.e.", "approx.", "Ave.", "Blvd.",
    };

    /// <summary>Can end a sentence ("in the U.S.") but usually do not when a capitalised
    /// word that is not a sentence opener follows ("U.S. President").</summary>
    private static readonly HashSet<string> MaybeFinal = new(StringComparer.Ordinal)
    {
        "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "N.Y.", "Jr.", "Sr.", "Inc.", "Co.", "Corp.", "Ltd.", "a.m.", "p.m.",
    };

    /// <summary>Capitalised words that usually open a sentence, so "U.S. The" is a real break.</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "This", "That",
        "These", "Those", "There", "In", "On", "At", "For", "If", "When", "While", "As", "After", "Before",
        "His", "Her", "Their", "Its", "Our", "My", "Still", "Yet", "Now", "Then", "Meanwhile", "However",
        "Some", "Many", "Most", "One", "What", "Why", "How", "Who", "Where", "Asked", "According", "Since",
    };

    public static bool IsTitleOrAbbreviation(string word) => NeverFinal.Contains(word) || MaybeFinal.Contains(word);

    /// <summary>Whether the break between a sentence ending in <paramref name="lastWord"/> and
    /// one starting with <paramref name="nextWord"/> is a false one to undo.</summary>
    public static bool JoinsAcross(string lastWord, string nextWord)
    {
        if (NeverFinal.Contains(lastWord))
            return true;
        // An initial: "John F. Kennedy", "George W. Bush".
        if (lastWord.Length == 2 && char.IsUpper(lastWord[0]) && lastWord[1] == '.')
            return nextWord.Length > 0 && char.IsUpper(nextWord[0]);
        if (MaybeFinal.Contains(lastWord) || IsDottedAcronym(lastWord))
            return nextWord.Length > 0 && (char.IsLower(nextWord[0]) || (char.IsUpper(nextWord[0]) && !SentenceOpeners.Contains(nextWord)));
        return false;
    }

    private static bool IsDottedAcronym(string word)
    {
        // "U.S." and the like: letters each followed by a period.
        if (word.Length < 4 || word.Length % 2 != 0)
            return false;
        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsLetter(word[i]) || word[i + 1] != '.')
                return false;
        }
        return true;
    }
}
