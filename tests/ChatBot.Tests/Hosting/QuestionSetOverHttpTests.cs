using ChatBot.Answering.Evaluation;
using ChatBot.TestSupport;

namespace ChatBot.Tests.Hosting;

/// <summary>The shared seed question set, asked over HTTP as Bot Framework message activities
/// (channel emulator, expectReplies), follow-ups in one conversation.</summary>
public sealed class QuestionSetOverHttpTests(SeedHostFixture host) : IClassFixture<SeedHostFixture>
{
    [Fact]
    public async Task DevQuestions_AskedOverHttp_EveryRowPasses()
    {
        var rows = QuestionSetRow.ReadFile(Path.Combine(SharedMaterial.Eval, "dev-questions.jsonl"));
        var failures = new List<string>();

        foreach (var conversation in QuestionSetRow.Conversations(rows))
        {
            var client = new ActivityClient(host.Client);
            foreach (var row in conversation)
            {
                var reply = ActivityClient.Visible(await client.AskAsync(row.Ask));
                var problems = ReplyCheck.Failures(row, reply);
                if (problems.Count > 0)
                    failures.Add($"{row.Id} ({row.Ask}): {string.Join("; ", problems)}\n{reply}");
            }
        }

        Assert.True(rows.Count >= 7, "the question set was not read");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }
}
