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
    public void From_EveryQuoteOfRealArticles_IndexesTheWordsOfItsOwnAnalysis()
    {
        var analyzer = CoverageTextAnalyzer.Create();
        var files = Directory.GetFiles(SharedMaterial.HelsinkiCorpus, "*.txt").Order(StringComparer.Ordinal).Take(12).ToList();
        var quotes = 0;
        var replayed = 0;
        foreach (var file in files)
        {
            var analyzed = new CoverageAnalyzer().Analyze(ArticleParser.Parse(Path.GetFileName(file), File.ReadAllText(file)));
            foreach (var (sentence, document) in analyzed.Sentences.Zip(SentenceDocuments.From(analyzed)))
            {
                var fields = document.Fields.Where(f => f.Name == SentenceFields.Quote).ToList();
                var attributions = analyzed.AttributionsIn(sentence).ToList();
                Assert.Equal(attributions.Count, fields.Count);
                foreach (var (attribution, field) in attributions.Zip(fields))
                {
                    var expected = Normalised(AnalyzedTerms.WithPositions(analyzer, SentenceFields.Quote, attribution.Quote));
                    var initials = InitialsOf(analyzer, attribution.Quote);
                    using var stream = field.GetTokenStream(analyzer);
                    var actual = Normalised(AnalyzedTerms.WithPositions(stream));
                    // A name's initials stack on the name; where the paragraph goes on with
                    // "and" after it ("praised Vladimir Putin and seemed"), they stand on the
                    // dropped "and", one position later, in the quote as in the sentence's text.
                    Assert.Equal(expected.Where(w => !initials.Contains(w.Item1)), actual.Where(w => !initials.Contains(w.Item1)));
                    Assert.Equal(expected.Where(w => initials.Contains(w.Item1)).Select(w => w.Item1), actual.Where(w => initials.Contains(w.Item1)).Select(w => w.Item1));
                    Assert.All(expected.Where(w => initials.Contains(w.Item1)).Zip(actual.Where(w => initials.Contains(w.Item1))),
                        pair => Assert.InRange(pair.Second.Item2 - pair.First.Item2, 0, 1));
                    quotes++;
                    replayed += ((Lucene.Net.Documents.Field)field).GetTokenStreamValue() is not null ? 1 : 0;
                }
            }
        }
        // Most quotes stand in the text as written; those that run over two paragraphs do not.
        Assert.True(quotes > 100 && replayed > quotes * 9 / 10, $"{replayed} of {quotes} quotes from their paragraph's analysis");
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
                // A sentence alone in its paragraph has no such words, and no field for them.
                var field = document.Fields.SingleOrDefault(f => f.Name == SentenceFields.ParagraphWords);
                Assert.Equal(expected.Count > 0, field is not null);
                if (field is null)
                    continue;
                using var stream = field.GetTokenStream(analyzer);
                Assert.Equal(expected, AnalyzedTerms.WithPositions(stream).Select(w => w.Term).Order(StringComparer.Ordinal));
                withNeighbours++;
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

    // The initials a text's analysis adds for the names in it (the token type InitialsFilter gives them).
    private static HashSet<string> InitialsOf(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream(SentenceFields.Quote, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var type = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ITypeAttribute>();
        var initials = new HashSet<string>(StringComparer.Ordinal);
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (type.Type == "<INITIALS>")
                initials.Add(term.ToString());
        }
        stream.End();
        return initials;
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
