using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.PersonalData;

/// <summary>One logged day as stored, corrections included (<see cref="CorrectsId"/> names the approved entry it corrects).</summary>
public sealed record HoursEntryExport(
    Guid Id,
    DateOnly Date,
    DateOnly WeekStart,
    decimal Hours,
    string? Description,
    HoursStatus Status,
    DateTimeOffset LoggedAt,
    Guid? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionComment,
    Guid? CorrectsId)
{
    public static HoursEntryExport From(HoursEntry h) =>
        new(h.Id, h.Date, h.WeekStart, h.Hours, h.Description, h.Status, h.LoggedAt, h.DecidedBy, h.DecidedAt, h.DecisionComment, h.CorrectsId);
}
