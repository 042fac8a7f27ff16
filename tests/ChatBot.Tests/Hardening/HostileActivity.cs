namespace ChatBot.Tests.Hardening;

/// <summary>One request a hostile or broken client might send to /api/messages.</summary>
public sealed record HostileActivity(string Name, string? ContentType, byte[] Body)
{
    public override string ToString() => Name;
}
