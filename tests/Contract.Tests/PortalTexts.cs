using System.Collections;
using System.Globalization;
using System.Resources;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Localization;

namespace PartnershipHub.Contract.Tests;

/// <summary>
/// The values the portal knows for the APIs' enum-valued strings: the pages show each through a text keyed
/// <c>&lt;prefix&gt;.&lt;value&gt;</c> (<c>Placement.Status.active</c>), so the keys under a prefix are the values it
/// can show. This table says which model properties each prefix is for.
/// </summary>
public static class PortalTexts
{
    private static readonly (string Prefix, Type Type, string Property)[] Table =
    [
        ("Placement.Status", typeof(InternshipPlacement), nameof(InternshipPlacement.Status)),
        ("Placement.Status", typeof(ProgressPlacement), nameof(ProgressPlacement.Status)),
        ("Placement.Risk", typeof(InternshipPlacement), nameof(InternshipPlacement.Risks)),
        ("Placement.Risk", typeof(ProgressPlacement), nameof(ProgressPlacement.Risks)),
        ("Placement.Status", typeof(Agreement), nameof(Agreement.Status)),
        ("Agreement.Party", typeof(Agreement), nameof(Agreement.Missing)),
        ("Agreement.Party", typeof(Signature), nameof(Signature.Party)),
        ("Agreement.Party", typeof(SignRequest), nameof(SignRequest.Party)),
        ("Assignment.Status", typeof(Assignment), nameof(Assignment.Status)),
        ("Assignment.Status", typeof(AssignmentStep), nameof(AssignmentStep.Status)),
        ("Assignment.Status", typeof(ProgressAssignment), nameof(ProgressAssignment.Status)),
        ("Hours.Status", typeof(HoursWeek), nameof(HoursWeek.Status)),
        ("Hours.Status", typeof(HoursDay), nameof(HoursDay.Status)),
        ("Matching.RunStatus", typeof(MatchingRun), nameof(MatchingRun.Status)),
        ("Matching.ProposalStatus", typeof(Proposal), nameof(Proposal.Status)),
        ("Matching.Rule", typeof(Exclusion), nameof(Exclusion.Rule)),
        ("Matching.Term", typeof(CostTerm), nameof(CostTerm.Term)),
        ("Contacts.Kind", typeof(Contact), nameof(Contact.Kind)),
        ("Contacts.Kind", typeof(LogContactRequest), nameof(LogContactRequest.Kind)),
        ("Goal.Status", typeof(PlanGoal), nameof(PlanGoal.Status)),
        ("Goal.Status", typeof(SavePlanGoal), nameof(SavePlanGoal.Status)),
        ("Goal.Status", typeof(ReviewGoalOutcome), nameof(ReviewGoalOutcome.Status)),
        ("Plan.AgreementKind", typeof(PlanAgreement), nameof(PlanAgreement.Kind)),
        ("Plan.AgreementKind", typeof(SavePlanAgreement), nameof(SavePlanAgreement.Kind)),
        ("Plan.AgreementKind", typeof(ReviewNewAgreement), nameof(ReviewNewAgreement.Kind)),
        ("Signal.Status", typeof(Signal), nameof(Signal.Status)),
        ("Signal.Rule", typeof(Signal), nameof(Signal.Rule)),
        ("Caseload.Light", typeof(CaseloadLine), nameof(CaseloadLine.TrafficLight)),
        ("Caseload.Reason", typeof(CaseloadLine), nameof(CaseloadLine.Reasons)),
        ("Level", typeof(Rating), nameof(Rating.Level)),
        ("Level", typeof(GrowthPoint), nameof(GrowthPoint.Level)),
        ("Level", typeof(Discrepancy), nameof(Discrepancy.LevelA)),
        ("Level", typeof(Discrepancy), nameof(Discrepancy.LevelB)),
        ("Intake.Status", typeof(IntakeProfile), nameof(IntakeProfile.Status)),
        ("Intake.Level", typeof(IntakeNeed), nameof(IntakeNeed.Level)),
        ("Intake.Participant", typeof(IntakeProfile), nameof(IntakeProfile.Participants)),
        ("Intake.Participant", typeof(SaveIntakeRequest), nameof(SaveIntakeRequest.Participants)),
        ("Intake.Prior", typeof(IntakeProfile), nameof(IntakeProfile.PriorEducation)),
        ("Intake.Prior", typeof(SaveIntakeRequest), nameof(SaveIntakeRequest.PriorEducation)),
        ("Intake.Wish", typeof(IntakeProfile), nameof(IntakeProfile.ProgressionWish)),
        ("Intake.Wish", typeof(SaveIntakeRequest), nameof(SaveIntakeRequest.ProgressionWish)),
        ("Intake.Wish", typeof(ProgressIntake), nameof(ProgressIntake.ProgressionWish)),
        ("Imports.Outcome", typeof(StudentImportRow), nameof(StudentImportRow.Outcome)),
        ("CareNotes.Kind", typeof(CareNoteAccess), nameof(CareNoteAccess.Kind)),
        ("CareNotes.Role", typeof(CareNoteAccess), nameof(CareNoteAccess.Role)),
        ("StaffRole", typeof(UserSummary), nameof(UserSummary.Roles)),
        ("StaffRole", typeof(CreateStaffAccountRequest), nameof(CreateStaffAccountRequest.Roles)),
        ("StaffRole", typeof(AssignRolesRequest), nameof(AssignRolesRequest.Roles)),
        ("Staff.Language", typeof(UserSummary), nameof(UserSummary.Language)),
        ("Staff.Language", typeof(CreateStaffAccountRequest), nameof(CreateStaffAccountRequest.Language)),
        ("StaffImport.Outcome", typeof(StaffImportRow), nameof(StaffImportRow.Outcome)),
        ("NotificationKind", typeof(PreferenceKind), nameof(PreferenceKind.Kind)),
        ("NotificationKind", typeof(SavePreferencesRequest), nameof(SavePreferencesRequest.MutedKinds)),
        ("Placement.Status", typeof(CoordinatorPlacement), nameof(CoordinatorPlacement.Status)),
        ("Placement.Risk", typeof(CoordinatorPlacement), nameof(CoordinatorPlacement.Risks)),
        ("PlacementEndReason", typeof(CoordinatorPlacement), nameof(CoordinatorPlacement.EndReason)),
        ("PlacementEndReason", typeof(EndPlacementEarlyRequest), nameof(EndPlacementEarlyRequest.Reason)),
        ("Matching.RunStatus", typeof(RunSummary), nameof(RunSummary.Status)),
        ("Matching.ProposalStatus", typeof(RunProposal), nameof(RunProposal.Status)),
        ("Insights.Flag", typeof(CompanyLine), nameof(CompanyLine.Flags)),
        ("Signal.Rule", typeof(RuleFigures), nameof(RuleFigures.Rule)),
        ("Intake.Wish", typeof(WishFigures), nameof(WishFigures.Wish)),
        ("CoordStudents.Status", typeof(StudentRow), nameof(StudentRow.Status)),
        ("CoordStudents.Status", typeof(StudentRecord), nameof(StudentRecord.Status)),
        ("CoordStudents.Status", typeof(ChangeStatusBody), nameof(ChangeStatusBody.Status)),
        ("Insights.LeavingReason", typeof(StudentRecord), nameof(StudentRecord.LeavingReason)),
        ("Insights.LeavingReason", typeof(ChangeStatusBody), nameof(ChangeStatusBody.Reason)),
        ("CoordStudents.Route", typeof(StudentEnrolmentRecord), nameof(StudentEnrolmentRecord.Route)),
        ("CoordStudents.Route", typeof(EnrolmentBody), nameof(EnrolmentBody.Route)),
    ];

    /// <summary>
    /// Texts the portal shows for a state it derives itself and never exchanges: a need whose level is missing
    /// ("not assessed"), a week whose days differ ("mixed" is a week's status, never a day's), an import outcome the
    /// portal does not know yet ("other").
    /// </summary>
    private static readonly Dictionary<(Type Type, string Property), string[]> ShownOnly = new()
    {
        [(typeof(IntakeNeed), nameof(IntakeNeed.Level))] = ["notAssessed"],
        [(typeof(HoursDay), nameof(HoursDay.Status))] = ["mixed"],
        [(typeof(StaffImportRow), nameof(StaffImportRow.Outcome))] = ["other"],
        [(typeof(PreferenceKind), nameof(PreferenceKind.Kind))] = ["other"],
        [(typeof(SavePreferencesRequest), nameof(SavePreferencesRequest.MutedKinds))] = ["other"],
        [(typeof(CompanyLine), nameof(CompanyLine.Flags))] = ["other"],
    };

    private static readonly Lazy<IReadOnlyList<string>> Keys = new(() =>
    {
        var resources = new ResourceManager(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);
        var set = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("The portal's neutral texts (SharedResource.resx) were not found.");
        return [.. set.Cast<DictionaryEntry>().Select(entry => (string)entry.Key)];
    });

    public static IEnumerable<(string Prefix, Type Type, string Property)> Entries => Table;

    /// <summary>The values the portal has a text for under <paramref name="prefix"/>: the last part of each key below it.</summary>
    public static IReadOnlyCollection<string> ValuesUnder(string prefix) =>
        [.. Keys.Value.Where(key => key.StartsWith(prefix + ".", StringComparison.Ordinal) && !key[(prefix.Length + 1)..].Contains('.'))
            .Select(key => key[(prefix.Length + 1)..])
            .Order(StringComparer.Ordinal)];

    public static IReadOnlyCollection<string>? KnownValues(Type type, string property)
    {
        var prefixes = Table.Where(entry => entry.Type == type && entry.Property == property).Select(entry => entry.Prefix).ToList();
        var shownOnly = ShownOnly.GetValueOrDefault((type, property)) ?? [];
        return prefixes.Count == 0 ? null : [.. prefixes.SelectMany(ValuesUnder).Distinct().Except(shownOnly)];
    }
}
