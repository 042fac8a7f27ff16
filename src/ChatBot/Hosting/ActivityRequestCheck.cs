using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace ChatBot.Hosting;

/// <summary>
/// Checks a request to /api/messages before the Bot Builder adapter sees it. The adapter
/// deserialises leniently (Newtonsoft accepts NaN, single quotes, a second object, invalid
/// UTF-8) and then fails with a 500, or fails the turn, on activities without the fields every
/// channel sends: no serviceUrl (ArgumentNullException), a serviceUrl that is not a URL
/// (UriFormatException), no conversation id or channel id (conversation state has no key),
/// null members in membersAdded. Those are the caller's mistakes and get a 4xx here; only the
/// shape the adapter relies on is checked, so anything a real channel sends passes.
/// </summary>
internal static class ActivityRequestCheck
{
    private static readonly JsonDocumentOptions Strict = new() { MaxDepth = 64 };

    /// <summary>Null when the adapter can be given the request (its body rewound), else the
    /// status code and the reason to refuse it with.</summary>
    public static async Task<(int Status, string Reason)?> ProblemAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
            return (StatusCodes.Status415UnsupportedMediaType, "The body must be a Bot Framework activity in JSON (Content-Type: application/json).");

        // Buffered so the adapter can read the same body again; the request size limit still holds.
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: BotEndpoints.MaxActivityBytes);
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, Strict, cancellationToken).ConfigureAwait(false);
            if (ShapeProblem(document.RootElement) is { } problem)
                return (StatusCodes.Status400BadRequest, problem);
        }
        // InvalidOperationException: a string the checks read holds bytes that are not UTF-8.
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return (StatusCodes.Status400BadRequest, "The body is not valid JSON (or not UTF-8).");
        }
        request.Body.Position = 0;
        return null;
    }

    private static bool IsJson(string? contentType)
    {
        // No Content-Type at all is read as JSON, as the adapter does; a declared other type is not.
        if (string.IsNullOrEmpty(contentType))
            return true;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
            return false;
        var type = media.MediaType.Value ?? "";
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private static string? ShapeProblem(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object)
            return "The activity must be a JSON object.";
        if (!IsNonEmptyString(activity, "type"))
            return "The activity has no type.";
        if (!IsNonEmptyString(activity, "channelId"))
            return "The activity has no channelId.";
        if (!activity.TryGetProperty("conversation", out var conversation) || conversation.ValueKind != JsonValueKind.Object || !IsNonEmptyString(conversation, "id"))
            return "The activity has no conversation id.";
        if (!activity.TryGetProperty("serviceUrl", out var serviceUrl) || serviceUrl.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(serviceUrl.GetString(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return "The activity has no serviceUrl (an absolute http or https URL).";
        foreach (var account in new[] { "from", "recipient" })
        {
            if (activity.TryGetProperty(account, out var value) && value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                return $"The activity's {account} must be an object.";
        }
        foreach (var list in new[] { "membersAdded", "membersRemoved", "entities", "attachments" })
        {
            if (activity.TryGetProperty(list, out var value) && value.ValueKind != JsonValueKind.Null
                && (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Object)))
                return $"The activity's {list} must be a list of objects.";
        }
        return null;
    }

    private static bool IsNonEmptyString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString());
}
