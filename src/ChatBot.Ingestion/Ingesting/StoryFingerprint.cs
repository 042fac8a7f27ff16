using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using ChatBot.Coverage.Articles;

namespace ChatBot.Ingestion.Ingesting;

/// <summary>
/// A fingerprint of a story's body: its words, lower-cased, without punctuation, quote styles,
/// spacing or headline. Two articles with the same fingerprint are the same story, however each
/// outlet headlined, spaced or punctuated it (syndication).
/// </summary>
public static class StoryFingerprint
{
    public static string Of(Article article)
    {
        // The words one space apart ("don't" is "dont"), written into one pooled buffer: every
        // article of a batch is fingerprinted, and splitting and joining its words made a
        // string of each.
        var text = article.Text;
        var words = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var length = 0;
        var between = false;
        foreach (var paragraph in article.Paragraphs)
        {
            var inWord = false;
            foreach (var c in paragraph.Span.In(text))
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (between && !inWord)
                        words[length++] = ' ';
                    words[length++] = char.ToLowerInvariant(c);
                    inWord = true;
                    between = false;
                }
                else if (inWord && c is not ('\'' or '\u2019'))
                {
                    inWord = false;
                    between = true;
                }
            }
            between |= inWord;
        }
        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxByteCount(length)));
        var byteCount = Encoding.UTF8.GetBytes(words.AsSpan(0, length), bytes);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes.AsSpan(0, byteCount), hash);
        ArrayPool<char>.Shared.Return(words);
        ArrayPool<byte>.Shared.Return(bytes);
        return Convert.ToHexString(hash[..16]);
    }
}
