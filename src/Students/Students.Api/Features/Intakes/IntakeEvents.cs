using PartnershipHub.Contracts;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Features.Intakes;

/// <summary>Builds the event of a completed intake: levels and preferences only, never the staff's notes.</summary>
public static class IntakeEvents
{
    public static IntakeCompleted IntakeCompleted(Student s)
    {
        var intake = s.Intake ?? throw new InvalidOperationException("No intake to announce.");
        return new IntakeCompleted(
            s.Id,
            intake.IntakeDate ?? s.IntakeCompletedOn ?? DateOnly.FromDateTime(s.UpdatedAt.UtcDateTime),
            intake.Needs.ToSummary(),
            intake.ProgressionWish ?? ProgressionWish.Undecided,
            intake.ToPublishedPreferences(),
            s.Version);
    }
}
