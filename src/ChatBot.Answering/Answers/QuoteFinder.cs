using System.Globalization;
using ChatBot.Answering.Questions;
using ChatBot.Search.Indexing;
using ChatBot.Search.Retrieval;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Answering.Answers;

/// <summary>
/// Finds and ranks the quotes (or sentences) that answer a question. Lucene narrows the index
/// to candidates; each candidate is then scored by how much of the question its quote covers,
/// then its sentence, paragraph and headline, so a quote that is about the topic beats one that
/// merely stands near it. The same words carried by several outlets become one item.
/// </summary>
internal sealed class QuoteFinder(SentenceSearcher searcher)
{
    // Lucene's own ranking (quote, then sentence, then context matches) already puts the
    // candidates worth re-ranking first; reading more of them only costs time: 100 and 400 give
    // the same answers on both question sets, at a quarter of the stored-field reads.
    private const int Candidates = 100;

    // How much a topic word counts depending on where it stands relative to the quote.
    private const double InQuote = 1.0;
    private const double InSentence = 0.85;
    private const double InParagraph = 0.7;
    private const double InContext = 0.5;

    // A topic word or two in the paragraphs around a quote (a headline naming the summit's
    // city, a "World Cup" mentioned in passing) do not make the quote about them; three
    // together do ("pulling out", "INF", "treaty" a few paragraphs before Putin's reaction to
    // "the developments"). Fewer are not even a near miss.
    private const int ContextWordsForAnAnswer = 3;
    private const double ContextOnlyAtMost = 0.3;

    // Only where or when the quote was said ("said at a summit in Helsinki, Finland"): the
    // quote is not about it, so this is below what a near miss needs.
    private const double InSetting = 0.25;

    // Ranking only: a direct quote is preferred to reported speech about as strongly as to a
    // result covering a tenth more of the topic.
    private const double DirectQuoteBonus = 0.1;

    // Fewer quoted words than this are a fragment ("a “witch hunt”"), not a statement.
    private const int WholeStatementWords = 6;

    // Among equally relevant quotes, more of the speaker's words tell the reader more, up to
    // about two sentences' worth; beyond that length says nothing about relevance.
    private const int LongStatementWords = 30;

    public IReadOnlyList<AnswerItem> Find(Question question)
    {
        var topic = TopicTerms.From(question, searcher);
        var query = BuildQuery(question, topic);
        // Ranking only ever asks whether a topic term stands in a hit's context, so only those
        // terms are looked up in its term vector (none at all for a question without a topic).
        var hits = searcher.Search(query, Candidates, topic.AllTerms.ToHashSet(StringComparer.Ordinal));
        var analyzer = searcher.Index.Analyzer;
        var phraseKey = question.Phrase is { } phrase ? TextNormalizer.Key(phrase) : null;
        var speakers = question.Speakers.ToHashSet(StringComparer.Ordinal);

        var items = new List<AnswerItem>();
        var held = new List<(int Index, double Score)>();
        foreach (var hit in hits)
        {
            var sentenceTerms = new Lazy<HashSet<string>>(() => TopicTerms.Analyze(analyzer, hit.Text));
            var paragraphTerms = new Lazy<HashSet<string>>(() => TopicTerms.Analyze(analyzer, hit.ParagraphText));

            foreach (var (quote, indexedSpeaker, kind) in CandidatesOf(hit, question, speakers))
            {
                // The person asked about is shown under one name, even where an article only
                // gave a surname ("Trump"), so the same quote in two articles is one result.
                var speaker = speakers.Count > 0 ? question.Speakers[0] : indexedSpeaker;
                var confidence = Confidence(question, topic, phraseKey, quote, kind, hit, analyzer, sentenceTerms, paragraphTerms, out var uncapped);
                // Reported speech is shown as its whole sentence, so two attributions in one
                // sentence are one result, not the same sentence twice.
                var key = TextNormalizer.Key(kind == AnswerItemKind.Reported ? hit.Text : quote);
                var source = new SourceReference(hit.ArticleId, hit.Headline, hit.Outlet, hit.Date, hit.Url, hit.Paragraph, hit.SentenceNumber);
                items.Add(new AnswerItem(key, kind, quote, speaker, hit.Text, [source], confidence));
                if (uncapped > confidence)
                    held.Add((items.Count - 1, uncapped));
            }
        }
        Continuations.Lift(items, held, InContext);
        return Rank(Merge(items));
    }

    private static IEnumerable<(string Quote, string? Speaker, AnswerItemKind Kind)> CandidatesOf(SentenceHit hit, Question question, HashSet<string> speakers)
    {
        var any = false;
        foreach (var attribution in hit.Attributions)
        {
            if (speakers.Count > 0 && (attribution.Speaker is null || !speakers.Contains(attribution.Speaker)))
                continue;
            if (IsPartOfReportedSpeech(attribution, hit) || WrapsADirectQuote(attribution, hit))
                continue;
            any = true;
            var kind = attribution.Kind == SentenceFields.KindDirect ? AnswerItemKind.Direct : AnswerItemKind.Reported;
            yield return (attribution.Quote, attribution.Speaker, kind);
        }
        // A sentence with no attribution can answer a question about the events, never a
        // question about what someone said.
        if (!any && speakers.Count == 0 && question.Kind is QuestionKind.General or QuestionKind.WhoSaid)
            yield return (hit.Text, null, AnswerItemKind.Narrative);
    }

    /// <summary>A few quoted words inside reported speech ("he called it a “witch hunt”")
    /// are shown with the whole reported sentence; on their own they would repeat it, out of
    /// context.</summary>
    private static bool IsPartOfReportedSpeech(StoredAttribution attribution, SentenceHit hit) =>
        attribution.Kind == SentenceFields.KindDirect
        && WordCount(attribution.Quote) < WholeStatementWords
        && hit.Attributions.Any(other => other.Kind == SentenceFields.KindReported && Contains(other, attribution));

    /// <summary>Reported speech that is mostly a whole direct quote ("responding with a
    /// question: “Could you name ...?”") adds nothing to the quote itself, which is shown.</summary>
    private static bool WrapsADirectQuote(StoredAttribution attribution, SentenceHit hit) =>
        attribution.Kind == SentenceFields.KindReported
        && hit.Attributions.Any(other => other.Kind == SentenceFields.KindDirect
            && WordCount(other.Quote) >= WholeStatementWords
            && Contains(attribution, other));

    private static bool Contains(StoredAttribution outer, StoredAttribution inner) =>
        outer.Speaker == inner.Speaker
        && outer.Quote.Length > inner.Quote.Length
        && outer.Quote.Contains(inner.Quote.Trim().TrimEnd(',', '.'), StringComparison.Ordinal);

    private static double Confidence(Question question, TopicTerms topic, string? phraseKey, string quote, AnswerItemKind kind, SentenceHit hit,
        Lucene.Net.Analysis.Analyzer analyzer, Lazy<HashSet<string>> sentenceTerms, Lazy<HashSet<string>> paragraphTerms, out double uncapped)
    {
        uncapped = 0;
        if (phraseKey is not null && phraseKey.Length > 0)
        {
            if (TextNormalizer.Key(quote).Contains(phraseKey, StringComparison.Ordinal))
                return 1.0;
            if (TextNormalizer.Key(hit.Text).Contains(phraseKey, StringComparison.Ordinal))
                return 0.9;
        }
        if (topic.IsEmpty)
            return question.Kind == QuestionKind.SpeakerAnything ? 1.0 : 0.0;

        var quoteTerms = TopicTerms.Analyze(analyzer, quote);
        // What a statement is about, unlike where it was made, must stand outside its setting.
        var settingAware = kind != AnswerItemKind.Narrative && topic.HasSubject ? new SettingAwareTerms(analyzer, quote, kind, hit) : null;
        var total = 0.0;
        var covered = 0.0;
        var nearby = 0;
        var closer = false;
        var inQuote = false;
        foreach (var group in topic.Groups)
        {
            total += group.Weight;
            var place = settingAware is not null && !group.Setting ? settingAware.PlaceOf(group, hit.ContextTerms)
                : group.Terms.Overlaps(quoteTerms) ? TopicPlace.Quote
                : group.Terms.Overlaps(sentenceTerms.Value) ? TopicPlace.Sentence
                : group.Terms.Overlaps(paragraphTerms.Value) ? TopicPlace.Paragraph
                : group.Terms.Overlaps(hit.ContextTerms) ? TopicPlace.Context
                : TopicPlace.Nowhere;
            covered += group.Weight * Weight(place);
            closer |= place <= TopicPlace.Paragraph;
            inQuote |= place == TopicPlace.Quote;
            nearby += place == TopicPlace.Context ? 1 : 0;
        }
        var coverage = total == 0 ? 0 : covered / total;
        // Short of an answer, a quote is "the closest" only if its own words touch the topic:
        // Merkel's "very intense" about the NATO summit is not close to the Helsinki summit.
        if (!inQuote && coverage < AnswerService.TopicThreshold)
            coverage = Math.Min(coverage, ContextOnlyAtMost);
        if (!closer && nearby < ContextWordsForAnAnswer)
        {
            uncapped = phraseKey is not null ? Math.Min(coverage, 0.85) : coverage;
            coverage = Math.Min(coverage, ContextOnlyAtMost);
        }
        // Given words that are not found verbatim can at best be a near miss.
        return phraseKey is not null ? Math.Min(coverage, 0.85) : coverage;
    }

    private static double Weight(TopicPlace place) => place switch
    {
        TopicPlace.Quote => InQuote,
        TopicPlace.Sentence => InSentence,
        TopicPlace.Paragraph => InParagraph,
        TopicPlace.Context => InContext,
        TopicPlace.Setting => InSetting,
        _ => 0,
    };

    private Query BuildQuery(Question question, TopicTerms topic)
    {
        var query = new BooleanQuery();
        if (question.Speakers.Count > 0)
        {
            var speakers = new BooleanQuery();
            foreach (var speaker in question.Speakers)
                speakers.Add(new TermQuery(new Term(SentenceFields.SpeakerId, speaker)), Occur.SHOULD);
            query.Add(speakers, Occur.MUST);
        }
        if (question.OutletNames.Count > 0)
        {
            var outlets = new BooleanQuery();
            foreach (var outlet in question.OutletNames)
                outlets.Add(new TermQuery(new Term(SentenceFields.Outlet, outlet)), Occur.SHOULD);
            query.Add(outlets, Occur.MUST);
        }
        if (question.Dates is { } dates)
        {
            query.Add(TermRangeQuery.NewStringRange(SentenceFields.Date,
                dates.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                dates.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), true, true), Occur.MUST);
        }

        var words = new BooleanQuery();
        foreach (var term in topic.AllTerms)
        {
            words.Add(Boosted(new TermQuery(new Term(SentenceFields.Quote, term)), 3f), Occur.SHOULD);
            words.Add(Boosted(new TermQuery(new Term(SentenceFields.Text, term)), 1.5f), Occur.SHOULD);
            words.Add(Boosted(new TermQuery(new Term(SentenceFields.Context, term)), 0.5f), Occur.SHOULD);
        }
        if (question.Phrase is { } phrase)
        {
            foreach (var field in new[] { SentenceFields.Quote, SentenceFields.Text })
            {
                var phraseQuery = new PhraseQuery { Slop = 2, Boost = 5f };
                foreach (var term in AnalyzedTerms.Of(searcher.Index.Analyzer, field, phrase))
                    phraseQuery.Add(new Term(field, term));
                if (phraseQuery.GetTerms().Length > 0)
                    words.Add(phraseQuery, Occur.SHOULD);
            }
        }

        if (words.Clauses.Count > 0)
            query.Add(words, question.Speakers.Count > 0 ? Occur.SHOULD : Occur.MUST);
        if (question.Speakers.Count > 0)
            query.Add(Boosted(new TermQuery(new Term(SentenceFields.Kind, SentenceFields.KindDirect)), 0.3f), Occur.SHOULD);
        if (query.Clauses.Count == 0)
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        return query;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    /// <summary>One item per distinct quote: copies in other articles (same words, or one
    /// containing the other) add their source to the best-scoring copy.</summary>
    private static List<AnswerItem> Merge(List<AnswerItem> items)
    {
        var merged = new List<AnswerItem>();
        foreach (var item in items.OrderByDescending(i => i.Confidence).ThenBy(i => i.Kind))
        {
            var index = merged.FindIndex(m => SameWords(m, item));
            if (index < 0)
            {
                merged.Add(item);
                continue;
            }
            var existing = merged[index];
            if (existing.Sources.Any(s => s.ArticleId == item.Source.ArticleId))
                continue;
            merged[index] = existing with { Sources = [.. existing.Sources, item.Source] };
        }
        return merged;
    }

    private static bool SameWords(AnswerItem a, AnswerItem b)
    {
        if (a.Key == b.Key)
            return a.Speaker == b.Speaker || a.Speaker is null || b.Speaker is null;
        if (a.Speaker != b.Speaker)
            return false;
        var (shorter, longer) = a.Key.Length <= b.Key.Length ? (a.Key, b.Key) : (b.Key, a.Key);
        return shorter.Length >= 30 && longer.Contains(shorter, StringComparison.Ordinal);
    }

    /// <summary>Most relevant first; the speaker's own words count for a little more than the
    /// reporter's paraphrase, and among about equally relevant results, whole statements come
    /// before fragments, and longer statements before shorter ones.</summary>
    private static IReadOnlyList<AnswerItem> Rank(List<AnswerItem> items) => items
        .OrderByDescending(i => Math.Round((i.Confidence + (i.Kind == AnswerItemKind.Direct ? DirectQuoteBonus : 0)) * 10))
        .ThenBy(i => i.Kind)
        .ThenByDescending(i => WordCount(i.Quote) >= WholeStatementWords)
        .ThenByDescending(i => Math.Min(WordCount(i.Quote), LongStatementWords))
        .ThenByDescending(i => i.Confidence)
        .ThenByDescending(i => i.Sources.Count)
        .ToList();

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
