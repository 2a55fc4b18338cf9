using PartnershipHub.AppHost.Tests.Support;
using Xunit;

namespace PartnershipHub.AppHost.Tests;

/// <summary>
/// The same with every API twice (PartnershipHub:Replicas=2): signing keys, data protection keys, outbox dispatchers
/// and demo seeders side by side (a second whole system: about 1.5 minutes on a quiet two-core machine).
/// </summary>
[TestCaseOrderer(DeclarationOrder.TypeName, DeclarationOrder.AssemblyName)]
public sealed class TwoReplicaTests(TwoReplicaSystem system) : IClassFixture<TwoReplicaSystem>
{
    private readonly SystemScenarios _scenarios = new(system);

    [Fact]
    public Task A_student_enrolled_and_placed_at_a_company_is_assessed_by_its_trainer_and_the_mentor_sees_it() =>
        _scenarios.StudentLoopAsync();

    [Fact]
    public Task The_demo_data_is_seeded_once_by_two_copies_of_every_seeder() => _scenarios.DemoDataSeededOnceAsync();

    [Fact]
    public Task A_sign_in_at_one_copy_of_identity_holds_at_the_other() => _scenarios.SignInHoldsOnEveryCopyAsync();

    [Fact]
    public void No_resource_logged_an_error() => _scenarios.AssertNoResourceLoggedAnError();
}
