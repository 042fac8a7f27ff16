using ChatBot.Answering.Questions;
using ChatBot.Search.Indexing;
using ChatBot.Search.Retrieval;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static ChatBot.Answering.Answers.RelevanceWeights;

namespace ChatBot.Answering.Answers;

/// <summary>
/// The Lucene query of one search stage. Its score is built from constant-score clauses under a
/// similarity without query norm or coord, so it equals the confidence of the sentence's best
/// quote (see <see cref="RelevanceWeights"/>) plus the ranking bonuses.
/// </summary>
internal sealed class StageQuery(SentenceSearcher searcher)
{
    // How far apart the words asked about in "who said ..." may stand and still be found.
    private const int PhraseSlop = 2;

    /// <summary>
    /// Filters (speaker, outlet, dates) must match; the score is built from constant-score
    /// clauses (see <see cref="ScoreAsBoosts"/>) so that it equals the confidence of the
    /// sentence's best quote plus the ranking bonuses: per topic word, the best of where it
    /// stands (in the quote, the sentence, the paragraph, the context) times its share of the
    /// topic; for "who said", the words found as a phrase.
    /// </summary>
    public Query Build(Question question, TopicTerms topic, SearchStage stage)
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
                IndexDate.Format(dates.From),
                IndexDate.Format(dates.To), true, true);
            query.Add(new ConstantScoreQuery(range) { Boost = 0 }, Occur.MUST);
        }

        switch (stage)
        {
            case SearchStage.Whole:
                AddWhole(query, question, topic);
                break;
            case SearchStage.LongDirect or SearchStage.DirectStatement:
                // A speaker's statements in their own words, the long ones first: conjunctions
                // that skip through the speaker's sentences instead of scoring them all.
                query.Add(Filter(new TermQuery(new Term(SentenceFields.Kind, SentenceFields.KindDirect))), Occur.MUST);
                var length = stage == SearchStage.LongDirect ? SentenceFields.LengthLong : SentenceFields.LengthStatement;
                query.Add(Filter(new TermQuery(new Term(SentenceFields.Length, length))), Occur.MUST);
                break;
            default:
                var relevance = Relevance(question, topic, stage);
                if (relevance is not null)
                    query.Add(relevance, question.Speakers.Count > 0 && stage != SearchStage.Surroundings ? Occur.SHOULD : Occur.MUST);
                if (stage is SearchStage.Sentence or SearchStage.Surroundings && !topic.IsEmpty)
                {
                    // Without a speaker, a sentence that does not itself hold a word of the topic
                    // is never an answer; with one, such sentences are the last stage.
                    query.Add(Filter(AnyInSentence(topic.AllTerms)), stage == SearchStage.Sentence ? Occur.MUST : Occur.MUST_NOT);
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

    private Query? Relevance(Question question, TopicTerms topic, SearchStage stage)
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
                    if (stage != SearchStage.Surroundings)
                    {
                        best.Add(ScoreAsBoosts(new TermQuery(new Term(SentenceFields.Quote, term)), group.Share * InQuote));
                        best.Add(ScoreAsBoosts(new TermQuery(new Term(SentenceFields.Text, term)), group.Share * InSentence));
                    }
                    // Words asked about in "who said ..." are looked for in the sentence only:
                    // its surroundings cannot make it the one that said them.
                    if (question.Phrase is not null)
                        continue;
                    // The paragraph field leaves out the sentence's own words, which rank higher
                    // where the sentence is searched, and which Surroundings excludes anyway.
                    best.Add(ScoreAsBoosts(new TermQuery(new Term(SentenceFields.ParagraphWords, term)), group.Share * InParagraph));
                    best.Add(ScoreAsBoosts(new TermQuery(new Term(SentenceFields.Context, term)), group.Share * InContext));
                }
                groups.Add(best, Occur.SHOULD);
            }
            coverage = groups;
        }
        if (question.Phrase is not { } phrase || stage == SearchStage.Surroundings)
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
}
