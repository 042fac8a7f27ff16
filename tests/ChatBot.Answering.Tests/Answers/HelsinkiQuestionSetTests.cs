using ChatBot.Answering.Answers;
using ChatBot.Answering.Conversations;
using ChatBot.Answering.Evaluation;
using ChatBot.Coverage;
using ChatBot.Search.Indexing;
using ChatBot.TestSupport;

namespace ChatBot.Answering.Tests.Answers;

/// <summary>The Helsinki question set over the 144-article corpus, through the real
/// pipeline and an on-disk index: a guard against regressions while the last rows are
/// worked on.</summary>
public sealed class HelsinkiQuestionSetTests : IDisposable
{
    /// <summary>Rows that pass today; raise as the pipeline improves, never lower.</summary>
    private const int PassingFloor = 25;

    private readonly string _path = Directory.CreateTempSubdirectory("chatbot-helsinki-").FullName;

    public void Dispose() => Directory.Delete(_path, recursive: true);

    [Fact]
    public void Answer_HelsinkiDevQuestions_AtLeastTheKnownRowsPass()
    {
        using var index = CoverageIndex.Open(_path);
        var report = new FolderIndexer(index, new CoverageAnalyzer()).Synchronize(SharedMaterial.HelsinkiCorpus);
        Assert.Equal(144, report.Added.Count);
        var answers = new AnswerService(index);
        var rows = QuestionSetRow.ReadFile(Path.Combine(SharedMaterial.Eval, "helsinki-dev-questions.jsonl"));

        var failures = new List<string>();
        foreach (var conversation in QuestionSetRow.Conversations(rows))
        {
            var memory = new ConversationMemory();
            foreach (var row in conversation)
            {
                var problems = ReplyCheck.Failures(row, AnswerText.Render(answers.Answer(row.Ask, memory)));
                if (problems.Count > 0)
                    failures.Add($"{row.Id}: {string.Join("; ", problems)}");
            }
        }

        var passed = rows.Count - failures.Count;
        Assert.True(passed >= PassingFloor, $"{passed} of {rows.Count} passed (floor {PassingFloor}):\n{string.Join("\n", failures)}");
    }
}
