using PartnershipHub.Contracts;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.Students.Domain;
using Xunit;

namespace PartnershipHub.Students.Tests.Domain;

public sealed class IntakeTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Completing_an_intake_requires_a_progression_wish()
    {
        var refusal = Assert.Throws<FieldValidationException>(() =>
            Intake.Create(PriorEducation.VmboKb, Today, [IntakeParticipant.Student], false, null, null, null, null, complete: true, Today));

        Assert.Equal(["progressionWish"], refusal.Errors.Keys);
    }

    [Fact]
    public void A_draft_may_leave_the_progression_wish_open()
    {
        var draft = Intake.Create(null, null, null, false, null, null, null, null, complete: false, Today);

        Assert.Null(draft.ProgressionWish);
    }

    [Fact]
    public void An_extended_intake_involves_someone_besides_the_student()
    {
        var refusal = Assert.Throws<FieldValidationException>(() =>
            Intake.Create(PriorEducation.Entree, Today, [IntakeParticipant.Student], true, null, null, ProgressionWish.Work, null, true, Today));

        Assert.Equal(["participants"], refusal.Errors.Keys);
    }

    [Fact]
    public void Talent_scores_are_one_to_five_and_travel_distance_is_bounded()
    {
        var refusal = Assert.Throws<FieldValidationException>(() => Intake.Create(
            PriorEducation.Entree, Today, [IntakeParticipant.Student], false, null,
            new TalentScan([new TalentItem("punctual", 6)], []), ProgressionWish.Work,
            new PlacementPreferences([], 0, []), true, Today));

        Assert.Equal(["preferences.maxTravelKm", "talentScan.strengths[0].score"], refusal.Errors.Keys.Order());
    }

    [Fact]
    public void The_published_summary_carries_levels_and_company_names_but_no_notes_or_reasons()
    {
        var intake = Intake.Create(
            PriorEducation.VmboBb, Today, [IntakeParticipant.Student], false,
            new NeedsProfile(new(NeedLevel.Much, "private"), new(NeedLevel.Some, "x"), new(NeedLevel.None, null), new(NeedLevel.None, null), new(NeedLevel.Much, "home")),
            null, ProgressionWish.Level4,
            new PlacementPreferences(["retail"], 20, [new CompanyToAvoid(null, "Uncle BV", "family")]), true, Today);

        Assert.Equal(new NeedsSummary(NeedLevel.Much, NeedLevel.Some, NeedLevel.None, NeedLevel.None, NeedLevel.Much), intake.Needs.ToSummary());
        var published = intake.ToPublishedPreferences();
        Assert.Equal(new AvoidedCompany(null, "Uncle BV"), Assert.Single(published.AvoidCompanies));
        Assert.Null(intake.WithoutStaffNotes().Needs.Pedagogical.Note);
        Assert.Null(intake.WithoutStaffNotes().Preferences.AvoidCompanies[0].Reason);
    }

    [Fact]
    public void Intakes_with_the_same_content_are_equal_in_stored_form()
    {
        Intake Make() => Intake.Create(PriorEducation.VmboBb, Today, [IntakeParticipant.Student], false, null,
            new TalentScan([new TalentItem("punctual", 3)], []), ProgressionWish.Work, null, true, Today);

        Assert.True(IntakeJson.Equal(Make(), Make()));
        Assert.Equal(IntakeJson.Serialize(Make()), IntakeJson.Serialize(IntakeJson.Deserialize(IntakeJson.Serialize(Make()))));
    }
}
