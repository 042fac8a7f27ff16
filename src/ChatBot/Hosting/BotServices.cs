using ChatBot.Bot;
using ChatBot.Hosting.DeferredClients;
using ChatBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Hosting;

/// <summary>Registers Bot Builder: authentication from the MicrosoftApp* settings (none when no
/// app id is set, as for the Emulator locally), the adapter, bounded conversation memory and the bot
/// (an echo bot instead when <c>ChatBot:EchoOnly</c> is set, for measuring the protocol floor).</summary>
public static class BotServices
{
    public static WebApplicationBuilder AddBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(services =>
            new DeferredClientsAuthentication(services.GetRequiredService<ConfigurationBotFrameworkAuthentication>()));
        builder.Services.AddSingleton<AdapterWithErrorHandler>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(services => services.GetRequiredService<AdapterWithErrorHandler>());
        // Conversation memory in process, bounded in count and expired when idle (the SDK's
        // MemoryStorage would keep every conversation ever seen); see ConversationMemoryStore
        // for why it is not the SDK's ConversationState.
        builder.Services.AddOptions<ConversationStateOptions>()
            .BindConfiguration(ConversationStateOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(services => new ConversationMemoryStore(
            services.GetRequiredService<IOptions<ConversationStateOptions>>().Value, services.GetRequiredService<TimeProvider>()));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<WelcomeLedger>();
        if (ChatBotOptions.IsEchoOnly(builder.Configuration))
            builder.Services.AddTransient<IBot, EchoBot>();
        else
            builder.Services.AddTransient<IBot, CoverageBot>();
        return builder;
    }
}
