using ChatBot.Hosting;
using ChatBot.Ingestion;

// The coverage bot host: read articles -> index sentences -> answer questions over Bot
// Framework's HTTP protocol. Each line is a chapter; see the named extension methods.
var builder = WebApplication.CreateBuilder(args);

builder.AddCoverage();
builder.AddBot();
builder.AddIngestion();

var app = builder.Build();

app.MapBotEndpoints();
app.MapArticleEndpoints();

app.Run();

/// <summary>Visible to tests, which boot the real host.</summary>
public partial class Program;
