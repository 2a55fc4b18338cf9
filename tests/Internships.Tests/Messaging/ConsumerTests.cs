using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Messaging;

public sealed class ConsumerTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    private readonly World _world = new(fixture);

    private static StudentEnrolled Enrolled(Guid id, long version, string lastName = "de Jong", Guid? mentor = null) => new(
        id, "900001", "Sem", lastName, new DateOnly(2009, 3, 1), "sem@example.test", "3511 AB", 52.09, 5.12, "2025-VK2",
        new Enrolment(Guid.NewGuid(), "25662", "Verkoper", 2, LearningRoute.Bol, new DateOnly(2025, 9, 1), new DateOnly(2027, 7, 1), "Retail"),
        mentor, version);

    private Task<StudentCopy?> StudentAsync(Guid id) => fixture.InDatabaseAsync(db => db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id));

    [Fact]
    public async Task Student_events_fill_the_copy_and_an_older_version_never_overwrites_a_newer_one()
    {
        var id = Guid.NewGuid();
        var mentor = Guid.NewGuid();
        await fixture.PublishAsync(Enrolled(id, 1, mentor: mentor));
        await fixture.PublishAsync(new IntakeCompleted(id, new DateOnly(2025, 8, 1), new NeedsSummary(NeedLevel.Much, NeedLevel.None, NeedLevel.None, NeedLevel.Some, NeedLevel.None),
            ProgressionWish.Level3, new InternshipPreferences(["supermarkets"], 15, [new AvoidedCompany(null, "Kapsalon Knip & Zo")]), 2));
        await fixture.PublishAsync(new StudentUpdated(id, "900001", "Sem", "Jansen", new DateOnly(2009, 3, 1), null, "3511 AB", 52.09, 5.12, "2025-VK2", StudentStatus.Active, 3));
        await Eventually.WaitUntilAsync(async () => (await StudentAsync(id))?.LastName == "Jansen" && (await StudentAsync(id))!.IntakeVersion == 2, "the copy to be filled");

        // A late redelivery of the first enrolment (a new message, older version) changes nothing.
        await fixture.PublishAsync(Enrolled(id, 1, lastName: "Old name"));
        await fixture.PublishAsync(new MentorAssigned(id, Guid.NewGuid(), 1));
        await fixture.PublishAsync(new StudentUpdated(id, "900001", "Sem", "Latest", new DateOnly(2009, 3, 1), null, "3511 AB", 52.09, 5.12, "2025-VK2", StudentStatus.Active, 4));
        await Eventually.WaitUntilAsync(async () => (await StudentAsync(id))?.LastName == "Latest", "the newest update");

        var copy = (await StudentAsync(id))!;
        Assert.Equal(mentor, copy.MentorStaffId);
        Assert.Equal(NeedLevel.Much, copy.PedagogicalNeed);
        Assert.Equal(NeedLevel.Some, copy.StructureNeed);
        Assert.Equal(15, copy.MaxTravelKm);
        Assert.Equal(["kapsalon knip & zo"], copy.AvoidCompanyNames);
        Assert.Equal("25662", copy.Crebo);
    }

    [Fact]
    public async Task An_event_about_one_part_arriving_first_is_kept_when_the_enrolment_comes_later()
    {
        var id = Guid.NewGuid();
        var mentor = Guid.NewGuid();
        await fixture.PublishAsync(new MentorAssigned(id, mentor, 5));
        await fixture.PublishAsync(Enrolled(id, 1, mentor: Guid.NewGuid()));
        // Both would create the copy; the inbox runs them one after the other. Both parts end up there, the newer mentor kept.
        await Eventually.WaitUntilAsync(async () => await StudentAsync(id) is { Crebo: "25662", MentorVersion: 5 }, "the enrolment and the newer mentor");

        Assert.Equal(mentor, (await StudentAsync(id))!.MentorStaffId);
    }

    [Fact]
    public async Task A_redelivered_message_is_applied_once()
    {
        var company = Guid.NewGuid();
        var period = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var capacity = new CapacityPublished(company, period, "P", new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31), "25662", 3, 7);
        await fixture.PublishAsync(capacity, messageId);
        await Eventually.WaitUntilAsync(() => fixture.InDatabaseAsync(db => db.Capacity.AnyAsync(c => c.CompanyId == company)), "the capacity");
        // Same message again, then (to know both were handled) a newer one; an older one after that changes nothing.
        await fixture.PublishAsync(capacity, messageId);
        await fixture.PublishAsync(capacity with { Places = 5, Version = 9 });
        await fixture.PublishAsync(capacity with { Places = 1, Version = 8 });
        await Eventually.WaitUntilAsync(() => fixture.InDatabaseAsync(db => db.Capacity.AnyAsync(c => c.CompanyId == company && c.Places == 5)), "the newer capacity");
        await Eventually.WaitUntilAsync(
            () => fixture.InDatabaseAsync(db => db.Set<PartnershipHub.Messaging.Inbox.ProcessedMessage>().CountAsync(m => m.MessageId == messageId).ContinueWith(t => t.Result == 1)),
            "the inbox row");

        var stored = await fixture.InDatabaseAsync(db => db.Capacity.AsNoTracking().SingleAsync(c => c.CompanyId == company));
        Assert.Equal(5, stored.Places);
        Assert.Equal(9, stored.Version);
    }

    [Fact]
    public async Task An_erased_trainer_leaves_an_anonymous_inactive_copy_that_a_late_registration_does_not_fill()
    {
        var company = Guid.NewGuid();
        var trainer = Guid.NewGuid();
        var registered = new TrainerRegistered(trainer, company, "Anouk de Wit", "anouk@example.test", "06-12345678", ["25645"], 3, 4);
        await fixture.PublishAsync(registered, registered.EventId);
        await Eventually.WaitUntilAsync(() => fixture.InDatabaseAsync(db => db.Trainers.AnyAsync(t => t.Id == trainer && t.Name == "Anouk de Wit")), "the trainer");

        var erased = new TrainerErased(trainer, company, 6);
        var late = registered with { EventId = Guid.NewGuid() };
        await fixture.PublishAsync(erased, erased.EventId);
        await fixture.PublishAsync(late, late.EventId);
        await Eventually.WaitUntilAsync(
            () => fixture.InDatabaseAsync(db => db.Set<PartnershipHub.Messaging.Inbox.ProcessedMessage>().CountAsync(m => m.MessageId == erased.EventId || m.MessageId == late.EventId).ContinueWith(t => t.Result == 2)),
            "the erasure and the late registration");

        var copy = await fixture.InDatabaseAsync(db => db.Trainers.AsNoTracking().SingleAsync(t => t.Id == trainer));
        Assert.Equal("", copy.Name);
        Assert.False(copy.Active);
        Assert.Equal(company, copy.CompanyId);
    }

    [Fact]
    public async Task Company_accreditation_and_trainer_events_fill_the_copies_in_any_order()
    {
        var company = Guid.NewGuid();
        var trainer = Guid.NewGuid();
        await fixture.PublishAsync(new AccreditationGranted(company, "25645", [LearningRoute.Bbl], new DateOnly(2024, 1, 1), null, 3));
        await fixture.PublishAsync(new TrainerRegistered(trainer, company, "T", "t@example.test", null, ["25645"], 3, 4));
        await fixture.PublishAsync(new CompanyUpdated(company, "New name", "12345678", "Construction", true, [new CompanyLocation(Guid.NewGuid(), "Straat 1", "3511 AB", "Utrecht", 52.09, 5.12)], ["close-supervision"], 5));
        await fixture.PublishAsync(new CompanyRegistered(company, "Old name", "12345678", "Construction", true, [], [], 1));
        await fixture.PublishAsync(new TrainerDeactivated(trainer, company, 6));
        await Eventually.WaitUntilAsync(() => fixture.InDatabaseAsync(async db =>
            await db.Companies.AnyAsync(c => c.Id == company && c.Version == 5) && await db.Trainers.AnyAsync(t => t.Id == trainer && !t.Active) && await db.Accreditations.AnyAsync(a => a.CompanyId == company)), "the copies");
        await fixture.PublishAsync(new AccreditationGranted(company, "25662", [LearningRoute.Bol], new DateOnly(2024, 1, 1), null, 7));
        await Eventually.WaitUntilAsync(() => fixture.InDatabaseAsync(db => db.Accreditations.AnyAsync(a => a.CompanyId == company && a.Crebo == "25662")), "the second accreditation");

        var copy = await fixture.InDatabaseAsync(db => db.Companies.AsNoTracking().SingleAsync(c => c.Id == company));
        Assert.Equal("New name", copy.Name);
        Assert.True(copy.OffersStructure);
        var accreditation = await fixture.InDatabaseAsync(db => db.Accreditations.AsNoTracking().SingleAsync(a => a.CompanyId == company && a.Crebo == "25645"));
        Assert.True(accreditation.AllowsBbl);
        Assert.False(accreditation.AllowsBol);
    }

    [Fact]
    public async Task Revoking_an_accreditation_flags_open_placements_and_publishes_PlacementAtRisk()
    {
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var id = await _world.SignedPlacementAsync(student, company, start: true);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<PlacementAtRisk>());

        await fixture.PublishAsync(new AccreditationRevoked(company, World.Crebo, "inspection", new DateOnly(2026, 11, 1), 50));

        var e = await events.WaitForAsync<PlacementAtRisk>(e => e.Placement.PlacementId == id);
        Assert.Equal(PlacementRisk.AccreditationRevoked, e.Risk);
        Assert.Equal(PlacementStatus.Active, e.Placement.Status);
        var placement = await _world.LoadAsync(id);
        Assert.Equal(PlacementStatus.Active, placement.Status);
        Assert.Contains(PlacementRisk.AccreditationRevoked, placement.Risks);
        Assert.Equal(e.Version, placement.Version);
    }

    [Fact]
    public async Task Granting_the_accreditation_again_lifts_the_flag_only_where_it_covers_the_placement_and_publishes_PlacementRiskCleared()
    {
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var id = await _world.SignedPlacementAsync(student, company, start: true);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<PlacementAtRisk>().Collect<PlacementRiskCleared>());
        await fixture.PublishAsync(new AccreditationRevoked(company, World.Crebo, "inspection", new DateOnly(2026, 11, 1), 50));
        await events.WaitForAsync<PlacementAtRisk>(e => e.Placement.PlacementId == id);

        // BBL only: the placement is BOL, so it stays at risk.
        await fixture.PublishAsync(new AccreditationGranted(company, World.Crebo, [LearningRoute.Bbl], new DateOnly(2026, 11, 20), null, 51));
        await Eventually.WaitUntilAsync(async () => (await AccreditationAsync(company)).Version == 51, "the BBL-only accreditation");
        Assert.Contains(PlacementRisk.AccreditationRevoked, (await _world.LoadAsync(id)).Risks);

        await fixture.PublishAsync(new AccreditationGranted(company, World.Crebo, [LearningRoute.Bol, LearningRoute.Bbl], new DateOnly(2026, 11, 20), null, 52));

        var cleared = await events.WaitForAsync<PlacementRiskCleared>(e => e.Placement.PlacementId == id);
        Assert.Equal(PlacementRisk.AccreditationRevoked, cleared.Risk);
        Assert.Empty(cleared.Placement.Risks);
        var placement = await _world.LoadAsync(id);
        Assert.Empty(placement.Risks);
        Assert.Equal(cleared.Version, placement.Version);
        Assert.Equal(PlacementStatus.Active, placement.Status);
    }

    private Task<AccreditationCopy> AccreditationAsync(Guid company) =>
        fixture.InDatabaseAsync(db => db.Accreditations.AsNoTracking().SingleAsync(a => a.CompanyId == company && a.Crebo == World.Crebo));

    [Fact]
    public async Task StudentErased_blanks_personal_data_and_later_events_do_not_bring_it_back()
    {
        var id = Guid.NewGuid();
        await fixture.PublishAsync(Enrolled(id, 1));
        await Eventually.WaitUntilAsync(async () => await StudentAsync(id) is not null, "the student");
        await fixture.PublishAsync(new StudentErased(id));
        await fixture.PublishAsync(new StudentUpdated(id, "900001", "Sem", "Back", new DateOnly(2009, 3, 1), null, "3511 AB", 52.09, 5.12, "2025-VK2", StudentStatus.Active, 2));
        await Eventually.WaitUntilAsync(async () => (await StudentAsync(id))!.Erased, "the erasure");
        await fixture.PublishAsync(new MentorAssigned(id, Guid.NewGuid(), 3));
        await Eventually.WaitUntilAsync(async () => (await StudentAsync(id))!.MentorVersion == 3, "a later event");

        var copy = (await StudentAsync(id))!;
        Assert.Equal("", copy.LastName);
        Assert.Null(copy.DateOfBirth);
        Assert.Null(copy.Latitude);
        Assert.Null(copy.HomePostcode);
    }
}
