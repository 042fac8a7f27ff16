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
    public void From_Context_HoldsTheWordsAroundTheParagraphAndTheParagraphFieldItsOwn()
    {
        using var index = CoverageIndex.InMemory();
        index.Index(new CoverageAnalyzer().Analyze(ArticleParser.Parse("story", ShortParagraphs)));
        index.Commit();
        string[] asked = ["leader", "ceasefir", "stun", "diplomat", "ambassador", "friendli", "weather"];

        var hit = new SentenceSearcher(index).Hits(new TermQuery(new Term(SentenceFields.Text, "friendli")), 1, asked).Single();

        Assert.Equal(["leader", "ceasefir", "stun", "diplomat"], hit.ContextTerms.OrderBy(t => Array.IndexOf(asked, t)));
        Assert.Equal(["ambassador", "friendli"], hit.ParagraphTerms.OrderBy(t => Array.IndexOf(asked, t)));
    }

    private static IReadOnlyList<SentenceHit> QuoteSentencesWithContextTerm(string text, string term)
    {
        using var index = CoverageIndex.InMemory();
        index.Index(new CoverageAnalyzer().Analyze(ArticleParser.Parse("story", text)));
        index.Commit();
        return new SentenceSearcher(index).Search(new TermQuery(new Term(SentenceFields.Context, term)), 20);
    }
}
