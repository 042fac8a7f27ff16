using ChatBot.Coverage;
using ChatBot.Search.Indexing;
using ChatBot.TestSupport;

namespace ChatBot.Answering.Tests;

/// <summary>The shipped seeds indexed into a real on-disk index, shared by a test class.</summary>
public sealed class SeedCoverage : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("chatbot-answering-").FullName;

    public SeedCoverage()
    {
        Index = CoverageIndex.Open(_path);
        new FolderIndexer(Index, new CoverageAnalyzer()).Synchronize(SharedMaterial.Seeds);
        Answers = new ChatBot.Answering.Answers.AnswerService(Index);
    }

    public CoverageIndex Index { get; }

    public ChatBot.Answering.Answers.AnswerService Answers { get; }

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(_path, recursive: true);
    }
}
