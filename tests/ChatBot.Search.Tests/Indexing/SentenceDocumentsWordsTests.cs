using ChatBot.Coverage;
using ChatBot.Coverage.Articles;
using ChatBot.Search.Indexing;
using ChatBot.Search.Retrieval;
using ChatBot.TestSupport;
using Lucene.Net.Index;

namespace ChatBot.Search.Tests.Indexing;

/// <summary>A sentence's indexed words come from analysing its paragraph once: they must be
/// exactly the words, in the same order and at the same distances, that analysing the sentence
/// on its own gives, or a question would find a sentence by a neighbour's words or miss a phrase.</summary>
public sealed class SentenceDocumentsWordsTests
{
    [Fact]
    public void From_EverySentenceOfRealArticles_IndexesTheWordsOfItsOwnAnalysis()
    {
        var analyzer = CoverageTextAnalyzer.Create();
        var files = Directory.GetFiles(SharedMaterial.HelsinkiCorpus, "*.txt").Order(StringComparer.Ordinal).Take(12).ToList();
        Assert.NotEmpty(files);
        var sentences = 0;
        foreach (var file in files)
        {
            var analyzed = new CoverageAnalyzer().Analyze(ArticleParser.Parse(Path.GetFileName(file), File.ReadAllText(file)));
            foreach (var (sentence, document) in analyzed.Sentences.Zip(SentenceDocuments.From(analyzed)))
            {
                Assert.Equal(Normalised(AnalyzedTerms.WithPositions(analyzer, SentenceFields.Text, sentence.Text)), IndexedWords(document, analyzer));
                sentences++;
            }
        }
        Assert.True(sentences > 200, $"only {sentences} sentences read");
    }

    [Fact]
    public void From_EverySentenceOfRealArticles_ParagraphFieldHoldsOnlyTheParagraphWordsTheSentenceLacks()
    {
        var analyzer = CoverageTextAnalyzer.Create();
        var files = Directory.GetFiles(SharedMaterial.HelsinkiCorpus, "*.txt").Order(StringComparer.Ordinal).Take(12).ToList();
        var withNeighbours = 0;
        foreach (var file in files)
        {
            var analyzed = new CoverageAnalyzer().Analyze(ArticleParser.Parse(Path.GetFileName(file), File.ReadAllText(file)));
            var article = analyzed.Article;
            foreach (var (sentence, document) in analyzed.Sentences.Zip(SentenceDocuments.From(analyzed)))
            {
                var paragraph = article.Paragraphs.Single(p => p.Number == sentence.Paragraph);
                var expected = AnalyzedTerms.Of(analyzer, SentenceFields.Text, article.TextOf(paragraph.Span))
                    .Except(AnalyzedTerms.Of(analyzer, SentenceFields.Text, sentence.Text)).Order(StringComparer.Ordinal).ToList();
                var field = Assert.Single(document.Fields, f => f.Name == SentenceFields.ParagraphWords);
                using var stream = field.GetTokenStream(analyzer);
                Assert.Equal(expected, AnalyzedTerms.WithPositions(stream).Select(w => w.Term).Order(StringComparer.Ordinal));
                withNeighbours += expected.Count > 0 ? 1 : 0;
            }
        }
        Assert.True(withNeighbours > 20, $"only {withNeighbours} sentences share a paragraph with words of their own");
    }

    [Theory]
    // Stop words end one sentence and begin the next; a name's initials close a sentence and
    // open the next; a quotation runs over two sentences of one paragraph.
    [InlineData("Talks stalled.\n\nThe minister said it was over and done with. It is the end of it, he said.\n")]
    [InlineData("Treaty\n\nThey left the North Atlantic Treaty Organization. North Atlantic Treaty Organization officials said so.\n")]
    [InlineData("Quote\n\n“We are done. We leave today,” the minister said. Nobody answered.\n")]
    public void From_SentencesSharingAParagraph_EachIndexesOnlyItsOwnWords(string text)
    {
        var analyzer = CoverageTextAnalyzer.Create();
        var analyzed = new CoverageAnalyzer().Analyze(ArticleParser.Parse("a", text));
        Assert.True(analyzed.Sentences.Count >= 2);

        foreach (var (sentence, document) in analyzed.Sentences.Zip(SentenceDocuments.From(analyzed)))
            Assert.Equal(Normalised(AnalyzedTerms.WithPositions(analyzer, SentenceFields.Text, sentence.Text)), IndexedWords(document, analyzer));
    }

    // The terms of the document's indexed text field, with positions counted from the first.
    private static List<(string, int)> IndexedWords(Lucene.Net.Documents.Document document, Lucene.Net.Analysis.Analyzer analyzer)
    {
        var field = Assert.Single(document.Fields, f => f.Name == SentenceFields.Text && f.IndexableFieldType.IsIndexed);
        using var stream = field.GetTokenStream(analyzer);
        var words = AnalyzedTerms.WithPositions(stream);
        return Normalised(words);
    }

    private static List<(string, int)> Normalised(List<(string Term, int Position)> words) =>
        words.Count == 0 ? [] : [.. words.Select(w => (w.Term, w.Position - words[0].Position))];
}
