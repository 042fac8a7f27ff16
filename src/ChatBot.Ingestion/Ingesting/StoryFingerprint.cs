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
        var words = new StringBuilder();
        foreach (var paragraph in article.Paragraphs)
        {
            var inWord = false;
            foreach (var c in article.TextOf(paragraph.Span))
            {
                if (char.IsLetterOrDigit(c))
                {
                    words.Append(char.ToLowerInvariant(c));
                    inWord = true;
                }
                else if (inWord && c is not ('\'' or '\u2019'))
                {
                    words.Append(' ');
                    inWord = false;
                }
            }
            words.Append(' ');
        }
        var normalized = string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..32];
    }
}
