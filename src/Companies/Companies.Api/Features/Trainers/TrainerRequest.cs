namespace PartnershipHub.Companies.Features.Trainers;

/// <summary>A trainer's profile; <c>active</c> defaults to true. A trainer editing their own record may change only name and phone.</summary>
public sealed record TrainerRequest(string? Name, string? Email, string? Phone, IReadOnlyList<string?>? Crebos, int? MaxStudents, bool? Active);
