namespace PartnershipHub.Guidance.Infrastructure;

/// <summary>Configuration section <c>Seed</c>: <c>Seed:Demo=true</c> turns the demo seeder on (the AppHost sets it in Development).</summary>
public sealed class DemoSeedOptions
{
    public const string SectionName = "Seed";

    public bool Demo { get; set; }

    /// <summary>How long to wait for the demo students (and b001's placement) to arrive from the other services.</summary>
    public TimeSpan WaitForCopies { get; set; } = TimeSpan.FromMinutes(4);
}
