namespace PartnershipHub.Students.Domain;

/// <summary>A sensitive note about private circumstances; only the student's mentor and care staff read or write it.</summary>
public sealed class CareNote
{
    public const int MaxLength = 4000;

    private CareNote()
    {
    }

    public Guid Id { get; private set; }

    public Guid StudentId { get; private set; }

    public Guid AuthorStaffId { get; private set; }

    public string Text { get; private set; } = "";

    public DateTimeOffset WrittenAt { get; private set; }

    public static CareNote Write(Guid studentId, Guid authorStaffId, string? text, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var body = errors.Text("text", text, MaxLength, required: true);
        errors.ThrowIfAny();
        return new CareNote
        {
            Id = Guid.CreateVersion7(now),
            StudentId = studentId,
            AuthorStaffId = authorStaffId,
            Text = body!,
            WrittenAt = now,
        };
    }
}
