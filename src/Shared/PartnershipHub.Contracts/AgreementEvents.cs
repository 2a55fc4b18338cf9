namespace PartnershipHub.Contracts;

/// <summary>
/// Internships made a signing link for a minor's parent or guardian (a new one replaces the previous): Notifications
/// mails it at once to <paramref name="GuardianEmail"/> as <c>{portal}/ondertekenen/{Token}</c>. The token is the link
/// itself (Internships keeps only its hash); it works once, until <paramref name="ExpiresAt"/>.
/// </summary>
public sealed record AgreementGuardianLinkSent(
    Guid PlacementId,
    Guid StudentId,
    string GuardianEmail,
    string GuardianName,
    string StudentFirstName,
    string CompanyName,
    DateOnly StartDate,
    DateOnly EndDate,
    string Token,
    DateTimeOffset ExpiresAt) : IntegrationEvent;
