namespace PartnershipHub.Students.Infrastructure;

/// <summary>Fixed ids of the demo data, so the other services' seeds and the portal's demo accounts can refer to them.</summary>
public static class DemoIds
{
    public const int StudentCount = 300;

    /// <summary>The demo mentor; student 1 (<see cref="Student"/>) is one of their 30 mentees.</summary>
    public static readonly Guid Mentor = Guid.Parse("5eed0000-0000-0000-0000-00000000a001");

    public static readonly Guid Care = Guid.Parse("5eed0000-0000-0000-0000-00000000a003");

    public static readonly Guid Student = StudentId(1);

    /// <summary>Ten mentors of 30 students each: a001, a002, a004 … a00b (a003 is the care coordinator).</summary>
    public static IReadOnlyList<Guid> Mentors { get; } =
        [Mentor, Staff(0xa002), .. Enumerable.Range(0xa004, 8).Select(Staff)];

    /// <summary>Student n (1–300): 5eed0000-0000-0000-0000-00000000b001 … b300 (the number in decimal digits).</summary>
    public static Guid StudentId(int n) => Guid.Parse($"5eed0000-0000-0000-0000-00000000b{n:000}");

    public static Guid EnrolmentId(int n) => Guid.Parse($"5eed0000-0000-0000-0000-00000000e{n:000}");

    public static string StudentNumber(int n) => $"9{n:00000}";

    private static Guid Staff(int suffix) => Guid.Parse($"5eed0000-0000-0000-0000-00000000{suffix:x4}");
}
