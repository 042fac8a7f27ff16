using ChatBot.Answering.Conversations;
using ChatBot.Answering.Questions;
using ChatBot.State;

namespace ChatBot.Tests.State;

public sealed class ConversationMemoryStoreTests
{
    private readonly ManualClock _clock = new();

    private ConversationMemoryStore Store(int max = 3, int idleMinutes = 30) =>
        new(new ConversationStateOptions { MaxConversations = max, IdleExpiry = TimeSpan.FromMinutes(idleMinutes) }, _clock);

    private static ConversationMemory Memory(string question) => new()
    {
        LastQuestion = new Question(QuestionKind.General, question),
        Shown = 1,
        ShownKeys = [question + "#1"],
        LastResults = [new ShownResult("article", 1, question + "#1")],
    };

    /// <summary>The question of what the store remembers for the key, or null when it
    /// remembers nothing (a fresh memory).</summary>
    private static string? QuestionOf(ConversationMemoryStore store, string key) => store.Load(key).LastQuestion?.Text;

    [Fact]
    public void Load_AfterSave_ReturnsWhatWasSavedAndNothingChangedAfterwards()
    {
        var store = Store();
        var memory = Memory("first");
        store.Save("conv-1", memory);
        memory.ShownKeys.Add("changed after saving");
        memory.LastQuestion = new Question(QuestionKind.General, "changed after saving");

        var loaded = store.Load("conv-1");

        Assert.Equal("first", loaded.LastQuestion?.Text);
        Assert.Equal(["first#1"], loaded.ShownKeys);
        Assert.Equal([new ShownResult("article", 1, "first#1")], loaded.LastResults);
        Assert.Null(QuestionOf(store, "conv-2"));
    }

    [Fact]
    public void Load_ChangingWhatWasLoaded_LeavesTheStoredMemoryAlone()
    {
        var store = Store();
        store.Save("conv-1", Memory("first"));

        var loaded = store.Load("conv-1");
        loaded.ShownKeys.Add("shown by a turn that never saved");
        loaded.LastResults.Clear();

        Assert.Equal(["first#1"], store.Load("conv-1").ShownKeys);
        Assert.Single(store.Load("conv-1").LastResults);
    }

    [Fact]
    public void Save_MoreThanMaxEntries_EvictsTheLeastRecentlyUsed()
    {
        var store = Store(max: 3);
        foreach (var key in new[] { "a", "b", "c" })
            store.Save(key, Memory(key));
        store.Load("a"); // "a" is now the most recent; "b" the least.

        store.Save("d", Memory("d"));

        Assert.Equal(3, store.Count);
        Assert.Null(QuestionOf(store, "b"));
        Assert.Equal("a", QuestionOf(store, "a"));
        Assert.Equal("c", QuestionOf(store, "c"));
        Assert.Equal("d", QuestionOf(store, "d"));
    }

    [Fact]
    public void Load_AfterIdleExpiry_HasForgottenTheConversation()
    {
        var store = Store(idleMinutes: 30);
        store.Save("old", Memory("old"));
        store.Save("busy", Memory("busy"));
        _clock.Advance(TimeSpan.FromMinutes(20));
        store.Load("busy");
        _clock.Advance(TimeSpan.FromMinutes(15));

        Assert.Null(QuestionOf(store, "old"));
        Assert.Equal("busy", QuestionOf(store, "busy"));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void Forget_RemovesTheEntry()
    {
        var store = Store();
        store.Save("conv-1", Memory("x"));

        store.Forget("conv-1");
        store.Forget("never-saved");

        Assert.Null(QuestionOf(store, "conv-1"));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void KeyOf_SameConversationIdOnTwoChannels_DiffersAndNeedsBoth()
    {
        Assert.NotEqual(ConversationMemoryStore.KeyOf("slack", "c1"), ConversationMemoryStore.KeyOf("msteams", "c1"));
        Assert.Null(ConversationMemoryStore.KeyOf("slack", null));
        Assert.Null(ConversationMemoryStore.KeyOf("", "c1"));
    }
}
