using ChatBot.Answering.Questions;
using ChatBot.Search.Retrieval;
using Lucene.Net.Analysis;

namespace ChatBot.Answering.Answers;

/// <summary>
/// A candidate's quote and sentence with their setting phrases ("at a news conference in
/// Helsinki, Finland, on Monday") set apart, so a topic word found only there counts for less
/// than one in what was said; the paragraph's topic terms come from the index, where the other
/// sentences' settings are not told apart. Direct quotes are the speaker's own words and keep
/// everything; reported words and the attribution around them lose their settings. Each level
/// is analysed only when a topic word is looked for in it.
/// </summary>
internal sealed class SettingAwareTerms
{
    private readonly Lazy<HashSet<string>> _quote;
    private readonly Lazy<HashSet<string>> _sentence;
    private readonly Lazy<HashSet<string>> _paragraph;
    private readonly Lazy<HashSet<string>> _settings;
    private readonly List<string> _settingTexts = [];

    /// <param name="sentenceTerms">All the analysed terms of the hit's sentence.</param>
    public SettingAwareTerms(Analyzer analyzer, string quote, AnswerItemKind kind, SentenceHit hit, Lazy<HashSet<string>> sentenceTerms)
    {
        var (quoteRest, quoteSettings) = kind == AnswerItemKind.Reported ? SettingPhrases.Split(quote, frame: false) : (quote, "");
        _settingTexts.Add(quoteSettings);
        _quote = new(() => TopicTerms.Analyze(analyzer, quoteRest));
        _sentence = new(() =>
        {
            // The attribution around the quote: "..., Trump said at a news conference in Helsinki."
            var at = quote.Length > 0 ? hit.Text.IndexOf(quote, StringComparison.Ordinal) : -1;
            var frame = at < 0 ? hit.Text : string.Concat(hit.Text.AsSpan(0, at), " | ", hit.Text.AsSpan(at + quote.Length));
            var (rest, settings) = SettingPhrases.Split(frame, frame: true);
            _settingTexts.Add(settings);
            var terms = TopicTerms.Analyze(analyzer, rest);
            terms.UnionWith(_quote.Value);
            return terms;
        });
        _paragraph = new(() =>
        {
            // The index tells which topic terms the paragraph's other sentences hold, not where;
            // a term the sentence holds counts where the sentence puts it (its setting, say).
            // The other sentences' settings are not told apart.
            var terms = new HashSet<string>(hit.ParagraphTerms, StringComparer.Ordinal);
            terms.ExceptWith(sentenceTerms.Value);
            terms.UnionWith(_sentence.Value);
            return terms;
        });
        _settings = new(() =>
        {
            // The sentence's settings are collected when it is analysed.
            _ = _sentence.Value;
            return TopicTerms.Analyze(analyzer, string.Join(" | ", _settingTexts));
        });
    }

    /// <summary>The most telling place a group's terms stand in; a word found only in a setting
    /// is placed there even when the wider context also has it, since that context includes
    /// the setting itself.</summary>
    public TopicPlace PlaceOf(TopicTerms.Group group, IReadOnlySet<string> contextTerms) =>
        group.Terms.Overlaps(_quote.Value) ? TopicPlace.Quote
        : group.Terms.Overlaps(_sentence.Value) ? TopicPlace.Sentence
        : group.Terms.Overlaps(_paragraph.Value) ? TopicPlace.Paragraph
        : group.Terms.Overlaps(_settings.Value) ? TopicPlace.Setting
        : group.Terms.Overlaps(contextTerms) ? TopicPlace.Context
        : TopicPlace.Nowhere;
}
