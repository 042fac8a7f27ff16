using ChatBot.State;
using Microsoft.Bot.Builder;

namespace ChatBot.Tests.State;

public sealed class ExpiringMemoryStorageTests
{
    private readonly ManualClock _clock = new();

    private ExpiringMemoryStorage Storage(int max = 3, int idleMinutes = 30) =>
        new(new ConversationStateOptions { MaxConversations = max, IdleExpiry = TimeSpan.FromMinutes(idleMinutes) }, _clock);

    private static Dictionary<string, object> State(string memory) => new() { ["memory"] = memory };

    private static async Task<string?> MemoryOf(IStorage storage, string key)
    {
        var read = await storage.ReadAsync([key]);
        return read.TryGetValue(key, out var value) ? (string?)((IDictionary<string, object>)value)["memory"] : null;
    }

    [Fact]
    public async Task Read_AfterWrite_ReturnsACopyOfWhatWasWritten()
    {
        var storage = Storage();
        var state = State("first");
        await storage.WriteAsync(new Dictionary<string, object> { ["conv-1"] = state });
        state["memory"] = "changed after writing";

        Assert.Equal("first", await MemoryOf(storage, "conv-1"));
        Assert.Null(await MemoryOf(storage, "conv-2"));
    }

    [Fact]
    public async Task Write_MoreThanMaxEntries_EvictsTheLeastRecentlyUsed()
    {
        var storage = Storage(max: 3);
        foreach (var key in new[] { "a", "b", "c" })
            await storage.WriteAsync(new Dictionary<string, object> { [key] = State(key) });
        await storage.ReadAsync(["a"]); // "a" is now the most recent; "b" the least.

        await storage.WriteAsync(new Dictionary<string, object> { ["d"] = State("d") });

        Assert.Equal(3, storage.Count);
        Assert.Null(await MemoryOf(storage, "b"));
        Assert.Equal("a", await MemoryOf(storage, "a"));
        Assert.Equal("c", await MemoryOf(storage, "c"));
        Assert.Equal("d", await MemoryOf(storage, "d"));
    }

    [Fact]
    public async Task Read_AfterIdleExpiry_HasForgottenTheConversation()
    {
        var storage = Storage(idleMinutes: 30);
        await storage.WriteAsync(new Dictionary<string, object> { ["old"] = State("old"), ["busy"] = State("busy") });
        _clock.Advance(TimeSpan.FromMinutes(20));
        await storage.ReadAsync(["busy"]);
        _clock.Advance(TimeSpan.FromMinutes(15));

        Assert.Null(await MemoryOf(storage, "old"));
        Assert.Equal("busy", await MemoryOf(storage, "busy"));
        Assert.Equal(1, storage.Count);
    }

    [Fact]
    public async Task Delete_RemovesTheEntry()
    {
        var storage = Storage();
        await storage.WriteAsync(new Dictionary<string, object> { ["conv-1"] = State("x") });

        await storage.DeleteAsync(["conv-1", "never-written"]);

        Assert.Null(await MemoryOf(storage, "conv-1"));
        Assert.Equal(0, storage.Count);
    }

    [Fact]
    public async Task ConversationState_SavedAndLoadedThroughTheStorage_KeepsItsProperty()
    {
        var storage = Storage();
        var state = new ConversationState(storage);
        var accessor = state.CreateProperty<string>("memory");
        var turn = new TurnContext(new TestAdapterStub(), new Microsoft.Bot.Schema.Activity
        {
            Type = "message", ChannelId = "test", Conversation = new() { Id = "conv-1" }, From = new() { Id = "u" }, Recipient = new() { Id = "b" },
        });
        await accessor.SetAsync(turn, "remembered");
        await state.SaveChangesAsync(turn);

        var later = new TurnContext(new TestAdapterStub(), turn.Activity);
        await state.LoadAsync(later);

        Assert.Equal("remembered", await accessor.GetAsync(later, () => ""));
    }
}
