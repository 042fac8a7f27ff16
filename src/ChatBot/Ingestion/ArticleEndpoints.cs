using ChatBot.Ingestion.Formats;
using ChatBot.Ingestion.Reading;
using ChatBot.Search.Indexing;
using Microsoft.AspNetCore.Http.Features;

namespace ChatBot.Ingestion;

/// <summary>
/// The articles API: <c>POST /api/articles</c> takes one article (JSON with title, text, outlet,
/// url, date, author; or the raw text, Markdown or HTML page with its Content-Type) and answers
/// once it is searchable; <c>GET /api/articles</c> lists what is indexed. Both need the API key.
/// </summary>
public static class ArticleEndpoints
{
    /// <summary>No single article comes near this; a larger body is refused (413).</summary>
    public const long MaxUploadBytes = ArticleFileReader.MaxArticleBytes;

    public static WebApplication MapArticleEndpoints(this WebApplication app)
    {
        var articles = app.MapGroup("/api/articles").AddEndpointFilter<ApiKeyFilter>();
        articles.MapPost("", PostAsync);
        articles.MapGet("", List);
        return app;
    }

    private static async Task<IResult> PostAsync(HttpContext context, LiveIngestion ingestion, CancellationToken cancellationToken)
    {
        var format = ArticleFormats.All.ForMediaType(context.Request.ContentType);
        if (format is null)
        {
            var accepted = string.Join(", ", new IArticleFormat[] { new JsonArticleFormat(), new PlainTextFormat(), new FrontMatterFormat(), new HtmlPageFormat() }.Select(f => f.MediaTypes[0]));
            return Results.Json(new { error = $"unsupported Content-Type '{context.Request.ContentType}'; send one of {accepted}" }, statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxUploadBytes;
        if (context.Request.ContentLength > MaxUploadBytes)
            return TooLarge();

        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        var result = await ingestion.IngestUploadAsync(format, body, cancellationToken).ConfigureAwait(false);
        if (result.Status == UploadStatus.Rejected)
            return Results.BadRequest(new { error = result.Error });
        if (result.Status == UploadStatus.Unavailable)
            return Results.Json(new { error = result.Error }, statusCode: StatusCodes.Status503ServiceUnavailable);
        var answer = new
        {
            status = result.Status.ToString().ToLowerInvariant(),
            article = result.Article is { } a ? Describe(a) : null,
            sameStoryAs = result.SameStoryAs,
        };
        return result.Status == UploadStatus.Added
            ? Results.Created($"/api/articles?id={Uri.EscapeDataString(result.Article?.Id ?? "")}", answer)
            : Results.Ok(answer);
    }

    private static IResult List(CoverageIndex index)
    {
        var articles = index.Articles(countSentences: true).Values
            .OrderByDescending(a => a.Date, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        return Results.Ok(new
        {
            count = articles.Count,
            sentences = articles.Sum(a => a.Sentences),
            quotes = articles.Sum(a => a.Quotes),
            articles = articles.Select(Describe),
        });
    }

    private static object Describe(IndexedArticle a) => new
    {
        id = a.Id,
        title = a.Headline,
        outlet = a.Outlet,
        date = a.Date,
        url = a.Url,
        sentences = a.Sentences,
        quotes = a.Quotes,
    };

    private static IResult TooLarge() =>
        Results.Json(new { error = $"the article is over the {MaxUploadBytes / (1024 * 1024)} MB limit" }, statusCode: StatusCodes.Status413PayloadTooLarge);
}
