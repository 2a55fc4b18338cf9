namespace PartnershipHub.Internships.Domain;

/// <summary>A request that conflicts with stored state other than a lifecycle transition (a party signing twice); 409.</summary>
public sealed class DomainConflictException(string message) : Exception(message);
