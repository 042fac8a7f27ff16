using System.CommandLine;
using ChatBot.Benchmarks;

namespace ChatBot.Cli.Commands;

/// <summary><c>bench --sentences N [--json]</c>: generates a synthetic corpus and measures
/// ingestion, answering, the host over HTTP against an echo floor, SQLite FTS5 on the same
/// sentences, peak memory and cold start, in one run (see ChatBot.Benchmarks).</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var sentences = new Option<int>("--sentences")
        {
            Description = "Sentences in the largest tier (10k, 100k and 1M run below it). Default 100000.",
            DefaultValueFactory = _ => 100_000,
        };
        var requests = new Option<int>("--requests")
        {
            Description = "Requests per HTTP run at concurrency 32 (a tenth at concurrency 1). Default 4000.",
            DefaultValueFactory = _ => 4000,
        };
        var rounds = new Option<int>("--rounds")
        {
            Description = "Times through the question set per tier in-process (stops early after 20 s). Default 60.",
            DefaultValueFactory = _ => 60,
        };
        var json = new Option<bool>("--json") { Description = "End with one JSON object of every figure on the last line." };
        var work = new Option<DirectoryInfo?>("--work") { Description = "Folder for the corpus and indexes (default: a temp folder)." };
        var skipHost = new Option<bool>("--skip-host") { Description = "Leave out the host: no HTTP, peak RSS or cold start figures (quick in-process runs)." };
        var keep = new Option<bool>("--keep") { Description = "Keep the work folder afterwards." };
        var command = new Command("bench", "Measure ingestion, answering, HTTP, memory and cold start on a synthetic corpus, beside SQLite FTS5 and an echo bot.")
        {
            sentences, requests, rounds, json, work, keep, skipHost,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new BenchOptions(parse.GetValue(sentences), parse.GetValue(requests), parse.GetValue(rounds), parse.GetValue(work)?.FullName, parse.GetValue(keep), parse.GetValue(skipHost));
            if (options.Sentences < 100 || options.Requests < 10 || options.Rounds < 1)
            {
                Console.Error.WriteLine("chatbot: --sentences must be at least 100, --requests at least 10 and --rounds at least 1.");
                return 2;
            }
            BenchReport report;
            try
            {
                report = await BenchRunner.RunAsync(options, Console.Out, cancellationToken);
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException)
            {
                // The host would not build, start or answer: say what happened, not a stack trace.
                Console.Error.WriteLine($"chatbot bench: {e.Message}");
                return 1;
            }
            Console.WriteLine();
            report.PrintTable(Console.Out);
            if (parse.GetValue(json))
                Console.WriteLine(report.ToJson());
            return 0;
        });
        return command;
    }
}
