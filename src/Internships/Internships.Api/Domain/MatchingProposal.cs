namespace PartnershipHub.Internships.Domain;

/// <summary>
/// The run's outcome for one student: a proposed company with its explanation, or (when <see cref="CompanyId"/> is
/// null) why the student could not be placed. Written in bulk by the run, decided one by one by the coordinator.
/// </summary>
public sealed class MatchingProposal
{
    public Guid RunId { get; set; }

    public Guid StudentId { get; set; }

    public string StudentName { get; set; } = "";

    public Guid? CompanyId { get; set; }

    public string? CompanyName { get; set; }

    public Guid? LocationId { get; set; }

    public double? DistanceKm { get; set; }

    public long Cost { get; set; }

    /// <summary>
    /// bytea: the cost terms, the alternatives considered, or for an unplaced student the exclusions, in the compact
    /// encoding of <c>ExplanationCodec</c> (older rows: the JSON text).
    /// </summary>
    public byte[] Explanation { get; set; } = [];

    public ProposalStatus Status { get; set; }

    public string? DecisionReason { get; set; }

    public Guid? PlacementId { get; set; }
}
