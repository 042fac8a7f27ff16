namespace ChatBot.Ingestion;

/// <summary>Registers live ingestion: the articles folder read at start-up and watched, and the
/// uploads behind the articles API.</summary>
public static class IngestionServices
{
    public static WebApplicationBuilder AddIngestion(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IngestionOptions>().BindConfiguration(Hosting.ChatBotOptions.Section);
        builder.Services.AddSingleton<LiveIngestion>();
        builder.Services.AddSingleton<ApiKeyFilter>();
        builder.Services.AddHostedService<ArticlesFolderService>();
        return builder;
    }
}
