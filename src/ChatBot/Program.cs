using ChatBot.Hosting;

// The coverage bot host: read articles -> index sentences -> answer questions over Bot
// Framework's HTTP protocol. Each line is a chapter; see the named extension methods.
var builder = WebApplication.CreateBuilder(args);

builder.AddCoverage();
builder.AddBot();

var app = builder.Build();

app.MapBotEndpoints();

app.Run();

/// <summary>Visible to tests, which boot the real host.</summary>
public partial class Program;
