namespace ChatBot.Coverage.People;

/// <summary>
/// A person or organisation quoted in the coverage, under one canonical name ("Donald Trump")
/// with the other ways articles refer to them ("Trump", "President Trump").
/// </summary>
public sealed record Speaker(string CanonicalName, IReadOnlyList<string> Aliases, bool IsOrganisation = false);
