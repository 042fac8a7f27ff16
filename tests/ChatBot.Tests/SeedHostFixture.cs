namespace ChatBot.Tests;

/// <summary>One host over the shipped seeds, shared by a test class.</summary>
public sealed class SeedHostFixture : IAsyncLifetime
{
    public BotHost Host { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync() => Client = await Host.StartAsync();

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
