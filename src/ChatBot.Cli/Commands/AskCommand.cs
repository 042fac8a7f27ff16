using System.CommandLine;
using ChatBot.Answering.Answers;
using ChatBot.Answering.Conversations;

namespace ChatBot.Cli.Commands;

/// <summary><c>ask "question"</c>: prints the answer the bot would give.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, in quotes." };
        var articles = CoverageOptions.Articles();
        var index = CoverageOptions.Index();
        var command = new Command("ask", "Answer one question from the coverage, as the bot would.") { question, articles, index };
        command.SetAction(parse =>
        {
            using var coverage = CoverageOptions.Load(parse.GetValue(articles)!, parse.GetValue(index));
            var answer = new AnswerService(coverage).Answer(parse.GetValue(question), new ConversationMemory());
            Console.WriteLine(AnswerText.Render(answer));
            return 0;
        });
        return command;
    }
}
