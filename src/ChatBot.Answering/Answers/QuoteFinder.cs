using System.Globalization;
using ChatBot.Answering.Questions;
using ChatBot.Search.Indexing;
using ChatBot.Search.Retrieval;
using Lucene.Net.Index;
using Lucene.Net.Search;

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

    // At most this many sentences are ranked by Lucene and read in order until enough results
    // are found; reading stops far earlier for almost every question.
    private const int Candidates = 100;

    // How much a topic word counts depending on where it stands relative to the quote.
    private const double InQuote = 1.0;
    private const double InSentence = 0.85;
    private const double InParagraph = 0.7;
    private const double InContext = 0.5;

    // How far apart the words asked about in "who said ..." may stand and still be found.
    private const int PhraseSlop = 2;

    // The words asked about in "who said ...", found as given in the quote or its sentence; and
    // the most a result without them can be worth.
    private const double PhraseInQuote = 1.0;
    private const double PhraseInSentence = 0.9;
    private const double PhraseNearMiss = 0.85;

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

    // Ranking only, far below any difference in relevance: among equally relevant sentences,
    // whole statements before fragments, and long ones before short ones.
    private const float StatementBonus = 0.002f;
    private const float LongStatementBonus = 0.001f;

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
    /// the question it produced).</summary>
    private static string SearchKey(Question question, int wanted, double threshold, double floor) => string.Join('\u0001',
        question.Kind, string.Join('\u0002', question.Speakers), string.Join('\u0002', question.TopicWords),
        string.Join('\u0002', question.SettingWords), question.Phrase, string.Join('\u0002', question.OutletNames),
        question.Dates?.From, question.Dates?.To, wanted, threshold, floor);

    private IReadOnlyList<AnswerItem> Search(Question question, int wanted, double threshold, double floor)
    {
        var topic = TopicTerms.From(question, searcher);
        var reading = new Reading(question, topic, wanted, threshold, floor);

        foreach (var stage in Stages(question, topic))
        {
            if (!stage.Wanted(reading))
                break;
            Read(reading, BuildQuery(question, topic, stage.Kind), allScoreAlike: stage.Kind is Stage.LongDirect or Stage.DirectStatement);
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
                var confidence = Confidence(question, topic, reading.PhraseKey, quote, kind, hit, analyzer, sentenceTerms, out var uncapped);
                // Reported speech is shown as its whole sentence, so two attributions in one
                // sentence are one result, not the same sentence twice.
                var key = TextNormalizer.Key(kind == AnswerItemKind.Reported ? hit.Text : quote);
                var item = new AnswerItem(key, kind, quote, speaker, hit.Text, [SourceOf(hit)], confidence);
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
    private static IEnumerable<(Stage Kind, Func<Reading, bool> Wanted)> Stages(Question question, TopicTerms topic)
    {
        static bool Always(Reading _) => true;
        static bool TooFew(Reading reading) => reading.Good < reading.Wanted;
        if (question.Kind == QuestionKind.SpeakerAnything && topic.IsEmpty && question.Speakers.Count > 0)
        {
            // Every quote of the speaker answers; long statements in their own words are
            // what "what did X say?" wants first.
            yield return (Stage.LongDirect, Always);
            yield return (Stage.DirectStatement, TooFew);
            yield return (Stage.All, TooFew);
        }
        else if (question.Kind == QuestionKind.SpeakerAnything || topic.IsEmpty && question.Phrase is null)
        {
            // Every quote of the speaker (or sentence passing the filters) answers; a topic (the
            // conversation's, for "what else did he say?") only orders them.
            yield return (Stage.All, Always);
        }
        else if (question.Speakers.Count == 0)
        {
            yield return (Stage.Whole, Always);
            yield return (Stage.Sentence, TooFew);
        }
        else
        {
            yield return (Stage.Sentence, Always);
            yield return (Stage.Surroundings, reading => reading.Merged.Count(i =>
                RankKey(i) >= InParagraph + DirectQuoteBonus && i.Confidence >= reading.Threshold) < reading.Wanted);
        }
    }

    /// <summary>Which sentences a query reads (see <see cref="Stages"/>).</summary>
    private enum Stage
    {
        /// <summary>Every sentence passing the filters.</summary>
        All,

        /// <summary>Sentences with a direct quote and a long attribution.</summary>
        LongDirect,

        /// <summary>Sentences with a direct quote and an attribution of a statement's length.</summary>
        DirectStatement,

        /// <summary>Sentences holding every word of the topic, or the phrase asked about.</summary>
        Whole,

        /// <summary>Sentences holding a word of the topic.</summary>
        Sentence,

        /// <summary>Sentences not holding a word of the topic whose paragraph or context does.</summary>
        Surroundings,
    }

    private static double RankKey(AnswerItem item) => item.Confidence + (item.Kind == AnswerItemKind.Direct ? DirectQuoteBonus : 0);

    private static SourceReference SourceOf(SentenceHit hit) =>
        new(hit.ArticleId, hit.Headline, hit.Outlet, hit.Date, hit.Url, hit.Paragraph, hit.SentenceNumber);

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

    private static double Confidence(Question question, TopicTerms topic, string? phraseKey, string quote, AnswerItemKind kind, SentenceHit hit,
        Lucene.Net.Analysis.Analyzer analyzer, Lazy<HashSet<string>> sentenceTerms, out double uncapped)
    {
        uncapped = 0;
        if (phraseKey is not null && phraseKey.Length > 0)
        {
            if (TextNormalizer.Key(quote).Contains(phraseKey, StringComparison.Ordinal))
                return PhraseInQuote;
            if (TextNormalizer.Key(hit.Text).Contains(phraseKey, StringComparison.Ordinal))
                return PhraseInSentence;
        }
        if (topic.IsEmpty)
            return question.Kind == QuestionKind.SpeakerAnything ? 1.0 : 0.0;

        var quoteTerms = TopicTerms.Analyze(analyzer, quote);
        // What a statement is about, unlike where it was made, must stand outside its setting.
        var settingAware = kind != AnswerItemKind.Narrative && topic.HasSubject ? new SettingAwareTerms(analyzer, quote, kind, hit, sentenceTerms) : null;
        var covered = 0.0;
        var nearby = 0;
        var closer = false;
        var inQuote = false;
        foreach (var group in topic.Groups)
        {
            var place = settingAware is not null && !group.Setting ? settingAware.PlaceOf(group, hit.ContextTerms)
                : group.Terms.Overlaps(quoteTerms) ? TopicPlace.Quote
                : group.Terms.Overlaps(sentenceTerms.Value) ? TopicPlace.Sentence
                : group.Terms.Overlaps(hit.ParagraphTerms) ? TopicPlace.Paragraph
                : group.Terms.Overlaps(hit.ContextTerms) ? TopicPlace.Context
                : TopicPlace.Nowhere;
            // Words asked about in "who said ..." are looked for in the sentence only: its
            // surroundings cannot make it the one that said them.
            if (phraseKey is not null && place > TopicPlace.Sentence)
                place = TopicPlace.Nowhere;
            covered += group.Share * Weight(place);
            closer |= place <= TopicPlace.Paragraph;
            inQuote |= place == TopicPlace.Quote;
            nearby += place == TopicPlace.Context ? 1 : 0;
        }
        var coverage = covered;
        // Short of an answer, a quote is "the closest" only if its own words touch the topic:
        // Merkel's "very intense" about the NATO summit is not close to the Helsinki summit.
        if (!inQuote && coverage < AnswerService.TopicThreshold)
            coverage = Math.Min(coverage, ContextOnlyAtMost);
        if (!closer && nearby < ContextWordsForAnAnswer)
        {
            uncapped = phraseKey is not null ? Math.Min(coverage, PhraseNearMiss) : coverage;
            coverage = Math.Min(coverage, ContextOnlyAtMost);
        }
        // Given words that are not found verbatim can at best be a near miss.
        return phraseKey is not null ? Math.Min(coverage, PhraseNearMiss) : coverage;
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

    /// <summary>
    /// Filters (speaker, outlet, dates) must match; the score is built from constant-score
    /// clauses (see <see cref="ScoreAsBoosts"/>) so that it equals the confidence of the
    /// sentence's best quote plus the ranking bonuses: per topic word, the best of where it
    /// stands (in the quote, the sentence, the paragraph, the context) times its share of the
    /// topic; for "who said", the words found as a phrase.
    /// </summary>
    private Query BuildQuery(Question question, TopicTerms topic, Stage stage)
    {
        var query = new BooleanQuery(disableCoord: true);
        if (question.Speakers.Count > 0)
        {
            var speakers = new BooleanQuery();
            foreach (var speaker in question.Speakers)
                speakers.Add(new TermQuery(new Term(SentenceFields.SpeakerId, speaker)), Occur.SHOULD);
            query.Add(new ConstantScoreQuery(speakers) { Boost = 0 }, Occur.MUST);
        }
        if (question.OutletNames.Count > 0)
        {
            var outlets = new BooleanQuery();
            foreach (var outlet in question.OutletNames)
                outlets.Add(new TermQuery(new Term(SentenceFields.Outlet, outlet)), Occur.SHOULD);
            query.Add(new ConstantScoreQuery(outlets) { Boost = 0 }, Occur.MUST);
        }
        if (question.Dates is { } dates)
        {
            var range = TermRangeQuery.NewStringRange(SentenceFields.Date,
                dates.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                dates.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), true, true);
            query.Add(new ConstantScoreQuery(range) { Boost = 0 }, Occur.MUST);
        }

        switch (stage)
        {
            case Stage.Whole:
                AddWhole(query, question, topic);
                break;
            case Stage.LongDirect or Stage.DirectStatement:
                // A speaker's statements in their own words, the long ones first: conjunctions
                // that skip through the speaker's sentences instead of scoring them all.
                query.Add(Filter(new TermQuery(new Term(SentenceFields.Kind, SentenceFields.KindDirect))), Occur.MUST);
                var length = stage == Stage.LongDirect ? SentenceFields.LengthLong : SentenceFields.LengthStatement;
                query.Add(Filter(new TermQuery(new Term(SentenceFields.Length, length))), Occur.MUST);
                break;
            default:
                var relevance = Relevance(question, topic, stage);
                if (relevance is not null)
                    query.Add(relevance, question.Speakers.Count > 0 && stage != Stage.Surroundings ? Occur.SHOULD : Occur.MUST);
                if (stage is Stage.Sentence or Stage.Surroundings && !topic.IsEmpty)
                {
                    // Without a speaker, a sentence that does not itself hold a word of the topic
                    // is never an answer; with one, such sentences are the last stage.
                    query.Add(Filter(AnyInSentence(topic.AllTerms)), stage == Stage.Sentence ? Occur.MUST : Occur.MUST_NOT);
                }
                break;
        }
        query.Add(ScoreAsBoosts(new TermQuery(new Term(SentenceFields.Kind, SentenceFields.KindDirect)), DirectQuoteBonus), Occur.SHOULD);
        query.Add(ScoreAsBoosts(new TermQuery(new Term(SentenceFields.Length, SentenceFields.LengthStatement)), StatementBonus), Occur.SHOULD);
        query.Add(ScoreAsBoosts(new TermQuery(new Term(SentenceFields.Length, SentenceFields.LengthLong)), LongStatementBonus), Occur.SHOULD);
        if (!query.Clauses.Any(c => c.Occur == Occur.MUST))
            query.Add(new MatchAllDocsQuery { Boost = 0 }, Occur.MUST);
        return query;
    }

    /// <summary>A clause that selects without adding to the score.</summary>
    private static ConstantScoreQuery Filter(Query query) => new(query) { Boost = 0 };

    /// <summary>
    /// Sentences holding the phrase asked about, or every word of the topic: each such word is
    /// worth at least InSentence, so the score is that plus what the quote adds (the words in
    /// the quote itself), and the costly paragraph and context fields are not needed at all.
    /// </summary>
    private void AddWhole(BooleanQuery query, Question question, TopicTerms topic)
    {
        if (question.Phrase is { } phrase && PhraseIn(SentenceFields.Text, phrase, slop: 0) is { } inText)
        {
            query.Add(ScoreAsBoosts(inText, PhraseInSentence), Occur.MUST);
            if (PhraseIn(SentenceFields.Quote, phrase, slop: 0) is { } inQuote)
                query.Add(ScoreAsBoosts(inQuote, PhraseInQuote - PhraseInSentence), Occur.SHOULD);
            return;
        }
        var every = new BooleanQuery();
        foreach (var group in topic.Groups)
        {
            every.Add(AnyInSentence(group.Terms), Occur.MUST);
            query.Add(ScoreAsBoosts(AnyIn(SentenceFields.Quote, group.Terms), group.Share * (InQuote - InSentence)), Occur.SHOULD);
        }
        // Phrase questions whose words fall short of a phrase stay near misses (PhraseNearMiss).
        var worth = question.Phrase is null ? InSentence : Math.Min(InSentence, PhraseNearMiss);
        query.Add(ScoreAsBoosts(every, worth), Occur.MUST);
    }

    private static BooleanQuery AnyInSentence(IEnumerable<string> terms) => AnyIn(SentenceFields.Text, terms);

    private static BooleanQuery AnyIn(string field, IEnumerable<string> terms)
    {
        var any = new BooleanQuery();
        foreach (var term in terms)
            any.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        return any;
    }

    /// <summary>The words of a phrase in a field, at most <paramref name="slop"/> moves apart
    /// (a word inserted or left out); null when the phrase has no indexed words.</summary>
    private PhraseQuery? PhraseIn(string field, string phrase, int slop = PhraseSlop)
    {
        var terms = AnalyzedTerms.WithPositions(searcher.Index.Analyzer, field, phrase);
        // Words copied from a quote often end mid-word ("... is a tot"): a last word the index
        // does not hold is left out rather than making the phrase unfindable.
        if (terms.Count > 1 && searcher.DocFreq(SentenceFields.Text, terms[^1].Term) == 0)
            terms.RemoveAt(terms.Count - 1);
        var query = new PhraseQuery { Slop = slop };
        foreach (var (term, position) in terms)
            query.Add(new Term(field, term), position);
        return query.GetTerms().Length > 0 ? query : null;
    }

    private Query? Relevance(Question question, TopicTerms topic, Stage stage)
    {
        Query? coverage = null;
        if (!topic.IsEmpty)
        {
            var groups = new BooleanQuery(disableCoord: true);
            foreach (var group in topic.Groups)
            {
                // The best place the word (or a synonym) stands counts, not the sum of them all.
                var best = new DisjunctionMaxQuery(0f);
                foreach (var term in group.Terms)
                {
                    if (stage != Stage.Surroundings)
                    {
                        best.Add(ScoreAsBoosts(new TermQuery(new Term(SentenceFields.Quote, term)), group.Share * InQuote));
                        best.Add(ScoreAsBoosts(new TermQuery(new Term(SentenceFields.Text, term)), group.Share * InSentence));
                    }
                    // Words asked about in "who said ..." are looked for in the sentence only:
                    // its surroundings cannot make it the one that said them.
                    if (question.Phrase is not null)
                        continue;
                    best.Add(ScoreAsBoosts(new TermQuery(new Term(SentenceFields.ParagraphWords, term)), group.Share * InParagraph));
                    best.Add(ScoreAsBoosts(new TermQuery(new Term(SentenceFields.Context, term)), group.Share * InContext));
                }
                groups.Add(best, Occur.SHOULD);
            }
            coverage = groups;
        }
        if (question.Phrase is not { } phrase || stage == Stage.Surroundings)
            return coverage;

        var either = new DisjunctionMaxQuery(0f);
        foreach (var (field, worth) in new[] { (SentenceFields.Quote, PhraseInQuote), (SentenceFields.Text, PhraseInSentence) })
        {
            if (PhraseIn(field, phrase) is { } phraseQuery)
                either.Add(ScoreAsBoosts(phraseQuery, worth));
        }
        if (coverage is not null)
        {
            coverage.Boost = (float)PhraseNearMiss;
            either.Add(coverage);
        }
        return either.Disjuncts.Count == 0 ? null : either;
    }

    /// <summary>A clause that adds exactly <paramref name="worth"/> to a matching sentence's score
    /// (the index's searchers neither normalise nor coordinate scores).</summary>
    private static ConstantScoreQuery ScoreAsBoosts(Query query, double worth) => new(query) { Boost = (float)worth };

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
