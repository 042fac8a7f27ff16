using ChatBot.Bot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Hosting;

/// <summary>Registers Bot Builder: authentication from the MicrosoftApp* settings (none when no
/// app id is set, as for the Emulator locally), the adapter, conversation state and the bot.</summary>
public static class BotServices
{
    public static WebApplicationBuilder AddBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<AdapterWithErrorHandler>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(services => services.GetRequiredService<AdapterWithErrorHandler>());
        builder.Services.AddSingleton<IStorage, MemoryStorage>();
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<WelcomeLedger>();
        builder.Services.AddTransient<IBot, CoverageBot>();
        return builder;
    }
}
