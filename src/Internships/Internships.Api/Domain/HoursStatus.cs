namespace PartnershipHub.Internships.Domain;

public enum HoursStatus
{
    Open,
    Approved,
    Rejected,
}
