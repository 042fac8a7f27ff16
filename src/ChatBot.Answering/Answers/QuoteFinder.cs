using System.Globalization;
using ChatBot.Answering.Questions;
using ChatBot.Search.Indexing;
using ChatBot.Search.Retrieval;
using Lucene.Net.Index;
using Lucene.Net.Search;

using static ChatBot.Answering.Answers.RelevanceWeights;

namespace ChatBot.Answering.Answers;

/// <summary>
/// Finds and ranks the quotes (or sentences) that answer a question. Lucene scores every
/// sentence by how much of the question it covers, where each topic word stands relative to the
/// quote (in the quote, its sentence, its paragraph, or the headline and nearby paragraphs), so
/// a quote that is about the topic beats one that merely stands near it; only the best few
/// sentences are then read and checked quote by quote. The same words carried by several
/// outlets become one item.
/// </summary>
internal sealed class QuoteFinder(SentenceSearcher searcher, int cachedSearches = 0)
{
    private readonly SearchResultCache _cache = new(searcher.Index, cachedSearches);
    private readonly StageQuery _queries = new(searcher);

    // At most this many sentences are ranked by Lucene and read in order until enough results
    // are found; reading stops far earlier for almost every question.
    private const int Candidates = 100;

    // Among equally relevant quotes, more of the speaker's words tell the reader more, up to
    // about two sentences' worth; beyond that length says nothing about relevance.
    private const int LongStatementWords = SentenceDocuments.LongWords;

    // Fewer quoted words than this are a fragment ("a “witch hunt”"), not a statement.
    private const int WholeStatementWords = SentenceDocuments.StatementWords;

    /// <summary>The best results for a question, best first: reading stops once
    /// <paramref name="wanted"/> results of at least <paramref name="threshold"/> confidence are
    /// found, or when no sentence left can reach <paramref name="floor"/>.</summary>
    public IReadOnlyList<AnswerItem> Find(Question question, int wanted, double threshold = 0, double floor = 0) =>
        _cache.GetOrAdd(SearchKey(question, wanted, threshold, floor), () => Search(question, wanted, threshold, floor));

    /// <summary>Everything a search's results depend on (the conversation's memory only through
    /// the question it produced). Numbers and dates are written invariantly: the turn's culture
    /// (the user's locale) must not change the key, and formatting under a culture made for the
    /// turn built its number format each time, most of a cached answer's cost.</summary>
    private static string SearchKey(Question question, int wanted, double threshold, double floor) => string.Join('\u0001',
        question.Kind, string.Join('\u0002', question.Speakers), string.Join('\u0002', question.TopicWords),
        string.Join('\u0002', question.SettingWords), question.Phrase, string.Join('\u0002', question.OutletNames),
        string.Create(CultureInfo.InvariantCulture, $"{question.Dates?.From:yyyy-MM-dd}\u0001{question.Dates?.To:yyyy-MM-dd}\u0001{wanted}\u0001{threshold:R}\u0001{floor:R}"));

    private IReadOnlyList<AnswerItem> Search(Question question, int wanted, double threshold, double floor)
    {
        var topic = TopicTerms.From(question, searcher);
        var reading = new Reading(question, topic, wanted, threshold, floor);

        foreach (var stage in Stages(question, topic))
        {
            if (!stage.Wanted(reading))
                break;
            Read(reading, _queries.Build(question, topic, stage.Kind), allScoreAlike: stage.Kind is SearchStage.LongDirect or SearchStage.DirectStatement);
        }
        Continuations.Lift(reading.Merged, reading.Held, InContext);
        return Rank(reading.Merged);
    }

    /// <summary>Reads hits best first into <see cref="Reading.Merged"/> until enough results
    /// are found or no hit left can reach the floor.</summary>
    private void Read(Reading reading, Query query, bool allScoreAlike)
    {
        var (question, topic, wanted, threshold, floor) = (reading.Question, reading.Topic, reading.Wanted, reading.Threshold, reading.Floor);
        var analyzer = searcher.Index.Analyzer;
        var speakers = question.Speakers.ToHashSet(StringComparer.Ordinal);
        foreach (var hit in searcher.Hits(query, Candidates, topic.AllTerms.ToList(), allScoreAlike))
        {
            if (reading.Good >= wanted)
                break;
            // A sentence's score is the most any of its quotes can be worth (plus ranking
            // bonuses), so below the floor nothing further can count.
            // Not for the words of "who said": found verbatim, even cut mid-word, they make a
            // result worth more than its score from the words the index holds.
            if (floor > 0 && question.Phrase is null && hit.Score < floor)
                break;
            var sentenceTerms = new Lazy<HashSet<string>>(() => TopicTerms.Analyze(analyzer, hit.Text));
            foreach (var (quote, indexedSpeaker, kind) in CandidatesOf(hit, question, speakers))
            {
                // The person asked about is shown under one name, even where an article only
                // gave a surname ("Trump"), so the same quote in two articles is one result.
                var speaker = speakers.Count > 0 ? question.Speakers[0] : indexedSpeaker;
                var confidence = QuoteConfidence.Of(question, topic, reading.PhraseKey, quote, kind, hit, analyzer, sentenceTerms, out var uncapped);
                // Reported speech is shown as its whole sentence, so two attributions in one
                // sentence are one result, not the same sentence twice.
                var key = TextNormalizer.Key(kind == AnswerItemKind.Reported ? hit.Text : quote);
                var item = new AnswerItem(key, kind, quote, speaker, hit.Text, [SourceOf(hit.Source)], confidence);
                if (Merge(reading.Merged, item) && confidence >= threshold)
                    reading.Good++;
                if (uncapped > confidence)
                    reading.Held.Add((item, uncapped));
            }
        }
    }

    /// <summary>One search in progress: what is asked and what has been found so far.</summary>
    private sealed record Reading(Question Question, TopicTerms Topic, int Wanted, double Threshold, double Floor)
    {
        public string? PhraseKey { get; } = Question.Phrase is { } phrase ? TextNormalizer.Key(phrase) : null;

        public List<AnswerItem> Merged { get; } = [];

        /// <summary>Results scored down because their topic stands only nearby, with the score
        /// they would otherwise have (see <see cref="Continuations"/>).</summary>
        public List<(AnswerItem Item, double Score)> Held { get; } = [];

        public int Good { get; set; }
    }

    /// <summary>
    /// The searches a question takes, cheapest and best first; each runs only while the results
    /// found so far are not enough. Without a speaker, sentences holding every word of the topic
    /// (or the words asked about in "who said") come first, which spares scoring every sentence
    /// that holds one common word of it; then those holding any. With a speaker, sentences
    /// holding a word of the topic come first; the speaker's others, which stand only near the
    /// topic (in the paragraph or context), are read only when those cannot be outranked by
    /// them: no such sentence is worth more than InParagraph plus the direct-quote bonus, and
    /// scoring the surroundings of every sentence of a prolific speaker is the costliest search.
    /// </summary>
    private static IEnumerable<(SearchStage Kind, Func<Reading, bool> Wanted)> Stages(Question question, TopicTerms topic)
    {
        static bool Always(Reading _) => true;
        static bool TooFew(Reading reading) => reading.Good < reading.Wanted;
        if (question.Kind == QuestionKind.SpeakerAnything && topic.IsEmpty && question.Speakers.Count > 0)
        {
            // Every quote of the speaker answers; long statements in their own words are
            // what "what did X say?" wants first.
            yield return (SearchStage.LongDirect, Always);
            yield return (SearchStage.DirectStatement, TooFew);
            yield return (SearchStage.All, TooFew);
        }
        else if (question.Kind == QuestionKind.SpeakerAnything || topic.IsEmpty && question.Phrase is null)
        {
            // Every quote of the speaker (or sentence passing the filters) answers; a topic (the
            // conversation's, for "what else did he say?") only orders them.
            yield return (SearchStage.All, Always);
        }
        else if (question.Speakers.Count == 0)
        {
            yield return (SearchStage.Whole, Always);
            yield return (SearchStage.Sentence, TooFew);
        }
        else
        {
            yield return (SearchStage.Sentence, Always);
            yield return (SearchStage.Surroundings, reading => reading.Merged.Count(i =>
                RankKey(i) >= InParagraph + DirectQuoteBonus && i.Confidence >= reading.Threshold) < reading.Wanted);
        }
    }

    private static double RankKey(AnswerItem item) => item.Confidence + (item.Kind == AnswerItemKind.Direct ? DirectQuoteBonus : 0);

    private static SourceReference SourceOf(SentenceSource source) =>
        new(source.ArticleId, source.Headline, source.Outlet, source.Date, source.Url, source.Paragraph, source.SentenceNumber);

    /// <summary>The items, each with the other articles that carried its sentence word for word
    /// (up to <see cref="MaxSources"/> in all), which reading stopped before reaching: for the
    /// results shown, not every candidate.</summary>
    public IReadOnlyList<AnswerItem> WithCopies(IReadOnlyList<AnswerItem> items) => [.. items.Select(item =>
        _cache.GetOrAdd(string.Join('\u0001', "copies", item.Key, item.Speaker, string.Join('\u0002', item.Sources.Select(s => s.ArticleId))), () => WithCopies(item)))];

    private AnswerItem WithCopies(AnswerItem item)
    {
        if (item.Sources.Count >= MaxSources)
            return item;
        var known = item.Sources.Select(s => s.ArticleId).ToHashSet(StringComparer.Ordinal);
        var copies = searcher.Copies(item.Sentence, known, MaxSources - item.Sources.Count).Select(SourceOf).ToList();
        return copies.Count == 0 ? item : item with { Sources = [.. item.Sources, .. copies] };
    }

    // The articles listed for one result: a wire story can run in dozens of outlets.
    private const int MaxSources = 12;

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

    /// <summary>Adds an item to the distinct ones found so far: copies in other articles (same
    /// words, or one containing the other) add their source to the first, best-ranked copy.
    /// True when the item is a new distinct result.</summary>
    private static bool Merge(List<AnswerItem> merged, AnswerItem item)
    {
        var index = merged.FindIndex(m => SameWords(m, item));
        if (index < 0)
        {
            merged.Add(item);
            return true;
        }
        var existing = merged[index];
        if (item.Confidence > existing.Confidence || item.Confidence == existing.Confidence && item.Kind < existing.Kind)
            merged[index] = item with { Sources = [item.Source, .. existing.Sources.Where(s => s.ArticleId != item.Source.ArticleId)] };
        else if (existing.Sources.All(s => s.ArticleId != item.Source.ArticleId))
            merged[index] = existing with { Sources = [.. existing.Sources, item.Source] };
        return false;
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

    private static int WordCount(string text) => SentenceDocuments.WordCount(text);
}
