namespace PartnershipHub.Students.Features.Classmates;

/// <summary>A classmate as another student sees them: who to choose for a peer assessment, nothing more.</summary>
public sealed record Classmate(Guid Id, string FirstName, string LastName);
