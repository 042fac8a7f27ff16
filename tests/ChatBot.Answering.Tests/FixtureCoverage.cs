using ChatBot.Answering.Answers;
using ChatBot.Coverage;
using ChatBot.Search.Indexing;

namespace ChatBot.Answering.Tests;

/// <summary>A few hand-written articles indexed into a real on-disk index, for tests that need
/// coverage shaped a particular way.</summary>
public sealed class FixtureCoverage : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("chatbot-fixture-").FullName;
    private readonly CoverageIndex _index;

    public FixtureCoverage(params (string Name, string Text)[] articles)
    {
        var folder = Path.Combine(_path, "articles");
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in articles)
            File.WriteAllText(Path.Combine(folder, name), text);
        _index = CoverageIndex.Open(Path.Combine(_path, "index"));
        new FolderIndexer(_index, new CoverageAnalyzer()).Synchronize(folder);
        Answers = new AnswerService(_index);
    }

    public AnswerService Answers { get; }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_path, recursive: true);
    }
}
