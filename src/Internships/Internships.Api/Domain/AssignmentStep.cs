using PartnershipHub.Contracts;

namespace PartnershipHub.Internships.Domain;

/// <summary>One step in an assignment's life: what was done, the status it led to, by whom and when.</summary>
public sealed record AssignmentStep(string Action, AssignmentStatus Status, string ByRole, Guid? By, DateTimeOffset At, string? Comment);
