using ChatBot.Bot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ChatBot.Hosting;

/// <summary>Registers Bot Builder: authentication from the MicrosoftApp* settings (none when no
/// app id is set, as for the Emulator locally), the adapter, conversation state and the bot
/// (an echo bot instead when <c>ChatBot:EchoOnly</c> is set, for measuring the protocol floor).</summary>
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
        if (builder.Configuration.GetValue<bool>($"{ChatBotOptions.Section}:{nameof(ChatBotOptions.EchoOnly)}"))
            builder.Services.AddTransient<IBot, EchoBot>();
        else
            builder.Services.AddTransient<IBot, CoverageBot>();
        return builder;
    }
}
