using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Testing;
using static PartnershipHub.Insights.Tests.Projections.HistoryEvents;

namespace PartnershipHub.Insights.Tests.Projections;

/// <summary>Students' and Companies' events, published on the test broker as their outboxes would, into the read model.</summary>
public sealed class StudentAndCompanyProjectionTests(ProjectionFixture fixture) : IClassFixture<ProjectionFixture>
{
    private Task<StudentFact?> StudentAsync(Guid id) => fixture.ReadAsync(db => db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id));

    [Fact]
    public async Task Student_events_build_the_fact_part_by_part_in_any_order()
    {
        var id = Guid.NewGuid();
        var mentor = Guid.NewGuid();
        // Newest first: the mentor (v3), the intake (v2) and a move up to level 3 (v4) arrive before the enrolment (v1).
        await fixture.PublishAsync(new MentorAssigned(id, mentor, 3));
        await fixture.PublishAsync(Intake(id, 2, ProgressionWish.Level3, new DateOnly(2025, 6, 12)));
        await fixture.PublishAsync(new EnrolmentChanged(id, Enrolment(level: 3, crebo: "25180"), 4));
        await Eventually.WaitAsync(() => StudentAsync(id), s => s?.EnrolmentVersion == 4 && s.IntakeVersion == 2 && s.MentorVersion == 3, what: "the parts before the enrolment");
        await fixture.PublishAsync(Enrolled(id, 1, mentor: Guid.NewGuid(), cohort: "2025", level: 2));

        var student = await Eventually.WaitAsync(() => StudentAsync(id), s => s?.RecordVersion == 1, what: "the enrolment");
        Assert.Equal((mentor, "25180", 3, 2, "2025"), (student!.MentorStaffId!.Value, student.Crebo, student.Level, student.FirstLevel, student.Cohort));
        Assert.Equal((ProgressionWish.Level3, new DateOnly(2025, 6, 12), StudentStatus.Active, 4L), (student.ProgressionWish!.Value, student.IntakeDate!.Value, student.Status, student.Version));

        // Leaving early gives the day and reason; a record update older than that changes the cohort only.
        await fixture.PublishAsync(new StudentStatusChanged(id, StudentStatus.LeftEarly, LeavingReason.PrivateCircumstances, new DateOnly(2026, 10, 12), 6));
        await Eventually.WaitAsync(() => StudentAsync(id), s => s?.StatusVersion == 6, what: "left early");
        await fixture.PublishAsync(Updated(id, 5, StudentStatus.Active, cohort: "2025-B"));
        student = await Eventually.WaitAsync(() => StudentAsync(id), s => s?.RecordVersion == 5, what: "the record update");
        Assert.Equal(("2025-B", StudentStatus.LeftEarly, new DateOnly(2026, 10, 12), LeavingReason.PrivateCircumstances),
            (student!.Cohort, student.Status, student.LeftOn!.Value, student.LeavingReason!.Value));
    }

    [Fact]
    public async Task Graduation_and_a_newer_record_update_set_the_status()
    {
        var id = Guid.NewGuid();
        await fixture.PublishAsync(Enrolled(id, 1));
        await fixture.PublishAsync(new StudentStatusChanged(id, StudentStatus.Graduated, null, new DateOnly(2027, 7, 3), 2));
        var student = await Eventually.WaitAsync(() => StudentAsync(id), s => s?.StatusVersion == 2, what: "graduated");
        Assert.Equal((StudentStatus.Graduated, new DateOnly(2027, 7, 3)), (student!.Status, student.LeftOn!.Value));

        await fixture.PublishAsync(Updated(id, 3, StudentStatus.Paused));
        student = await Eventually.WaitAsync(() => StudentAsync(id), s => s?.StatusVersion == 3, what: "paused");
        Assert.Equal((StudentStatus.Paused, (DateOnly?)null), (student!.Status, student.LeftOn));
    }

    [Fact]
    public async Task A_redelivered_or_older_student_event_changes_nothing()
    {
        var id = Guid.NewGuid();
        var enrolled = Enrolled(id, 1);
        var changed = new EnrolmentChanged(id, Enrolment(level: 3), 2);
        await fixture.PublishAsync(enrolled);
        await fixture.PublishAsync(changed);
        await fixture.ProcessedAsync(enrolled, changed);
        // The same enrolment again (a redelivery) and an older move down must not lower the level.
        var older = new EnrolmentChanged(id, Enrolment(level: 1), 1);
        await fixture.PublishAsync(enrolled);
        await fixture.PublishAsync(older);
        await fixture.ProcessedAsync(older);

        var student = await StudentAsync(id);
        Assert.Equal((3, 2, 2L), (student!.Level, student.FirstLevel, student.Version));
        var deliveries = await fixture.ReadAsync(db => db.Set<PartnershipHub.Messaging.Inbox.ProcessedMessage>().CountAsync(m => m.MessageId == enrolled.EventId));
        Assert.Equal(1, deliveries);
    }

    [Fact]
    public async Task Company_events_keep_the_newest_name_and_state()
    {
        var id = Guid.NewGuid();
        await fixture.PublishAsync(Company(id, 1, "Bakkerij Jansen"));
        await fixture.PublishAsync(new CompanyUpdated(id, "Bakkerij Jansen & Zn", "12345678", "retail", false, [], [], 3));
        await Eventually.WaitAsync(() => fixture.ReadAsync(db => db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id)), c => c?.Version == 3, what: "updated");
        var stale = new CompanyUpdated(id, "Oude naam", "12345678", "retail", true, [], [], 2);
        await fixture.PublishAsync(stale);
        await fixture.ProcessedAsync(stale);

        var company = await fixture.ReadAsync(db => db.Companies.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(("Bakkerij Jansen & Zn", false, 3L), (company.Name, company.Active, company.Version));
    }

    [Fact]
    public async Task Trainer_events_keep_the_address_in_lower_case_until_deactivation_and_erasure()
    {
        var company = Guid.NewGuid();
        var id = Guid.NewGuid();
        Task<TrainerFact?> TrainerAsync() => fixture.ReadAsync(db => db.Trainers.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id));
        await fixture.PublishAsync(Trainer(id, company, 2, "  Piet.de.Vries@Korenbloem.NL"));
        var trainer = await Eventually.WaitAsync(TrainerAsync, t => t?.Version == 2, what: "registered");
        Assert.Equal((company, "piet.de.vries@korenbloem.nl", true), (trainer!.CompanyId, trainer.Email, trainer.Active));

        await fixture.PublishAsync(new TrainerDeactivated(id, company, 3));
        trainer = await Eventually.WaitAsync(TrainerAsync, t => t?.Version == 3, what: "deactivated");
        Assert.Equal(("piet.de.vries@korenbloem.nl", false), (trainer!.Email, trainer.Active));

        await fixture.PublishAsync(new TrainerErased(id, company, 4));
        trainer = await Eventually.WaitAsync(TrainerAsync, t => t?.Version == 4, what: "erased");
        Assert.Equal(("", false), (trainer!.Email, trainer.Active));
    }

    [Fact]
    public async Task Capacity_events_give_the_periods_name_and_dates()
    {
        var period = Guid.NewGuid();
        await fixture.PublishAsync(new CapacityPublished(Guid.NewGuid(), period, "BPV 2026-1", new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 29), "25258", 2, 1));
        await fixture.PublishAsync(new CapacityPublished(Guid.NewGuid(), period, "BPV 2026-1", new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 29), "25180", 1, 1));

        var fact = await Eventually.WaitAsync(() => fixture.ReadAsync(db => db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == period)), "the period");
        Assert.Equal(("BPV 2026-1", new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 29)), (fact.Name, fact.Start, fact.End));
        Assert.Empty(fixture.Log.Errors);
    }
}
