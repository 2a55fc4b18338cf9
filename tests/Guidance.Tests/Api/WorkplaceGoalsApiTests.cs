using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Plans;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>The placement's trainer reads the plan goals meant for the workplace; nobody outside the relationship does.</summary>
public sealed class WorkplaceGoalsApiTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    private readonly Guid _mentor = Guid.NewGuid();
    private readonly Guid _company = Guid.NewGuid();

    private static SavePlanRequest Plan() => new(
        "Korte, concrete opdrachten.",
        [
            new PlanGoal(Guid.Empty, "Op tijd komen en afmelden", "punctuality", null, true, GoalStatus.Open, "Bel vóór 8:00"),
            new PlanGoal(Guid.Empty, "Vragen durven stellen", null, NeedsCategory.Pedagogical, true, GoalStatus.Met, null),
            new PlanGoal(Guid.Empty, "Hulp zoeken bij thuissituatie", null, NeedsCategory.PrivateCircumstances, true, GoalStatus.Open, null),
            new PlanGoal(Guid.Empty, "Rekenen bijwerken", null, NeedsCategory.Didactic, false, GoalStatus.Open, null),
            new PlanGoal(Guid.Empty, "Netjes werken", "care-safety", null, true, GoalStatus.Dropped, null),
        ],
        [new PlanAgreement(Guid.Empty, AgreementKind.Behaviour, "Afmelden vóór 8:00 bij de praktijkopleider", new DateOnly(2026, 9, 1))],
        6,
        null);

    private async Task<(StudentCopy Student, PlacementCopy Placement)> ArrangeAsync(PlacementStatus status = PlacementStatus.Active, bool withPlan = true)
    {
        var student = TestData.Student(_mentor);
        var placement = TestData.Placement(student.Id, _company, status);
        await fixture.RunAsync(db =>
        {
            db.Students.Add(student);
            db.Placements.Add(placement);
            return db.SaveChangesAsync();
        });
        if (withPlan)
        {
            await (await fixture.Mentor(_mentor).PutJsonAsync($"/api/students/{student.Id}/plan", Plan())).AssertStatusAsync(HttpStatusCode.OK);
        }

        return (student, placement);
    }

    [Fact]
    public async Task The_current_trainer_reads_the_workplace_goals_only_with_the_criterions_name()
    {
        var (student, placement) = await ArrangeAsync();

        var seen = await (await fixture.Trainer(_company).GetAsync($"/api/placements/{placement.Id}/workplace-goals")).ReadAsync<WorkplaceGoalsResponse>();

        Assert.Equal(student.Id, seen.StudentId);
        Assert.Equal(["Op tijd komen en afmelden", "Vragen durven stellen"], seen.Goals.Select(g => g.Title));
        var punctuality = seen.Goals[0];
        Assert.Equal("punctuality", punctuality.CriterionKey);
        Assert.False(string.IsNullOrWhiteSpace(punctuality.CriterionName));
        Assert.Equal("Bel vóór 8:00", punctuality.Note);
        Assert.Equal(NeedsCategory.Pedagogical, seen.Goals[1].NeedsCategory);
        Assert.Equal(GoalStatus.Met, seen.Goals[1].Status);
        Assert.NotNull(seen.UpdatedAt);
    }

    [Fact]
    public async Task Without_a_plan_the_trainer_gets_no_goals_rather_than_an_error()
    {
        var (_, placement) = await ArrangeAsync(withPlan: false);

        var seen = await (await fixture.Trainer(_company).GetAsync($"/api/placements/{placement.Id}/workplace-goals")).ReadAsync<WorkplaceGoalsResponse>();

        Assert.Empty(seen.Goals);
        Assert.Null(seen.UpdatedAt);
    }

    [Theory]
    [InlineData(PlacementStatus.Proposed)]
    [InlineData(PlacementStatus.Completed)]
    [InlineData(PlacementStatus.EndedEarly)]
    public async Task A_trainer_whose_placement_is_not_current_is_refused_here_and_on_the_plan(PlacementStatus status)
    {
        var (student, placement) = await ArrangeAsync(status);

        await (await fixture.Trainer(_company).GetAsync($"/api/placements/{placement.Id}/workplace-goals")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(_company).GetAsync($"/api/students/{student.Id}/plan")).AssertStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Everyone_else_is_refused_the_school_reads_and_an_unknown_placement_is_not_found()
    {
        var (student, placement) = await ArrangeAsync();
        var path = $"/api/placements/{placement.Id}/workplace-goals";

        await (await fixture.Trainer(Guid.NewGuid()).GetAsync(path)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Student(student.Id).GetAsync(path)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Mentor(Guid.NewGuid()).GetAsync(path)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Teacher(Guid.NewGuid()).GetAsync(path)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Care().GetAsync(path)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(_company).GetAsync($"/api/placements/{Guid.NewGuid()}/workplace-goals")).AssertStatusAsync(HttpStatusCode.NotFound);

        var asMentor = await (await fixture.Mentor(_mentor).GetAsync(path)).ReadAsync<WorkplaceGoalsResponse>();
        Assert.Equal(2, asMentor.Goals.Count);
        await (await fixture.Coordinator().GetAsync(path)).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_erased_student_is_not_found()
    {
        var (student, placement) = await ArrangeAsync();
        await fixture.RunAsync(async db =>
        {
            var copy = await db.Students.FirstAsync(s => s.Id == student.Id);
            copy.ErasedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        });

        await (await fixture.Trainer(_company).GetAsync($"/api/placements/{placement.Id}/workplace-goals")).AssertStatusAsync(HttpStatusCode.NotFound);
    }
}
