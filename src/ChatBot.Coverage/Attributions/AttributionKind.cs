namespace ChatBot.Coverage.Attributions;

/// <summary>Direct: the words stand inside quotation marks. Reported: reported speech, no marks.</summary>
public enum AttributionKind
{
    Direct,
    Reported,
}
