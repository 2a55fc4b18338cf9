namespace PartnershipHub.Students.Domain;

/// <summary>What remains of an erased student: the pseudonymous id and when and by whom it was erased, nothing personal.</summary>
public sealed class ErasedStudent
{
    private ErasedStudent()
    {
    }

    public Guid Id { get; private set; }

    public DateTimeOffset ErasedAt { get; private set; }

    public Guid? ErasedByStaffId { get; private set; }

    public static ErasedStudent For(Guid studentId, Guid? erasedByStaffId, DateTimeOffset at) => new()
    {
        Id = studentId,
        ErasedAt = at,
        ErasedByStaffId = erasedByStaffId,
    };
}
