namespace PartnershipHub.Insights.Domain;

/// <summary>
/// A workplace trainer (praktijkopleider), to know who may answer a trainer's survey and read their company's results:
/// the signed-in trainer is matched by the token's e-mail address and company claims. Erasure empties the e-mail.
/// </summary>
public sealed class TrainerFact
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    /// <summary>Lower-case, trimmed; empty after erasure.</summary>
    public string Email { get; set; } = "";

    public bool Active { get; set; }

    public long Version { get; set; }
}
