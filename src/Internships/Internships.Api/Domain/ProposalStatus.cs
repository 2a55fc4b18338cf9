namespace PartnershipHub.Internships.Domain;

public enum ProposalStatus
{
    Open,
    Accepted,
    Rejected,
    Overridden,
    Unplaced,
}
