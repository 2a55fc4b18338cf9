namespace PartnershipHub.Internships.Domain;

/// <summary>The three parties of the practical training agreement (POK).</summary>
public enum AgreementParty
{
    Student,
    School,
    Company,
}
