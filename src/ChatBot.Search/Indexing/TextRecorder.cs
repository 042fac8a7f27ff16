namespace ChatBot.Search.Indexing;

/// <summary>
/// Passes a text through to a tokenizer while keeping what was read, so a filter further down
/// can look at the characters between two tokens (a hyphen, a space, a comma), which the
/// tokenizer itself drops. One instance serves one analysis chain; <see cref="Start"/> rewinds
/// it for the next text.
/// </summary>
internal sealed class TextRecorder : TextReader
{
    private char[] _read = new char[1024];
    private int _length;
    private TextReader _inner = Null;

    public TextRecorder Start(TextReader inner)
    {
        _inner = inner;
        _length = 0;
        return this;
    }

    /// <summary>The characters from <paramref name="start"/> (inclusive) to <paramref name="end"/>
    /// (exclusive), as far as they have been read.</summary>
    public ReadOnlySpan<char> Between(int start, int end)
    {
        start = Math.Clamp(start, 0, _length);
        end = Math.Clamp(end, start, _length);
        return _read.AsSpan(start, end - start);
    }

    // Lucene's own readers implement only this overload, and the tokenizer calls only it.
    public override int Read(char[] buffer, int index, int count)
    {
        var read = _inner.Read(buffer, index, count);
        if (read > 0)
            Keep(buffer.AsSpan(index, read));
        return read;
    }

    public override int Read()
    {
        var c = _inner.Read();
        if (c >= 0)
            Keep([(char)c]);
        return c;
    }

    public override int Peek() => _inner.Peek();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _inner.Dispose();
        _inner = Null;
        base.Dispose(disposing);
    }

    private void Keep(ReadOnlySpan<char> chars)
    {
        if (_length + chars.Length > _read.Length)
            Array.Resize(ref _read, Math.Max(_read.Length * 2, _length + chars.Length));
        chars.CopyTo(_read.AsSpan(_length));
        _length += chars.Length;
    }
}
