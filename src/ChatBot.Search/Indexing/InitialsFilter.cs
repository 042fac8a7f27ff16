using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatBot.Search.Indexing;

/// <summary>
/// Adds the initials of capitalised names as extra terms at the name's position, so a question
/// about the "INF treaty" finds an article that only spells out the "Intermediate-Range Nuclear
/// Forces Treaty", and "NATO" finds the "North Atlantic Treaty Organization". News introduces
/// a name in full and uses its acronym later, or the other way round; readers ask either way.
/// </summary>
/// <remarks>
/// A name is a run of capitalised words separated by single spaces or hyphens, possibly with
/// "of", "and", "for" or "the" between them; punctuation, line breaks and possessives end it.
/// Every stretch of two or more of its words gives initials, with and without the small words
/// and with a hyphenated compound counted as one word or as its parts ("Intermediate-Range"
/// is the I of INF, "Trans-Pacific" the TP of TPP). Only initials of 3 to 8 letters are added:
/// two letters ("VP" from Vladimir Putin, "MP" from Mike Pompeo) would too often collide with
/// a real acronym, and a longer run is a headline in title case, not a name.
/// </remarks>
internal sealed class InitialsFilter : TokenFilter
{
    public const string TokenType = "<INITIALS>";

    private const int MinLetters = 3;
    private const int MaxLetters = 8;
    private const int MaxWords = 8;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private readonly TextRecorder _text;

    private readonly List<Unit> _run = [];
    private readonly Queue<(string Initials, int Start, int End)> _pending = new();
    private readonly HashSet<string> _made = new(StringComparer.Ordinal);
    private readonly System.Text.StringBuilder _letters = new(MaxLetters);
    private int _runStart;
    private int _runEnd;
    private int _previousEnd = -1;
    private State? _held;
    private bool _done;

    public InitialsFilter(TokenStream input, TextRecorder text) : base(input)
    {
        _text = text;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    private readonly record struct Unit(char Letter, bool Joined, bool Small);

    private enum Gap
    {
        None,
        Space,
        Hyphen,
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            EmitPending();
            return true;
        }
        if (_held is not null)
        {
            RestoreState(_held);
            _held = null;
            return true;
        }
        if (_done)
            return false;
        if (!m_input.IncrementToken())
        {
            _done = true;
            CloseRun();
            if (_pending.Count == 0)
                return false;
            EmitPending();
            return true;
        }

        Observe();
        if (_pending.Count == 0)
            return true;
        // The token that ended a name comes after the name's initials, which stack on the name.
        _held = CaptureState();
        EmitPending();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _run.Clear();
        _pending.Clear();
        _previousEnd = -1;
        _held = null;
        _done = false;
    }

    private void EmitPending()
    {
        var (initials, start, end) = _pending.Dequeue();
        ClearAttributes();
        _term.SetEmpty().Append(initials);
        _offset.SetOffset(start, end);
        _position.PositionIncrement = 0;
        _type.Type = TokenType;
    }

    private void Observe()
    {
        var start = _offset.StartOffset;
        var end = _offset.EndOffset;
        var gap = _previousEnd < 0 ? Gap.None : GapBetween(_previousEnd, start);
        _previousEnd = end;

        var buffer = _term.Buffer;
        var length = _term.Length;
        if (IsCapitalisedWord(buffer, length))
        {
            var letter = char.ToUpperInvariant(buffer[0]);
            if (_run.Count > 0 && gap != Gap.None)
            {
                _run.Add(new Unit(letter, gap == Gap.Hyphen && !_run[^1].Small, Small: false));
                _runEnd = end;
                return;
            }
            CloseRun();
            _run.Add(new Unit(letter, Joined: false, Small: false));
            _runStart = start;
            _runEnd = end;
            return;
        }
        if (_run.Count > 0 && gap == Gap.Space && IsSmallWord(buffer, length))
        {
            _run.Add(new Unit(char.ToUpperInvariant(buffer[0]), false, Small: true));
            return;
        }
        CloseRun();
    }

    private Gap GapBetween(int previousEnd, int start)
    {
        var between = _text.Between(previousEnd, start);
        if (between.Length == 1 && between[0] is '-' or '\u2010' or '\u2011')
            return Gap.Hyphen;
        if (between.Length is 0 or > 2)
            return Gap.None;
        foreach (var c in between)
        {
            if (c is not (' ' or '\u00a0'))
                return Gap.None;
        }
        return Gap.Space;
    }

    private void CloseRun()
    {
        var units = _run.Count;
        if (units >= 2 && units <= MaxWords)
            MakeInitials();
        _run.Clear();
    }

    /// <summary>Queues the initials of every stretch of the run that starts and ends on a
    /// capitalised word, never inside a hyphenated compound.</summary>
    private void MakeInitials()
    {
        _made.Clear();
        var letters = _letters;
        for (var first = 0; first < _run.Count; first++)
        {
            if (_run[first].Small || _run[first].Joined)
                continue;
            for (var last = first + 1; last < _run.Count; last++)
            {
                if (_run[last].Small || (last + 1 < _run.Count && _run[last + 1].Joined))
                    continue;
                foreach (var withSmall in (ReadOnlySpan<bool>)[false, true])
                {
                    foreach (var withParts in (ReadOnlySpan<bool>)[false, true])
                    {
                        letters.Clear();
                        for (var i = first; i <= last; i++)
                        {
                            var unit = _run[i];
                            if ((unit.Small && !withSmall) || (unit.Joined && !withParts))
                                continue;
                            letters.Append(unit.Letter);
                        }
                        if (letters.Length is >= MinLetters and <= MaxLetters && _made.Add(letters.ToString()))
                            _pending.Enqueue((letters.ToString(), _runStart, _runEnd));
                    }
                }
            }
        }
    }

    private static bool IsCapitalisedWord(char[] buffer, int length)
    {
        if (length == 0 || !char.IsUpper(buffer[0]))
            return false;
        // "Russia's Intermediate-Range ...": a possessive ends a name.
        if (length > 2 && buffer[length - 1] is 's' or 'S' && buffer[length - 2] is '\'' or '\u2019')
            return false;
        for (var i = 1; i < length; i++)
        {
            if (char.IsDigit(buffer[i]))
                return false;
        }
        return !IsSmallWord(buffer, length);
    }

    /// <summary>"of", "and", "for", "the": inside a name ("Federal Bureau of Investigation"),
    /// counted in some acronyms (DOJ) and not in others (FBI).</summary>
    private static bool IsSmallWord(char[] buffer, int length) => length switch
    {
        2 => Is(buffer, "of"),
        3 => Is(buffer, "and") || Is(buffer, "for") || Is(buffer, "the"),
        _ => false,
    };

    private static bool Is(char[] buffer, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.ToLowerInvariant(buffer[i]) != word[i])
                return false;
        }
        return true;
    }
}
