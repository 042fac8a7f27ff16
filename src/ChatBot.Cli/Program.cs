using System.CommandLine;
using ChatBot.Cli.Commands;

// Each command lives in Commands/, one file each; this list is the whole tool.
var root = new RootCommand("chatbot: ask the news coverage who said what, and measure how well it knows.")
{
    AttributionsCommand.Create(),
    AttributionEvalCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
