using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.DirectLine;

/// <summary>Registers the built-in Direct Line (conversations, tokens, turns through the bot's
/// adapter, idle cleanup) and the client for Azure's Direct Line in production mode.</summary>
public static class DirectLineServices
{
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.Section)
            .Validate(o => o.TokenLifetime > TimeSpan.Zero && o.IdleTimeout > TimeSpan.Zero && o.CleanupInterval >= TimeSpan.FromSeconds(1),
                "DirectLine:TokenLifetime and DirectLine:IdleTimeout must be positive, DirectLine:CleanupInterval at least a second.")
            .Validate(o => o.MaxConversations > 0 && o.MaxActivitiesPerConversation > 0,
                "DirectLine:MaxConversations and DirectLine:MaxActivitiesPerConversation must be positive.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DirectLineConversationStore>();
        builder.Services.AddSingleton<DirectLineTokenIssuer>();
        builder.Services.AddSingleton<DirectLineTurns>();
        builder.Services.AddSingleton<IdleConversationCleanup>();
        builder.Services.AddHostedService(services => services.GetRequiredService<IdleConversationCleanup>());
        builder.Services.AddHttpClient<AzureDirectLineClient>(http => http.Timeout = TimeSpan.FromSeconds(15));
        return builder;
    }
}
