using ChatBot.Answering.Answers;

namespace ChatBot.Channels;

/// <summary>One source of one result, numbered as the citation marker "[Position]" shows it.</summary>
internal sealed record CitedSource(int Position, AnswerItem Item, SourceReference Source)
{
    /// <summary>Numbers every source of every result in reading order, 1, 2, 3…, up to
    /// <paramref name="limit"/> (Teams shows at most 20 citations in a message).</summary>
    public static IReadOnlyList<CitedSource> Number(Answer answer, int limit = 20)
    {
        var cited = new List<CitedSource>();
        foreach (var item in answer.Items)
        {
            foreach (var source in item.Sources)
            {
                if (cited.Count == limit)
                    return cited;
                cited.Add(new CitedSource(cited.Count + 1, item, source));
            }
        }
        return cited;
    }

    /// <summary>The words the citation points at: the quote itself, or the sentence that reports it.</summary>
    public string Words => Item.Kind == AnswerItemKind.Direct ? Item.Quote.Trim() : Item.Sentence.Trim();

    /// <summary>"Outlet: Headline", or the headline alone when the outlet is unknown.</summary>
    public string Title => Source.Outlet is null ? Source.Headline : $"{Source.Outlet}: {Source.Headline}";
}
