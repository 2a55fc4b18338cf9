using System.Net;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

/// <summary>Every 409 names its rule, so the portal can say it in the user's language.</summary>
public sealed class ConflictRulesTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    private readonly World _world = new(fixture);

    private HttpClient Coordinator => fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    [Fact]
    public async Task A_step_the_state_does_not_allow_names_transition_not_allowed_beside_state_and_allowed_transitions()
    {
        var id = await _world.PlacementAsync();

        var problem = await (await Coordinator.PostJsonAsync($"/api/placements/{id}/complete")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("transition-not-allowed", problem.GetProperty("rule").GetString());
        Assert.Equal("proposed", problem.GetProperty("state").GetString());
        Assert.Equal("A placement that is Proposed cannot 'complete'.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Starting_without_a_current_accreditation_names_its_rule()
    {
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync(validTo: World.PeriodStart.AddDays(-1));
        var id = await _world.SignedPlacementAsync(student, company);

        var problem = await (await Coordinator.PostJsonAsync($"/api/placements/{id}/start")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("accreditation-not-current", problem.GetProperty("rule").GetString());
        Assert.Equal("agreementSigned", problem.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Signing_twice_names_already_signed()
    {
        var id = await _world.PlacementAsync();
        var school = new { party = "school", method = "portal", signerName = "Someone" };
        await (await Coordinator.PostJsonAsync($"/api/placements/{id}/agreement/signatures", school)).ProblemAsync(HttpStatusCode.OK);

        var problem = await (await Coordinator.PostJsonAsync($"/api/placements/{id}/agreement/signatures", school)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("already-signed", problem.GetProperty("rule").GetString());
        Assert.Equal("The School party has already signed this agreement.", problem.GetProperty("detail").GetString());
        Assert.False(problem.TryGetProperty("state", out _));
    }
}
