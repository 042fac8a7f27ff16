namespace ChatBot.Tests.Hardening;

/// <summary>Tests that measure the process (memory, throughput) run alone, after the others,
/// so no other test's host skews what they see.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoakCollection
{
    public const string Name = "Soak";
}
