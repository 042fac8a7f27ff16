using Microsoft.Extensions.Options;
using ChatBot.Answering.Answers;
using ChatBot.Coverage;
using ChatBot.Indexing;
using ChatBot.Search.Indexing;

namespace ChatBot.Hosting;

/// <summary>Registers the coverage pipeline: options, the index, the analyzer and answering
/// (the articles folder is read by AddIngestion).</summary>
public static class CoverageServices
{
    public static WebApplicationBuilder AddCoverage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChatBotOptions>()
            .BindConfiguration(ChatBotOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(CoverageIndexFactory.Open);
        builder.Services.AddSingleton<CoverageAnalyzer>();
        builder.Services.AddSingleton<IndexingState>();
        builder.Services.AddSingleton(services => new AnswerService(services.GetRequiredService<CoverageIndex>(),
            services.GetRequiredService<IOptions<ChatBotOptions>>().Value.CachedSearches));
        // The echo bot (the benchmark's protocol floor) never asks the coverage anything.
        if (!ChatBotOptions.IsEchoOnly(builder.Configuration))
            builder.Services.AddHostedService<AnsweringWarmUp>();
        return builder;
    }
}
