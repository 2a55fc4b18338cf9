namespace PartnershipHub.Guidance.Features.Absence;

public enum AbsenceImportOutcome
{
    Created,
    Updated,
    Unchanged,

    /// <summary>The row is wrong (unknown student, bad number or date, a duplicate); its errors name the field.</summary>
    Rejected,

    /// <summary>The row is about a student the importing mentor does not guide.</summary>
    Refused,
}
