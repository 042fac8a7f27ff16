using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ChatBot.Benchmarks.Corpus;

/// <summary>
/// Writes a deterministic folder of news-like articles: headline, a lead, then paragraphs of
/// direct quotes introduced with title and full name, pronoun attributions ("she said"), split
/// quotes, reported speech ("X said that ...", "According to X, ..."), and narrative sentences;
/// several outlets and dates in metadata.json. The same seed and size always give the same
/// files, and a smaller corpus is a prefix of a larger one, so the question set (taken from the
/// first articles) is the same at every size.
/// </summary>
public static class CorpusGenerator
{
    public const int Seed = 20180716;

    /// <summary>Articles the question set is drawn from: present at every size.</summary>
    private const int QuestionArticles = 4;

    private static readonly BenchSpeaker[] Speakers = Enumerable.Range(0, Vocabulary.Surnames.Length)
        .Select(i => new BenchSpeaker(
            i % 2 == 0 ? Vocabulary.WomenFirstNames[i / 2 % Vocabulary.WomenFirstNames.Length] : Vocabulary.MenFirstNames[i / 2 % Vocabulary.MenFirstNames.Length],
            Vocabulary.Surnames[i],
            Vocabulary.Titles[i % Vocabulary.Titles.Length],
            Woman: i % 2 == 0))
        .ToArray();

    public static SyntheticCorpus Write(string folder, int sentences)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(Seed);
        var metadata = new SortedDictionary<string, object>(StringComparer.Ordinal);
        var quotes = new List<(BenchSpeaker Speaker, int Topic, string Quote)>();
        var written = 0;
        var articles = 0;
        long bytes = 0;
        while (written < sentences)
        {
            var (text, count, outlet, date, headline) = Article(random, articles < QuestionArticles ? quotes : null);
            var name = $"{articles:D7}.txt";
            var encoded = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(folder, name), encoded);
            bytes += encoded.Length;
            metadata[name] = new
            {
                title = headline,
                outlet,
                url = $"https://news.example/{articles:D7}",
                date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            written += count;
            articles++;
        }
        File.WriteAllText(Path.Combine(folder, "metadata.json"), JsonSerializer.Serialize(metadata));
        return new SyntheticCorpus(folder, articles, written, bytes, Questions(quotes));
    }

    private static (string Text, int Sentences, string Outlet, DateOnly Date, string Headline) Article(Random random, List<(BenchSpeaker, int, string)>? quotes)
    {
        var topic = random.Next(Vocabulary.Topics.Length);
        var other = random.Next(Vocabulary.Topics.Length);
        var city = Pick(random, Vocabulary.Cities);
        var cast = Enumerable.Range(0, 2 + random.Next(2)).Select(_ => Pick(random, Speakers)).Distinct().ToList();
        var outlet = Pick(random, Vocabulary.Outlets);
        var date = new DateOnly(2018, 1, 1).AddDays(random.Next(730));
        var headline = $"{cast[0].Last} {Pick(random, Vocabulary.HeadlineVerbs)} {Vocabulary.Topics[topic].Phrase[4..]} in {city}";

        var paragraphs = new List<string> { Fill(Pick(random, Vocabulary.NarrativeTemplates), topic, city, random) };
        var sentences = 1;
        var introduced = new List<BenchSpeaker>();
        BenchSpeaker? last = null;
        var count = 9 + random.Next(3);
        for (var p = 0; p < count; p++)
        {
            var t = random.Next(10) < 7 ? topic : other;
            var quote = Fill(Pick(random, Vocabulary.QuoteTemplates), t, city, random);
            var kind = random.Next(6);
            var speaker = kind is 0 or 4 || introduced.Count == 0 ? cast[random.Next(cast.Count)] : introduced[random.Next(introduced.Count)];
            if (!introduced.Contains(speaker) && kind is not 4 and not 5)
                kind = 0;
            if (kind == 1 && last != speaker)
                kind = 2;
            switch (kind)
            {
                case 0:
                    paragraphs.Add($"“{quote},” said {speaker.Title} {speaker.FullName}.");
                    sentences += 1;
                    break;
                case 1:
                    paragraphs.Add($"“{quote}. {Fill(Pick(random, Vocabulary.SecondQuotes), t, city, random)},” {speaker.Pronoun} said.");
                    sentences += 2;
                    break;
                case 2:
                    paragraphs.Add($"“{quote},” {speaker.Last} said on {Pick(random, Vocabulary.Weekdays)}. “{Fill(Pick(random, Vocabulary.SecondQuotes), t, city, random)}.”");
                    sentences += 2;
                    break;
                case 3:
                    paragraphs.Add($"{speaker.Last} said that {Fill(Pick(random, Vocabulary.ReportedClauses), t, city, random, capitalize: false)}.");
                    sentences += 1;
                    break;
                case 4:
                    paragraphs.Add($"According to {speaker.Title} {speaker.FullName}, {Fill(Pick(random, Vocabulary.ReportedClauses), t, city, random, capitalize: false)}.");
                    sentences += 1;
                    break;
                default:
                    paragraphs.Add(Fill(Pick(random, Vocabulary.NarrativeTemplates), t, city, random));
                    sentences += 1;
                    speaker = last ?? speaker;
                    break;
            }
            if (kind is not 5 && !introduced.Contains(speaker))
                introduced.Add(speaker);
            if (kind is 0 or 1 or 2)
                quotes?.Add((speaker, t, quote));
            last = speaker;
        }
        return ($"{headline}\n\n{string.Join("\n\n", paragraphs)}\n", sentences, outlet, date, headline);
    }

    private static List<BenchQuestion> Questions(List<(BenchSpeaker Speaker, int Topic, string Quote)> quotes)
    {
        var pairs = quotes.DistinctBy(q => (q.Speaker, q.Topic)).ToList();
        var questions = new List<BenchQuestion>();
        for (var i = 0; i < Math.Min(6, pairs.Count); i++)
        {
            var (speaker, topic, _) = pairs[i];
            var word = Vocabulary.Topics[topic].Word;
            var text = (i % 3) switch
            {
                0 => $"what did {speaker.FullName} say about {word}?",
                1 => $"What did {speaker.Last} say about {word}?",
                _ => $"{speaker.FullName} on {word}?",
            };
            questions.Add(new BenchQuestion(BenchQuestion.SpeakerTopic, text, speaker.FullName, word));
        }
        foreach (var (speaker, topic, quote) in quotes.DistinctBy(q => q.Quote).Take(4))
        {
            var words = string.Join(' ', quote.Split(' ').Take(7)).TrimEnd(',', ':');
            questions.Add(new BenchQuestion(BenchQuestion.WhoSaid, $"who said \"{words}\"?", null, Vocabulary.Topics[topic].Word));
        }
        foreach (var speaker in quotes.Select(q => q.Speaker).Distinct().Take(3))
            questions.Add(new BenchQuestion(BenchQuestion.SpeakerOnly, $"what did {speaker.FullName} say?", speaker.FullName, null));
        foreach (var (_, topic, _) in quotes.DistinctBy(q => q.Topic).Take(3))
        {
            var (phrase, word) = Vocabulary.Topics[topic];
            questions.Add(new BenchQuestion(BenchQuestion.General, $"what is happening with {phrase[4..]}?", null, word));
        }
        return questions;
    }

    private static string Fill(string template, int topic, string city, Random random, bool capitalize = true)
    {
        var text = template
            .Replace("{t}", Vocabulary.Topics[topic].Phrase, StringComparison.Ordinal)
            .Replace("{c}", city, StringComparison.Ordinal)
            .Replace("{n}", (2 + random.Next(11)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return capitalize ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
