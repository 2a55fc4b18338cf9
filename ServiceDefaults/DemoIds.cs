namespace PartnershipHub.ServiceDefaults;

/// <summary>
/// The fixed ids of the demo data, in one place for every service's seed, the demo accounts and the tests: each service
/// seeds its own part, and they fit together because they all read these. Ids are readable on purpose: staff
/// <c>5eed…a0NN</c>, students <c>5eed…bNNN</c> (decimal), companies <c>5eed…cNN</c> and their trainers <c>5eed…1NNN</c>
/// (hex), enrolments <c>5eed…eNNN</c>. Only used when demo data is requested (<see cref="DemoData"/>).
/// </summary>
public static class DemoIds
{
    public const int StudentCount = 300;
    public const int CompanyCount = 120;

    /// <summary>The first placement period Companies' seed publishes capacity for, and Internships' seed places in.</summary>
    public const string FirstPeriodName = "2026-2027 BPV 1";

    /// <summary>mentor@demo: student 1 is one of their 30 mentees.</summary>
    public static readonly Guid Mentor = Staff(0xa001);

    /// <summary>care@demo.</summary>
    public static readonly Guid Care = Staff(0xa003);

    /// <summary>teacher@demo: the teacher of every demo placement.</summary>
    public static readonly Guid Teacher = Staff(0xa101);

    /// <summary>coordinator@demo.</summary>
    public static readonly Guid Coordinator = Staff(0xa201);

    /// <summary>operator@demo.</summary>
    public static readonly Guid Operator = Staff(0xa301);

    /// <summary>Ten mentors of 30 students each: a001, a002, a004 … a00b (a003 is care).</summary>
    public static IReadOnlyList<Guid> Mentors { get; } = [Mentor, Staff(0xa002), .. Enumerable.Range(0xa004, 8).Select(Staff)];

    /// <summary>student@demo: demo student 1.</summary>
    public static readonly Guid Student = StudentId(1);

    /// <summary>Demo company 1, where trainer@demo works.</summary>
    public static readonly Guid Company = CompanyId(1);

    /// <summary>trainer@demo: trainer 1 of company 1.</summary>
    public static readonly Guid Trainer = TrainerId(1);

    /// <summary>Student n (1–300): …b001 … …b300 (the number in decimal digits).</summary>
    public static Guid StudentId(int n) => Guid.Parse($"5eed0000-0000-0000-0000-00000000b{n:000}");

    public static Guid EnrolmentId(int n) => Guid.Parse($"5eed0000-0000-0000-0000-00000000e{n:000}");

    public static string StudentNumber(int n) => $"9{n:00000}";

    /// <summary>Company n (1–120): …c01 … …c78 (n in hex).</summary>
    public static Guid CompanyId(int n) => new($"5eed0000-0000-0000-0000-{0xC00 + n:x12}");

    /// <summary>Trainer n (one per company): …1001 … (n in hex).</summary>
    public static Guid TrainerId(int n) => new($"5eed0000-0000-0000-0000-{0x1000 + n:x12}");

    private static Guid Staff(int suffix) => Guid.Parse($"5eed0000-0000-0000-0000-00000000{suffix:x4}");
}
