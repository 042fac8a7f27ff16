namespace ChatBot.DirectLine;

/// <summary>Direct Line's error body, <c>{"error":{"code","message"}}</c>, with a 4xx/5xx status.</summary>
internal static class DirectLineError
{
    public static IResult Of(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
