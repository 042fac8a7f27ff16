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
        var explain = new Option<bool>("--explain") { Description = "Also print how the question was understood and the ranked candidates with their confidence." };
        var command = new Command("ask", "Answer one question from the coverage, as the bot would.") { question, articles, index, explain };
        command.SetAction(parse =>
        {
            using var coverage = CoverageOptions.Load(parse.GetValue(articles)!, parse.GetValue(index));
            var service = new AnswerService(coverage);
            var answer = service.Answer(parse.GetValue(question), new ConversationMemory());
            Console.WriteLine(AnswerText.Render(answer));
            if (parse.GetValue(explain))
            {
                var (understood, candidates) = service.Explain(parse.GetValue(question)!);
                Console.WriteLine();
                Console.WriteLine($"understood: {understood.Kind}; speakers [{string.Join(", ", understood.Speakers)}] (mention '{understood.SpeakerMention}'); topic [{string.Join(", ", understood.TopicWords)}]; phrase '{understood.Phrase}'; outlet '{understood.Outlet}'; dates {understood.Dates}");
                foreach (var item in candidates.Take(15))
                    Console.WriteLine($"  {item.Confidence:F2} {item.Kind,-9} {item.Speaker ?? "-",-22} {Shorten(item.Quote)}  [{string.Join("; ", item.Sources.Select(s => s.Outlet ?? s.ArticleId))}]");
            }
            return 0;
        });
        return command;
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..90] + "…";
}
