using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace ChatBot.Hosting.DeferredClients;

/// <summary>Hands the adapter a connector client that the SDK's factory builds on first use
/// (see <see cref="DeferredClientsAuthentication"/>).</summary>
internal sealed class DeferredConnectorFactory(ConnectorFactory inner) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        Task.FromResult<IConnectorClient>(new DeferredConnectorClient(() => inner.CreateAsync(serviceUrl, audience, cancellationToken)));
}
