using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using Xunit;

namespace PartnershipHub.Internships.Tests.Domain;

/// <summary>The version rules of the copies: events arrive in any order, each part keeps its newest version.</summary>
public sealed class LocalCopyTests
{
    [Fact]
    public void An_erased_student_keeps_no_later_record_or_intake_but_still_takes_a_mentor()
    {
        var copy = new StudentCopy { Id = Guid.NewGuid() };
        copy.Erase();
        copy.Apply(new StudentUpdated(copy.Id, "900001", "Sem", "Back", new DateOnly(2009, 3, 1), null, "3511 AB", 52.09, 5.12, "2025-VK2", StudentStatus.Active, 2));
        copy.Apply(new IntakeCompleted(copy.Id, new DateOnly(2025, 8, 1), new NeedsSummary(NeedLevel.Much, NeedLevel.None, NeedLevel.None, NeedLevel.Much, NeedLevel.None),
            ProgressionWish.Level3, new InternshipPreferences(["retail"], 10, []), 3));
        var mentor = Guid.NewGuid();
        copy.Apply(new MentorAssigned(copy.Id, mentor, 4));

        Assert.Equal(("", null, StudentStatus.LeftEarly), (copy.LastName, copy.HomePostcode, copy.Status));
        Assert.Empty(copy.Sectors);
        Assert.Equal(mentor, copy.MentorStaffId);
    }

    [Fact]
    public void A_trainer_deactivated_before_the_registration_arrives_keeps_the_profile_and_stays_inactive()
    {
        var company = Guid.NewGuid();
        var copy = new TrainerCopy { Id = Guid.NewGuid() };
        copy.Apply(new TrainerDeactivated(copy.Id, company, 7));
        copy.Apply(new TrainerRegistered(copy.Id, company, "Anouk", "a@example.test", null, ["25662"], 2, 6));

        Assert.Equal(("Anouk", 2, false), (copy.Name, copy.MaxStudents, copy.Active));

        copy.Apply(new TrainerRegistered(copy.Id, company, "Anouk de Wit", "a@example.test", null, ["25662"], 2, 8));
        Assert.Equal(("Anouk de Wit", true), (copy.Name, copy.Active));
    }

    [Fact]
    public void An_erased_trainer_keeps_no_name_and_no_older_registration_brings_it_back()
    {
        var company = Guid.NewGuid();
        var copy = new TrainerCopy { Id = Guid.NewGuid() };
        copy.Apply(new TrainerRegistered(copy.Id, company, "Anouk de Wit", "a@example.test", "06-1", ["25662"], 2, 4));
        copy.Apply(new TrainerDeactivated(copy.Id, company, 5));
        copy.Apply(new TrainerErased(copy.Id, company, 6));

        copy.Apply(new TrainerRegistered(copy.Id, company, "Anouk de Wit", "a@example.test", "06-1", ["25662"], 2, 4));

        Assert.Equal(("", false, company), (copy.Name, copy.Active, copy.CompanyId));
        Assert.Equal(["25662"], copy.Crebos);
    }

    [Fact]
    public void An_erasure_that_arrives_first_leaves_nothing_for_the_registration_to_fill_in()
    {
        var company = Guid.NewGuid();
        var copy = new TrainerCopy { Id = Guid.NewGuid() };
        copy.Apply(new TrainerErased(copy.Id, company, 6));
        copy.Apply(new TrainerRegistered(copy.Id, company, "Anouk de Wit", "a@example.test", null, ["25662"], 2, 4));

        Assert.Equal(("", false, company), (copy.Name, copy.Active, copy.CompanyId));
    }

    [Fact]
    public void A_revocation_before_the_grant_it_follows_leaves_the_accreditation_revoked()
    {
        var copy = new AccreditationCopy { CompanyId = Guid.NewGuid(), Crebo = "25662" };
        Assert.True(copy.Revoke(new AccreditationRevoked(copy.CompanyId, "25662", "inspection", new DateOnly(2026, 11, 1), 5)));
        Assert.False(copy.Grant(new AccreditationGranted(copy.CompanyId, "25662", [LearningRoute.Bol], new DateOnly(2024, 1, 1), null, 3)));

        Assert.False(copy.IsCurrentOn(new DateOnly(2026, 12, 1), LearningRoute.Bol));
        Assert.True(copy.Grant(new AccreditationGranted(copy.CompanyId, "25662", [LearningRoute.Bol], new DateOnly(2026, 12, 1), null, 6)));
        Assert.True(copy.IsCurrentOn(new DateOnly(2026, 12, 1), LearningRoute.Bol));
    }

    [Fact]
    public void An_older_company_or_capacity_event_changes_nothing()
    {
        var company = new CompanyCopy { Id = Guid.NewGuid() };
        company.Apply(new CompanyUpdated(company.Id, "Latest", "12345678", "Retail", true, [], ["close-supervision"], 2));
        company.Apply(new CompanyRegistered(company.Id, "First", "12345678", "Retail", true, [], [], 1));
        Assert.Equal("Latest", company.Name);
        Assert.True(company.OffersStructure);

        var capacity = new CapacityCopy { CompanyId = company.Id, PeriodId = Guid.NewGuid(), Crebo = "25662" };
        capacity.Apply(new CapacityPublished(company.Id, capacity.PeriodId, "P", new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31), "25662", 3, 9));
        capacity.Apply(new CapacityPublished(company.Id, capacity.PeriodId, "P", new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31), "25662", 1, 8));
        Assert.Equal(3, capacity.Places);
    }
}
