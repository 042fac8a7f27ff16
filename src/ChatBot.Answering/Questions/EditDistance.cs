namespace ChatBot.Answering.Questions;

/// <summary>Optimal string alignment distance (Levenshtein plus adjacent swaps), bounded so a
/// long mismatch stops early. Used to forgive misspelt names ("Puttin", "Hailey").</summary>
public static class EditDistance
{
    public static int Between(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
            return max + 1;
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max)
                return max + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }

    /// <summary>How many edits a word of this length may have and still count as the same name:
    /// none for short words, where one letter changes the name.</summary>
    public static int Allowed(int length) => length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };
}
