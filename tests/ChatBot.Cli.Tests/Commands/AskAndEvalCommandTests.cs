using ChatBot.TestSupport;

namespace ChatBot.Cli.Tests.Commands;

public class AskAndEvalCommandTests
{
    [Fact]
    public void Eval_DevQuestionSet_PrintsEveryRowAndAllPass()
    {
        var (exitCode, output, _) = CliProcess.Run("eval", Path.Combine(SharedMaterial.Eval, "dev-questions.jsonl"));

        Assert.Contains("passed d-collusion", output);
        Assert.Matches(@"(?m)^7 passed, 0 failed$", output);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public void Eval_RowThatCannotPass_IsReportedAsFailedWithNonZeroExit()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "{\"id\":\"x\",\"ask\":\"what did Putin say about collusion?\",\"all\":[\"words nobody wrote\"]}\n");

            var (exitCode, output, _) = CliProcess.Run("eval", file);

            Assert.Contains("FAILED x", output);
            Assert.Matches(@"(?m)^0 passed, 1 failed$", output);
            Assert.NotEqual(0, exitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Ask_Question_PrintsTheBotsAnswer()
    {
        var (exitCode, output, _) = CliProcess.Run("ask", "Who said \"I hold both countries responsible\"?");

        Assert.Equal(0, exitCode);
        Assert.Contains("Donald Trump", output);
        Assert.Contains("I hold both countries responsible", output);
    }

    [Fact]
    public void Ask_MissingArticlesFolder_FailsWithAClearMessage()
    {
        var (exitCode, _, error) = CliProcess.Run("ask", "hello", "--articles", "/nonexistent/folder");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("/nonexistent/folder", error);
    }

    [Fact]
    public void Help_ListsEveryCommand()
    {
        var (_, output, _) = CliProcess.Run("--help");

        foreach (var command in new[] { "ask", "eval", "attributions" })
            Assert.Contains(command, output);
    }
}
