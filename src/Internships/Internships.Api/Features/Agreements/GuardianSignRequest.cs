namespace PartnershipHub.Internships.Features.Agreements;

/// <summary>The guardian's signature: their name as they type it and the ticked "I agree".</summary>
public sealed record GuardianSignRequest(string? Token, string? SignerName, bool? Agree);
