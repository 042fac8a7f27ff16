using ChatBot.Coverage;
using ChatBot.Coverage.Articles;
using ChatBot.Search.Indexing;
using ChatBot.Search.Retrieval;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Search.Tests.Indexing;

/// <summary>What a sentence's document holds as its context: the headline and the paragraphs a
/// reader has just read, reaching further back over short paragraphs; and as its paragraph.</summary>
public sealed class SentenceDocumentsTests
{
    private const string ShortParagraphs = """
        Leaders trade barbs

        The foreign minister said the ceasefire talks had collapsed overnight after a week of shelling.

        Officials were stunned.

        Diplomats left.

        “These are moves that are hard to call friendly,” the ambassador said.
        """;

    private const string LongParagraphs = """
        Leaders trade barbs

        The foreign minister said the ceasefire talks had collapsed overnight after a week of shelling.

        Officials across the capital were stunned by the speed of events, and several of them spent the night in emergency meetings that produced no statement at all, only rumours and a great deal of worry among the staff.

        Diplomats from three countries left the city on the first flights out, saying they had been told nothing and expected to be told nothing for some days yet, perhaps weeks.

        “These are moves that are hard to call friendly,” the ambassador said.
        """;

    [Fact]
    public void From_ShortParagraphsBeforeAQuote_ContextReachesTheTopicThreeParagraphsBack()
    {
        Assert.Contains(QuoteSentencesWithContextTerm(ShortParagraphs, "ceasefir"), h => h.Text.Contains("hard to call friendly", StringComparison.Ordinal));
    }

    [Fact]
    public void From_TypicalParagraphsBeforeAQuote_ContextStopsAfterTwo()
    {
        Assert.DoesNotContain(QuoteSentencesWithContextTerm(LongParagraphs, "ceasefir"), h => h.Text.Contains("hard to call friendly", StringComparison.Ordinal));
    }

    [Fact]
    public void From_Context_HoldsTheWordsAroundTheParagraphButNotItsOwn()
    {
        using var index = CoverageIndex.InMemory();
        index.Index(new CoverageAnalyzer().Analyze(ArticleParser.Parse("story", ShortParagraphs)));
        index.Commit();
        string[] asked = ["leader", "ceasefir", "stun", "diplomat", "ambassador", "friendli", "weather"];

        var hit = new SentenceSearcher(index).Hits(new TermQuery(new Term(SentenceFields.Text, "friendli")), 1, asked).Single();

        Assert.Equal(["leader", "ceasefir", "stun", "diplomat"], hit.ContextTerms.OrderBy(t => Array.IndexOf(asked, t)));
        // The sentence is its paragraph: its own words are in its text, not in the paragraph's.
        Assert.Empty(hit.ParagraphTerms);
    }

    [Fact]
    public void From_SeveralSentences_ArticleFieldsStoredOnceAndEverySentenceKnowsItsSource()
    {
        var source = new ArticleSource("Capital Post", "https://post.example/barbs", new DateOnly(2024, 5, 6));
        using var index = CoverageIndex.InMemory();
        index.Index(new CoverageAnalyzer().Analyze(ArticleParser.Parse("story", ShortParagraphs, source)));
        index.Commit();

        var documents = SentenceDocuments.From(new CoverageAnalyzer().Analyze(ArticleParser.Parse("story", ShortParagraphs, source))).ToList();
        var hits = new SentenceSearcher(index).Search(new TermQuery(new Term(SentenceFields.Article, "story")), 20);

        Assert.True(documents.Count > 3);
        string[] articleFields = [SentenceFields.Headline, SentenceFields.Outlet, SentenceFields.Date, SentenceFields.Url, SentenceFields.ContentHash];
        Assert.Equal(articleFields.Order(), Stored(documents[0]).Intersect(articleFields).Order());
        Assert.All(documents.Skip(1), d => Assert.Empty(Stored(d).Intersect(articleFields)));
        Assert.Equal(documents.Count, hits.Count);
        Assert.All(hits, h => Assert.Equal(("Leaders trade barbs", "Capital Post", source.Date, source.Url), (h.Headline, h.Outlet, h.Date, h.Url)));
        var listed = index.Articles()["story"];
        Assert.Equal(("Leaders trade barbs", "Capital Post", "2024-05-06", source.Url), (listed.Headline, listed.Outlet, listed.Date, listed.Url));
    }

    private static IEnumerable<string> Stored(Lucene.Net.Documents.Document document) =>
        document.Fields.Where(f => f.IndexableFieldType.IsStored).Select(f => f.Name);

    private static IReadOnlyList<SentenceHit> QuoteSentencesWithContextTerm(string text, string term)
    {
        using var index = CoverageIndex.InMemory();
        index.Index(new CoverageAnalyzer().Analyze(ArticleParser.Parse("story", text)));
        index.Commit();
        return new SentenceSearcher(index).Search(new TermQuery(new Term(SentenceFields.Context, term)), 20);
    }
}
