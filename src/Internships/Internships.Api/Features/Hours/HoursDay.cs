using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Hours;

/// <summary>A day's latest entry; <see cref="CorrectsId"/> names the approved entry it corrects, whose <see cref="ApprovedHours"/> count until the correction is approved.</summary>
public sealed record HoursDay(DateOnly Date, decimal Hours, string? Description, HoursStatus Status, string? DecisionComment, Guid Id, Guid? CorrectsId = null, decimal? ApprovedHours = null);
