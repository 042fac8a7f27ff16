namespace ChatBot.DirectLine;

/// <summary>Checks the built-in Direct Line's conversation tokens on each call.</summary>
internal static class DirectLineAuthorization
{
    /// <summary>The conversation the request's bearer token is for, if it is valid and (when the
    /// route names one) for that conversation: 401 without a token, 403 for a bad, expired or
    /// other conversation's token, 404 once the conversation was cleaned up.</summary>
    public static (DirectLineConversation? Conversation, IResult? Refused) Authorize(
        HttpContext context, DirectLineTokenIssuer tokens, DirectLineConversationStore conversations, string? conversationId, string? queryToken = null)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : queryToken;
        if (string.IsNullOrEmpty(token))
            return (null, DirectLineError.Of(StatusCodes.Status401Unauthorized, "BadArgument", "Send the conversation's token as 'Authorization: Bearer <token>'."));
        var tokenConversation = tokens.ConversationOf(token);
        if (tokenConversation is null)
            return (null, DirectLineError.Of(StatusCodes.Status403Forbidden, "TokenExpired", "The token is not valid or has expired."));
        if (conversationId is not null && conversationId != tokenConversation)
            return (null, DirectLineError.Of(StatusCodes.Status403Forbidden, "BadArgument", "The token is not for this conversation."));
        var conversation = conversations.Find(tokenConversation);
        return conversation is null
            ? (null, DirectLineError.Of(StatusCodes.Status404NotFound, "BadArgument", "The conversation has ended."))
            : (conversation, null);
    }
}
