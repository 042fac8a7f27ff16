namespace ChatBot.Coverage.Attributions;

/// <summary>A source mention as tokens [First, Last]; for a name, [NameFirst, NameLast] is the
/// name itself without an appositive ("Sarah Sanders" in "Sarah Sanders, the press secretary,").</summary>
internal sealed record SourcePhrase(int First, int Last, SourceForm Form, int NameFirst, int NameLast)
{
    public static SourcePhrase Pronoun(int token) => new(token, token, SourceForm.Pronoun, token, token);

    public static SourcePhrase Named(int first, int last) => new(first, last, SourceForm.Name, first, last);
}
