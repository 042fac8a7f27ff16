namespace ChatBot.DirectLine;

/// <summary>Azure's Direct Line service refused or could not be reached.</summary>
public sealed class DirectLineServiceException(string message, Exception? inner = null) : Exception(message, inner);
