using PartnershipHub.Contracts;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Features.Intakes;

/// <summary>An intake; <see cref="Status"/> is "notStarted", "draft" or "complete"; <see cref="Revision"/> goes back with a save.</summary>
public sealed record IntakeResponse(
    Guid StudentId,
    string Status,
    DateOnly? CompletedOn,
    PriorEducation? PriorEducation,
    DateOnly? IntakeDate,
    IReadOnlyList<IntakeParticipant> Participants,
    bool ExtendedIntake,
    NeedsEntry Needs,
    TalentScanEntry TalentScan,
    ProgressionWish? ProgressionWish,
    PreferencesEntry Preferences,
    int Revision)
{
    public static IntakeResponse From(Student student, bool withStaffNotes)
    {
        if (student.Intake is null)
        {
            return new IntakeResponse(
                student.Id, "notStarted", null, null, null, [], false, new NeedsEntry(null, null, null, null, null), new TalentScanEntry([], []), null, new PreferencesEntry([], null, []), student.IntakeRevision);
        }

        var intake = withStaffNotes ? student.Intake : student.Intake.WithoutStaffNotes();
        return new IntakeResponse(
            student.Id,
            student.IntakeComplete ? "complete" : "draft",
            student.IntakeCompletedOn,
            intake.PriorEducation,
            intake.IntakeDate,
            intake.Participants,
            intake.ExtendedIntake,
            new NeedsEntry(
                Need(intake.Needs.Pedagogical), Need(intake.Needs.Didactic), Need(intake.Needs.FutureWishes), Need(intake.Needs.Structure), Need(intake.Needs.PrivateCircumstances)),
            new TalentScanEntry(
                [.. intake.TalentScan.Strengths.Select(t => new TalentEntry(t.Name, t.Score))],
                [.. intake.TalentScan.DevelopmentPoints.Select(t => new TalentEntry(t.Name, t.Score))]),
            intake.ProgressionWish,
            new PreferencesEntry(
                intake.Preferences.Sectors,
                intake.Preferences.MaxTravelKm,
                [.. intake.Preferences.AvoidCompanies.Select(a => new AvoidedCompanyEntry(a.CompanyId, a.CompanyName, a.Reason))]),
            student.IntakeRevision);
    }

    private static NeedEntry Need(NeedAssessment need) => new(need.Level, need.Note);
}
