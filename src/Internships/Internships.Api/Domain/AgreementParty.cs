namespace PartnershipHub.Internships.Domain;

/// <summary>
/// The parties of the practical training agreement (POK). <see cref="Guardian"/> signs only when the student is a minor
/// on the start date (besides the student, not for them); it is last here so stored values keep their meaning.
/// </summary>
public enum AgreementParty
{
    Student,
    School,
    Company,
    Guardian,
}
