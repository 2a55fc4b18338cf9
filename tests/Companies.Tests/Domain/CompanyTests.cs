using PartnershipHub.Companies.Domain;
using PartnershipHub.Contracts;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;
using static PartnershipHub.Companies.Tests.Domain.DomainBuilders;

namespace PartnershipHub.Companies.Tests.Domain;

public sealed class CompanyTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Updating_with_the_same_details_is_no_change()
    {
        var company = Company();

        Assert.False(company.Update(Details()));
        Assert.True(company.Update(Details(name: "Bakkerij & Zn")));
    }

    [Fact]
    public void The_KvK_number_of_a_registered_company_cannot_change()
    {
        var company = Company();

        var error = Assert.Throws<FieldValidationException>(() => company.Update(Details(kvk: "87654321")));

        Assert.Contains("kvkNumber", error.Errors.Keys);
    }

    [Fact]
    public void Editing_the_main_location_in_place_keeps_its_id()
    {
        var company = Company();
        var id = company.Locations[0].Id;

        company.Update(Details(locations: [Location(street: "Oudegracht 2"), Location("1012 AB")]));

        Assert.Equal(id, company.Locations.Single(l => l.Position == 0).Id);
        Assert.Equal(2, company.Locations.Count);
    }

    [Fact]
    public void Grant_refuses_an_end_before_the_start_and_no_routes()
    {
        var company = Company();

        var dates = Assert.Throws<FieldValidationException>(() =>
            company.GrantAccreditation("25662", [LearningRoute.Bol], new DateOnly(2025, 1, 1), new DateOnly(2024, 12, 31)));
        var routes = Assert.Throws<FieldValidationException>(() => company.GrantAccreditation("25662", [], new DateOnly(2025, 1, 1), null));

        Assert.Contains("validTo", dates.Errors.Keys);
        Assert.Contains("routes", routes.Errors.Keys);
        Assert.Empty(company.Accreditations);
    }

    [Fact]
    public void An_accreditation_is_current_only_between_its_dates_and_until_revoked()
    {
        var company = Company();
        company.GrantAccreditation("25662", [LearningRoute.Bol], new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31));

        Assert.True(company.IsAccreditedFor("25662", Today));
        Assert.False(company.IsAccreditedFor("25662", new DateOnly(2024, 12, 31)));
        Assert.False(company.IsAccreditedFor("25662", new DateOnly(2028, 1, 1)));
        Assert.False(company.IsAccreditedFor("25645", Today));

        company.RevokeAccreditation(company.FindAccreditation("25662")!, "Audit failed", Today);

        Assert.False(company.IsAccreditedFor("25662", Today));
    }

    [Fact]
    public void Granting_the_same_accreditation_twice_changes_nothing()
    {
        var company = Company();

        Assert.True(company.GrantAccreditation("25662", [LearningRoute.Bbl, LearningRoute.Bol], new DateOnly(2025, 1, 1), null));
        Assert.False(company.GrantAccreditation("25662", [LearningRoute.Bol, LearningRoute.Bbl, LearningRoute.Bol], new DateOnly(2025, 1, 1), null));
    }

    [Fact]
    public void Revoking_needs_a_reason_and_cannot_happen_twice()
    {
        var company = Company();
        company.GrantAccreditation("25662", [LearningRoute.Bol], new DateOnly(2025, 1, 1), null);
        var accreditation = company.FindAccreditation("25662")!;

        Assert.Contains("reason", Assert.Throws<FieldValidationException>(() => company.RevokeAccreditation(accreditation, " ", Today)).Errors.Keys);
        company.RevokeAccreditation(accreditation, "Closed", Today);
        Assert.Throws<ConflictException>(() => company.RevokeAccreditation(accreditation, "Again", Today));
    }

    [Fact]
    public void A_company_without_an_accreditation_for_the_period_cannot_offer_places()
    {
        var company = Company();
        var period = Period();
        company.GrantAccreditation("25662", [LearningRoute.Bol], new DateOnly(2020, 1, 1), new DateOnly(2021, 1, 1));

        Assert.Throws<ConflictException>(() => company.SetCapacity(period, "25662", 2, "[0]"));
        Assert.Throws<ConflictException>(() => company.SetCapacity(period, "25645", 2, "[0]"));
        Assert.False(company.SetCapacity(period, "25645", 0, "[0]"));
        Assert.Empty(company.Capacity);
    }

    [Fact]
    public void Revoking_withdraws_the_places_of_that_qualification_only()
    {
        var company = Company();
        var period = Period();
        company.GrantAccreditation("25662", [LearningRoute.Bol], new DateOnly(2025, 1, 1), null);
        company.GrantAccreditation("25645", [LearningRoute.Bol], new DateOnly(2025, 1, 1), null);
        company.SetCapacity(period, "25662", 3, "[0]");
        company.SetCapacity(period, "25645", 2, "[1]");

        var withdrawn = company.RevokeAccreditation(company.FindAccreditation("25662")!, "Closed", Today);

        Assert.Equal("25662", Assert.Single(withdrawn).Crebo);
        Assert.Equal([("25645", 2), ("25662", 0)], company.Capacity.Select(c => (c.Crebo, c.Places)).Order());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1001)]
    public void Places_stay_within_bounds(int places)
    {
        var company = Company();
        company.GrantAccreditation("25662", [LearningRoute.Bol], new DateOnly(2025, 1, 1), null);

        var error = Assert.Throws<FieldValidationException>(() => company.SetCapacity(Period(), "25662", places, "[3]"));

        Assert.Contains("[3].places", error.Errors.Keys);
    }

    [Fact]
    public void Two_trainers_of_one_company_cannot_share_an_email_address()
    {
        var company = Company();
        var details = TrainerDetails.Create("Anna", "anna@x.nl", null, ["25662"], 2, true);
        company.RegisterTrainer(Guid.NewGuid(), details);

        Assert.Throws<ConflictException>(() => company.RegisterTrainer(Guid.NewGuid(), details with { Name = "Anna 2" }));
    }

    [Fact]
    public void Versions_grow_by_one_for_every_event()
    {
        var company = Company();

        Assert.Equal(1, company.NextVersion());
        Assert.Equal(2, company.NextVersion());
        Assert.Equal(2, company.Version);
    }

    [Fact]
    public void A_period_ends_on_or_after_its_start_and_its_id_follows_from_its_name()
    {
        var error = Assert.Throws<FieldValidationException>(() =>
            PartnershipHub.Companies.Domain.Period.Create("P", new DateOnly(2027, 1, 1), new DateOnly(2026, 1, 1)));

        Assert.Contains("period.end", error.Errors.Keys);
        Assert.Equal(Period("BPV 1").Id, Period(" bpv 1 ").Id);
        Assert.Throws<ConflictException>(() => Period().EnsureSameDates(
            PartnershipHub.Companies.Domain.Period.Create("BPV 1", new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 1))));
    }
}
