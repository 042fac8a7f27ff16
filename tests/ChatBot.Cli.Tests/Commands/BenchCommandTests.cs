using System.Text.Json;

namespace ChatBot.Cli.Tests.Commands;

/// <summary>The bench at a tiny size, end to end (corpus, index, FTS5, the real host as a child
/// process on 127.0.0.1, echo floor), so the tool can't rot. Checks the JSON contract only;
/// timings are never asserted.</summary>
public class BenchCommandTests
{
    private static readonly string[] RequiredKeys =
    [
        "ingest_sentences_per_second", "answer_p50_ms", "answer_p99_ms", "http_rps_c32", "echo_rps_c32",
        "fts5_build_seconds", "build_seconds", "fts5_query_p50_ms", "query_p50_ms", "peak_rss_mb", "cold_start_ms",
    ];

    [Fact]
    public void Bench_TinyCorpusWithJson_LastLineHasEveryFigureAsAPositiveNumber()
    {
        var (exitCode, output, error) = CliProcess.Run("bench", "--sentences", "1000", "--requests", "64", "--rounds", "2", "--json");

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        var last = output.TrimEnd().Split('\n')[^1];
        using var json = JsonDocument.Parse(last);
        foreach (var key in RequiredKeys)
        {
            Assert.True(json.RootElement.TryGetProperty(key, out var value), $"missing {key} in {last}");
            Assert.True(value.ValueKind == JsonValueKind.Number && value.GetDouble() > 0, $"{key} is {value} in {last}");
        }
        Assert.Equal(0, json.RootElement.GetProperty("http_errors").GetInt32());
        Assert.True(json.RootElement.GetProperty("questions_found").GetInt32() > 0, "the question set found nothing");
        Assert.Contains("cores", output);
        Assert.Contains("load average", output);
    }
}
