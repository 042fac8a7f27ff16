using ChatBot.Search.Indexing;

namespace ChatBot.Answering.Questions;

/// <summary>Reads a <see cref="CoverageCatalog"/> from the index, and keeps it until the index
/// changes, so questions don't pay for listing every speaker.</summary>
public sealed class CoverageCatalogReader(CoverageIndex index)
{
    private (long Generation, CoverageCatalog Catalog)? _cached;

    public CoverageCatalog Current
    {
        get
        {
            var generation = index.Generation;
            var cached = _cached;
            if (cached is { } c && c.Generation == generation)
                return c.Catalog;
            var catalog = Read();
            _cached = (generation, catalog);
            return catalog;
        }
    }

    private CoverageCatalog Read()
    {
        var dates = index.Values(SentenceFields.Date)
            .Select(d => IndexDate.Parse(d))
            .Where(d => d is not null)
            .ToList();
        return new CoverageCatalog(index.Speakers(), index.Values(SentenceFields.Outlet), dates.Max(), index.Statistics());
    }
}
