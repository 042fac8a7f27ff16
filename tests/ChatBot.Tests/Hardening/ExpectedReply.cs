namespace ChatBot.Tests.Hardening;

/// <summary>A question and what its reply must contain: who said it and some of the words.</summary>
public sealed record ExpectedReply(string Question, string Speaker, string Words);
