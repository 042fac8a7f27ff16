using Lucene.Net.Util;

namespace ChatBot.Search.Indexing;

/// <summary>The one Lucene compatibility version used everywhere.</summary>
public static class SearchVersion
{
    public const LuceneVersion Lucene = LuceneVersion.LUCENE_48;
}
