using System.Diagnostics;
using ChatBot.Benchmarks.Answering;
using ChatBot.Benchmarks.Corpus;
using ChatBot.Benchmarks.Fts5;
using ChatBot.Benchmarks.Http;
using ChatBot.Benchmarks.Ingestion;
using ChatBot.Benchmarks.Measurement;
using ChatBot.Search.Indexing;

namespace ChatBot.Benchmarks;

/// <summary>
/// One bench run, in order: per tier, generate the corpus, ingest it and answer the question
/// set in-process; on the largest, FTS5 and bare Lucene on the same sentences; then the real
/// host as a child process: cold start on the built index, the bot and the echo floor over HTTP
/// at concurrency 1 and 32, peak RSS, and cold start with the seed article. Progress goes to
/// <c>log</c>; every figure is in the returned report.
/// </summary>
public static class BenchRunner
{
    private static readonly TimeSpan AnswerBudget = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan HttpBudget = TimeSpan.FromSeconds(30);

    // Requests sent before each HTTP measurement and not counted, at least; the load then goes
    // on uncounted until the host stops getting faster (see HttpLoad), so both the bot and the
    // echo floor are measured warm.
    private const int WarmUp = 1000;

    public static async Task<BenchReport> RunAsync(BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var report = new BenchReport { Machine = MachineInfo.Current() };
        log.WriteLine($"bench: tiers {string.Join(", ", options.Tiers.Select(t => t.ToString("N0")))} sentences; load average {report.Machine.LoadAverage}");
        var hostDll = options.SkipHost ? null : HostLocator.HostDll(log);
        var work = options.WorkFolder ?? Directory.CreateTempSubdirectory("chatbot-bench-").FullName;
        Directory.CreateDirectory(work);
        try
        {
            SyntheticCorpus? corpus = null;
            string? indexFolder = null;
            foreach (var tier in options.Tiers)
            {
                corpus = CorpusGenerator.Write(Path.Combine(work, $"corpus-{tier}"), tier);
                log.WriteLine($"tier {tier:N0}: {corpus.Articles:N0} articles, about {corpus.Sentences:N0} sentences, {corpus.Bytes / 1048576.0:N1} MB");
                indexFolder = Path.Combine(work, $"index-{tier}");
                var (ingestion, index) = IngestionBenchmark.Run(corpus.Folder, indexFolder, cancellationToken);
                using (index)
                {
                    log.WriteLine($"  ingested {ingestion.Sentences:N0} sentences in {ingestion.Seconds:F1} s ({ingestion.SentencesPerSecond:N0}/s)");
                    var answering = AnsweringBenchmark.Run(index, corpus.Questions, options.Rounds, AnswerBudget, cancellationToken);
                    log.WriteLine($"  answered: p50 {answering.All.P50Ms:F2} ms, p99 {answering.All.P99Ms:F2} ms; {answering.Found}/{answering.Questions} found");
                    report.Tiers.Add(new TierResult(tier, ingestion, answering));
                    if (tier == options.Tiers[^1])
                    {
                        report.BareLucene = BareLuceneBenchmark.Run(index, corpus.Questions, options.Rounds);
                        report.Fts5 = Fts5Benchmark.Run(index, Path.Combine(work, "fts5.db"), corpus.Questions, options.Rounds);
                        log.WriteLine($"  FTS5: built in {report.Fts5.BuildSeconds:F1} s, p50 {report.Fts5.Query.P50Ms:F2} ms; bare Lucene p50 {report.BareLucene.P50Ms:F2} ms");
                    }
                }
            }

            if (hostDll is not null)
                await MeasureHostAsync(report, options, hostDll, corpus!, indexFolder!, work, log, cancellationToken);
        }
        finally
        {
            if (!options.Keep)
                TryDelete(work);
        }
        report.LoadAverageEnd = MachineInfo.LoadAverageNow();
        report.TotalSeconds = total.Elapsed.TotalSeconds;
        return report;
    }

    private static async Task MeasureHostAsync(BenchReport report, BenchOptions options, string hostDll, SyntheticCorpus corpus,
        string indexFolder, string work, TextWriter log, CancellationToken cancellationToken)
    {
        var questions = corpus.Questions.Select(q => q.Text).ToList();
        var first = corpus.Questions.First(q => q.Kind == BenchQuestion.SpeakerTopic).Text;
        var c1Requests = Math.Max(50, options.Requests / 10);
        var bot = new Dictionary<int, LoadResult>();

        using (var host = HostProcess.Start(hostDll, indexFolder, corpus.Folder, echoOnly: false))
        {
            report.ColdStartMs = await AnsweringAndCheckedAsync(host, first, cancellationToken);
            log.WriteLine($"host: first answer {report.ColdStartMs:N0} ms after start with the {corpus.Sentences:N0} sentence index");
            log.WriteLine($"host: start-up check of the articles done at {host.SinceStart.Elapsed.TotalSeconds:F1} s");
            bot[1] = await HttpLoad.RunAsync(host.Address, questions, 1, c1Requests, WarmUp, HttpBudget, cancellationToken);
            bot[32] = await HttpLoad.RunAsync(host.Address, questions, 32, options.Requests, WarmUp, HttpBudget, cancellationToken);
            report.PeakRssMb = host.PeakRssMb();
            log.WriteLine($"host: bot c1 {bot[1].Stats.PerSecond:N0}/s, c32 {bot[32].Stats.PerSecond:N0}/s (after warming up for {bot[1].WarmUp.TotalSeconds:F0} s and {bot[32].WarmUp.TotalSeconds:F0} s), peak RSS {report.PeakRssMb:N0} MB");
        }

        // The same host with its search result cache off: the questions repeat, so the run above
        // answers most of them from the cache, as a popular question is in production.
        using (var uncached = HostProcess.Start(hostDll, indexFolder, corpus.Folder, echoOnly: false, cacheSearches: false))
        {
            await AnsweringAndCheckedAsync(uncached, first, cancellationToken);
            report.HttpUncachedC32 = await HttpLoad.RunAsync(uncached.Address, questions, 32, options.Requests, WarmUp, HttpBudget, cancellationToken);
            log.WriteLine($"host: bot c32 without the result cache {report.HttpUncachedC32.Stats.PerSecond:N0}/s");
        }

        var seeds = Path.Combine(HostLocator.RepositoryRoot(), "seeds");
        using (var echo = HostProcess.Start(hostDll, Path.Combine(work, "index-echo"), seeds, echoOnly: true))
        {
            await ColdStart.MeasureAsync(echo, "hello", TimeSpan.FromMinutes(2), cancellationToken);
            var echo1 = await HttpLoad.RunAsync(echo.Address, questions, 1, c1Requests, WarmUp, HttpBudget, cancellationToken);
            var echo32 = await HttpLoad.RunAsync(echo.Address, questions, 32, options.Requests, WarmUp, HttpBudget, cancellationToken);
            report.Http.Add(new HttpResult(1, bot[1].Stats, bot[1].Errors, echo1.Stats, echo1.Errors));
            report.Http.Add(new HttpResult(32, bot[32].Stats, bot[32].Errors, echo32.Stats, echo32.Errors));
            log.WriteLine($"host: echo c1 {echo1.Stats.PerSecond:N0}/s, c32 {echo32.Stats.PerSecond:N0}/s (after warming up for {echo1.WarmUp.TotalSeconds:F0} s and {echo32.WarmUp.TotalSeconds:F0} s)");
        }

        using (var seed = HostProcess.Start(hostDll, Path.Combine(work, "index-seeds"), seeds, echoOnly: false))
        {
            report.ColdStartSeedMs = await ColdStart.MeasureAsync(seed, "what did Putin say about collusion?", TimeSpan.FromMinutes(2), cancellationToken);
            log.WriteLine($"host: first answer {report.ColdStartSeedMs:N0} ms after start with the seed article (fresh index)");
        }
    }

    /// <summary>Waits for the host's first real answer (returning how long after start it came),
    /// then for its start-up check of the articles, so later measurements don't share the CPU
    /// with it.</summary>
    private static async Task<double> AnsweringAndCheckedAsync(HostProcess host, string question, CancellationToken cancellationToken)
    {
        var coldStartMs = await ColdStart.MeasureAsync(host, question, TimeSpan.FromMinutes(2), cancellationToken);
        using var client = new HttpClient();
        await host.WaitIndexedAsync(client, TimeSpan.FromMinutes(30), cancellationToken);
        return coldStartMs;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder; the OS cleans it eventually.
        }
    }
}
