using ChatBot.Answering.Conversations;
using ChatBot.Answering.Questions;
using ChatBot.Search.Indexing;
using ChatBot.Search.Retrieval;

namespace ChatBot.Answering.Answers;

/// <summary>
/// Answers one chat message: understands it (with the conversation's memory for follow-ups),
/// finds and ranks results, and abstains plainly when the coverage has nothing good enough.
/// Never throws for any text a user can send. Thread-safe; one instance per index.
/// </summary>
public sealed class AnswerService
{
    /// <summary>Results per reply; "more" shows the next page.</summary>
    public const int PageSize = 3;

    /// <summary>The least share of a topic a quote must cover to be offered as the answer.</summary>
    public const double TopicThreshold = 0.5;

    /// <summary>Below <see cref="TopicThreshold"/> but at least this, a quote is offered only
    /// when nothing better exists, and the reply says it is the closest match, not an answer.</summary>
    public const double NearMissThreshold = 0.35;

    /// <summary>Below this, words asked about in "who said ..." are not considered found.</summary>
    public const double PhraseThreshold = 0.7;

    /// <summary>The confidence of words found as given, in the quote or its sentence.</summary>
    private const double VerbatimConfidence = 0.9;

    // How many ranked candidates an explanation lists.
    private const int ExplainedCandidates = 20;

    // The most people a "nobody quoted" reply names, and how many results it reads to find them.
    private const int PeopleListed = 5;
    private const int PeopleSearched = 30;

    private readonly SentenceSearcher _searcher;
    private readonly QuoteFinder _finder;
    private readonly CoverageCatalogReader _catalog;

    /// <summary>How many recent searches are kept by default (see <see cref="SearchResultCache"/>).</summary>
    public const int DefaultCachedSearches = 1024;

    /// <param name="cachedSearches">Recent searches whose results are kept until the index
    /// changes; 0 searches every time.</param>
    public AnswerService(CoverageIndex index, int cachedSearches = DefaultCachedSearches)
    {
        _searcher = new SentenceSearcher(index);
        _finder = new QuoteFinder(_searcher, cachedSearches);
        _catalog = new CoverageCatalogReader(index);
    }

    public CoverageCatalog Catalog => _catalog.Current;

    /// <summary>How a message is understood and every ranked candidate with its confidence,
    /// before thresholds and paging: for diagnosing an answer, not for users.</summary>
    public (Question Question, IReadOnlyList<AnswerItem> Candidates) Explain(string message)
    {
        var question = QuestionParser.Parse(message, _catalog.Current);
        return (question, question.Kind is QuestionKind.Help or QuestionKind.Empty ? [] : _finder.Find(question, ExplainedCandidates));
    }

    public Answer Answer(string? message, ConversationMemory memory)
    {
        var catalog = _catalog.Current;
        var question = QuestionParser.Parse(message, catalog, memory.LastQuestion);
        return question.Kind switch
        {
            QuestionKind.Empty => Answers.Answer.Message(AnswerStatus.Help, question, HelpText.Short, HelpText.Examples(catalog)),
            QuestionKind.Help => Answers.Answer.Message(AnswerStatus.Help, question, HelpText.Full(catalog), HelpText.Examples(catalog)),
            QuestionKind.More => More(memory),
            QuestionKind.Sources => Sources(question, memory),
            QuestionKind.Paragraph => Paragraph(question, memory),
            _ => Search(question, memory, catalog),
        };
    }

    private Answer Search(Question question, ConversationMemory memory, CoverageCatalog catalog)
    {
        if (question.SpeakerUnknown)
            return SpeakerNotQuoted(question, catalog, memory);

        var threshold = Threshold(question);
        var followUp = question.FollowUp && question.Kind == QuestionKind.SpeakerAnything;
        // One result beyond the page tells whether to offer "more".
        var wanted = PageSize + 1 + (followUp ? memory.ShownKeys.Count : 0);
        var all = _finder.Find(question, wanted, threshold, threshold == TopicThreshold ? NearMissThreshold : threshold);
        if (followUp)
            all = all.Where(i => !memory.ShownKeys.Contains(i.Key)).ToList();

        var good = all.Where(i => i.Confidence >= threshold && i.Confidence > 0 || question.Kind == QuestionKind.SpeakerAnything).ToList();
        var nearMiss = false;
        if (good.Count == 0 && threshold == TopicThreshold)
        {
            good = all.Where(i => i.Confidence >= NearMissThreshold).ToList();
            nearMiss = good.Count > 0;
        }
        if (good.Count == 0)
        {
            memory.Remember(question, 0, [], sameQuestion: false);
            return NothingFound(question, catalog);
        }

        if (question.Kind == QuestionKind.WhoSaid)
        {
            // The user wants a name: results that have one come first.
            good = good.OrderBy(i => i.Speaker is null).ToList();
        }
        var page = _finder.WithCopies(good.Take(PageSize).ToList());
        memory.Remember(question, page.Count, page, sameQuestion: question.FollowUp && question.Kind == QuestionKind.SpeakerAnything);
        var more = good.Count > page.Count;
        var lead = nearMiss ? NearMissLead(question) : Lead(question, page);
        return new Answer(AnswerStatus.Found, question, lead, page, more, Suggestions(question, page, more));
    }

    private Answer More(ConversationMemory memory)
    {
        var question = memory.LastQuestion;
        if (question is null || question.Kind is QuestionKind.Help or QuestionKind.Empty)
            return Answers.Answer.Message(AnswerStatus.NotFound, new Question(QuestionKind.More, "more"), "There is nothing more to show yet. Ask me a question first.", HelpText.Examples(Catalog));
        // The last question named someone nobody quoted and found nothing: without this, its empty
        // speaker filter would let "more" page through everyone else's quotes.
        if (question.SpeakerUnknown)
            return Answers.Answer.Message(AnswerStatus.NotFound, question, "That is everything I found for that question.", HelpText.Examples(Catalog));

        var threshold = Threshold(question);
        var all = _finder.Find(question, memory.ShownKeys.Count + PageSize + 1, threshold, threshold)
            .Where(i => !memory.ShownKeys.Contains(i.Key))
            .Where(i => i.Confidence >= threshold)
            .ToList();
        if (all.Count == 0)
            return Answers.Answer.Message(AnswerStatus.NotFound, question, "That is everything I found for that question.", Suggestions(question, [], false));
        var page = _finder.WithCopies(all.Take(PageSize).ToList());
        memory.Remember(question, memory.Shown + page.Count, page, sameQuestion: true);
        var more = all.Count > page.Count;
        return new Answer(AnswerStatus.Found, question with { Kind = question.Kind }, "More of what I found:", page, more, Suggestions(question, page, more));
    }

    private Answer Sources(Question question, ConversationMemory memory)
    {
        var shown = ShownItems(memory);
        if (shown.Count == 0)
            return Answers.Answer.Message(AnswerStatus.NotFound, question, "I have not shown you a quote yet. Ask me a question first.", HelpText.Examples(Catalog));
        var lines = shown.Select(i => $"\"{Trim(i.Quote, 80)}\" was published in: " +
            string.Join("; ", i.Sources.Select(AnswerText.SourceLine)));
        return new Answer(AnswerStatus.Detail, question, "Where those quotes were published:", [], false, [], string.Join("\n\n", lines));
    }

    private Answer Paragraph(Question question, ConversationMemory memory)
    {
        var first = memory.LastResults.FirstOrDefault();
        var hit = first is null ? null : _searcher.Get(first.ArticleId, first.Sentence);
        if (hit is null)
            return Answers.Answer.Message(AnswerStatus.NotFound, question, "I have not shown you a quote yet. Ask me a question first.", HelpText.Examples(Catalog));
        var source = new SourceReference(hit.ArticleId, hit.Headline, hit.Outlet, hit.Date, hit.Url, hit.Paragraph, hit.SentenceNumber);
        var paragraph = _searcher.ParagraphText(hit.ArticleId, hit.Paragraph) ?? hit.Text;
        return new Answer(AnswerStatus.Detail, question, $"The full paragraph ({AnswerText.SourceLine(source)}):", [], false, [], paragraph);
    }

    private List<AnswerItem> ShownItems(ConversationMemory memory)
    {
        if (memory.LastQuestion is null)
            return [];
        var keys = memory.LastResults.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        return [.. _finder.WithCopies(_finder.Find(memory.LastQuestion, memory.ShownKeys.Count + PageSize, Threshold(memory.LastQuestion))
            .Where(i => keys.Contains(i.Key)).ToList())];
    }

    private Answer SpeakerNotQuoted(Question question, CoverageCatalog catalog, ConversationMemory memory)
    {
        memory.Remember(question, 0, [], sameQuestion: false);
        var lead = $"I could not find {question.SpeakerMention} quoted in the coverage I have.";
        var others = PeopleOnTopic(question);
        if (others.Count > 0)
            lead += $" People quoted about {TopicPhrase(question)}: {string.Join(", ", others)}.";
        var suggestions = others.Take(2).Select(p => $"What did {p} say about {TopicPhrase(question)}?").ToList();
        if (suggestions.Count == 0)
            suggestions.AddRange(HelpText.Examples(catalog).Take(2));
        return Answers.Answer.Message(AnswerStatus.NotFound, question, lead, suggestions);
    }

    private Answer NothingFound(Question question, CoverageCatalog catalog)
    {
        string lead;
        var suggestions = new List<string>();
        switch (question.Kind)
        {
            case QuestionKind.SpeakerOnTopic:
                var speaker = question.Speakers[0];
                lead = $"I could not find {speaker} saying anything about {TopicPhrase(question)} in the coverage.";
                var others = PeopleOnTopic(question).Where(p => p != speaker).ToList();
                if (others.Count > 0)
                    lead += $" People quoted about it: {string.Join(", ", others)}.";
                suggestions.Add($"What did {speaker} say?");
                suggestions.AddRange(others.Take(2).Select(p => $"What did {p} say about {TopicPhrase(question)}?"));
                break;
            case QuestionKind.WhoSaid:
                lead = "I could not find those words in the coverage.";
                break;
            case QuestionKind.SpeakerAnything:
                lead = $"I could not find any quotes from {question.Speakers.FirstOrDefault() ?? question.SpeakerMention} in the coverage.";
                break;
            default:
                lead = question.TopicWords.Count == 0
                    ? "I could not find that in the coverage."
                    : $"I could not find anything about {TopicPhrase(question)} in the coverage.";
                break;
        }
        if (question.Outlet is not null || question.Dates is not null)
            lead += " (I looked only at " + string.Join(", ", new[] { question.Outlet, question.Dates?.ToString() }.Where(s => s is not null)) + ".)";
        if (suggestions.Count == 0)
            suggestions.AddRange(HelpText.Examples(catalog).Take(2));
        return Answers.Answer.Message(AnswerStatus.NotFound, question, lead, suggestions);
    }

    /// <summary>The people quoted on a question's topic, most relevant first.</summary>
    private List<string> PeopleOnTopic(Question question)
    {
        if (question.TopicWords.Count == 0)
            return [];
        var general = question with { Kind = QuestionKind.General, Speakers = [], SpeakerMention = null };
        var people = new List<string>();
        foreach (var speaker in _finder.Find(general, PeopleSearched, TopicThreshold, TopicThreshold).Where(i => i.Speaker is not null && i.Confidence >= TopicThreshold).Select(i => i.Speaker!))
        {
            // "Trump" from an article that gave only the surname is the "Donald Trump" listed.
            var isSurnameOfListed = !speaker.Contains(' ', StringComparison.Ordinal)
                && people.Any(p => p.EndsWith(" " + speaker, StringComparison.Ordinal));
            if (!isSurnameOfListed && !people.Contains(speaker))
                people.Add(speaker);
            if (people.Count == PeopleListed)
                break;
        }
        return people;
    }

    /// <summary>The least confidence a result needs to be offered as an answer to this question.</summary>
    private static double Threshold(Question question) => question.Kind switch
    {
        QuestionKind.SpeakerAnything => 0,
        QuestionKind.WhoSaid => PhraseThreshold,
        _ when question.Phrase is not null => PhraseThreshold,
        _ => TopicThreshold,
    };

    private static string Lead(Question question, IReadOnlyList<AnswerItem> page)
    {
        var speaker = page[0].Speaker;
        return question.Kind switch
        {
            QuestionKind.WhoSaid when page[0].Confidence < VerbatimConfidence =>
                "I could not find those exact words. These come closest:",
            QuestionKind.WhoSaid when speaker is not null => $"That was {speaker}.",
            QuestionKind.WhoSaid => "I found those words, but the coverage does not say who said them:",
            QuestionKind.SpeakerAnything => $"Here is what {question.Speakers[0]} is quoted saying:",
            QuestionKind.SpeakerOnTopic when question.Phrase is not null => $"Here is where {question.Speakers[0]} said that:",
            QuestionKind.SpeakerOnTopic when question.TopicText is null => $"Here is what {question.Speakers[0]} said that bears on your question:",
            QuestionKind.SpeakerOnTopic => $"Here is what {question.Speakers[0]} said about {TopicPhrase(question)}:",
            _ => "Here is what I found in the coverage:",
        };
    }

    private static string NearMissLead(Question question) => question.Speakers.Count > 0
        ? $"I found nothing from {question.Speakers[0]} squarely about {TopicPhrase(question)}. The closest, from coverage that mentions it:"
        : $"I found nothing squarely about {TopicPhrase(question)}. The closest:";

    private static IReadOnlyList<string> Suggestions(Question question, IReadOnlyList<AnswerItem> page, bool more)
    {
        var suggestions = new List<string>();
        if (more)
            suggestions.Add("more");
        if (page.Count > 0)
        {
            suggestions.Add("where was that published?");
            suggestions.Add("show me the full paragraph");
        }
        var speaker = page.FirstOrDefault(i => i.Speaker is not null)?.Speaker;
        if (speaker is not null && question.Kind != QuestionKind.SpeakerAnything)
            suggestions.Add($"what else did {speaker} say?");
        return suggestions;
    }

    private static string TopicPhrase(Question question) =>
        question.Phrase is not null ? $"\"{question.Phrase}\"" : question.TopicText ?? string.Join(' ', question.TopicWords);

    private static string Trim(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd() + "…";
}
