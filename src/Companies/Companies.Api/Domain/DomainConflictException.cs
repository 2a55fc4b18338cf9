namespace PartnershipHub.Companies.Domain;

/// <summary>The request is well formed but clashes with the current state (a duplicate, an already revoked accreditation); answered with 409.</summary>
public sealed class DomainConflictException(string message) : Exception(message);
