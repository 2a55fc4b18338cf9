using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.ServiceDefaults.Errors;
using Xunit;

namespace PartnershipHub.Internships.Tests.Domain;

public sealed class AssignmentTests
{
    private static readonly Actor Teacher = new("teacher", Guid.NewGuid());
    private static readonly Actor Trainer = new("trainer", Guid.NewGuid());
    private static readonly Actor Student = new("student", Guid.NewGuid());

    private static readonly Placement Internship = Placement.Propose(
        Guid.NewGuid(), Guid.NewGuid(), "Company", Guid.NewGuid(), null, "25662", LearningRoute.Bol, Guid.NewGuid(),
        new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31), 400, null, DateTimeOffset.UtcNow);

    private static Assignment Draft()
    {
        return Assignment.Draft(Internship, new AssignmentContent("Shelf plan", "Plan the shelves of one aisle.", ["punctuality"], ["B1-K1-W1"], null), Teacher, DateTimeOffset.UtcNow);
    }

    [Fact]
    public void Whole_life_is_recorded_step_by_step()
    {
        var assignment = Draft();
        assignment.AskForChange("Too big for one week", Trainer, DateTimeOffset.UtcNow);
        assignment.Change(new AssignmentContent("Shelf plan", "Plan half an aisle.", null, null, null), Internship, Teacher, DateTimeOffset.UtcNow);
        assignment.ConfirmFeasible(Trainer, DateTimeOffset.UtcNow);
        assignment.BeginWork(Student, DateTimeOffset.UtcNow);
        assignment.HandIn("photos", "went well", Student, DateTimeOffset.UtcNow);
        assignment.SendBack("add the price labels", Trainer, DateTimeOffset.UtcNow);
        assignment.HandIn("photos with labels", "better", Student, DateTimeOffset.UtcNow);
        assignment.Approve("good", Trainer, DateTimeOffset.UtcNow);
        assignment.MarkReviewed(null, Teacher, DateTimeOffset.UtcNow);

        Assert.Equal(AssignmentStatus.Reviewed, assignment.Status);
        Assert.Equal(["draft", "request-change", "revise", "confirm", "start", "submit", "return", "submit", "sign-off", "review"], assignment.Steps.Select(s => s.Action));
        Assert.Equal(assignment.Steps.Count, assignment.Version);
    }

    [Fact]
    public void A_signed_off_assignment_cannot_be_changed()
    {
        var assignment = Draft();
        assignment.ConfirmFeasible(Trainer, DateTimeOffset.UtcNow);
        assignment.BeginWork(Student, DateTimeOffset.UtcNow);
        assignment.HandIn("e", "r", Student, DateTimeOffset.UtcNow);
        assignment.Approve(null, Trainer, DateTimeOffset.UtcNow);
        var conflict = Assert.Throws<TransitionConflictException>(() => assignment.Change(new AssignmentContent("x", "y", null, null, null), Internship, Teacher, DateTimeOffset.UtcNow));
        Assert.Equal("SignedOff", conflict.State);
        Assert.Equal(["review"], conflict.AllowedTransitions);
    }

    [Fact]
    public void A_change_request_needs_a_comment()
    {
        var error = Assert.Throws<FieldValidationException>(() => Draft().AskForChange(" ", Trainer, DateTimeOffset.UtcNow));
        Assert.Contains("comment", error.Errors.Keys);
    }
}
