using System.Diagnostics;
using ChatBot.Benchmarks.Corpus;
using ChatBot.Benchmarks.Measurement;
using ChatBot.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Microsoft.Data.Sqlite;

namespace ChatBot.Benchmarks.Fts5;

/// <summary>
/// The embedded full-text engine a user might pick instead: SQLite FTS5 (through
/// Microsoft.Data.Sqlite's bundled SQLite) indexing exactly the sentences our pipeline produced,
/// with their speakers, in one transaction; then asked the speaker+topic questions as
/// <c>speaker:"Name" AND text:word</c>, best 5 by rank with their text. FTS5 does no parsing,
/// attribution or ranking of quotes, so its build and query times are a floor, not a rival.
/// </summary>
public static class Fts5Benchmark
{
    public static Fts5Result Run(CoverageIndex index, string databasePath, IReadOnlyList<BenchQuestion> questions, int rounds)
    {
        var rows = ReadSentences(index);
        if (File.Exists(databasePath))
            File.Delete(databasePath);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        var engine = $"SQLite {connection.ServerVersion} FTS5 (Microsoft.Data.Sqlite, bundled e_sqlite3)";

        var clock = Stopwatch.StartNew();
        Execute(connection, "CREATE VIRTUAL TABLE sentences USING fts5(text, speaker, article UNINDEXED, tokenize = 'porter unicode61')");
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO sentences (text, speaker, article) VALUES ($text, $speaker, $article)";
            var text = insert.Parameters.Add("$text", SqliteType.Text);
            var speaker = insert.Parameters.Add("$speaker", SqliteType.Text);
            var article = insert.Parameters.Add("$article", SqliteType.Text);
            insert.Prepare();
            foreach (var row in rows)
            {
                text.Value = row.Text;
                speaker.Value = row.Speakers;
                article.Value = row.Article;
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        var buildSeconds = clock.Elapsed.TotalSeconds;

        using var select = connection.CreateCommand();
        select.CommandText = "SELECT article, text, speaker FROM sentences WHERE sentences MATCH $query ORDER BY rank LIMIT 5";
        var match = select.Parameters.Add("$query", SqliteType.Text);
        var asked = questions.Where(q => q.Kind == BenchQuestion.SpeakerTopic)
            .Select(q => $"speaker:\"{q.Speaker}\" AND text:{q.TopicWord}")
            .ToList();
        // Warmed up as our answering is (see WarmUp), so the ratio compares like with like.
        var latency = WarmUp.ThenTimeEach(asked, rounds, query =>
        {
            match.Value = query;
            using var reader = select.ExecuteReader();
            while (reader.Read())
                _ = reader.GetString(1);
        });
        connection.Close();
        return new Fts5Result(engine, rows.Count, buildSeconds, new FileInfo(databasePath).Length, latency);
    }

    private static List<(string Text, string Speakers, string Article)> ReadSentences(CoverageIndex index) => index.Search(searcher =>
    {
        var reader = searcher.IndexReader;
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var fields = new HashSet<string> { SentenceFields.Text, SentenceFields.SpeakerId, SentenceFields.Article };
        var rows = new List<(string, string, string)>(reader.NumDocs);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is not null && !liveDocs.Get(doc))
                continue;
            var document = reader.Document(doc, fields);
            rows.Add((document.Get(SentenceFields.Text) ?? "", string.Join(" | ", document.GetValues(SentenceFields.SpeakerId)), document.Get(SentenceFields.Article) ?? ""));
        }
        return rows;
    });

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
