using System.CommandLine;
using System.Text.Json;
using ChatBot.Cli.Commands;

// Each command lives in Commands/, one file each; this list is the whole tool.
var root = new RootCommand("chatbot: ask the news coverage who said what, and measure how well it knows.")
{
    AskCommand.Create(),
    EvalCommand.Create(),
    AttributionsCommand.Create(),
    AttributionEvalCommand.Create(),
    IngestCommand.Create(),
    BenchCommand.Create(),
};

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException)
{
    // A user's mistake (a missing folder, a malformed question file) gets one clear line, not a stack trace.
    Console.Error.WriteLine($"chatbot: {e.Message}");
    return 2;
}
