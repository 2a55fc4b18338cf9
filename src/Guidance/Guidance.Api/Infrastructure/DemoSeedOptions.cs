namespace PartnershipHub.Guidance.Infrastructure;

/// <summary>Configuration section <c>Seed</c>, Guidance's part of it (<c>Seed:Demo</c> itself is read by the seed runner).</summary>
public sealed class DemoSeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>How long to wait for the demo students (and b001's placement) to arrive from the other services.</summary>
    public TimeSpan WaitForCopies { get; set; } = TimeSpan.FromMinutes(4);
}
