namespace ChatBot.Coverage.Attributions;

/// <summary>How a source is written: a name, a pronoun to resolve, or an unnamed source
/// ("officials", "a campaign spokesman") that has no speaker.</summary>
internal enum SourceForm
{
    Name,
    Pronoun,
    Unnamed,
}
