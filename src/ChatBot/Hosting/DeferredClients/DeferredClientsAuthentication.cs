using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ChatBot.Hosting.DeferredClients;

/// <summary>
/// The SDK's own authentication (token validation and all), except that the connector and
/// user-token clients it builds for every turn are built only when the turn uses them. The
/// SDK builds both up front, and each compiles a few regular expressions to clean its
/// user-agent string: in a profile of the host under load that was most of a turn's CPU, paid
/// even by turns that never call the channel back (expectReplies delivery returns the replies
/// in the HTTP response) and by every turn for the user-token client (this bot signs no one in).
/// </summary>
internal sealed class DeferredClientsAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        result.ConnectorFactory = new DeferredConnectorFactory(result.ConnectorFactory);
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false);
        result.ConnectorFactory = new DeferredConnectorFactory(result.ConnectorFactory);
        return result;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new DeferredConnectorFactory(inner.CreateConnectorFactory(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(() => inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken)));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);
}
