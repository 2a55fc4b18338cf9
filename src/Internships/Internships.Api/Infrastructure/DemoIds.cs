namespace PartnershipHub.Internships.Infrastructure;

/// <summary>The other services' demo ids this service's seed refers to (Students' and Companies' seeds, Identity's demo accounts).</summary>
public static class DemoIds
{
    public const int StudentCount = 300;
    public const int CompanyCount = 120;
    public const string FirstPeriodName = "2026-2027 BPV 1";

    public static readonly Guid Student = StudentId(1);
    public static readonly Guid Company = CompanyId(1);
    public static readonly Guid Trainer = new("5eed0000-0000-0000-0000-000000001001");

    /// <summary>teacher@demo.partnershiphub.nl; the seed makes them the teacher of every demo placement.</summary>
    public static readonly Guid Teacher = new("5eed0000-0000-0000-0000-00000000a101");

    public static Guid StudentId(int n) => new($"5eed0000-0000-0000-0000-00000000b{n:000}");

    public static Guid CompanyId(int n) => new($"5eed0000-0000-0000-0000-{0xC00 + n:x12}");
}
