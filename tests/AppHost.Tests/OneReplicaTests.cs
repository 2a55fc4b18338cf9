using PartnershipHub.AppHost.Tests.Support;
using Xunit;

namespace PartnershipHub.AppHost.Tests;

/// <summary>The system as a developer runs it, one copy of every service; the log check comes last.</summary>
[TestCaseOrderer(DeclarationOrder.TypeName, DeclarationOrder.AssemblyName)]
public sealed class OneReplicaTests(OneReplicaSystem system) : IClassFixture<OneReplicaSystem>
{
    private readonly SystemScenarios _scenarios = new(system);

    [Fact]
    public Task A_student_enrolled_and_placed_at_a_company_is_assessed_by_its_trainer_and_the_mentor_sees_it() =>
        _scenarios.StudentLoopAsync();

    [Fact]
    public Task The_demo_data_is_seeded_once() => _scenarios.DemoDataSeededOnceAsync();

    [Fact]
    public Task A_sign_in_at_identity_holds_on_the_next_requests() => _scenarios.SignInHoldsOnEveryCopyAsync();

    [Fact]
    public void No_resource_logged_an_error() => _scenarios.AssertNoResourceLoggedAnError();
}
