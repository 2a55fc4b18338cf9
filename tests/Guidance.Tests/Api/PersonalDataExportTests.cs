using System.Net;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.PersonalData;
using PartnershipHub.Guidance.Features.Plans;
using PartnershipHub.Guidance.Features.Reviews;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

public sealed class PersonalDataExportTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    private sealed record Arranged(StudentCopy Student, Guid Mentor, Guid Teacher, Guid Company, PlacementCopy Placement);

    /// <summary>Self, trainer and mentor assessments (one corrected), a plan edited once, a held review, a signal and a teacher link.</summary>
    private async Task<Arranged> StudentWithEverythingAsync(string cohort = "2025-VK2")
    {
        var mentorId = Guid.NewGuid();
        var teacher = Guid.NewGuid();
        var company = Guid.NewGuid();
        var student = TestData.Student(mentorId, cohort);
        var placement = TestData.Placement(student.Id, company);
        await fixture.RunAsync(db =>
        {
            db.Students.Add(student);
            db.Placements.Add(placement);
            return db.SaveChangesAsync();
        });
        var mentor = fixture.Mentor(mentorId);

        await fixture.Student(student.Id).AssessAsync(student.Id, TestData.Start(AssessorRole.Self));
        await fixture.Trainer(company).AssessAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id));
        var original = await mentor.AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor));
        await mentor.AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor, ratings: TestData.Ratings(AttitudeLevel.Developing), supersedes: original.AssessmentId));

        var plan = new SavePlanRequest(
            "Short tasks; a weekly chat.",
            [new PlanGoal(Guid.Empty, "Be on time", "punctuality", null, true, GoalStatus.Open, null)],
            [new PlanAgreement(Guid.Empty, AgreementKind.Behaviour, "Call in sick before 8:00", new DateOnly(2026, 9, 1))],
            6,
            0);
        await (await mentor.PutJsonAsync($"/api/students/{student.Id}/plan", plan)).AssertStatusAsync(HttpStatusCode.OK);
        await (await mentor.PutJsonAsync($"/api/students/{student.Id}/plan", plan with { ReviewEveryWeeks = 4, ExpectedRevision = 1 })).AssertStatusAsync(HttpStatusCode.OK);

        var review = await (await mentor.PostJsonAsync($"/api/students/{student.Id}/reviews", new ScheduleReviewRequest(DateTimeOffset.UtcNow.AddDays(1), null)))
            .ReadAsync<ReviewResponse>(HttpStatusCode.Created);
        await (await mentor.PostJsonAsync($"/api/reviews/{review.ReviewId}/hold", new HoldReviewRequest("Talked it through.", [], []))).AssertStatusAsync(HttpStatusCode.OK);

        await fixture.RunAsync(async db => await new SignalRaiser(db, TimeProvider.System)
            .RaiseAsync(student.Id, SignalRule.PlacementAtRisk, "Placement at risk", SignalText.AsWritten("No contact"), "/placements", false, CancellationToken.None));
        await fixture.LinkTeacherAsync(student.Id, teacher);
        return new Arranged(student, mentorId, teacher, company, placement);
    }

    private static string Url(Guid student) => $"/api/students/{student}/export";

    [Fact]
    public async Task The_export_holds_every_assessment_the_plan_reviews_signals_and_teacher_links_and_nothing_of_another_student()
    {
        var cohort = $"C-{Guid.NewGuid():N}"[..12];
        var a = await StudentWithEverythingAsync(cohort);
        var b = await StudentWithEverythingAsync(cohort);
        // A peer assessment the student wrote is about the other student: it belongs in that student's export.
        await fixture.Student(a.Student.Id).AssessAsync(b.Student.Id, TestData.Start(AssessorRole.Peer));

        var response = await fixture.Student(a.Student.Id).GetAsync(Url(a.Student.Id));
        var body = await response.Content.ReadAsStringAsync();
        var export = await response.ReadAsync<GuidanceExport>();

        Assert.Equal("guidance", export.Service);
        Assert.Equal((a.Student.Id, a.Student.StudentNumber, (Guid?)a.Mentor), (export.Student.Id, export.Student.StudentNumber, export.Student.MentorStaffId));
        Assert.Equal([AssessorRole.Self, AssessorRole.Trainer, AssessorRole.Mentor, AssessorRole.Mentor], export.Assessments.Select(x => x.Role));
        Assert.All(export.Assessments, x => Assert.Equal(a.Student.Id, x.StudentId));
        Assert.Equal(a.Placement.Id, export.Assessments[1].PlacementId);
        Assert.Equal(export.Assessments[2].AssessmentId, export.Assessments[3].SupersedesId);
        Assert.Equal(export.Assessments[3].AssessmentId, export.Assessments[2].SupersededById);

        Assert.NotNull(export.Plan);
        Assert.Equal(("Be on time", 4, 2), (Assert.Single(export.Plan.Goals).Title, export.Plan.ReviewEveryWeeks, export.Plan.Revision));
        Assert.Equal("Call in sick before 8:00", Assert.Single(export.Plan.Agreements).Text);
        Assert.Equal([1, 2], export.PlanHistory.Select(r => r.Revision));
        Assert.Equal(("Talked it through.", ReviewStatus.Held), (Assert.Single(export.Reviews).Discussion, export.Reviews[0].Status));
        Assert.Equal(SignalRule.PlacementAtRisk, Assert.Single(export.Signals).Rule);
        Assert.Equal(a.Teacher, Assert.Single(export.TeacherLinks).TeacherStaffId);

        foreach (var foreign in new[] { b.Student.Id, b.Mentor, b.Teacher, b.Company, b.Placement.Id })
        {
            Assert.DoesNotContain(foreign.ToString(), body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_student_their_own_mentor_care_staff_and_a_coordinator_may_export()
    {
        var a = await StudentWithEverythingAsync();

        await (await fixture.Student(a.Student.Id).GetAsync(Url(a.Student.Id))).AssertStatusAsync(HttpStatusCode.OK);
        await (await fixture.Mentor(a.Mentor).GetAsync(Url(a.Student.Id))).AssertStatusAsync(HttpStatusCode.OK);
        await (await fixture.Care().GetAsync(Url(a.Student.Id))).AssertStatusAsync(HttpStatusCode.OK);
        await (await fixture.Coordinator().GetAsync(Url(a.Student.Id))).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_student_another_mentor_a_linked_teacher_the_trainer_and_an_operator_are_refused()
    {
        var a = await StudentWithEverythingAsync();

        await (await fixture.Student(Guid.NewGuid()).GetAsync(Url(a.Student.Id))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Mentor(Guid.NewGuid()).GetAsync(Url(a.Student.Id))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Teacher(a.Teacher).GetAsync(Url(a.Student.Id))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(a.Company).GetAsync(Url(a.Student.Id))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.CreateClient(PartnershipHub.Testing.TestTokens.Operator(fixture.Audience)).GetAsync(Url(a.Student.Id))).AssertStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_student_Guidance_knows_nothing_about_is_not_found()
    {
        await (await fixture.Coordinator().GetAsync(Url(Guid.NewGuid()))).AssertStatusAsync(HttpStatusCode.NotFound);
    }
}
