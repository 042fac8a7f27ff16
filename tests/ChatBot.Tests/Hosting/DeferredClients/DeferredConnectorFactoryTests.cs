using ChatBot.Hosting.DeferredClients;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace ChatBot.Tests.Hosting.DeferredClients;

/// <summary>The SDK's connector client is built only when a turn uses it, once, and is the
/// one that is used (the host tests send real replies through it in normal delivery mode).</summary>
public sealed class DeferredConnectorFactoryTests
{
    [Fact]
    public async Task CreateAsync_TurnThatNeverReplies_BuildsNoClient()
    {
        var factory = new CountingConnectorFactory();

        using (await new DeferredConnectorFactory(factory).CreateAsync("http://127.0.0.1:9/", "audience", CancellationToken.None))
        {
        }

        Assert.Equal(0, factory.Created);
    }

    [Fact]
    public async Task CreateAsync_TurnThatReplies_BuildsTheSdkClientOnceForThatServiceUrl()
    {
        var factory = new CountingConnectorFactory();
        using var client = await new DeferredConnectorFactory(factory).CreateAsync("http://127.0.0.1:9/", "audience", CancellationToken.None);

        var conversations = client.Conversations;

        Assert.Same(conversations, client.Conversations);
        Assert.Equal(new Uri("http://127.0.0.1:9/"), client.BaseUri);
        Assert.Equal(1, factory.Created);
    }

    /// <summary>Builds the SDK's real client without credentials, counting how often.</summary>
    private sealed class CountingConnectorFactory : ConnectorFactory
    {
        public int Created { get; private set; }

        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            Created++;
            return Task.FromResult<IConnectorClient>(new ConnectorClient(new Uri(serviceUrl), MicrosoftAppCredentials.Empty));
        }
    }
}
