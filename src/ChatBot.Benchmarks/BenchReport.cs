using System.Globalization;
using System.Text.Json;
using ChatBot.Benchmarks.Corpus;
using ChatBot.Benchmarks.Fts5;
using ChatBot.Benchmarks.Http;
using ChatBot.Benchmarks.Measurement;

namespace ChatBot.Benchmarks;

/// <summary>Everything one bench run measured, printed as a table and as one JSON line.</summary>
public sealed class BenchReport
{
    public required MachineInfo Machine { get; init; }

    public List<TierResult> Tiers { get; } = [];

    public LatencyStats? BareLucene { get; set; }

    public Fts5Result? Fts5 { get; set; }

    public List<HttpResult> Http { get; } = [];

    /// <summary>The bot at concurrency 32 with its search result cache off: every repeated
    /// question searched again (the default host keeps recent searches).</summary>
    public LoadResult? HttpUncachedC32 { get; set; }

    public double PeakRssMb { get; set; }

    public double ColdStartMs { get; set; }

    public double ColdStartSeedMs { get; set; }

    public string LoadAverageEnd { get; set; } = "";

    public double TotalSeconds { get; set; }

    private TierResult Largest => Tiers[^1];

    private double QueryP50 => Largest.Answering.ByKind.TryGetValue(BenchQuestion.SpeakerTopic, out var s) ? s.P50Ms : Largest.Answering.All.P50Ms;

    public void PrintTable(TextWriter output)
    {
        var m = Machine;
        output.WriteLine($"machine: {m.Cores} cores, {m.MemoryMb} MB, {m.Os}, {m.Runtime}; load average at start {m.LoadAverage}, at end {LoadAverageEnd}");
        output.WriteLine();
        Row(output, "measure", "value", "note");
        Row(output, "-------", "-----", "----");
        foreach (var tier in Tiers)
        {
            var i = tier.Ingestion;
            var a = tier.Answering;
            var name = $"{i.Sentences:N0} sentences";
            Row(output, $"ingest {name}", $"{i.SentencesPerSecond:N0} sent/s", $"{i.ArticlesPerSecond:N0} articles/s, {i.Seconds:F1} s ({i.CpuSeconds:F1} s CPU), index {i.IndexMbPerMillionSentences:N0} MB per 1M sentences");
            Row(output, $"answer {name}", $"p50 {a.All.P50Ms:F2} ms", $"p99 {a.All.P99Ms:F2} ms, {a.All.PerSecond:N0} answers/s (1 thread), {a.CpuMsPerAnswer:F2} ms CPU per answer, {a.Found}/{a.Questions} questions found");
            foreach (var (kind, stats) in a.ByKind)
                Row(output, $"  {kind}", $"p50 {stats.P50Ms:F2} ms", $"p99 {stats.P99Ms:F2} ms");
        }
        if (BareLucene is { } bare)
            Row(output, "bare Lucene speaker+term top 5", $"p50 {bare.P50Ms:F2} ms", $"p99 {bare.P99Ms:F2} ms (same index, no understanding or ranking)");
        if (Fts5 is { } f)
        {
            Row(output, "FTS5 build", $"{f.BuildSeconds:F1} s", $"{f.Rows / f.BuildSeconds:N0} sent/s, {f.DatabaseBytes / 1048576.0:N0} MB; ours {Largest.Ingestion.Seconds:F1} s = {Largest.Ingestion.Seconds / f.BuildSeconds:F1}x (ours also parses and attributes)");
            Row(output, "FTS5 speaker+term top 5", $"p50 {f.Query.P50Ms:F2} ms", $"p99 {f.Query.P99Ms:F2} ms; our answer p50 {QueryP50:F2} ms = {QueryP50 / f.Query.P50Ms:F1}x ({f.Engine})");
        }
        foreach (var h in Http)
        {
            Row(output, $"HTTP bot c{h.Concurrency}", $"{h.Bot.PerSecond:N0} req/s", $"p50 {h.Bot.P50Ms:F1} ms, p99 {h.Bot.P99Ms:F1} ms, {h.Bot.Count} requests, {h.BotErrors} errors");
            Row(output, $"HTTP echo c{h.Concurrency}", $"{h.Echo.PerSecond:N0} req/s", $"p50 {h.Echo.P50Ms:F1} ms, p99 {h.Echo.P99Ms:F1} ms, {h.Echo.Count} requests, {h.EchoErrors} errors; bot = {h.ShareOfEcho:P0} of echo");
        }
        if (HttpUncachedC32 is { } uncached)
        {
            var echo32 = Http.FirstOrDefault(h => h.Concurrency == 32)?.Echo.PerSecond ?? 0;
            Row(output, "HTTP bot c32, no result cache", $"{uncached.Stats.PerSecond:N0} req/s",
                $"p50 {uncached.Stats.P50Ms:F1} ms, p99 {uncached.Stats.P99Ms:F1} ms, {uncached.Errors} errors; every question searched again; = {(echo32 == 0 ? 0 : uncached.Stats.PerSecond / echo32):P0} of echo");
        }
        if (Http.Count == 0)
        {
            output.WriteLine();
            output.WriteLine($"bench took {TotalSeconds:F0} s (host left out)");
            return;
        }
        Row(output, "host peak RSS", $"{PeakRssMb:N0} MB", $"VmHWM with the {Largest.Ingestion.Sentences:N0} sentence index, after the HTTP runs");
        Row(output, "cold start, existing index", $"{ColdStartMs:N0} ms", "process start to first answer");
        Row(output, "cold start, seeds", $"{ColdStartSeedMs:N0} ms", "process start to first answer, indexing the seed article first");
        output.WriteLine();
        output.WriteLine($"bench took {TotalSeconds:F0} s");
    }

    public string ToJson()
    {
        var largest = Largest;
        var c1 = Http.FirstOrDefault(h => h.Concurrency == 1);
        var c32 = Http.FirstOrDefault(h => h.Concurrency == 32);
        var json = new Dictionary<string, object?>
        {
            ["machine_cores"] = Machine.Cores,
            ["machine_memory_mb"] = Machine.MemoryMb,
            ["machine_os"] = Machine.Os,
            ["dotnet"] = Machine.Runtime,
            ["load_average_start"] = Machine.LoadAverage,
            ["load_average_end"] = LoadAverageEnd,
            ["sentences"] = largest.Ingestion.Sentences,
            ["articles"] = largest.Ingestion.Articles,
            ["ingest_articles_per_second"] = Round(largest.Ingestion.ArticlesPerSecond),
            ["ingest_sentences_per_second"] = Round(largest.Ingestion.SentencesPerSecond),
            ["build_seconds"] = Round(largest.Ingestion.Seconds),
            ["build_cpu_seconds"] = Round(largest.Ingestion.CpuSeconds),
            ["index_mb_per_million_sentences"] = Round(largest.Ingestion.IndexMbPerMillionSentences),
            ["answer_p50_ms"] = Round(largest.Answering.All.P50Ms),
            ["answer_p99_ms"] = Round(largest.Answering.All.P99Ms),
            ["answers_per_second"] = Round(largest.Answering.All.PerSecond),
            ["answer_cpu_ms"] = Round(largest.Answering.CpuMsPerAnswer),
            ["questions_found"] = largest.Answering.Found,
            ["questions"] = largest.Answering.Questions,
            ["query_p50_ms"] = Round(QueryP50),
            ["bare_lucene_query_p50_ms"] = BareLucene is { } b ? Round(b.P50Ms) : null,
            ["fts5_engine"] = Fts5?.Engine,
            ["fts5_build_seconds"] = Fts5 is { } f ? Round(f.BuildSeconds) : null,
            ["fts5_query_p50_ms"] = Fts5 is { } g ? Round(g.Query.P50Ms) : null,
            ["build_ratio_vs_fts5"] = Fts5 is { } h ? Round(largest.Ingestion.Seconds / h.BuildSeconds) : null,
            ["query_ratio_vs_fts5"] = Fts5 is { } k ? Round(QueryP50 / k.Query.P50Ms) : null,
            ["http_rps_c1"] = c1 is null ? null : Round(c1.Bot.PerSecond),
            ["http_p50_ms_c1"] = c1 is null ? null : Round(c1.Bot.P50Ms),
            ["http_p99_ms_c1"] = c1 is null ? null : Round(c1.Bot.P99Ms),
            ["echo_rps_c1"] = c1 is null ? null : Round(c1.Echo.PerSecond),
            ["http_rps_c32"] = c32 is null ? null : Round(c32.Bot.PerSecond),
            ["http_p50_ms_c32"] = c32 is null ? null : Round(c32.Bot.P50Ms),
            ["http_p99_ms_c32"] = c32 is null ? null : Round(c32.Bot.P99Ms),
            ["echo_rps_c32"] = c32 is null ? null : Round(c32.Echo.PerSecond),
            ["echo_p99_ms_c32"] = c32 is null ? null : Round(c32.Echo.P99Ms),
            ["http_share_of_echo_c32"] = c32 is null ? null : Round(c32.ShareOfEcho),
            ["http_rps_c32_uncached"] = HttpUncachedC32 is { } u ? Round(u.Stats.PerSecond) : null,
            ["http_p99_ms_c32_uncached"] = HttpUncachedC32 is { } u99 ? Round(u99.Stats.P99Ms) : null,
            ["http_errors"] = Http.Sum(x => x.BotErrors + x.EchoErrors),
            ["peak_rss_mb"] = Http.Count == 0 ? null : Round(PeakRssMb),
            ["cold_start_ms"] = Http.Count == 0 ? null : Round(ColdStartMs),
            ["cold_start_seed_ms"] = Http.Count == 0 ? null : Round(ColdStartSeedMs),
            ["tiers"] = Tiers.Select(t => new Dictionary<string, object>
            {
                ["sentences"] = t.Ingestion.Sentences,
                ["ingest_sentences_per_second"] = Round(t.Ingestion.SentencesPerSecond),
                ["answer_p50_ms"] = Round(t.Answering.All.P50Ms),
                ["answer_p99_ms"] = Round(t.Answering.All.P99Ms),
                ["answers_per_second"] = Round(t.Answering.All.PerSecond),
            }).ToList(),
        };
        return JsonSerializer.Serialize(json);
    }

    private static double Round(double value) => Math.Round(value, value >= 100 ? 0 : 3);

    private static void Row(TextWriter output, string name, string value, string note) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} {value,-18} {note}"));
}
