using ChatBot.DirectLine;
using ChatBot.Hosting;
using ChatBot.WebChat;
using ChatBot.Ingestion;

// The coverage bot host: read articles -> index sentences -> answer questions over Bot
// Framework's HTTP protocol, and a Web Chat page with a built-in Direct Line for it. Each line
// is a chapter; see the named extension methods.
var builder = WebApplication.CreateBuilder(args);

builder.AddCoverage();
builder.AddBot();
builder.AddDirectLine();
builder.AddIngestion();

var app = builder.Build();

app.MapWebChatPage();
app.MapBotEndpoints();
app.MapDirectLine();
app.MapArticleEndpoints();

app.Run();

/// <summary>Visible to tests, which boot the real host.</summary>
public partial class Program;
