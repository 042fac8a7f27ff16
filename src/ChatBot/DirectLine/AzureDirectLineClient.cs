using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace ChatBot.DirectLine;

/// <summary>
/// Production mode: exchanges the Direct Line secret for a short-lived conversation token with
/// Azure Bot Service (<c>POST {AzureEndpoint}/tokens/generate</c>), so the secret stays on the
/// server and the browser only ever holds a token for its own conversation.
/// </summary>
public sealed class AzureDirectLineClient(HttpClient http, IOptions<DirectLineOptions> options)
{
    public async Task<DirectLineTokenResponse> GenerateTokenAsync(CancellationToken cancellationToken)
    {
        var endpoint = options.Value.AzureEndpoint.ToString().TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint + "/tokens/generate");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.Secret);
        request.Content = JsonContent.Create(new { });
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new DirectLineServiceException($"Direct Line answered {(int)response.StatusCode} {response.ReasonPhrase} to the token request.");
        var token = await response.Content.ReadFromJsonAsync<DirectLineTokenResponse>(cancellationToken).ConfigureAwait(false);
        if (token is null || string.IsNullOrEmpty(token.Token) || string.IsNullOrEmpty(token.ConversationId))
            throw new DirectLineServiceException("Direct Line's token response had no token or conversation id.");
        return token with { Domain = endpoint };
    }
}
