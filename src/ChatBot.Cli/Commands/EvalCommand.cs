using System.CommandLine;
using System.Diagnostics;
using ChatBot.Answering.Answers;
using ChatBot.Answering.Conversations;
using ChatBot.Answering.Evaluation;

namespace ChatBot.Cli.Commands;

/// <summary><c>eval FILE.jsonl</c>: asks every question of a set, in its conversations, and
/// prints each row as passed or failed, the answer times, and "N passed, M failed".</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A question set (JSON lines with ask/all/any/forbid/conv)." };
        var articles = CoverageOptions.Articles();
        var index = CoverageOptions.Index();
        var verbose = new Option<bool>("--verbose") { Description = "Print every reply, not only the failing ones." };
        var command = new Command("eval", "Run a question set through the answering pipeline and score the replies.") { file, articles, index, verbose };
        command.SetAction(parse =>
        {
            var rows = QuestionSetRow.ReadFile(parse.GetValue(file)!.FullName);
            using var coverage = CoverageOptions.Load(parse.GetValue(articles)!, parse.GetValue(index));
            var service = new AnswerService(coverage);
            var passed = 0;
            var failed = 0;
            var times = new List<double>();
            foreach (var conversation in QuestionSetRow.Conversations(rows))
            {
                var memory = new ConversationMemory();
                foreach (var row in conversation)
                {
                    var clock = Stopwatch.StartNew();
                    var reply = AnswerText.Render(service.Answer(row.Ask, memory));
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    var failures = ReplyCheck.Failures(row, reply);
                    if (failures.Count == 0)
                        passed++;
                    else
                        failed++;
                    Console.WriteLine($"{(failures.Count == 0 ? "passed" : "FAILED")} {row.Id}: {row.Ask}");
                    if (failures.Count > 0)
                        Console.WriteLine("    " + string.Join("; ", failures));
                    if (failures.Count > 0 || parse.GetValue(verbose))
                        Console.WriteLine("    reply: " + reply.Replace("\n", "\n    ", StringComparison.Ordinal));
                }
            }
            times.Sort();
            if (times.Count > 0)
                Console.WriteLine($"answer time: median {Percentile(times, 0.5):F1} ms, p99 {Percentile(times, 0.99):F1} ms over {times.Count} questions");
            Console.WriteLine($"{passed} passed, {failed} failed");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
