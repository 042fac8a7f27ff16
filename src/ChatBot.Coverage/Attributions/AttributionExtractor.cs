using System.Text.RegularExpressions;
using ChatBot.Coverage.Articles;
using ChatBot.Coverage.People;

namespace ChatBot.Coverage.Attributions;

/// <summary>
/// Runs the attribution rules over one prepared article: direct quotes with their own cue first
/// (so their cues are not read again as reported speech), then reported speech, then quotes that
/// borrow a source, then speakers. Stateless, so one instance serves all threads.
/// </summary>
internal static partial class AttributionExtractor
{
    public static (IReadOnlyList<Attribution> Attributions, IReadOnlyList<Speaker> Speakers) Extract(ArticleDocument doc, IReadOnlyCollection<string>? knownPeople = null)
    {
        var usedCues = new Dictionary<int, SourcePhrase?>();
        var cuedQuotes = DirectQuoteFinder.FindCued(doc, usedCues);
        var reported = ReportedSpeechFinder.Find(doc, usedCues);
        var turns = TranscriptFinder.Find(doc);
        var direct = DirectQuoteFinder.Link(doc, cuedQuotes, reported);

        QuotedObjects(doc, reported, direct);

        var drafts = new List<AttributionDraft>(reported.Count + direct.Count + turns.Count);
        drafts.AddRange(reported);
        drafts.AddRange(turns);
        // A transcript turn replaces whatever the quote rules made of the same words.
        drafts.AddRange(direct.Where(d => !turns.Any(t => t.Content.Overlaps(d.Content))));
        drafts.Sort((a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : b.Content.Length.CompareTo(a.Content.Length));

        var speakers = SpeakerResolver.Resolve(doc, drafts, knownPeople);
        var byName = speakers.ToDictionary(s => s.CanonicalName, StringComparer.Ordinal);

        var attributions = new List<Attribution>(drafts.Count);
        foreach (var d in drafts)
        {
            var speaker = d.SpeakerName is { } name ? byName.GetValueOrDefault(name) : null;
            attributions.Add(new Attribution(
                d.Kind,
                d.Content,
                QuoteText(doc.Text, d.QuoteSpan),
                d.Source is { } s ? doc.SpanOf(s.First, s.Last) : null,
                d.Cue,
                speaker,
                doc.ParagraphAt(d.Content.Start))
            {
                IsPartial = d.IsPartial,
                Continues = d.Continues,
            });
        }
        return (attributions, speakers);
    }

    /// <summary>
    /// "called the meeting “one of the most disgraceful performances”", "said he is “more like
    /// Inspector Gadget”": when reported speech is little more than a quotation, the quotation is
    /// the statement. It becomes one direct attribution with the cue and source, and the reported
    /// one around it goes, so the words are attributed once.
    /// </summary>
    private static void QuotedObjects(ArticleDocument doc, List<AttributionDraft> reported, List<AttributionDraft> direct)
    {
        for (var i = 0; i < direct.Count; i++)
        {
            var partial = direct[i];
            if (!partial.IsPartial || partial.SourceFrom is not { Kind: AttributionKind.Reported } around || !reported.Contains(around))
                continue;
            if (direct.Count(d => d.SourceFrom == around) != 1 || WordsOutside(doc, around.Content, partial.Content) > 3
                || !OnlyPunctuation(doc, partial.Content.End, around.Content.End))
                continue;
            reported.Remove(around);
            direct[i] = new AttributionDraft
            {
                Kind = AttributionKind.Direct,
                Content = partial.Content,
                QuoteSpan = partial.QuoteSpan,
                Source = around.Source,
                Cue = around.Cue,
                SourceFrom = around.SourceFrom,
                NameWords = around.NameWords,
            };
        }
    }

    private static int WordsOutside(ArticleDocument doc, TextSpan content, TextSpan quote)
    {
        var count = 0;
        for (var k = doc.TokenAtOrAfter(content.Start); k < doc.Tokens.Count && doc.Tokens[k].Span.Start < content.End; k++)
        {
            if (doc.Tokens[k].IsWord && !quote.Contains(doc.Tokens[k].Span.Start))
                count++;
        }
        return count;
    }

    private static bool OnlyPunctuation(ArticleDocument doc, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(doc.Text[i]))
                return false;
        }
        return true;
    }

    /// <summary>The words as written; a quote running into the next paragraph loses the paragraph
    /// break and the reopening mark.</summary>
    private static string QuoteText(string text, TextSpan span)
    {
        var quote = span.Of(text);
        return quote.Contains('\n') ? ParagraphBreak().Replace(quote, " ") : quote;
    }

    [GeneratedRegex(@"\s*\n\s*(?:[“""]|'')?")]
    private static partial Regex ParagraphBreak();
}
