namespace ChatBot.Answering.Questions;

/// <summary>Inclusive publication dates a question asks about ("on July 16", "last week").</summary>
public sealed record DateRange(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;

    public override string ToString() => From == To ? From.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture)
        : $"{From:MMM d} to {To:MMM d, yyyy}";
}
