using System.Net;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Features.Plans;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Features.Teachers;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>A teacher's access comes from a link the school made (coordinator or the student's mentor), never from a record the teacher wrote.</summary>
public sealed class TeacherAccessTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    private readonly Guid _mentor = Guid.NewGuid();

    private async Task<StudentCopy> ArrangeStudentWithPlanAndSignalAsync()
    {
        var student = TestData.Student(_mentor);
        await fixture.RunAsync(db => { db.Students.Add(student); return db.SaveChangesAsync(); });
        var plan = new SavePlanRequest("Rustig opbouwen", [new PlanGoal(Guid.Empty, "Thuissituatie bespreekbaar maken", null, NeedsCategory.PrivateCircumstances, false, GoalStatus.Open, null)], [], 6, null);
        await (await fixture.Mentor(_mentor).PutJsonAsync($"/api/students/{student.Id}/plan", plan)).AssertStatusAsync(HttpStatusCode.OK);
        await fixture.RunAsync(db => new SignalRaiser(db, TimeProvider.System).RaiseAsync(student.Id, SignalRule.PlacementAtRisk, "p", SignalText.AsWritten("e"), "/l", false, CancellationToken.None));
        return student;
    }

    private static string[] Reads(Guid studentId) =>
        [$"/api/students/{studentId}/progress", $"/api/students/{studentId}/signals", $"/api/students/{studentId}/plan", $"/api/students/{studentId}/assessments"];

    [Fact]
    public async Task A_draft_assessment_opens_nothing_for_a_teacher_the_school_did_not_link()
    {
        var student = await ArrangeStudentWithPlanAndSignalAsync();
        var teacher = fixture.Teacher(Guid.NewGuid());

        await (await teacher.PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Teacher, ratings: []))).AssertStatusAsync(HttpStatusCode.Forbidden);
        foreach (var url in Reads(student.Id))
        {
            await (await teacher.GetAsync(url)).AssertStatusAsync(HttpStatusCode.Forbidden);
        }

        Assert.Equal(0, await fixture.InDatabaseAsync(db => Task.FromResult(db.Assessments.Count(a => a.StudentId == student.Id))));
    }

    [Fact]
    public async Task Even_a_draft_written_before_the_rule_opens_nothing()
    {
        var student = await ArrangeStudentWithPlanAndSignalAsync();
        var teacherId = Guid.NewGuid();
        var teacher = fixture.Teacher(teacherId);
        await fixture.RunAsync(db =>
        {
            var framework = db.Frameworks.First();
            db.Assessments.Add(Assessment.Start(Guid.NewGuid(), student.Id, framework, teacherId.ToString(), null, AssessorRole.Teacher, null, AssessmentKind.Formative, null, DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        });

        foreach (var url in Reads(student.Id).SkipLast(1))
        {
            await (await teacher.GetAsync(url)).AssertStatusAsync(HttpStatusCode.Forbidden);
        }

        // Their own draft stays theirs to read; nobody else's work opens with it.
        var own = await (await teacher.GetAsync($"/api/students/{student.Id}/assessments")).ReadAsync<List<AssessmentResponse>>();
        Assert.Single(own);
    }

    [Fact]
    public async Task The_teacher_a_coordinator_put_on_one_of_the_students_placements_counts_as_linked()
    {
        var student = await ArrangeStudentWithPlanAndSignalAsync();
        var teacherId = Guid.NewGuid();
        var placement = TestData.Placement(student.Id, Guid.NewGuid());
        placement.TeacherStaffId = teacherId;
        var otherPlacement = TestData.Placement(Guid.NewGuid(), Guid.NewGuid());
        otherPlacement.TeacherStaffId = Guid.NewGuid();
        await fixture.RunAsync(db => { db.Placements.AddRange(placement, otherPlacement); return db.SaveChangesAsync(); });

        var teacher = fixture.Teacher(teacherId);
        await teacher.AssessAsync(student.Id, TestData.Start(AssessorRole.Teacher, placement.Id));
        foreach (var url in Reads(student.Id))
        {
            await (await teacher.GetAsync(url)).AssertStatusAsync(HttpStatusCode.OK);
        }

        // Another placement's teacher has no part in this student's guidance.
        var stranger = fixture.Teacher(otherPlacement.TeacherStaffId!.Value);
        foreach (var url in Reads(student.Id))
        {
            await (await stranger.GetAsync(url)).AssertStatusAsync(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task A_teacher_linked_by_the_school_assesses_and_reads_until_the_link_ends()
    {
        var student = await ArrangeStudentWithPlanAndSignalAsync();
        var teacherId = Guid.NewGuid();
        var teacher = fixture.Teacher(teacherId);
        var link = $"/api/students/{student.Id}/teachers/{teacherId}";

        // Nobody links themself or another student's teacher; only a coordinator or the student's own mentor does.
        await (await teacher.PutAsync(link, null)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Mentor(Guid.NewGuid()).PutAsync(link, null)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Student(student.Id).PutAsync(link, null)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(Guid.NewGuid()).PutAsync(link, null)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Coordinator().PutAsync($"/api/students/{student.Id}/teachers/{Guid.Empty}", null)).AssertFieldErrorAsync("teacherStaffId");
        await (await fixture.Coordinator().PutAsync($"/api/students/{Guid.NewGuid()}/teachers/{teacherId}", null)).AssertStatusAsync(HttpStatusCode.NotFound);

        var made = await (await fixture.Coordinator().PutAsync(link, null)).ReadAsync<StudentTeacherResponse>();
        Assert.Equal(teacherId, made.TeacherStaffId);
        await (await fixture.Mentor(_mentor).PutAsync(link, null)).AssertStatusAsync(HttpStatusCode.OK);
        var links = await (await fixture.Mentor(_mentor).GetAsync($"/api/students/{student.Id}/teachers")).ReadAsync<List<StudentTeacherResponse>>();
        Assert.Equal([teacherId], links.Select(l => l.TeacherStaffId));

        await teacher.AssessAsync(student.Id, TestData.Start(AssessorRole.Teacher));
        var unfinished = await teacher.StartAsync(student.Id, TestData.Start(AssessorRole.Teacher));
        foreach (var url in Reads(student.Id))
        {
            await (await teacher.GetAsync(url)).AssertStatusAsync(HttpStatusCode.OK);
        }

        await (await fixture.Mentor(_mentor).DeleteAsync(link)).AssertStatusAsync(HttpStatusCode.NoContent);
        await (await fixture.Mentor(_mentor).DeleteAsync(link)).AssertStatusAsync(HttpStatusCode.NotFound);
        foreach (var url in Reads(student.Id).SkipLast(1))
        {
            await (await teacher.GetAsync(url)).AssertStatusAsync(HttpStatusCode.Forbidden);
        }

        await (await teacher.PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Teacher))).AssertStatusAsync(HttpStatusCode.Forbidden);
        // A draft started while linked is not submitted into the student's record after the link ended.
        await (await teacher.PostAsync($"/api/assessments/{unfinished.AssessmentId}/submit", null)).AssertStatusAsync(HttpStatusCode.Forbidden);
    }
}
