using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Ingestion;

/// <summary>Calls <c>/api/articles</c> with an API key, as an admin script would.</summary>
public sealed class ArticlesApi(HttpClient http, string? apiKey)
{
    public async Task<HttpResponseMessage> PostAsync(string body, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        return await http.SendAsync(request);
    }

    /// <summary>Posts raw bytes; with <paramref name="expectContinue"/> the body is sent only if the
    /// server does not answer first (as it does, 413, for a body over the limit).</summary>
    public async Task<HttpResponseMessage> PostBytesAsync(byte[] body, string contentType, bool expectContinue = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = new ByteArrayContent(body) };
        request.Headers.ExpectContinue = expectContinue;
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        return await http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> GetAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/articles");
        if (apiKey is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", apiKey);
        return await http.SendAsync(request);
    }

    /// <summary>The listing: count, sentences, quotes and the articles.</summary>
    public async Task<JsonObject> ListAsync()
    {
        var response = await GetAsync();
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Polls the listing until it satisfies the condition (the watcher works in the
    /// background); fails after the timeout with the last listing.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var list = await ListAsync();
            if (condition(list))
                return list;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The articles listing did not reach the expected state within {timeout.TotalSeconds} s; it has {list["count"]} articles.");
            await Task.Delay(100);
        }
    }

    public static int Count(JsonObject list) => (int)list["count"]!;

    public static JsonObject? Article(JsonObject list, string id) =>
        list["articles"]!.AsArray().Select(a => a!.AsObject()).FirstOrDefault(a => (string?)a["id"] == id);
}
