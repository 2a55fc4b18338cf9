using PartnershipHub.Contracts;

namespace PartnershipHub.Notifications.Domain;

/// <summary>A placement as Internships last described it, plus the facts the due rules need (last contact, last hours).</summary>
public sealed class PlacementCopy
{
    public static readonly IReadOnlyList<string> AllParties = ["student", "school", "company"];

    public Guid Id { get; set; }

    public Guid StudentId { get; set; }

    public Guid CompanyId { get; set; }

    public string CompanyName { get; set; } = "";

    public Guid? TrainerId { get; set; }

    public Guid? TeacherStaffId { get; set; }

    public Guid PeriodId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    /// <summary>The day the student really started (null: not yet); contact and hours count from here.</summary>
    public DateOnly? StartedOn { get; set; }

    public PlacementStatus Status { get; set; }

    /// <summary>Agreement parties still to sign (<c>student</c>, <c>school</c>, <c>company</c>).</summary>
    public List<string> MissingSignatures { get; set; } = [.. AllParties];

    /// <summary>When <see cref="MissingSignatures"/> was last set from a signature (events about signatures carry no version).</summary>
    public DateTimeOffset? SignaturesAt { get; set; }

    public DateTimeOffset? LastContactAt { get; set; }

    public DateOnly? LastHoursLoggedOn { get; set; }

    /// <summary>0 while only events without the placement's state (a signature, hours, a contact) have been seen.</summary>
    public long Version { get; set; }

    /// <summary>A copy started from an event that names the placement before the placement's own events arrive.</summary>
    public static PlacementCopy Stub(Guid placementId, Guid studentId, Guid companyId) =>
        new() { Id = placementId, StudentId = studentId, CompanyId = companyId };

    public bool IsKnown => Version > 0;

    public bool CompanyHasSigned => !MissingSignatures.Contains("company");

    /// <summary>Applies the placement as it now stands, unless a newer version was applied already.</summary>
    public bool Apply(PlacementSnapshot placement, long version)
    {
        if (version <= Version)
        {
            return false;
        }

        StudentId = placement.StudentId;
        CompanyId = placement.CompanyId;
        CompanyName = placement.CompanyName;
        TrainerId = placement.TrainerId;
        TeacherStaffId = placement.TeacherStaffId;
        PeriodId = placement.PeriodId;
        StartDate = placement.StartDate;
        EndDate = placement.EndDate;
        StartedOn = placement.StartedOn ?? StartedOn;
        Status = placement.Status;
        if (placement.Status is not PlacementStatus.Proposed)
        {
            // Signed (or past it): nobody has to sign any more, whatever order the signature events come in.
            MissingSignatures = [];
        }

        Version = version;
        return true;
    }

    /// <summary>Keeps the latest signature's view of who still has to sign.</summary>
    public void RecordSignature(AgreementSignatureRecorded e)
    {
        if (SignaturesAt is { } at && at >= e.SignedAt)
        {
            return;
        }

        if (Status is PlacementStatus.Proposed || !IsKnown)
        {
            MissingSignatures = [.. e.MissingParties];
        }

        SignaturesAt = e.SignedAt;
    }

    public void RecordContact(ContactLogged e)
    {
        if (LastContactAt is null || e.ContactedAt > LastContactAt)
        {
            LastContactAt = e.ContactedAt;
        }
    }

    public void RecordHours(HoursLogged e)
    {
        if (LastHoursLoggedOn is null || e.Date > LastHoursLoggedOn)
        {
            LastHoursLoggedOn = e.Date;
        }
    }
}
